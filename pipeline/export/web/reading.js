// letopis reading view: details on hover and click, a person's mentions, layer toggles, keys.
// Every text shown comes from the page's own JSON and goes into the DOM as text, never as markup.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("letopis-data").textContent);
  var main = document.getElementById("text");
  var info = document.getElementById("info");
  var tip = document.getElementById("tip");
  var hidden = document.createElement("style");
  document.head.appendChild(hidden);
  var selection = [];   // the marks n/p step through
  var cursor = -1;
  var person = null;

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function markOf(node) { return node && node.closest ? node.closest("[data-id],[data-of]") : null; }
  function idOf(mark) { return mark.getAttribute("data-id") || mark.getAttribute("data-of"); }
  function byId(id) { return document.getElementById(id); }
  function typeName(type) { return data.types[type] ? type + " (" + data.types[type] + ")" : type; }
  function parts(id) { return main.querySelectorAll('[data-id="' + CSS.escape(id) + '"],[data-of="' + CSS.escape(id) + '"]'); }

  // What a mark means, as a title and lines of text.
  function describe(id) {
    var e = data.entities[id], d = data.dates[id], v = data.events[id], m = data.mentions[id];
    var mark = byId(id), lines = [];
    var said = mark ? mark.textContent : "";
    if (e) {
      lines.push(typeName(e[0]) + (e[3] ? " · " + e[3] : ""));
      if (e[2]) lines.push("кластер " + e[2] + (data.persons[e[2]] ? " · " + data.persons[e[2]][1] + " упоминаний" : ""));
      if (e[4] && data.chapters[e[4]]) lines.push("глава: " + data.chapters[e[4]]);
      if (e[5]) lines.push("в примечании");
      return { title: e[1] || said, lines: lines };
    }
    if (d) {
      lines.push("TIMEX3: " + (d[0] || "—") + (d[1] ? " · mod " + d[1] : ""));
      if (d[2]) lines.push("другое значение: " + d[2] + (d[3] ? " (" + d[3] + ")" : ""));
      if (d[4]) lines.push("праздник: " + d[4]);
      return { title: said, lines: lines };
    }
    if (v) {
      var mood = [v[1] !== "positive" ? v[1] : null, v[2] !== "asserted" ? v[2] : null].filter(Boolean);
      if (mood.length) lines.push(mood.join(", "));
      v[3].forEach(function (a) {
        lines.push(a[0] + ": " + a[1] + (a[3] && a[3] !== a[1] ? " → " + a[3] : "") + (a[4] ? " (выведено)" : ""));
      });
      return { title: v[0] + " · " + said, lines: lines };
    }
    if (m) {
      lines.push(data.types[m[0]] || m[0]);
      if (m[1] && data.persons[m[1]]) lines.push("→ " + data.persons[m[1]][0] + " (" + m[1] + ")");
      var group = (m[2] || []).filter(function (c) { return data.persons[c]; }).map(function (c) { return data.persons[c][0]; });
      if (group.length) lines.push("группа: " + group.join(", "));
      return { title: said, lines: lines };
    }
    return { title: said, lines: [] };
  }

  function render(box, id) {
    var what = describe(id);
    box.textContent = "";
    box.appendChild(el("h3", null, what.title));
    var list = el("ul");
    what.lines.forEach(function (line) { list.appendChild(el("li", null, line)); });
    box.appendChild(list);
  }

  function clear(cls) {
    main.querySelectorAll("." + cls).forEach(function (node) {
      node.classList.remove(cls);
      node.removeAttribute("data-role");
    });
  }

  // A click on a mark: its details, and for an event its arguments in the text.
  function select(id, scroll) {
    clear("sel"); clear("arg");
    var first = byId(id);
    if (!first) return;
    parts(id).forEach(function (node) { node.classList.add("sel"); });
    var event = data.events[id];
    if (event) {
      event[3].forEach(function (a) {
        var target = byId(a[2]);
        if (!target) return;
        target.classList.add("arg");
        target.setAttribute("data-role", a[0]);
        main.querySelectorAll('[data-of="' + CSS.escape(a[2]) + '"]').forEach(function (n) { n.classList.add("arg"); });
      });
    }
    info.hidden = false;
    render(info, id);
    var close = el("button", "close", "×");
    close.type = "button";
    close.setAttribute("aria-label", "закрыть");
    close.addEventListener("click", unselect);
    info.insertBefore(close, info.firstChild);
    if (scroll) { first.tabIndex = -1; first.focus({ preventScroll: true }); first.scrollIntoView({ block: "center" }); }
  }

  function unselect() { clear("sel"); clear("arg"); info.hidden = true; }

  // A person of the side list: every mention of theirs highlighted, n/p step through them.
  function choosePerson(cluster) {
    clear("hl");
    document.querySelectorAll("button.person[aria-pressed=true]").forEach(function (b) { b.setAttribute("aria-pressed", "false"); });
    if (person === cluster || !cluster) { person = null; selection = []; cursor = -1; return; }
    person = cluster;
    var button = document.querySelector('button.person[data-cluster="' + CSS.escape(cluster) + '"]');
    if (button) button.setAttribute("aria-pressed", "true");
    var marks = main.querySelectorAll('[data-cluster="' + CSS.escape(cluster) + '"]');
    marks.forEach(function (node) { node.classList.add("hl"); });
    selection = Array.prototype.filter.call(marks, function (node) { return node.hasAttribute("data-id"); });
    cursor = -1;
  }

  function step(delta) {
    var list = selection.length ? selection : Array.prototype.slice.call(main.querySelectorAll("[data-id]"));
    if (!list.length) return;
    cursor = (cursor + delta + list.length) % list.length;
    select(idOf(list[cursor]), true);
  }

  function showTip(mark) {
    render(tip, idOf(mark));
    tip.hidden = false;
    var box = mark.getBoundingClientRect();
    tip.style.left = Math.max(4, window.scrollX + box.left) + "px";
    tip.style.top = (window.scrollY + box.bottom + 6) + "px";
  }

  main.addEventListener("mouseover", function (event) {
    var mark = markOf(event.target);
    if (mark && mark.classList.contains("m")) showTip(mark); else tip.hidden = true;
  });
  main.addEventListener("mouseleave", function () { tip.hidden = true; });
  main.addEventListener("click", function (event) {
    var mark = markOf(event.target);
    if (!mark || !mark.classList.contains("m")) return;
    var id = idOf(mark);
    select(id, false);
    var mentioned = mark.getAttribute("data-cluster");
    if (mentioned && data.persons[mentioned] && person !== mentioned) choosePerson(mentioned);
    history.replaceState(null, "", "#" + id);
  });
  document.getElementById("persons").addEventListener("click", function (event) {
    var button = event.target.closest("button.person");
    if (!button) return;
    var cluster = button.getAttribute("data-cluster");
    choosePerson(cluster);
    if (person) { step(1); history.replaceState(null, "", "#" + cluster); }
  });
  document.getElementById("person-filter").addEventListener("input", function (event) {
    var wanted = event.target.value.trim().toLowerCase();
    document.querySelectorAll("#persons li").forEach(function (item) {
      item.hidden = wanted !== "" && item.textContent.toLowerCase().indexOf(wanted) < 0;
    });
  });

  // Toggles: a hidden layer or type loses its marking (the text stays).
  function updateHidden() {
    var rules = [];
    document.querySelectorAll("input[data-toggle-layer]").forEach(function (box) {
      if (!box.checked) rules.push('#text [data-layer="' + CSS.escape(box.getAttribute("data-toggle-layer")) + '"]');
    });
    document.querySelectorAll("input[data-toggle-type]").forEach(function (box) {
      if (!box.checked) rules.push('#text [data-layer="' + CSS.escape(box.getAttribute("data-layer")) + '"][data-type="' + CSS.escape(box.getAttribute("data-toggle-type")) + '"]');
    });
    hidden.textContent = rules.length ? rules.join(",") + "{text-decoration:none;border:0;background:none;font-weight:inherit;color:inherit;outline:0;cursor:auto}" +
      rules.map(function (r) { return r + "::before," + r + "::after"; }).join(",") + "{content:none}" : "";
  }
  document.getElementById("layers").addEventListener("change", function (event) {
    if (event.target.id === "labels-toggle") { document.body.classList.toggle("labels", event.target.checked); return; }
    updateHidden();
  });

  document.addEventListener("keydown", function (event) {
    if (event.target.matches && event.target.matches("input[type=search]")) {
      if (event.key === "Escape") event.target.blur();
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "n" || event.key === "j") step(1);
    else if (event.key === "p" || event.key === "k") step(-1);
    else if (event.key === "Escape") { unselect(); choosePerson(null); }
    else if (event.key === "/") { event.preventDefault(); document.getElementById("person-filter").focus(); }
    else if (event.key === "l") { var box = document.getElementById("labels-toggle"); box.checked = !box.checked; document.body.classList.toggle("labels", box.checked); }
    else return;
  });

  // An address ending in #E5 (a trigger, from the corpus timeline) or #C3 (a person) opens on it.
  function follow() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (!id) return;
    if (data.persons[id]) { choosePerson(id); step(1); }
    else if (data.entities[id] || data.dates[id] || data.events[id] || data.mentions[id]) select(id, true);
  }
  window.addEventListener("hashchange", follow);
  follow();
})();
