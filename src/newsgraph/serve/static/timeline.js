/* Interactive timeline: one dot per dated event, one lane per event type, click to open. */
"use strict";
(function () {
  var box = document.getElementById("timeline-chart");
  if (!box) return;
  var tip = document.getElementById("timeline-tip");
  var status = document.getElementById("timeline-status");
  var COOP = NG.coopSet();
  var items = [];

  function toTime(d) {
    var p = (d || "").split("-").map(Number);
    if (!p[0]) return null;
    /* a month or a year is drawn at its middle */
    if (p.length === 1) return Date.UTC(p[0], 6, 1);
    if (p.length === 2) return Date.UTC(p[0], p[1] - 1, 15);
    return Date.UTC(p[0], p[1] - 1, p[2]);
  }

  function ticks(t0, t1, width) {
    var years = (t1 - t0) / 31557600000;
    var monthly = years < 3 && width > 420;
    var out = [], d = new Date(t0);
    d = new Date(Date.UTC(d.getUTCFullYear(), monthly ? d.getUTCMonth() : 0, 1));
    var stepMonths = monthly ? (years > 1.5 ? 3 : 1) : Math.max(1, Math.ceil(years / 8)) * 12;
    while (d.getTime() <= t1 && out.length < 60) {
      if (d.getTime() >= t0) out.push(d.getTime());
      d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + stepMonths, 1));
    }
    return { list: out, monthly: monthly };
  }

  function label(t, monthly) {
    var d = new Date(t);
    var m = ["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"][d.getUTCMonth()];
    return monthly ? m + " " + d.getUTCFullYear() : String(d.getUTCFullYear());
  }

  function showTip(ev, dot) {
    tip.textContent = "";
    tip.appendChild(NG.text("strong", ev.type + " · " + ev.date));
    tip.appendChild(NG.text("div", ev.actors.join(", ") + (ev.targets.length ? " → " + ev.targets.join(", ") : "")));
    if (ev.evidence) tip.appendChild(NG.text("div", "“" + ev.evidence.slice(0, 160) + (ev.evidence.length > 160 ? "…" : "") + "”"));
    tip.hidden = false;
    var r = dot.getBoundingClientRect(), c = box.parentNode.getBoundingClientRect();
    var left = Math.min(r.left - c.left + 12, c.width - tip.offsetWidth - 8);
    tip.style.left = Math.max(4, left) + "px";
    tip.style.top = (r.top - c.top + 14) + "px";
  }

  function draw() {
    box.textContent = "";
    if (!items.length) { box.appendChild(NG.text("p", "No dated events match.", "empty")); return; }
    var lanes = [];
    items.forEach(function (ev) { if (lanes.indexOf(ev.type) < 0) lanes.push(ev.type); });
    lanes.sort();
    var width = Math.max(300, box.clientWidth), laneH = 34, left = width < 500 ? 78 : 100, right = 16;
    var height = lanes.length * laneH + 36;
    var times = items.map(function (ev) { return toTime(ev.date); });
    var t0 = Math.min.apply(null, times), t1 = Math.max.apply(null, times);
    var pad = Math.max((t1 - t0) * 0.04, 15 * 86400000);
    t0 -= pad; t1 += pad;
    var x = function (t) { return left + (t - t0) / (t1 - t0) * (width - left - right); };
    var root = NG.svg("svg", { viewBox: "0 0 " + width + " " + height, height: height, role: "img",
                               "aria-label": items.length + " events on a timeline" }, box);
    var axis = NG.svg("g", { "class": "tl-axis" }, root);
    var tk = ticks(t0, t1, width);
    tk.list.forEach(function (t) {
      NG.svg("line", { x1: x(t), x2: x(t), y1: 4, y2: height - 24 }, axis);
      NG.svg("text", { x: x(t), y: height - 8, "text-anchor": "middle" }, axis).textContent = label(t, tk.monthly);
    });
    var laneG = NG.svg("g", { "class": "tl-lane" }, root);
    lanes.forEach(function (name, i) {
      var y = 8 + i * laneH + laneH / 2;
      NG.svg("line", { x1: left, x2: width - right, y1: y, y2: y }, laneG);
      NG.svg("text", { x: left - 8, y: y + 4, "text-anchor": "end" }, laneG).textContent = name;
    });
    brush(root, left, width - right, t0, t1, height);
    var stack = {};
    var dots = NG.svg("g", { "class": "tl-dots" }, root);
    items.forEach(function (ev, i) {
      var lane = lanes.indexOf(ev.type), key = lane + "|" + ev.date;
      var k = stack[key] = (stack[key] || 0) + 1;
      /* events on the same day in the same lane fan out: 0, -6, +6, -12, +12 px (capped) */
      var off = k === 1 ? 0 : (k % 2 === 0 ? -1 : 1) * Math.min(2, Math.ceil((k - 1) / 2)) * 6;
      var y = 8 + lane * laneH + laneH / 2 + off;
      var dot = NG.svg("circle", {
        "class": "tl-dot " + (COOP[ev.type] ? "coop" : "conf"), cx: x(times[i]), cy: y,
        r: Math.min(11, 4.5 + Math.sqrt(ev.n_mentions || 1) * 1.6), tabindex: 0, role: "link",
        "data-id": ev.id, "aria-label": ev.type + " on " + ev.date
      }, dots);
      dot.addEventListener("mouseenter", function () { showTip(ev, dot); });
      dot.addEventListener("focus", function () { showTip(ev, dot); });
      dot.addEventListener("mouseleave", function () { tip.hidden = true; });
      dot.addEventListener("blur", function () { tip.hidden = true; });
      dot.addEventListener("click", function () { window.location.href = "/events/" + ev.id; });
      dot.addEventListener("keydown", function (e) { if (e.key === "Enter") window.location.href = "/events/" + ev.id; });
    });
  }

  /* drag across the chart to zoom: the window becomes the page's since/until filters */
  function brush(root, x0, x1, t0, t1, height) {
    var start = null, rect = null;
    function at(e) {
      var r = root.getBoundingClientRect();
      return Math.max(x0, Math.min(x1, (e.clientX - r.left) * root.viewBox.baseVal.width / r.width));
    }
    root.addEventListener("pointerdown", function (e) {
      if (e.target.classList.contains("tl-dot")) return;
      start = at(e);
      rect = NG.svg("rect", { "class": "tl-brush", x: start, y: 4, width: 0, height: height - 28 }, root);
      root.setPointerCapture(e.pointerId);
    });
    root.addEventListener("pointermove", function (e) {
      if (start === null) return;
      var x = at(e);
      rect.setAttribute("x", Math.min(start, x));
      rect.setAttribute("width", Math.abs(x - start));
    });
    root.addEventListener("pointerup", function (e) {
      if (start === null) return;
      var a = Math.min(start, at(e)), b = Math.max(start, at(e));
      start = null;
      if (b - a < 6) { rect.remove(); return; }
      var day = function (px) {
        return new Date(t0 + (px - x0) / (x1 - x0) * (t1 - t0)).toISOString().slice(0, 10);
      };
      var params = new URLSearchParams(window.location.search);
      params.set("since", day(a)); params.set("until", day(b));
      window.location.search = params.toString();
    });
  }

  NG.getJSON(box.getAttribute("data-src")).then(function (data) {
    items = data.items.filter(function (ev) { return toTime(ev.date) !== null; });
    if (status && data.total > items.length) status.textContent = "Showing " + items.length + " of " + data.total + " dated events";
    draw();
    window.addEventListener("resize", NG.debounce(draw, 150));
  }).catch(function (err) {
    box.textContent = "";
    box.appendChild(NG.text("p", "Could not load the timeline: " + err.message, "empty"));
  });
})();
