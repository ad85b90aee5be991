extension BuiltinTheme {
    /// Progressive enhancement for the year tables and the board list: search as you type,
    /// filters for sector and status, sortable columns. The lists work fully without it.
    static let searchScript = #"""
        (function () {
          "use strict";
          function fold(text) {
            return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
              .replace(/[^\p{L}\p{N} ]/gu, "");
          }
          function label(text, control) {
            var l = document.createElement("label");
            l.textContent = text;
            l.htmlFor = control.id;
            var wrap = document.createElement("div");
            wrap.appendChild(l);
            wrap.appendChild(control);
            return wrap;
          }
          function select(id, name, options) {
            var s = document.createElement("select");
            s.id = id;
            var all = document.createElement("option");
            all.value = "";
            all.textContent = "Alle";
            s.appendChild(all);
            options.forEach(function (o) {
              var opt = document.createElement("option");
              opt.value = o[0];
              opt.textContent = o[1];
              s.appendChild(opt);
            });
            return s;
          }
          document.querySelectorAll("[data-zoeken]").forEach(function (box, n) {
            var target = document.getElementById(box.getAttribute("data-zoeken"));
            if (!target) { return; }
            var items = Array.prototype.slice.call(target.querySelectorAll("[data-zoek]"));
            var input = document.createElement("input");
            input.type = "search";
            input.id = "zoek-" + n;
            input.autocomplete = "off";
            box.appendChild(label("Zoek op bestuur, bestuursnummer, school, BRIN of plaats", input));
            var filters = [];
            ["sector", "status"].forEach(function (key) {
              var seen = {};
              items.forEach(function (row) {
                var value = row.getAttribute("data-" + key);
                if (value && !seen[value]) {
                  var cell = key === "sector" ? row.children[3] : row.querySelector(".status");
                  seen[value] = cell ? cell.textContent.trim() : value;
                }
              });
              var keys = Object.keys(seen).sort();
              if (keys.length < 2) { return; }
              var s = select("filter-" + key + "-" + n, key, keys.map(function (k) { return [k, seen[k]]; }));
              box.appendChild(label(key === "sector" ? "Sector" : "Status", s));
              filters.push([key, s]);
            });
            var output = document.createElement("output");
            output.setAttribute("aria-live", "polite");
            box.appendChild(output);
            function apply() {
              var words = fold(input.value).split(" ").filter(Boolean);
              var shown = 0;
              items.forEach(function (row) {
                var text = row.getAttribute("data-zoek");
                var ok = words.every(function (w) { return text.indexOf(w) !== -1; });
                filters.forEach(function (f) {
                  if (f[1].value && row.getAttribute("data-" + f[0]) !== f[1].value) { ok = false; }
                });
                row.hidden = !ok;
                if (ok) { shown += 1; }
              });
              target.querySelectorAll(".letter-groep").forEach(function (group) {
                group.hidden = !group.querySelector("[data-zoek]:not([hidden])");
              });
              output.textContent = shown === items.length ? items.length + " resultaten" : shown + " van de " + items.length + " getoond";
            }
            input.addEventListener("input", apply);
            filters.forEach(function (f) { f[1].addEventListener("change", apply); });
            box.hidden = false;
            apply();
          });
          document.querySelectorAll("table.zaken").forEach(function (table) {
            var body = table.tBodies[0];
            if (!body) { return; }
            table.querySelectorAll("thead th[data-sorteer]").forEach(function (th, i) {
              var index = Array.prototype.indexOf.call(th.parentNode.children, th);
              var button = document.createElement("button");
              button.type = "button";
              button.textContent = th.textContent;
              th.textContent = "";
              th.appendChild(button);
              button.addEventListener("click", function () {
                var ascending = th.getAttribute("aria-sort") !== "ascending";
                table.querySelectorAll("thead th").forEach(function (h) { h.removeAttribute("aria-sort"); });
                th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
                var rows = Array.prototype.slice.call(body.rows);
                rows.sort(function (a, b) {
                  var x = a.children[index], y = b.children[index];
                  var p = x.getAttribute("data-waarde") || fold(x.textContent);
                  var q = y.getAttribute("data-waarde") || fold(y.textContent);
                  return (p < q ? -1 : p > q ? 1 : 0) * (ascending ? 1 : -1);
                });
                rows.forEach(function (row) { body.appendChild(row); });
              });
            });
          });
        })();

        """#
}
