"""Embeds from an allowlist: a video or post from a few hosts, stored as a click-to-load facade.

An article page makes no request to another host (issue 13): an embed is stored as a plain link
in a <figure class="embed …" data-embed="<player address>">. Without JavaScript the reader follows
the link; the site's script swaps in the player only when the reader clicks. The sanitizer keeps a
data-embed value only when it is the exact player address this module builds for an allowlisted
page, so nothing else can be framed, and the CSP's frame-src names only FRAME_ORIGINS.
"""

import html
import re
from dataclasses import dataclass
from urllib.parse import parse_qs, quote, urlsplit

MAX_URL = 2048  # a video page's address is ~50 characters; longer ones are not looked at


# What an embed can be: how its public page and its player are addressed, and what the reader
# is told. YouTube plays from youtube-nocookie.com (no cookie until the reader plays); Vimeo's
# player is asked not to track (dnt=1); Facebook has one player for videos and one for posts.
@dataclass(frozen=True)
class Kind:
    name: str
    page: str  # the public page, {id} filled in
    player: str  # the player's address; {page} is the page address, URL-quoted
    label: str  # the link's text on the public page
    title: str  # the link's title: where it loads from, and when
    shape: str  # "video" (16:9) or "post" (a tall box)


VIDEO = "Videoclip de pe {}: se încarcă abia când îl porniți"
KINDS = {
    kind.name: kind
    for kind in (
        Kind(
            "youtube",
            "https://www.youtube.com/watch?v={id}",
            "https://www.youtube-nocookie.com/embed/{id}",
            "Vezi videoclipul pe YouTube",
            VIDEO.format("YouTube"),
            "video",
        ),
        Kind(
            "vimeo",
            "https://vimeo.com/{id}",
            "https://player.vimeo.com/video/{id}?dnt=1",
            "Vezi videoclipul pe Vimeo",
            VIDEO.format("Vimeo"),
            "video",
        ),
        Kind(
            "facebook-video",
            "https://www.facebook.com/{id}",
            "https://www.facebook.com/plugins/video.php?href={page}",
            "Vezi videoclipul pe Facebook",
            VIDEO.format("Facebook"),
            "video",
        ),
        Kind(
            "facebook-watch",
            "https://www.facebook.com/watch/?v={id}",
            "https://www.facebook.com/plugins/video.php?href={page}",
            "Vezi videoclipul pe Facebook",
            VIDEO.format("Facebook"),
            "video",
        ),
        Kind(
            "facebook-post",
            "https://www.facebook.com/{id}",
            "https://www.facebook.com/plugins/post.php?href={page}",
            "Vezi postarea pe Facebook",
            "Postare de pe Facebook: se încarcă abia când o deschideți",
            "post",
        ),
    )
}

# The allowlist, chosen as what Romanian regional outlets and the institutions they cover embed:
# councils, prefectures and the police publish press conferences and videos on YouTube and
# Facebook, a few local TV stations on Vimeo. Each row: hosts, a path pattern (its "id" group,
# or the query parameter named last, is the reference), the kind. Ids are bounded by the
# patterns themselves (YouTube ids are 11 characters, Vimeo's and Facebook's are numbers).
YOUTUBE = {"youtube.com", "www.youtube.com", "m.youtube.com"}
FACEBOOK = {"facebook.com", "www.facebook.com", "m.facebook.com", "web.facebook.com"}
YOUTUBE_ID = r"[A-Za-z0-9_-]{11}"
FACEBOOK_PAGE = r"[A-Za-z0-9.]{1,80}"
PATTERNS = (
    (YOUTUBE, r"/watch", "youtube", "v"),
    (YOUTUBE, rf"/(?:embed|shorts|live)/(?P<id>{YOUTUBE_ID})/?", "youtube", None),
    ({"youtu.be"}, rf"/(?P<id>{YOUTUBE_ID})/?", "youtube", None),
    ({"www.youtube-nocookie.com", "youtube-nocookie.com"}, rf"/embed/(?P<id>{YOUTUBE_ID})/?", "youtube", None),
    ({"vimeo.com", "www.vimeo.com"}, r"/(?P<id>\d{1,12})/?", "vimeo", None),
    ({"player.vimeo.com"}, r"/video/(?P<id>\d{1,12})/?", "vimeo", None),
    (FACEBOOK, rf"/(?P<id>{FACEBOOK_PAGE}/videos/\d{{1,20}})/?", "facebook-video", None),
    (FACEBOOK, r"/watch/?", "facebook-watch", "v"),
    (FACEBOOK, rf"/(?P<id>{FACEBOOK_PAGE}/posts/[A-Za-z0-9]{{1,80}})/?", "facebook-post", None),
)
QUERY_IDS = {"youtube": YOUTUBE_ID, "facebook-watch": r"\d{1,20}"}
# Facebook's players name the page they show in ?href=: read that page instead.
FACEBOOK_PLAYERS = {"/plugins/video.php", "/plugins/post.php"}
# Where players are loaded from: the CSP's frame-src adds exactly these.
FRAME_ORIGINS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com", "https://www.facebook.com"]


@dataclass(frozen=True)
class Embed:
    kind: Kind
    id: str

    @property
    def page_url(self) -> str:
        return self.kind.page.format(id=self.id)

    @property
    def player_url(self) -> str:
        return self.kind.player.format(id=self.id, page=quote(self.page_url, safe=""))


def find(url: str, *, unwrap: bool = True) -> Embed | None:
    """Return the embed an allowlisted page or player address shows, else None."""
    url = html.unescape((url or "").strip())
    if len(url) > MAX_URL or any(ch.isspace() or ord(ch) < 32 for ch in url):
        return None
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("http", "https") or parts.username or parts.password or parts.port:
        return None
    if unwrap and host in FACEBOOK and parts.path in FACEBOOK_PLAYERS:
        page = parse_qs(parts.query).get("href", [""])[0]
        return find(page, unwrap=False)
    for hosts, path, kind, query in PATTERNS:
        if host not in hosts:
            continue
        match = re.fullmatch(path, parts.path)
        if not match:
            continue
        if query:
            value = parse_qs(parts.query).get(query, [""])[0]
            if re.fullmatch(QUERY_IDS[kind], value):
                return Embed(KINDS[kind], value)
        else:
            return Embed(KINDS[kind], match.group("id"))
    return None


def is_player_url(value: str) -> bool:
    """Tell whether value is exactly a player address this module builds (a data-embed value)."""
    found = find(value)
    return found is not None and found.player_url == value


CLASSES = {"video": "embed embed-video", "post": "embed embed-post"}


def facade(embed: Embed) -> str:
    """Return the stored markup: a link to the page, which the site's script turns into the player."""
    return (
        f'<figure class="{CLASSES[embed.kind.shape]}" data-embed="{html.escape(embed.player_url)}">'
        f'<a href="{html.escape(embed.page_url)}" title="{embed.kind.title}" rel="nofollow noopener">{embed.kind.label}</a></figure>'
    )
