"""trafilatura's own metadata readers, called one by one so that the slow parts run only when needed.

`trafilatura.extract_metadata` (what `with_metadata=True` runs) always searches the whole page for
a date with htmldate, and copies the tree to look for an author: on the real-page corpus that was
about a quarter of the page path's time. Gazeta reads dates and bylines itself first (page_meta), so
the library's date search runs only for pages where ours found none, in its extensive mode (every
text node through dateparser: slow) only when its quick one found nothing too (that found the
right day on 9 of 200 dated pages of the real-page corpus). Its author search, which copies the
whole tree, is left out: bylines come from page_meta and the library's meta tags and JSON-LD.
"""

import logging
from dataclasses import dataclass

from htmldate import find_date
from trafilatura import metadata as library

log = logging.getLogger(__name__)
# The library's readers are heuristics over untrusted pages; a page that trips one of them loses
# that field, not the article.
_READER_ERRORS = (ValueError, TypeError, AttributeError, IndexError, KeyError)


@dataclass
class LibraryMeta:
    """What trafilatura's readers found: each field '' (or ()) when they found nothing."""

    title: str = ""
    author: str = ""
    date: str = ""  # YYYY-MM-DD
    sitename: str = ""
    description: str = ""
    image: str = ""
    categories: tuple[str, ...] = ()


def read(tree, url: str = "", *, need_date: bool = True) -> LibraryMeta:
    """Run the library's meta-tag, JSON-LD, title, author, site-name and category readers on the tree."""
    found = LibraryMeta()
    try:
        document = library.examine_meta(tree)
        if document.author and " " not in document.author:
            document.author = None  # a single word is a login name, as the library itself decides
        document = library.extract_meta_json(tree, document)
        found.title = document.title or library.extract_title(tree) or ""
        found.author = document.author or ""
        found.sitename = (document.sitename or library.extract_sitename(tree) or "").lstrip("@")
        found.description = document.description or ""
        found.image = document.image or ""
        found.categories = tuple(document.categories or library.extract_catstags("category", tree) or ())
    except _READER_ERRORS as error:
        log.info("library metadata: %s", error, extra={"url": url})
    if need_date:
        # the quick search (markup, URL) first; the extensive one (every text node through
        # dateparser) only when it found nothing
        for extensive in (False, True):
            try:
                found.date = (
                    find_date(
                        tree, url=url or None, original_date=True, extensive_search=extensive, outputformat="%Y-%m-%d"
                    )
                    or ""
                )
            except _READER_ERRORS as error:
                log.info("library date: %s", error, extra={"url": url})
            if found.date:
                break
    return found
