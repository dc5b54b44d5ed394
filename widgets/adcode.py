"""What an ad network's code may contain: tags that load from the operator's origins, nothing inline.

The public pages' CSP blocks inline scripts anyway; this check gives the person saving the code a
clear reason instead of a silently broken slot, and keeps markup that the CSP does not govern
(a meta refresh, a javascript: link) off the pages.
"""

from html.parser import HTMLParser
from urllib.parse import urlsplit

# The markup ad networks' published snippets use (a loader script, a placeholder element, an
# iframe, a tracking pixel, a fallback link); anything else has no business in an ad slot.
ALLOWED_TAGS = {"script", "ins", "div", "span", "iframe", "a", "img", "noscript", "p", "br"}
LOADING_ATTRIBUTES = {"src", "href", "data-src", "srcset", "action", "formaction"}
MAX_CHARS = 10_000


def origin_allowed(url: str, origins: list[str]) -> bool:
    """Return True when an absolute https URL's origin is one of the allowed, wildcards included."""
    try:
        parts = urlsplit(url.strip())
        host, port = (parts.hostname or ""), parts.port
    except ValueError:
        return False
    if parts.scheme != "https" or not host:
        return False
    for origin in origins:
        allowed = urlsplit(origin)
        allowed_host = allowed.netloc.rsplit(":", 1)[0] if allowed.port else allowed.netloc
        if (allowed.port or 443) != (port or 443):
            continue
        if allowed_host.startswith("*."):
            if host.endswith(allowed_host[1:]) and host != allowed_host[2:]:
                return True
        elif host == allowed_host:
            return True
    return False


class _Checker(HTMLParser):
    def __init__(self, origins: list[str]):
        super().__init__(convert_charrefs=True)
        self.origins, self.problems, self.in_script = origins, [], False

    def handle_starttag(self, tag, attrs):
        if tag not in ALLOWED_TAGS:
            self.problems.append(f"eticheta <{tag}> nu este permisă")
            return
        for name, value in attrs:
            value = value or ""
            if name.startswith("on") or name in ("style", "srcdoc"):
                self.problems.append(f"atributul {name} nu este permis")
            elif name in LOADING_ATTRIBUTES and value:
                self._check_url(tag, name, value)
        if tag == "script":
            self.in_script = True
            if not dict(attrs).get("src"):
                self.problems.append("scripturile inline nu sunt permise")

    def _check_url(self, tag, name, value):
        lowered = "".join(value.split()).lower()
        if lowered.startswith(("javascript:", "data:", "vbscript:")):
            self.problems.append(f"{name}={lowered.split(':', 1)[0]}: nu este permis")
        elif tag in ("script", "iframe") and not origin_allowed(value, self.origins):
            self.problems.append(f"{value} nu este pe o origine permisă (ADS_SCRIPT_ORIGINS)")

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_script = False

    def handle_data(self, data):
        if self.in_script and data.strip():
            self.problems.append("scripturile inline nu sunt permise")


def problems(code: str, origins: list[str]) -> list[str]:
    """Return what is wrong with an ad network's code (empty when it may go on the pages)."""
    if len(code) > MAX_CHARS:
        return [f"codul are peste {MAX_CHARS} de caractere"]
    checker = _Checker(origins)
    checker.feed(code)
    checker.close()
    return list(dict.fromkeys(checker.problems))
