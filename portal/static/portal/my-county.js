// "Județul meu" (issue 17): the reader's county first on the home page. Progressive enhancement:
// without this file (or without localStorage) every page is as it is for everyone.
// What is kept, in this browser only (localStorage, never a cookie, never sent to the server):
//   gazeta.judet   the chosen county's slug; "" once the reader said "no county"
//   gazeta.vizite  {slug: pages read} of the county sections the reader opened
// The home page stays one cached page for everyone: the block is a cached fragment per county
// (/judetul-meu/<slug>/) fetched here and put first.
(function () {
  "use strict";

  var CHOICE = "gazeta.judet";
  var VISITS = "gazeta.vizite";
  // A county is inferred once it has INFER_MIN pages read and INFER_SHARE of all counted:
  // a reader who opened Bacău 5 times out of 7 is a Bacău reader; 3 out of 10 is not.
  // Counts halve past DECAY_AT so what the reader reads now outweighs last year's habit.
  var INFER_MIN = 5;
  var INFER_SHARE = 0.6;
  var DECAY_AT = 200;
  var SLUG = /^[a-z][a-z-]{1,39}$/;

  function read(key) {
    try { return window.localStorage.getItem(key); } catch (e) { return null; }
  }
  function write(key, value) {
    try {
      if (value === null) window.localStorage.removeItem(key);
      else window.localStorage.setItem(key, value);
    } catch (e) { /* storage off or full: the site works as for everyone */ }
  }

  function visits() {
    try {
      var found = JSON.parse(read(VISITS) || "{}");
      return found && typeof found === "object" ? found : {};
    } catch (e) { return {}; }
  }

  function countVisit(slug) {
    if (read(CHOICE) !== null) return; // chosen (or refused): nothing to infer
    var counts = visits();
    counts[slug] = (Number(counts[slug]) || 0) + 1;
    var total = 0;
    Object.keys(counts).forEach(function (key) { total += Number(counts[key]) || 0; });
    if (total > DECAY_AT) {
      Object.keys(counts).forEach(function (key) {
        counts[key] = Math.floor((Number(counts[key]) || 0) / 2);
        if (!counts[key]) delete counts[key];
      });
    }
    write(VISITS, JSON.stringify(counts));
  }

  function inferred() {
    var counts = visits(), best = null, total = 0;
    Object.keys(counts).forEach(function (key) {
      var n = Number(counts[key]) || 0;
      total += n;
      if (SLUG.test(key) && (best === null || n > counts[best])) best = key;
    });
    if (best !== null && counts[best] >= INFER_MIN && counts[best] >= INFER_SHARE * total) return best;
    return null;
  }

  // Returns {slug, chosen} or null.
  function myCounty() {
    var choice = read(CHOICE);
    if (choice !== null) return SLUG.test(choice) ? {slug: choice, chosen: true} : null;
    var guess = inferred();
    return guess ? {slug: guess, chosen: false} : null;
  }

  function clear() {
    write(CHOICE, "");
    write(VISITS, null);
  }

  // The section a page belongs to: the masthead names it on county, article and place pages.
  function pageCounty() {
    var link = document.querySelector(".masthead .brand-section");
    if (!link) return null;
    var slug = link.getAttribute("href").split("/")[1] || "";
    return SLUG.test(slug) ? slug : null;
  }

  function setupHome(box) {
    var mine = myCounty();
    if (!mine) return;
    fetch("/judetul-meu/" + mine.slug + "/", {credentials: "omit"}).then(function (response) {
      return response.ok ? response.text() : null;
    }).then(function (html) {
      if (!html || myCounty() === null) return;
      box.innerHTML = html;
      var why = box.querySelector("[data-my-county-why]");
      if (why) why.textContent = mine.chosen ? "Ales de dvs." : "Ales după paginile pe care le citiți.";
      var button = box.querySelector("[data-my-county-clear]");
      if (button) {
        button.addEventListener("click", function () {
          clear();
          box.innerHTML = "";
          box.hidden = true;
          var main = document.getElementById("continut");
          if (main) main.focus();
        });
      }
      box.hidden = false;
    }).catch(function () { /* offline or refused: the home page as for everyone */ });
  }

  function setupChooser(box) {
    var slug = box.getAttribute("data-county-slug");
    var name = box.getAttribute("data-county-name");
    var button = box.querySelector("button");
    var status = box.querySelector("[role=status]");
    if (!SLUG.test(slug) || !button) return;
    function show() {
      var mine = read(CHOICE) === slug;
      button.setAttribute("aria-pressed", mine ? "true" : "false");
      return mine;
    }
    show();
    button.addEventListener("click", function () {
      if (read(CHOICE) === slug) {
        clear();
        if (status) status.textContent = name + " nu mai apare primul pe prima pagină.";
      } else {
        write(CHOICE, slug);
        write(VISITS, null);
        if (status) status.textContent = "Gata: știrile din " + name + " apar primele pe prima pagină.";
      }
      show();
    });
    box.classList.add("ready");
  }

  // Off the page's first paint: the first localStorage read of a visit opens the store from
  // disk (Lighthouse saw an 87 ms task for it on a county page). The home page asks at once.
  function later(work) {
    if (window.requestIdleCallback) window.requestIdleCallback(work, {timeout: 2000});
    else window.setTimeout(work, 200);
  }

  document.addEventListener("DOMContentLoaded", function () {
    var home = document.getElementById("my-county");
    if (home) setupHome(home);
    later(function () {
      var chooser = document.querySelector("[data-my-county-chooser]");
      if (chooser) setupChooser(chooser);
      var here = pageCounty();
      if (here) countVisit(here);
    });
  });
})();
