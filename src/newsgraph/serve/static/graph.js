/* Actor network: a small force-directed layout in SVG. Nodes are actors sized by event weight;
   edges are green when mostly cooperative, red when mostly conflictual. The date window
   refetches /api/v1/graph without reloading the page. */
"use strict";
(function () {
  var box = document.getElementById("graph-chart");
  if (!box) return;
  var form = document.getElementById("graph-form");
  var status = document.getElementById("graph-status");
  var MAX_NODES = 120;  /* beyond this a force layout on a phone becomes a hairball */
  var state = { nodes: [], edges: [], raf: null };

  function url() {
    var p = new URLSearchParams();
    ["since", "until", "min_weight"].forEach(function (k) {
      var v = form ? form.elements[k].value : box.getAttribute("data-" + k.replace("_", "-"));
      if (v) p.set(k, v);
    });
    return "/api/v1/graph?" + p.toString();
  }

  function prepare(data, width, height) {
    var nodes = data.nodes.slice(0, MAX_NODES), index = {};
    var maxW = nodes.reduce(function (m, n) { return Math.max(m, n.weight); }, 1);
    nodes.forEach(function (n, i) {
      var a = 2 * Math.PI * i / Math.max(1, nodes.length), r = Math.min(width, height) * 0.3;
      index[n.id] = n;
      n.x = width / 2 + r * Math.cos(a); n.y = height / 2 + r * Math.sin(a); n.vx = 0; n.vy = 0;
      n.r = 6 + 16 * Math.sqrt(n.weight / maxW);
    });
    var edges = data.edges.filter(function (e) { return index[e.source] && index[e.target]; })
      .map(function (e) { return { s: index[e.source], t: index[e.target], d: e }; });
    return { nodes: nodes, edges: edges };
  }

  function tick(width, height, alpha) {
    var nodes = state.nodes, i, j, a, b, dx, dy, d2, f;
    for (i = 0; i < nodes.length; i++) {        /* repulsion between every pair */
      for (j = i + 1; j < nodes.length; j++) {
        a = nodes[i]; b = nodes[j]; dx = b.x - a.x; dy = b.y - a.y;
        d2 = Math.max(dx * dx + dy * dy, 25);
        f = 2600 * alpha / d2;
        a.vx -= dx * f; a.vy -= dy * f; b.vx += dx * f; b.vy += dy * f;
      }
    }
    state.edges.forEach(function (e) {          /* springs along ties */
      dx = e.t.x - e.s.x; dy = e.t.y - e.s.y;
      var d = Math.sqrt(dx * dx + dy * dy) || 1, want = 90 + e.s.r + e.t.r;
      f = (d - want) / d * 0.04 * alpha;
      e.s.vx += dx * f; e.s.vy += dy * f; e.t.vx -= dx * f; e.t.vy -= dy * f;
    });
    nodes.forEach(function (n) {                /* gravity, damping, walls */
      n.vx += (width / 2 - n.x) * 0.006 * alpha; n.vy += (height / 2 - n.y) * 0.006 * alpha;
      if (n.fixed) { n.vx = 0; n.vy = 0; return; }
      n.vx *= 0.82; n.vy *= 0.82; n.x += n.vx; n.y += n.vy;
      n.x = Math.max(n.r + 2, Math.min(width - n.r - 2, n.x));
      n.y = Math.max(n.r + 2, Math.min(height - n.r - 14, n.y));
    });
  }

  function render() {
    state.edges.forEach(function (e) {
      e.el.setAttribute("x1", e.s.x); e.el.setAttribute("y1", e.s.y);
      e.el.setAttribute("x2", e.t.x); e.el.setAttribute("y2", e.t.y);
    });
    state.nodes.forEach(function (n) { n.el.setAttribute("transform", "translate(" + n.x + "," + n.y + ")"); });
  }

  function highlight(node, on) {
    var near = {}; near[node.id] = true;
    state.edges.forEach(function (e) {
      var hit = e.s === node || e.t === node;
      if (hit) { near[e.s.id] = true; near[e.t.id] = true; }
      e.el.classList.toggle("dim", on && !hit);
    });
    state.nodes.forEach(function (n) { n.el.classList.toggle("dim", on && !near[n.id]); });
  }

  function build(svgEl, width, height) {
    var maxE = state.edges.reduce(function (m, e) { return Math.max(m, e.d.weight); }, 1);
    var edgeG = NG.svg("g", {}, svgEl), nodeG = NG.svg("g", {}, svgEl);
    state.edges.forEach(function (e) {
      var tone = e.d.cooperative >= e.d.conflictual ? "coop" : "conf";
      e.el = NG.svg("line", { "class": "g-edge " + tone, "stroke-width": 1.5 + 5 * e.d.weight / maxE }, edgeG);
      NG.svg("title", {}, e.el).textContent = e.d.source + " → " + e.d.target + ": " +
        e.d.cooperative + " cooperative, " + e.d.conflictual + " conflictual";
    });
    state.nodes.forEach(function (n) {
      n.el = NG.svg("g", { "class": "g-node " + (n.type || "OTHER"), tabindex: 0, role: "link",
                          "data-id": n.id, "aria-label": n.id }, nodeG);
      NG.svg("circle", { r: n.r }, n.el);
      NG.svg("text", { y: n.r + 13, "text-anchor": "middle" }, n.el).textContent = n.id;
      NG.svg("title", {}, n.el).textContent = n.id + " (" + n.weight + " events)";
      drag(n, svgEl, width, height);
      n.el.addEventListener("mouseenter", function () { highlight(n, true); });
      n.el.addEventListener("mouseleave", function () { highlight(n, false); });
      n.el.addEventListener("keydown", function (e) { if (e.key === "Enter") window.location.href = NG.entityHref(n.id); });
    });
  }

  function drag(n, svgEl, width, height) {
    var moved = false;
    function point(e) {
      var r = svgEl.getBoundingClientRect();
      return { x: (e.clientX - r.left) * width / r.width, y: (e.clientY - r.top) * height / r.height };
    }
    n.el.addEventListener("pointerdown", function (e) {
      moved = false; n.fixed = true; n.el.setPointerCapture(e.pointerId);
    });
    n.el.addEventListener("pointermove", function (e) {
      if (!n.fixed) return;
      var p = point(e); moved = true; n.x = p.x; n.y = p.y; render();
    });
    n.el.addEventListener("pointerup", function () {
      n.fixed = false;
      if (!moved) window.location.href = NG.entityHref(n.id);
      else run(width, height, 60);
    });
  }

  function run(width, height, steps) {
    cancelAnimationFrame(state.raf);
    var i = 0;
    (function frame() {
      for (var k = 0; k < 3 && i < steps; k++, i++) tick(width, height, 1 - i / steps * 0.8);
      render();
      if (i < steps) state.raf = requestAnimationFrame(frame);
    })();
  }

  function draw(data) {
    box.textContent = "";
    var width = Math.max(300, box.clientWidth), height = Math.max(300, box.clientHeight);
    var g = prepare(data, width, height);
    state.nodes = g.nodes; state.edges = g.edges;
    var extra = data.nodes.length > MAX_NODES ? " (showing the " + MAX_NODES + " busiest)" : "";
    if (status) status.textContent = data.nodes.length + " actors · " + data.edges.length + " ties" + extra;
    if (!g.nodes.length) { box.appendChild(NG.text("p", "No actor-to-target events in this window.", "empty")); return; }
    var svgEl = NG.svg("svg", { viewBox: "0 0 " + width + " " + height, role: "img",
                                "aria-label": "Network of " + g.nodes.length + " actors" }, box);
    build(svgEl, width, height);
    for (var i = 0; i < 200; i++) tick(width, height, 1 - i / 250);  /* settle before showing */
    render();
    box.setAttribute("data-ready", "1");
  }

  function load() {
    box.removeAttribute("data-ready");
    NG.getJSON(url()).then(draw).catch(function (err) {
      box.textContent = "";
      box.appendChild(NG.text("p", "Could not load the network: " + err.message, "empty"));
    });
  }

  if (form) {
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var p = new URLSearchParams(new FormData(form));
      history.replaceState(null, "", "/graph?" + p.toString());
      load();
    });
  }
  load();
})();
