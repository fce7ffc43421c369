// The html report's style sheet and script. The script only adds to a page
// that is complete without it: sorting by a column, and the filter box.
#include "report/html_parts.h"

namespace grantcheck {

std::string_view HtmlStyle() {
  return R"css(
body { font-family: sans-serif; margin: 1.5em; color: #1a1a1a; line-height: 1.4; }
h1 { font-size: 1.5em; }
table { border-collapse: collapse; margin: 0.5em 0 1em; }
th, td { border: 1px solid #bbb; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
th { background: #eee; }
td.num { text-align: right; white-space: nowrap; }
td.period { white-space: nowrap; }
#overview-table td:first-child { font-size: 0.85em; }
th button { font: inherit; font-weight: bold; border: 0; background: none; padding: 0; cursor: pointer; }
th[aria-sort=ascending] button::after { content: " \25B2"; }
th[aria-sort=descending] button::after { content: " \25BC"; }
.verdict { font-weight: bold; padding: 0 0.3em; border-radius: 0.2em; }
.verdict.verdict-pass { color: #0b5d1e; background: #dff3e3; }
.verdict.verdict-fail { color: #8a1010; background: #fbe0e0; }
.verdict.verdict-input_error { color: #6b4a00; background: #fff0c2; }
tr.label-error td:nth-child(2) { color: #8a1010; font-weight: bold; }
tr.label-warning td:nth-child(2) { color: #6b4a00; }
dl.facts { display: grid; grid-template-columns: max-content auto; gap: 0.1em 1em; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
svg.timeline { width: 100%; max-width: 75em; height: auto; font-size: 12px; }
#overview-table { font-size: 0.9em; }
svg .tick { stroke: #ccc; }
svg .tick-label { text-anchor: middle; fill: #555; }
svg .span { stroke: #888; stroke-width: 2; }
svg .deadline { fill: #1f5fa8; }
svg .deadline.overdue { fill: #b00; }
svg .deadline.next { fill: #e08a00; stroke: #000; }
svg .no-dated { fill: #777; font-style: italic; }
@media print {
  .controls { display: none !important; }
  section.application { break-before: page; }
  a { color: inherit; text-decoration: none; }
}
)css";
}

std::string_view HtmlScript() {
  return R"js(
(function () {
  var table = document.getElementById("overview-table");
  if (!table) return;
  var body = table.tBodies[0];
  var rows = function () { return Array.prototype.slice.call(body.rows); };
  var filter = document.getElementById("overview-filter");
  var shown = document.getElementById("overview-shown");
  document.getElementById("overview-controls").hidden = false;
  filter.addEventListener("input", function () {
    var q = filter.value.trim().toLocaleLowerCase();
    var n = 0;
    rows().forEach(function (r) {
      r.hidden = q !== "" && r.textContent.toLocaleLowerCase().indexOf(q) < 0;
      if (!r.hidden) n++;
    });
    shown.textContent = String(n);
  });
  var lang = document.documentElement.lang;
  var key = function (cell, numeric) {
    if (!numeric) return cell.textContent.trim();
    var v = cell.getAttribute("data-value");
    return v === null || v === "" ? -Infinity : parseFloat(v);
  };
  var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
  heads.forEach(function (th, i) {
    var button = document.createElement("button");
    button.type = "button";
    while (th.firstChild) button.appendChild(th.firstChild);
    th.appendChild(button);
    var numeric = th.getAttribute("data-type") === "number";
    button.addEventListener("click", function () {
      var up = th.getAttribute("aria-sort") !== "ascending";
      heads.forEach(function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", up ? "ascending" : "descending");
      var sorted = rows().sort(function (a, b) {
        var x = key(a.cells[i], numeric), y = key(b.cells[i], numeric);
        var c = numeric ? (x < y ? -1 : x > y ? 1 : 0) : String(x).localeCompare(String(y), lang);
        return up ? c : -c;
      });
      sorted.forEach(function (r) { body.appendChild(r); });
    });
  });
})();
)js";
}

}  // namespace grantcheck
