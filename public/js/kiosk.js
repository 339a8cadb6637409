// Children's-centre kiosk pages. They work fully without this file (one
// form, one post, a thank-you page, a "Next person" button). With it:
// - "Are you still there?" after the venue's idle time, then back to the start
//   with nothing kept;
// - after sending, the thank-you in place, then the next person starts clean
//   (location.replace, so Back cannot bring the last person's page back);
// - offline: a finished response is put in a queue on this tablet FIRST, then
//   sent; it leaves the queue only when the server confirms its id. Queued
//   responses are sent again when the network returns and on a timer, without
//   a reload; the id makes a resend harmless, so each arrives exactly once.
// Plain script, no framework.
(function () {
  "use strict";

  var root = document.querySelector("[data-kiosk]");
  if (!root) return;

  var QUEUE_KEY = "heard-kiosk-queue";
  var WARNING_SECONDS = 30;
  var THANKS_SECONDS = 20;
  var HELP_SECONDS = 120;
  var RETRY_MS = 10000;
  var SEND_TIMEOUT_MS = 15000;

  var pageKind = root.getAttribute("data-kiosk");
  var startUrl = root.getAttribute("data-start-url");
  var sendUrl = root.getAttribute("data-send-url");
  var idleSeconds = Math.max(10, Number(root.getAttribute("data-idle-seconds")) || 120);

  // ---- The queue on this tablet ----------------------------------------------

  function readQueue() {
    try {
      var queue = JSON.parse(window.localStorage.getItem(QUEUE_KEY) || "[]");
      return Array.isArray(queue) ? queue : [];
    } catch {
      return [];
    }
  }

  function writeQueue(queue) {
    try {
      if (queue.length) window.localStorage.setItem(QUEUE_KEY, JSON.stringify(queue));
      else window.localStorage.removeItem(QUEUE_KEY);
      return true;
    } catch {
      return false;
    }
  }

  function enqueue(record) {
    var queue = readQueue().filter(function (r) {
      return r.id !== record.id;
    });
    queue.push(record);
    return writeQueue(queue) && readQueue().some(function (r) {
      return r.id === record.id;
    });
  }

  function dequeue(id) {
    writeQueue(
      readQueue().filter(function (r) {
        return r.id !== id;
      }),
    );
  }

  /** Sends one record; resolves with the status and the JSON body (or null). */
  function post(record) {
    var controller = window.AbortController ? new AbortController() : null;
    var timer = controller
      ? setTimeout(function () {
          controller.abort();
        }, SEND_TIMEOUT_MS)
      : null;
    return fetch(sendUrl, {
      method: "POST",
      credentials: "same-origin",
      cache: "no-store",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify({ id: record.id, version: record.version || "", fields: record.fields }),
      signal: controller ? controller.signal : undefined,
    }).then(
      function (response) {
        clearTimeout(timer);
        return response.json().then(
          function (body) {
            return { status: response.status, body: body };
          },
          function () {
            return { status: response.status, body: null };
          },
        );
      },
      function (error) {
        clearTimeout(timer);
        throw error;
      },
    );
  }

  function confirmed(result, id) {
    return result.status >= 200 && result.status < 300 && result.body && result.body.id === id;
  }

  /** The server can never store this record (answers it refuses): keeping it would only keep a person's answers on a shared tablet. */
  function refusedForGood(result) {
    return result.status === 400 || result.status === 422;
  }

  var flushing = false;
  function flush() {
    if (flushing) return;
    var pending = readQueue();
    if (!pending.length) return;
    flushing = true;
    var step = function (k) {
      if (k >= pending.length) {
        flushing = false;
        return;
      }
      var record = pending[k];
      post(record).then(
        function (result) {
          if (confirmed(result, record.id) || refusedForGood(result)) {
            dequeue(record.id);
            step(k + 1);
          } else {
            flushing = false; // not now: the timer or the network coming back tries again
          }
        },
        function () {
          flushing = false;
        },
      );
    };
    step(0);
  }

  window.addEventListener("online", flush);
  setInterval(flush, RETRY_MS);
  flush();

  // ---- Helpers -----------------------------------------------------------------

  function newId() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map
      .call(b, function (x) {
        return (x + 0x100).toString(16).slice(1);
      })
      .join("");
    return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" + h.slice(16, 20) + "-" + h.slice(20);
  }

  function focusHeading(container) {
    var heading = container.querySelector("h1");
    if (!heading) return;
    heading.setAttribute("tabindex", "-1");
    heading.focus();
    window.scrollTo(0, 0);
  }

  function goToStart() {
    window.location.replace(startUrl);
  }

  /** Seconds counting down on screen; any touch or key starts them again. Returns a function that stops it. */
  function countdown(element, seconds, done) {
    var left = seconds;
    var template = element.getAttribute("data-template") || "";
    var events = ["pointerdown", "keydown", "wheel", "touchstart"];
    var timer = null;
    var show = function () {
      element.textContent = template.replace("__SECONDS__", String(left));
    };
    var restart = function () {
      left = seconds;
      show();
    };
    var stop = function () {
      clearInterval(timer);
      events.forEach(function (name) {
        document.removeEventListener(name, restart, { capture: true });
      });
    };
    events.forEach(function (name) {
      document.addEventListener(name, restart, { passive: true, capture: true });
    });
    element.hidden = false;
    show();
    timer = setInterval(function () {
      left -= 1;
      show();
      if (left <= 0) {
        stop();
        done();
      }
    }, 1000);
    return stop;
  }

  // Back (or forward) to a kiosk page the browser kept in memory: someone
  // else may be standing here now. Start again.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted && pageKind !== "start") goToStart();
  });

  // "Next person" and the thank-you's countdown: replace this page, so Back
  // cannot bring it back. One listener per button, whatever the number of people.
  var onNext = null;
  Array.prototype.forEach.call(root.querySelectorAll("[data-kiosk-next]"), function (next) {
    next.addEventListener("click", function (event) {
      if (!onNext) return;
      event.preventDefault();
      var go = onNext;
      onNext = null;
      go();
    });
  });

  function startThanks(section, then) {
    var counter = section.querySelector("[data-kiosk-countdown]");
    var stop = function () {};
    onNext = function () {
      stop();
      then();
    };
    if (counter) {
      stop = countdown(counter, section.getAttribute("data-kiosk-thanks") === "help" ? HELP_SECONDS : THANKS_SECONDS, function () {
        if (onNext) {
          onNext = null;
          then();
        }
      });
    }
  }

  if (pageKind === "thanks") {
    var shown = root.querySelector("[data-kiosk-thanks]:not([hidden])");
    if (shown) startThanks(shown, goToStart);
    return;
  }
  if (pageKind !== "answer") return;

  // ---- The answer page ---------------------------------------------------------------

  var formPart = root.querySelector("[data-kiosk-form-part]");
  var form = root.querySelector("form[data-kiosk-form]");
  if (!form || !formPart) return;
  var idField = form.querySelector("input[name='response']");
  var versionField = form.querySelector("input[name='version']");
  var sendButton = form.querySelector("#kiosk-send");
  var sendLabel = sendButton ? sendButton.textContent : "";

  /** Empties every field (not form.reset(): after a problem, the defaults are what the person typed). */
  function clearForm() {
    Array.prototype.forEach.call(form.elements, function (el) {
      if (el.type === "radio" || el.type === "checkbox") {
        el.checked = false;
        el.defaultChecked = false;
      } else if (el.tagName === "TEXTAREA" || (el.tagName === "INPUT" && el.type === "text")) {
        el.value = "";
        el.defaultValue = "";
      }
    });
    var summary = formPart.querySelector("[data-error-summary]");
    if (summary) summary.remove();
    Array.prototype.forEach.call(formPart.querySelectorAll(".error-message"), function (m) {
      m.remove();
    });
    Array.prototype.forEach.call(formPart.querySelectorAll(".form-group--error"), function (g) {
      g.classList.remove("form-group--error");
    });
    applySkipLogic();
  }

  // Skip logic: a question shows only when the answer it depends on is chosen.
  function applySkipLogic() {
    Array.prototype.forEach.call(form.querySelectorAll("[data-show-if-question]"), function (group) {
      var name = group.getAttribute("data-show-if-question");
      var wanted = (group.getAttribute("data-show-if-any") || "").split(" ");
      var controls = form.querySelectorAll("[name='" + name + "']");
      var show = Array.prototype.some.call(controls, function (c) {
        return c.checked && !c.disabled && wanted.indexOf(c.value) !== -1;
      });
      group.hidden = !show;
      Array.prototype.forEach.call(group.querySelectorAll("input, textarea"), function (el) {
        el.disabled = !show;
      });
    });
  }
  form.addEventListener("change", applySkipLogic);
  applySkipLogic();

  /** Could the server refuse this as it is? Then the form goes the plain way, and the page shows what to fix. */
  function looksComplete() {
    return Array.prototype.every.call(form.querySelectorAll("[data-kiosk-question], textarea[data-required]"), function (group) {
      if (group.hidden) return true;
      var boxes = group.tagName === "TEXTAREA" ? [group] : group.querySelectorAll("textarea");
      var tooLong = Array.prototype.some.call(boxes, function (box) {
        return box.value.trim().length > Number(box.getAttribute("data-max-length") || Infinity);
      });
      if (tooLong) return false;
      if (!group.hasAttribute("data-required")) return true;
      if (group.tagName === "TEXTAREA") return group.value.trim() !== "";
      // Choices, where there are any, are what a required question needs (a draft section's agreement).
      if (group.querySelector("input[type=radio], input[type=checkbox]")) return !!group.querySelector("input:checked");
      return Array.prototype.some.call(boxes, function (box) {
        return box.value.trim() !== "";
      });
    });
  }

  function fieldsOf() {
    var fields = [];
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.disabled || el === idField || el === versionField || el.type === "submit" || el.type === "button") return;
      if ((el.type === "radio" || el.type === "checkbox") && !el.checked) return;
      fields.push([el.name, String(el.value)]);
    });
    return fields;
  }

  var thanksSections = root.querySelectorAll("[data-kiosk-thanks]");

  function showThanks(kind) {
    // Nothing of this person stays on the page: the fields are emptied at once.
    clearForm();
    formPart.hidden = true;
    var section = root.querySelector("[data-kiosk-thanks='" + kind + "']");
    section.hidden = false;
    focusHeading(section);
    startThanks(section, nextPerson);
  }

  /**
   * The next person: the start page when the server answers; offline, a clean
   * form in place, with a new id (the page cannot be fetched again until the
   * network is back).
   */
  function nextPerson() {
    var done = false;
    var inPlace = function () {
      if (done) return;
      done = true;
      clearForm();
      idField.value = newId();
      Array.prototype.forEach.call(thanksSections, function (s) {
        s.hidden = true;
      });
      formPart.hidden = false;
      if (sendButton) {
        sendButton.disabled = false;
        sendButton.textContent = sendLabel;
      }
      delete form.dataset.submittedAt;
      focusHeading(formPart);
      idle.restart();
    };
    if (!navigator.onLine) return inPlace();
    setTimeout(inPlace, 4000);
    fetch(startUrl, { method: "GET", credentials: "same-origin", cache: "no-store" }).then(
      function (response) {
        if (done) return;
        if (response.ok) {
          done = true;
          goToStart();
        } else inPlace();
      },
      inPlace,
    );
  }

  form.addEventListener("submit", function (event) {
    if (event.defaultPrevented || !window.fetch || !looksComplete()) return;
    var record = { id: idField.value, version: versionField ? versionField.value : "", fields: fieldsOf() };
    // Kept on the tablet first: if it cannot be kept, the form goes the plain way.
    if (!enqueue(record)) return;
    event.preventDefault();
    idle.pause();
    if (sendButton) {
      sendButton.disabled = true;
      sendButton.textContent = sendButton.getAttribute("data-sending") || sendLabel;
    }
    post(record).then(
      function (result) {
        if (confirmed(result, record.id)) {
          dequeue(record.id);
          showThanks(result.body.help ? "help" : "sent");
        } else if (refusedForGood(result)) {
          // The person is here: the plain post shows what to fix, with what they typed.
          dequeue(record.id);
          HTMLFormElement.prototype.submit.call(form);
        } else {
          showThanks("saved");
        }
      },
      function () {
        showThanks("saved");
      },
    );
  });

  // ---- "Are you still there?" ------------------------------------------------------------

  var idle = (function () {
    var overlay = root.querySelector("[data-kiosk-idle]");
    var timer = null;
    var paused = false;
    var stopCountdown = null;
    var returnFocus = null;
    if (!overlay) return { restart: function () {}, pause: function () {} };
    // At the end of the body, so everything else can be made inert while it shows.
    document.body.appendChild(overlay);
    var status = overlay.querySelector("[data-kiosk-idle-status]");
    var counter = overlay.querySelector("[data-kiosk-idle-countdown]");
    var carryOn = overlay.querySelector("[data-kiosk-carry-on]");

    var others = function () {
      return Array.prototype.filter.call(document.body.children, function (el) {
        return el !== overlay && el.tagName !== "SCRIPT";
      });
    };
    var restart = function () {
      clearTimeout(timer);
      paused = false;
      if (overlay.hidden) timer = setTimeout(warn, idleSeconds * 1000);
    };
    var close = function () {
      if (stopCountdown) stopCountdown();
      stopCountdown = null;
      overlay.hidden = true;
      status.textContent = "";
      others().forEach(function (el) {
        el.inert = false;
        el.removeAttribute("aria-hidden");
      });
      if (returnFocus && returnFocus.focus) returnFocus.focus();
      restart();
    };
    var warn = function () {
      if (paused) return;
      returnFocus = document.activeElement;
      others().forEach(function (el) {
        el.inert = true;
        el.setAttribute("aria-hidden", "true");
      });
      overlay.hidden = false;
      carryOn.focus();
      var left = WARNING_SECONDS;
      var template = counter.getAttribute("data-template") || "";
      var say = function () {
        counter.textContent = template.replace("__SECONDS__", String(left));
      };
      say();
      status.textContent = counter.textContent;
      var tick = setInterval(function () {
        left -= 1;
        say();
        if (left === 10) status.textContent = counter.textContent;
        if (left <= 0) {
          clearInterval(tick);
          // Nothing of this person is kept: empty the form before leaving.
          clearForm();
          stopCountdown = null;
          overlay.hidden = true;
          others().forEach(function (el) {
            el.inert = false;
            el.removeAttribute("aria-hidden");
          });
          nextPerson();
        }
      }, 1000);
      stopCountdown = function () {
        clearInterval(tick);
      };
    };

    carryOn.addEventListener("click", close);
    overlay.addEventListener("keydown", function (event) {
      if (event.key === "Escape") close();
    });
    ["pointerdown", "keydown", "input", "wheel", "touchstart"].forEach(function (name) {
      document.addEventListener(
        name,
        function () {
          if (overlay.hidden && !paused) restart();
        },
        { passive: true, capture: true },
      );
    });
    restart();
    return {
      restart: restart,
      pause: function () {
        paused = true;
        clearTimeout(timer);
      },
    };
  })();
})();
