// Radio page: a play/pause button per station, one station playing at a time, never autoplay.
// Without JavaScript the native <audio controls> remain and work on their own.
(function () {
  "use strict";
  var players = Array.prototype.slice.call(document.querySelectorAll("audio[data-radio]"));
  var status = document.querySelector("[data-radio-status]");

  function announce(text) {
    if (status) { status.textContent = text; }
  }

  function nameOf(audio) {
    var label = document.getElementById(audio.getAttribute("aria-labelledby"));
    return label ? label.textContent.trim() : "";
  }

  function buttonOf(audio) {
    return document.querySelector('[data-radio-toggle="' + audio.id + '"]');
  }

  players.forEach(function (audio) {
    var button = buttonOf(audio);
    if (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        if (audio.paused) {
          var started = audio.play();
          if (started && started.catch) {
            started.catch(function () { announce("Postul " + nameOf(audio) + " nu poate fi redat acum."); });
          }
        } else {
          audio.pause();
        }
      });
    }
    // Listening on the element catches the native controls too, not only our button.
    audio.addEventListener("play", function () {
      players.forEach(function (other) {
        if (other !== audio && !other.paused) { other.pause(); }
      });
      if (button) { button.setAttribute("aria-pressed", "true"); }
      announce("Se redă: " + nameOf(audio));
    });
    audio.addEventListener("pause", function () {
      if (button) { button.setAttribute("aria-pressed", "false"); }
      announce("Oprit: " + nameOf(audio));
    });
    audio.addEventListener("error", function () {
      if (button) { button.setAttribute("aria-pressed", "false"); }
      announce("Postul " + nameOf(audio) + " nu răspunde.");
    });
  });
}());
