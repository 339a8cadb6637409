// Small enhancements for public pages, which work fully without this file.
// Plain script, no framework: public pages stay well under 15 KB of JavaScript.
(function () {
  "use strict";

  // The error summary takes focus (autofocus does this too where supported).
  var summary = document.querySelector("[data-error-summary]");
  if (summary && document.activeElement !== summary) summary.focus();

  // Error summary links: focus the field and bring its question into view,
  // as the GOV.UK error summary does.
  if (summary) {
    summary.addEventListener("click", function (event) {
      var link = event.target.closest && event.target.closest("a[href^='#']");
      if (!link) return;
      var input = document.getElementById(link.getAttribute("href").slice(1));
      if (!input) return;
      event.preventDefault();
      var legend = input.closest("fieldset") && input.closest("fieldset").querySelector("legend");
      (legend || input).scrollIntoView();
      input.focus({ preventScroll: true });
    });
  }

  // A second click within a second of the first does not send the form again.
  // (The server would not store a second response anyway.)
  document.addEventListener(
    "submit",
    function (event) {
      var form = event.target;
      if (form.dataset.submittedAt && Date.now() - Number(form.dataset.submittedAt) < 1000) {
        event.preventDefault();
        return;
      }
      form.dataset.submittedAt = String(Date.now());
    },
    true,
  );

  // "None of these" and "I'd rather not say" clear the other boxes, and the other way round.
  document.addEventListener("change", function (event) {
    var box = event.target;
    if (!box.matches || !box.matches("[data-exclusive-group] input[type=checkbox]") || !box.checked) return;
    var group = box.closest("[data-exclusive-group]");
    var exclusive = box.hasAttribute("data-exclusive");
    group.querySelectorAll("input[type=checkbox]").forEach(function (other) {
      if (other !== box && (exclusive || other.hasAttribute("data-exclusive"))) other.checked = false;
    });
  });
})();
