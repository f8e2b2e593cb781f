/* 适老化 reading modes (large text, high contrast), remembered in localStorage.
   Loaded in <head> without defer, so the chosen mode applies before the first paint. */
(function () {
  "use strict";
  var KEY = "gongkai-reading-modes";
  var MODES = ["large-text", "high-contrast"];
  var root = document.documentElement;

  function load() {
    try {
      var stored = JSON.parse(window.localStorage.getItem(KEY) || "[]");
      return MODES.filter(function (mode) { return stored.indexOf(mode) !== -1; });
    } catch (error) {
      return [];
    }
  }

  function save(active) {
    try {
      window.localStorage.setItem(KEY, JSON.stringify(active));
    } catch (error) {
      /* Private browsing without storage: the mode lasts for this page only. */
    }
  }

  function apply(active) {
    MODES.forEach(function (mode) {
      root.classList.toggle("reading-" + mode, active.indexOf(mode) !== -1);
    });
    var buttons = document.querySelectorAll("[data-reading-mode]");
    Array.prototype.forEach.call(buttons, function (button) {
      var on = active.indexOf(button.getAttribute("data-reading-mode")) !== -1;
      button.setAttribute("aria-pressed", on ? "true" : "false");
    });
  }

  apply(load());

  document.addEventListener("DOMContentLoaded", function () {
    apply(load());
    document.addEventListener("click", function (event) {
      var button = event.target.closest("[data-reading-mode]");
      if (!button) {
        return;
      }
      var mode = button.getAttribute("data-reading-mode");
      var active = load();
      active = active.indexOf(mode) === -1
        ? active.concat([mode])
        : active.filter(function (other) { return other !== mode; });
      save(active);
      apply(active);
    });
  });
})();
