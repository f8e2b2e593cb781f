/* The item page's print button; a script file rather than an onclick attribute, which the
   portal's Content-Security-Policy (script-src 'self') would block. */
document.addEventListener("DOMContentLoaded", function () {
  "use strict";
  Array.prototype.forEach.call(document.querySelectorAll("[data-print]"), function (button) {
    button.addEventListener("click", function () { window.print(); });
  });
});
