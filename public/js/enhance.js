// Small enhancements for public pages, which work fully without this file.
// Plain script, no framework: public pages stay well under 15 KB of JavaScript.
(function () {
  "use strict";

  // "Exit this page", as GOV.UK's component does it: the button, or Shift
  // pressed 3 times (each within 5 seconds of the last, not with another key),
  // hides the page at once and leaves through /exit, which clears this site.
  // location.replace() keeps this page out of the Back button's history.
  var quickExit = document.querySelector("[data-quick-exit]");
  if (quickExit) {
    var exitLink = quickExit.querySelector("[data-quick-exit-link]");
    var status = quickExit.querySelector("[data-quick-exit-status]");
    var words = quickExit.dataset;
    var presses = 0;
    var lastKeyWasModified = false;
    var timer = null;
    var overlay = null;

    var exitPage = function () {
      status.textContent = "";
      document.body.classList.add("quick-exit-hide");
      overlay = document.createElement("div");
      overlay.className = "quick-exit-overlay";
      overlay.setAttribute("role", "alert");
      document.body.appendChild(overlay);
      // Set after it is in the page, so screen readers announce it.
      overlay.textContent = words.activated;
      window.location.replace(exitLink.href);
    };
    var resetPresses = function () {
      clearTimeout(timer);
      timer = null;
      presses = 0;
      status.textContent = words.timedOut;
    };

    exitLink.addEventListener("click", function (event) {
      event.preventDefault();
      exitPage();
    });
    document.addEventListener(
      "keyup",
      function (event) {
        // Shift as a modifier (Shift+A) sends A's keyup with shiftKey, then Shift's: that Shift does not count.
        if (event.key === "Shift" && !lastKeyWasModified) {
          presses += 1;
          clearTimeout(timer);
          if (presses >= 3) {
            presses = 0;
            timer = null;
            exitPage();
          } else {
            status.textContent = presses === 1 ? words.pressTwoMoreTimes : words.pressOneMoreTime;
            timer = setTimeout(resetPresses, 5000);
          }
        } else if (timer) {
          resetPresses();
        }
        lastKeyWasModified = event.shiftKey;
      },
      true,
    );
    // Back to a page kept by the browser: take the blank cover away again.
    window.addEventListener("pageshow", function () {
      document.body.classList.remove("quick-exit-hide");
      if (overlay) overlay.remove();
      overlay = null;
      presses = 0;
      status.textContent = "";
    });
  }

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
  // "Read aloud": only where the browser can speak, so nobody meets a button
  // that does nothing (without JavaScript there is no button at all). It reads
  // the question, its hint and its options (or an information page's words)
  // in the page's language; while speaking, the button says "Stop".
  var speech = window.speechSynthesis;
  var reader = document.querySelector("[data-read-aloud]");
  if (reader && speech && typeof window.SpeechSynthesisUtterance === "function") {
    var group = reader.closest("[data-speak-group]") || document.querySelector("main");
    var button = document.createElement("button");
    var speaking = false;
    var show = function (on) {
      speaking = on;
      button.textContent = on ? reader.dataset.stop : reader.dataset.read;
    };
    button.type = "button";
    button.className = "read-aloud__button";
    show(false);
    reader.appendChild(button);
    button.addEventListener("click", function () {
      var wasSpeaking = speaking;
      speech.cancel();
      if (wasSpeaking) return show(false);
      var text = Array.prototype.map
        .call(group.querySelectorAll("[data-speak]"), function (el) {
          var words = el.textContent.trim();
          // A pause between pieces: each ends like a sentence.
          return /[.?!:\u061F\u06D4]$/.test(words) ? words : words + ".";
        })
        .join(" ");
      var utterance = new window.SpeechSynthesisUtterance(text);
      utterance.lang = document.documentElement.lang;
      utterance.onend = utterance.onerror = function () {
        show(false);
      };
      show(true);
      speech.speak(utterance);
    });
  }
})();
