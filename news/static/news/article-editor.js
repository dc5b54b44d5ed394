// The article editor's toolbar in Romanian: django-prose-editor names its buttons in English
// without a translation hook (its dialogs go through gettext, see gazeta/locale), so the
// titles and the heading menu are renamed once each editor is ready.
"use strict";
(function () {
  const LABELS = {
    "paragraph": "Paragraf",
    "Paragraph": "Paragraf",
    "Heading 2": "Subtitlu",
    "Heading 3": "Subtitlu mic",
    "unordered list": "Listă cu buline",
    "ordered list": "Listă numerotată",
    "blockquote": "Citat",
    "figure": "Imagine cu legendă",
    "bold": "Aldin (Ctrl+B)",
    "italic": "Cursiv (Ctrl+I)",
    "insert link": "Adaugă un link",
    "remove link": "Scoate linkul",
    "undo": "Anulează (Ctrl+Z)",
    "redo": "Refă",
    "heading2": "Subtitlu",
    "heading3": "Subtitlu mic",
  };

  function translate(root) {
    root.querySelectorAll(".prose-menubar [title]").forEach(function (element) {
      const label = LABELS[element.getAttribute("title")];
      if (label) {
        element.setAttribute("title", label);
        element.setAttribute("aria-label", label);
      }
    });
    root.querySelectorAll(".prose-menubar__option").forEach(function (option) {
      const heading = option.firstElementChild;
      const label = heading && LABELS[heading.textContent.trim()];
      if (label) heading.textContent = label;
    });
  }

  document.addEventListener("prose-editor:ready", function (event) {
    const container = event.target.closest(".prose-editor");
    if (!container) return;
    translate(container);
    // The menu is built after this event and its heading button's title follows the cursor
    // ("paragraph", "Heading 2"): rename whatever appears or changes.
    new MutationObserver(function () { translate(container); })
      .observe(container, {childList: true, subtree: true, attributes: true, attributeFilter: ["title"]});
  });
})();
