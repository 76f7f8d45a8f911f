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
    var charge = 900 * Math.min(1.5, width * height / (nodes.length * 22000 + 1));
    for (i = 0; i < nodes.length; i++) {        /* repulsion between every pair */
      for (j = i + 1; j < nodes.length; j++) {
        a = nodes[i]; b = nodes[j]; dx = b.x - a.x; dy = b.y - a.y;
        d2 = Math.max(dx * dx + dy * dy, 100);
        f = charge * alpha / d2;
        a.vx -= dx * f; a.vy -= dy * f; b.vx += dx * f; b.vy += dy * f;
      }
    }
    state.edges.forEach(function (e) {          /* springs along ties */
      dx = e.t.x - e.s.x; dy = e.t.y - e.s.y;
      var d = Math.sqrt(dx * dx + dy * dy) || 1, want = 70 + e.s.r + e.t.r;
      f = (d - want) / d * 0.05 * alpha;
      e.s.vx += dx * f; e.s.vy += dy * f; e.t.vx -= dx * f; e.t.vy -= dy * f;
    });
    nodes.forEach(function (n) {                /* gravity, damping, walls (room for labels) */
      n.vx += (width / 2 - n.x) * 0.02 * alpha; n.vy += (height / 2 - n.y) * 0.02 * alpha;
      if (n.fixed) { n.vx = 0; n.vy = 0; return; }
      n.vx = Math.max(-20, Math.min(20, n.vx * 0.8)); n.vy = Math.max(-20, Math.min(20, n.vy * 0.8));
      n.x += n.vx; n.y += n.vy;
      n.x = Math.max(n.r + 4, Math.min(width - n.r - 4, n.x));
      n.y = Math.max(n.r + 4, Math.min(height - n.r - 18, n.y));
    });
  }

  function render() {
    state.edges.forEach(function (e) {
      /* a tie drawn as a gentle curve, so A→B and B→A sit side by side; it stops at the
         target's rim where the arrowhead points in */
      var dx = e.t.x - e.s.x, dy = e.t.y - e.s.y;
      var bend = e.reverse ? 0.18 : 0.06;
      var cx = (e.s.x + e.t.x) / 2 - dy * bend, cy = (e.s.y + e.t.y) / 2 + dx * bend;
      var qx = e.t.x - cx, qy = e.t.y - cy, q = Math.sqrt(qx * qx + qy * qy) || 1;
      var ex = e.t.x - qx / q * (e.t.r + 2), ey = e.t.y - qy / q * (e.t.r + 2);
      e.el.setAttribute("d", "M" + e.s.x.toFixed(1) + "," + e.s.y.toFixed(1) + " Q" + cx.toFixed(1) + "," +
                        cy.toFixed(1) + " " + ex.toFixed(1) + "," + ey.toFixed(1));
    });
    var width = state.width;
    state.nodes.forEach(function (n) {
      n.el.setAttribute("transform", "translate(" + n.x + "," + n.y + ")");
      /* labels near the sides grow inwards, so none is cut off on a narrow screen */
      var anchor = n.x < width * 0.2 ? "start" : n.x > width * 0.8 ? "end" : "middle";
      if (anchor !== n.anchor) {
        n.anchor = anchor;
        n.label.setAttribute("text-anchor", anchor);
        n.label.setAttribute("x", anchor === "start" ? -n.r : anchor === "end" ? n.r : 0);
      }
    });
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
    var defs = NG.svg("defs", {}, svgEl);
    ["coop", "conf"].forEach(function (tone) {
      var m = NG.svg("marker", { id: "arrow-" + tone, viewBox: "0 0 10 10", refX: 9, refY: 5,
                                markerUnits: "userSpaceOnUse", markerWidth: 10, markerHeight: 10, orient: "auto-start-reverse" }, defs);
      NG.svg("path", { d: "M0,0 L10,5 L0,10 z", "class": "g-arrow " + tone }, m);
    });
    var pairs = {};
    state.edges.forEach(function (e) { pairs[e.s.id + "\u0000" + e.t.id] = true; });
    var edgeG = NG.svg("g", {}, svgEl), nodeG = NG.svg("g", {}, svgEl);
    state.edges.forEach(function (e) {
      var tone = e.d.cooperative >= e.d.conflictual ? "coop" : "conf";
      e.reverse = !!pairs[e.t.id + "\u0000" + e.s.id];
      e.el = NG.svg("path", { "class": "g-edge " + tone, "stroke-width": 1.5 + 4 * e.d.weight / maxE,
                              "marker-end": "url(#arrow-" + tone + ")" }, edgeG);
      NG.svg("title", {}, e.el).textContent = e.d.source + " → " + e.d.target + ": " +
        e.d.cooperative + " cooperative, " + e.d.conflictual + " conflictual";
    });
    state.nodes.forEach(function (n) {
      n.el = NG.svg("g", { "class": "g-node " + (n.type || "OTHER"), tabindex: 0, role: "link",
                          "data-id": n.id, "aria-label": n.id }, nodeG);
      NG.svg("circle", { r: n.r }, n.el);
      n.label = NG.svg("text", { y: n.r + 13, "text-anchor": "middle" }, n.el);
      n.label.textContent = n.id;
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
    state.nodes = g.nodes; state.edges = g.edges; state.width = width;
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

  function ties(edges) {                      /* the table under the chart follows the window */
    var body = document.getElementById("ties-body");
    if (!body) return;
    body.textContent = "";
    edges.slice(0, 25).forEach(function (e) {
      var row = body.insertRow();
      [e.source, e.target].forEach(function (name) {
        var a = NG.text("a", name); a.href = NG.entityHref(name);
        row.insertCell().appendChild(a);
      });
      row.appendChild(NG.text("td", String(e.cooperative), "num coop-text"));
      row.appendChild(NG.text("td", String(e.conflictual), "num conf-text"));
      row.appendChild(NG.text("td", Object.keys(e.types).map(function (t) {
        return t + (e.types[t] > 1 ? " ×" + e.types[t] : "");
      }).join(", "), "small"));
    });
    body.parentNode.hidden = !edges.length;
    document.getElementById("ties-empty").hidden = !!edges.length;
  }

  function load() {
    box.removeAttribute("data-ready");
    NG.getJSON(url()).then(function (data) { draw(data); ties(data.edges); }).catch(function (err) {
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
