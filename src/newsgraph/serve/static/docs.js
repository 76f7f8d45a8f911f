/* Offline API docs: renders /openapi.json (paths, parameters, responses) with a "Try it" for GETs. */
"use strict";
(function () {
  var box = document.getElementById("api-docs");
  if (!box) return;

  function resolve(spec, schema) {
    if (schema && schema.$ref) return spec.components.schemas[schema.$ref.split("/").pop()] || {};
    return schema || {};
  }

  function typeOf(spec, schema) {
    schema = resolve(spec, schema);
    if (schema.anyOf) return schema.anyOf.map(function (s) { return typeOf(spec, s); }).filter(function (t) { return t !== "null"; }).join(" | ");
    if (schema.enum) return (schema.type || "string") + " (" + schema.enum.join(", ") + ")";
    return schema.type || "object";
  }

  function paramTable(spec, params) {
    var table = document.createElement("table");
    table.className = "params";
    var head = table.createTHead().insertRow();
    ["name", "in", "type", "default", "description"].forEach(function (h) { head.appendChild(NG.text("th", h)); });
    var body = table.createTBody();
    params.forEach(function (p) {
      var row = body.insertRow(), s = p.schema || {};
      row.appendChild(NG.text("td", p.name + (p.required ? " *" : "")));
      row.appendChild(NG.text("td", p.in));
      row.appendChild(NG.text("td", typeOf(spec, s)));
      row.appendChild(NG.text("td", s["default"] === undefined ? "" : JSON.stringify(s["default"])));
      row.appendChild(NG.text("td", p.description || s.description || ""));
    });
    return table;
  }

  function tryIt(path, params) {
    var wrap = document.createElement("div");
    var input = document.createElement("input");
    var example = path.replace(/\{[^}]+\}/g, "1");
    var q = params.filter(function (p) { return p.in === "query" && p.required; })
      .map(function (p) { return p.name + "=treaty"; }).join("&");
    input.value = example + (q ? "?" + q : "");
    input.size = 50; input.setAttribute("aria-label", "request URL");
    var btn = NG.text("button", "Try it", "btn");
    var out = NG.text("pre", "", "small");
    out.hidden = true;
    btn.addEventListener("click", function () {
      fetch(input.value).then(function (r) { return r.text().then(function (t) { return [r.status, t]; }); })
        .then(function (res) {
          var pretty = res[1];
          try { pretty = JSON.stringify(JSON.parse(res[1]), null, 2); } catch (e) { /* not JSON */ }
          out.hidden = false; out.textContent = res[0] + "\n" + pretty.slice(0, 6000);
        });
    });
    wrap.appendChild(input); wrap.appendChild(btn); wrap.appendChild(out);
    return wrap;
  }

  function operation(spec, path, method, op) {
    var card = NG.text("section", "", "card op");
    card.id = (method + path).replace(/[^a-z0-9]+/gi, "-");
    var head = NG.text("div", "", "op-head");
    head.appendChild(NG.text("span", method.toUpperCase(), "method " + method));
    head.appendChild(NG.text("span", path, "op-path"));
    head.appendChild(NG.text("span", op.summary || "", "muted"));
    card.appendChild(head);
    if (op.description) card.appendChild(NG.text("p", op.description, "small"));
    var params = op.parameters || [];
    if (params.length) card.appendChild(paramTable(spec, params));
    if (op.requestBody) {
      var kinds = Object.keys(op.requestBody.content || {}).join(", ");
      card.appendChild(NG.text("p", "Request body: " + kinds, "small"));
    }
    var codes = Object.keys(op.responses || {}).map(function (c) {
      return c + " " + (op.responses[c].description || "");
    });
    card.appendChild(NG.text("p", "Responses: " + codes.join(" · "), "small muted"));
    if (method === "get") card.appendChild(tryIt(path, params));
    return card;
  }

  NG.getJSON(box.getAttribute("data-spec")).then(function (spec) {
    box.textContent = "";
    if (spec.info && spec.info.description) box.appendChild(NG.text("p", spec.info.description, "muted small"));
    Object.keys(spec.paths).forEach(function (path) {
      var item = spec.paths[path];
      Object.keys(item).forEach(function (method) { box.appendChild(operation(spec, path, method, item[method])); });
    });
  }).catch(function (err) {
    box.textContent = "";
    box.appendChild(NG.text("p", "Could not load /openapi.json: " + err.message, "empty"));
  });
})();
