(function () {
  "use strict";
  // Folds text as herstelsite folds data-zoek: accents off, lower case, letters,
  // digits and spaces only.
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[^\p{L}\p{N} ]/gu, "");
  }
  function field(text, control) {
    var l = document.createElement("label");
    l.textContent = text;
    l.htmlFor = control.id;
    var wrap = document.createElement("div");
    wrap.className = "zoeken-veld";
    wrap.appendChild(l);
    wrap.appendChild(control);
    return wrap;
  }
  function select(id, options) {
    var s = document.createElement("select");
    s.id = id;
    [["", "Alle"]].concat(options).forEach(function (o) {
      var opt = document.createElement("option");
      opt.value = o[0];
      opt.textContent = o[1];
      s.appendChild(opt);
    });
    return s;
  }
  function besturen(n) { return n === 1 ? "1 bestuur" : n + " besturen"; }
  var asked = "";
  try { asked = new URLSearchParams(window.location.search).get("zoek") || ""; } catch (e) { asked = ""; }

  document.querySelectorAll("[data-zoeken]").forEach(function (box, n) {
    var target = document.getElementById(box.getAttribute("data-zoeken"));
    if (!target) { return; }
    var items = Array.prototype.slice.call(target.querySelectorAll("[data-zoek]"));
    var input = document.createElement("input");
    input.type = "search";
    input.id = "zoek-" + n;
    input.autocomplete = "off";
    input.spellcheck = false;
    input.value = asked;
    box.appendChild(field("Zoek op bestuur, bestuursnummer, school, BRIN of plaats", input));
    var filters = [];
    [["sector", "Sector"], ["status", "Status"]].forEach(function (kind) {
      var key = kind[0], seen = {};
      items.forEach(function (row) {
        var value = row.getAttribute("data-" + key);
        var cell = row.querySelector(".kol-" + key);
        if (value && !seen[value]) { seen[value] = cell ? cell.textContent.trim() : value; }
      });
      var keys = Object.keys(seen).sort(function (a, b) { return seen[a].localeCompare(seen[b], "nl"); });
      if (keys.length < 2) { return; }
      var s = select("filter-" + key + "-" + n, keys.map(function (k) { return [k, seen[k]]; }));
      box.appendChild(field(kind[1], s));
      filters.push([key, s]);
    });
    var output = document.createElement("output");
    output.setAttribute("aria-live", "polite");
    output.setAttribute("aria-atomic", "true");
    box.appendChild(output);
    var letters = document.querySelector("[data-letters='" + target.id + "']");
    var timer = null;
    function apply(announceLater) {
      var words = fold(input.value).split(" ").filter(Boolean);
      var shown = 0;
      items.forEach(function (row) {
        var text = row.getAttribute("data-zoek") || "";
        var ok = words.every(function (w) { return text.indexOf(w) !== -1; });
        filters.forEach(function (f) {
          if (f[1].value && row.getAttribute("data-" + f[0]) !== f[1].value) { ok = false; }
        });
        row.hidden = !ok;
        if (ok) { shown += 1; }
      });
      target.querySelectorAll(".letter-groep").forEach(function (group) {
        var empty = !group.querySelector("[data-zoek]:not([hidden])");
        group.hidden = empty;
        var link = letters && letters.querySelector("a[href='#" + group.getAttribute("aria-labelledby") + "']");
        if (link) { link.parentNode.hidden = empty; }
      });
      var text = shown === items.length ? besturen(items.length)
        : shown === 0 ? "Geen besturen gevonden. Probeer een deel van de naam, of een ander gegeven."
        : shown + " van de " + besturen(items.length);
      // The count is a live region: say it once typing pauses, not at every key.
      clearTimeout(timer);
      if (announceLater) {
        timer = setTimeout(function () { output.textContent = text; }, 400);
      } else {
        output.textContent = text;
      }
    }
    input.addEventListener("input", function () { apply(true); });
    filters.forEach(function (f) { f[1].addEventListener("change", function () { apply(false); }); });
    apply(false);
    box.hidden = false;
  });

  // A search form elsewhere (the home page) that leads to a list with ?zoek=.
  document.querySelectorAll("form[data-zoekformulier]").forEach(function (form) {
    form.hidden = false;
  });

  document.querySelectorAll("table.zaken").forEach(function (table) {
    var body = table.tBodies[0];
    if (!body) { return; }
    var headers = table.querySelectorAll("thead th");
    // Equal values keep the built order (by board name), whichever way is sorted.
    Array.prototype.forEach.call(body.rows, function (row, i) { row.setAttribute("data-volgorde", i); });
    table.querySelectorAll("thead th[data-sorteer]").forEach(function (th) {
      var index = Array.prototype.indexOf.call(th.parentNode.children, th);
      var button = document.createElement("button");
      button.type = "button";
      while (th.firstChild) { button.appendChild(th.firstChild); }
      var arrow = document.createElement("span");
      arrow.className = "sorteer-pijl";
      arrow.setAttribute("aria-hidden", "true");
      button.appendChild(arrow);
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headers, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(body.rows);
        function key(row) {
          var cell = row.children[index];
          return cell.getAttribute("data-waarde") || fold(cell.textContent);
        }
        rows.sort(function (a, b) {
          var p = key(a), q = key(b);
          if (p !== q) { return (p < q ? -1 : 1) * (ascending ? 1 : -1); }
          return a.getAttribute("data-volgorde") - b.getAttribute("data-volgorde");
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
})();
