// Keyboard shortcuts of the queue and item pages: j/k move, o open, a approve, e edit, r reject.
(function () {
  "use strict";
  function typing(el) {
    return el && (el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.tagName === "SELECT" || el.isContentEditable);
  }
  function queueKeys() {
    var table = document.getElementById("queue");
    if (!table) return;
    var rows = Array.prototype.slice.call(table.querySelectorAll("tbody tr[data-id]"));
    var at = rows.length ? 0 : -1;
    function select(i) {
      if (!rows.length) return;
      at = Math.max(0, Math.min(rows.length - 1, i));
      rows.forEach(function (r, n) { r.classList.toggle("selected", n === at); });
      rows[at].scrollIntoView({ block: "nearest" });
    }
    rows.forEach(function (r, n) {
      r.addEventListener("click", function (ev) {
        if (ev.target.closest("a, input, button")) return;
        select(n);
        window.location.href = r.dataset.href;
      });
    });
    select(0);
    document.addEventListener("keydown", function (ev) {
      if (typing(ev.target) || ev.ctrlKey || ev.metaKey || ev.altKey || at < 0) return;
      var row = rows[at];
      if (ev.key === "j") { select(at + 1); }
      else if (ev.key === "k") { select(at - 1); }
      else if (ev.key === "o" || ev.key === "Enter" || ev.key === "e") { window.location.href = row.dataset.href + (ev.key === "e" ? "#body" : ""); }
      else if (ev.key === "r") { window.location.href = row.dataset.href + "#reason"; }
      else if (ev.key === "a") {
        var form = document.getElementById("quick-approve");
        form.action = row.dataset.href + "/decide";
        form.submit();
      } else { return; }
      ev.preventDefault();
    });
  }
  function itemKeys() {
    var approve = document.getElementById("approve");
    var focus = { "#body": "body", "#reason": "reason" }[window.location.hash];
    if (focus && document.getElementById(focus)) document.getElementById(focus).focus();
    document.addEventListener("keydown", function (ev) {
      if (typing(ev.target) || ev.ctrlKey || ev.metaKey || ev.altKey) return;
      if (ev.key === "a" && approve) { approve.click(); }
      else if (ev.key === "e" && document.getElementById("body")) { document.getElementById("body").focus(); }
      else if (ev.key === "r" && document.getElementById("reason")) { document.getElementById("reason").focus(); }
      else if (ev.key === "u") { window.location.href = "/"; }
      else { return; }
      ev.preventDefault();
    });
  }
  document.addEventListener("DOMContentLoaded", function () { queueKeys(); itemKeys(); });
})();
