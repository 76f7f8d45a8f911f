/* Ingest form: posts files or pasted text to /api/v1/ingest with the token, shows the report. */
"use strict";
(function () {
  var form = document.getElementById("ingest-form");
  if (!form) return;
  var box = document.getElementById("ingest-result");
  var facts = document.getElementById("ingest-facts");
  var raw = document.getElementById("ingest-json");

  function show(title, data, ok) {
    box.hidden = false;
    facts.textContent = "";
    raw.textContent = JSON.stringify(data, null, 2);
    var head = box.querySelector("h2");
    head.textContent = title;
    head.className = ok ? "coop-text" : "conf-text";
    if (!ok) return;
    ["files", "pages", "articles", "duplicates", "discarded", "words", "seconds"].forEach(function (k) {
      if (!(k in data)) return;
      var d = document.createElement("div");
      d.appendChild(NG.text("dt", k));
      d.appendChild(NG.text("dd", String(data[k])));
      facts.appendChild(d);
    });
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var body = new FormData(form);
    var token = body.get("token");
    body.delete("token");
    var files = form.elements.files.files;
    if (!files.length && !String(body.get("text") || "").trim()) {
      show("Nothing to ingest", { error: { message: "choose files or paste a page" } }, false);
      return;
    }
    var button = form.querySelector("button");
    button.disabled = true; button.textContent = "Ingesting…";
    fetch(form.action, { method: "POST", body: body, headers: { "Authorization": "Bearer " + token } })
      .then(function (r) { return r.json().then(function (d) { return { ok: r.ok, data: d }; }); })
      .then(function (res) {
        show(res.ok ? "Ingested" : "Refused: " + res.data.error.message, res.data, res.ok);
      })
      .catch(function (err) { show("Failed", { error: { message: err.message } }, false); })
      .finally(function () { button.disabled = false; button.textContent = "Ingest"; });
  });
})();
