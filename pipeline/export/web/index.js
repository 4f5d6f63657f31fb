// letopis corpus index: the search boxes filter their table's rows.
(function () {
  "use strict";
  document.querySelectorAll("input.filter").forEach(function (box) {
    var table = document.getElementById(box.getAttribute("data-table"));
    box.addEventListener("input", function () {
      var wanted = box.value.trim().toLowerCase();
      table.querySelectorAll("tbody tr").forEach(function (row) {
        row.hidden = wanted !== "" && row.cells[0].textContent.toLowerCase().indexOf(wanted) < 0;
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
