// "Cele mai citite": tell the server that this article was read. No cookie, no identifier:
// the POST carries the article's number only. Sent once, after the page has been visible for
// VISIBLE_MS (a prerendered or background tab is not a reader), with navigator.sendBeacon,
// so it works on a cached page and never delays the reader.
(function () {
  "use strict";
  var VISIBLE_MS = 2000;
  var script = document.currentScript;
  var id = script && script.getAttribute("data-article");
  var endpoint = script && script.getAttribute("data-endpoint");
  if (!id || !endpoint || !navigator.sendBeacon) return;
  var sent = false;
  var timer = null;

  function send() {
    timer = null;
    if (sent || document.visibilityState !== "visible") return;
    sent = navigator.sendBeacon(endpoint, id);
  }

  function watch() {
    if (sent) return;
    if (document.visibilityState === "visible") {
      if (timer === null) timer = setTimeout(send, VISIBLE_MS);
    } else if (timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
  }

  document.addEventListener("visibilitychange", watch);
  watch();
})();
