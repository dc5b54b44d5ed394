"""Reshape old page layouts in place so trafilatura can read them: layout tables and <br><br> paragraphs.

Older Romanian CMSs (and hand-made sites) lay the page out in a <table> and write the article as
text separated by <br><br>. trafilatura keeps a whole layout table as one "table" (menu, article
and sidebar in one line) and reads br-separated text as one paragraph; as divs and <p>s it finds
the article like on any modern page.
"""

import html
import re

import lxml.html
from lxml import etree

_TABLE_PARTS = ("table", "thead", "tbody", "tfoot", "tr", "td", "th")
_BLOCK_CHILDREN = {
    "div",
    "p",
    "table",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "section",
    "article",
    "figure",
    "form",
    "center",
    "dl",
    "pre",
}
# A table is layout, not data, when it nests another table, or holds block containers (div, p,
# lists: data cells hold words and numbers) and more text than a data table in an article does
# (the demo and realworld data tables stay under 400 characters; a page laid out in a table holds
# the menu and the whole article), or is declared page-wide (width 600 or more, of 980-1000 px).
LAYOUT_TABLE_CHARS = 500
LAYOUT_TABLE_WIDTH = 600
_BLOCK_INSIDE = etree.XPath(".//div | .//p | .//ul | .//form")
# A <br> whose next non-blank sibling is another <br>: the break between two paragraphs.
_DOUBLE_BR_PARENTS = etree.XPath(
    '//br[following-sibling::node()[not(self::text() and normalize-space(.) = "")][1][self::br]]/..'
)
_BR_RUN = re.compile(r"(?:<br\s*/?>\s*){2,}", re.I)
MIN_BR_TEXT = 80  # a run of short lines (an address, a menu) is not worth turning into paragraphs


def unwrap_layout_tables(tree) -> None:
    """Turn tables used for page layout into divs (data tables inside the article are left alone)."""
    for table in list(tree.iter("table")):
        if table.getparent() is None or table.tag != "table" or not _is_layout(table):
            continue
        for element in table.iter(*_TABLE_PARTS):
            if element is not table and element.tag != "table" and _owner_table(element) is table:
                element.tag = "div"
                for attribute in ("colspan", "rowspan"):
                    element.attrib.pop(attribute, None)
        table.tag = "div"


def _owner_table(element):
    """Return the nearest table element above element."""
    return next(element.iterancestors("table"), None)


def _is_layout(table) -> bool:
    """Tell whether a table lays out the page rather than holding data."""
    if table.find(".//table") is not None:
        return True
    width = (table.get("width") or "").strip()
    if width.isdigit() and int(width) >= LAYOUT_TABLE_WIDTH:
        return True
    return bool(_BLOCK_INSIDE(table)) and len(table.text_content()) >= LAYOUT_TABLE_CHARS


def breaks_to_paragraphs(tree) -> None:
    """Split text written as 'one<br><br>two' into <p>one</p><p>two</p> where only inline markup is mixed in."""
    for parent in _DOUBLE_BR_PARENTS(tree):
        if parent.tag in ("p", "li", "td", "th", "body", "html") or any(
            isinstance(child.tag, str) and child.tag in _BLOCK_CHILDREN for child in parent
        ):
            continue
        inner = html.escape(parent.text or "", quote=False) + "".join(
            etree.tostring(child, encoding="unicode", method="html", with_tail=True) for child in parent
        )
        chunks = [chunk for chunk in _BR_RUN.split(inner) if chunk.strip()]
        if len(chunks) < 2 or sum(len(chunk) for chunk in chunks) < MIN_BR_TEXT:
            continue
        for child in list(parent):
            parent.remove(child)
        parent.text = None
        for chunk in chunks:
            try:
                parent.append(lxml.html.fragment_fromstring(chunk.strip(), create_parent="p"))
            except (etree.ParserError, ValueError):
                continue
