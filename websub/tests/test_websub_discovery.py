"""Finding a feed's hub and self address, from headers and from the feed's own link elements."""

from websub.discovery import discover, from_body, from_headers

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Ziar</title>
<link rel="hub" href="https://hub.example.ro/"/><link rel="self" href="https://ziar.example.ro/feed.atom"/></feed>"""
RSS = b"""<?xml version="1.0"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
<title>Ziar</title><atom:link href="/feed/" rel="self" type="application/rss+xml" />
<atom:link rel='hub' href='https://pubsubhubbub.example.com/'/></channel></rss>"""


def test_it_reads_hub_and_self_from_atom_and_rss_link_elements():
    assert from_body(ATOM) == {"hub": "https://hub.example.ro/", "self": "https://ziar.example.ro/feed.atom"}
    assert discover("https://ziar.example.ro/feed/", RSS, []) == (
        "https://pubsubhubbub.example.com/",
        "https://ziar.example.ro/feed/",
    )


def test_http_link_headers_win_over_the_body():
    headers = ['<https://hub2.example.ro/>; rel="hub", <https://ziar.example.ro/canonic>; rel="self"']
    assert from_headers(headers) == {"hub": "https://hub2.example.ro/", "self": "https://ziar.example.ro/canonic"}
    assert discover("https://ziar.example.ro/feed/", ATOM, headers) == (
        "https://hub2.example.ro/",
        "https://ziar.example.ro/canonic",
    )


def test_it_finds_nothing_without_a_hub_and_refuses_other_schemes():
    assert discover("https://ziar.example.ro/feed/", b"<rss><channel><title>x</title></channel></rss>", []) is None
    assert discover("https://ziar.example.ro/feed/", b'<link rel="hub" href="javascript:alert(1)"/>', []) is None
    # A hostile feed: the scan reads only the head, whatever follows.
    huge = b"<rss>" + b"<item>x</item>" * 100_000 + b'<link rel="hub" href="https://late.example/"/>'
    assert discover("https://ziar.example.ro/feed/", huge, []) is None
