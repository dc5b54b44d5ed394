// Runs where it is included, right after the admin's navigation sidebar and before the page's
// content: applies the reader's open/closed choice (Django's own key, open by default) at once.
"use strict";
(function () {
  const main = document.getElementById("main");
  if (main && document.getElementById("nav-sidebar")) {
    main.classList.toggle("shifted", localStorage.getItem("django.admin.navSidebarIsOpen") !== "false");
  }
})();
