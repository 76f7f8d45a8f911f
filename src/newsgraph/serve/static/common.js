/* Shared helpers for the small scripts of the newsgraph UI (no libraries, no network but /api). */
"use strict";
var NG = (function () {
  var SVGNS = "http://www.w3.org/2000/svg";
  function svg(tag, attrs, parent) {
    var el = document.createElementNS(SVGNS, tag);
    for (var k in attrs) { if (attrs[k] !== undefined && attrs[k] !== null) el.setAttribute(k, attrs[k]); }
    if (parent) parent.appendChild(el);
    return el;
  }
  function text(tag, value, cls) {
    var el = document.createElement(tag);
    if (cls) el.className = cls;
    el.textContent = value;  /* textContent only: data from the API is never parsed as HTML */
    return el;
  }
  function coopSet() {
    var raw = document.body.getAttribute("data-coop") || "";
    var set = {};
    raw.split(",").forEach(function (t) { if (t) set[t] = true; });
    return set;
  }
  function getJSON(url) {
    return fetch(url, { headers: { "Accept": "application/json" } }).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) throw new Error(body && body.error ? body.error.message : ("HTTP " + r.status));
        return body;
      });
    });
  }
  function entityHref(name) { return "/entities/" + encodeURIComponent(name); }
  function debounce(fn, ms) {
    var t = null;
    return function () { clearTimeout(t); t = setTimeout(fn, ms); };
  }
  return { svg: svg, text: text, coopSet: coopSet, getJSON: getJSON, entityHref: entityHref, debounce: debounce };
})();
