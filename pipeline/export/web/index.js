// letopis corpus index: the search boxes filter their table's rows (by the cells marked `key`,
// a person's name and its variants, else the first cell).
(function () {
  "use strict";
  document.querySelectorAll("input.filter").forEach(function (box) {
    var table = document.getElementById(box.getAttribute("data-table"));
    box.addEventListener("input", function () {
      var wanted = box.value.trim().toLowerCase();
      table.querySelectorAll("tbody tr").forEach(function (row) {
        var keys = row.querySelectorAll("td.key");
        var said = Array.prototype.map.call(keys.length ? keys : [row.cells[0]], function (cell) {
          return cell.textContent;
        }).join(" ").toLowerCase();
        row.hidden = wanted !== "" && said.indexOf(wanted) < 0;
      });
    });
  });
  document.querySelectorAll("input[name=axis]").forEach(function (radio) {
    radio.addEventListener("change", function () {
      document.querySelectorAll(".lane-view").forEach(function (view) {
        view.hidden = view.getAttribute("data-view") !== radio.value;
      });
    });
  });
})();
