// Progressive enhancement only: every page works without this file.
// 1. Share: copy the link, and the Web Share API where the browser has it.
// 2. Relative times: refresh "acum 5 minute" labels while the page stays open.
// 3. Embeds (lib/embeds.py): a video or post is a link until the reader clicks; only then is
//    its player (an allowlisted address, checked by the sanitizer and the CSP) loaded in place.
(function () {
  "use strict";

  function plural(n, one, many) {
    if (n === 1) return "1 " + one;
    var rest = n % 100;
    return n + (n >= 20 && (rest === 0 || rest >= 20) ? " de " : " ") + many;
  }

  var ZONE = "Europe/Bucharest";
  // Made on first use: building a zoned formatter loads time-zone data, a ~240 ms task on a
  // throttled phone (Lighthouse), wasted on the pages without a relative time (/judete/).
  var DATE_PARTS = null, CLOCK = null;
  function formatters() {
    if (!DATE_PARTS) {
      DATE_PARTS = new Intl.DateTimeFormat("en-US", {timeZone: ZONE, year: "numeric", month: "numeric", day: "numeric"});
      CLOCK = new Intl.DateTimeFormat("ro-RO", {timeZone: ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23"});
    }
  }

  // The Bucharest calendar day of a moment, as a day number (days since 1970-01-01).
  function dayNumber(moment) {
    var parts = {};
    formatters();
    DATE_PARTS.formatToParts(moment).forEach(function (part) { parts[part.type] = Number(part.value); });
    return Date.UTC(parts.year, parts.month - 1, parts.day) / 86400000;
  }

  // The rule of lib/ro.py's relative() up to "ieri, HH:MM", so a page left open past midnight
  // says "ieri" as a fresh one would; older labels are left as the server wrote them.
  function relative(when, now) {
    var seconds = (now - when) / 1000;
    if (seconds < 60) return "acum câteva secunde";
    if (seconds < 3600) {
      var m = Math.floor(seconds / 60);
      return m === 1 ? "acum un minut" : "acum " + plural(m, "minut", "minute");
    }
    var days = dayNumber(now) - dayNumber(when);
    if (days === 0) {
      var h = Math.floor(seconds / 3600);
      return h === 1 ? "acum o oră" : "acum " + plural(h, "oră", "ore");
    }
    if (days === 1) return "ieri, " + CLOCK.format(when);  // dayNumber() made CLOCK
    return null;
  }

  function refreshTimes() {
    var now = new Date();
    document.querySelectorAll("time[data-relative]").forEach(function (node) {
      var text = relative(new Date(node.getAttribute("datetime")), now);
      if (text) node.textContent = text;
    });
  }

  function setupShare() {
    document.querySelectorAll("[data-share]").forEach(function (box) {
      var url = box.getAttribute("data-url");
      var title = box.getAttribute("data-title");
      var status = box.querySelector(".share-status");
      var copy = box.querySelector("[data-copy]");
      var native = box.querySelector("[data-native]");
      if (copy && navigator.clipboard) {
        copy.hidden = false;
        copy.addEventListener("click", function () {
          navigator.clipboard.writeText(url).then(function () {
            if (status) status.textContent = "Linkul a fost copiat.";
          }, function () {
            if (status) status.textContent = "Linkul nu a putut fi copiat.";
          });
        });
      }
      if (native && navigator.share) {
        native.hidden = false;
        native.addEventListener("click", function () {
          navigator.share({title: title, url: url}).catch(function () {});
        });
      }
    });
  }

  function setupEmbeds() {
    document.querySelectorAll("figure.embed[data-embed]").forEach(function (figure) {
      var link = figure.querySelector("a");
      if (!link) return;
      link.setAttribute("role", "button");
      // A button starts with Space too (a link only with Enter).
      link.addEventListener("keydown", function (event) {
        if (event.key === " ") { event.preventDefault(); link.click(); }
      });
      link.addEventListener("click", function (event) {
        event.preventDefault();
        var player = document.createElement("iframe");
        var src = figure.getAttribute("data-embed");
        var video = figure.classList.contains("embed-video");
        player.src = video ? src + (src.indexOf("?") < 0 ? "?" : "&") + "autoplay=1" : src;
        player.title = link.textContent.replace(/^Vezi /, "");
        player.allow = "autoplay; encrypted-media; fullscreen; picture-in-picture";
        player.allowFullscreen = true;
        player.referrerPolicy = "strict-origin-when-cross-origin";
        player.setAttribute("sandbox", "allow-scripts allow-same-origin allow-popups allow-presentation");
        figure.replaceChild(player, link);
        figure.classList.add("embed-on");
        player.focus();
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    setupShare();
    setupEmbeds();
    refreshTimes();
    setInterval(refreshTimes, 60000);
  });
})();
