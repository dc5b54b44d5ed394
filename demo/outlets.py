"""The demo outlet roster: fictional outlets, each with its own feed, URL scheme, layout and quirks.

The roster is fixed (it does not depend on the seed) so tests and the lead's source list can
name outlets. Quirks are spread by position in the list so every kind occurs several times.
"""

from dataclasses import dataclass, field

from news.reference.counties import COUNTY_BY_CODE

AGENCY_SLUG = "agentia-carpati"
AGENCY_NAME = "Agenția de Presă Carpați"
AGENCY_GEN = "Agenției de Presă Carpați"

# (slug, name, county code) of the local outlets; names invented for the demo.
LOCAL_ROSTER = (
    ("foaia-albei", "Foaia Albei", "AB"),
    ("ecoul-aradean", "Ecoul Arădean", "AR"),
    ("vestea-argesului", "Vestea Argeșului", "AG"),
    ("sportul-argesean", "Sportul Argeșean", "AG"),
    ("gazeta-siretului", "Gazeta Siretului", "BC"),
    ("ecoul-bacaului", "Ecoul Băcăuan", "BC"),
    ("bacaul-la-zi", "Bacăul la Zi", "BC"),
    ("pagina-bihoreana", "Pagina Bihoreană", "BH"),
    ("vestea-nasaudului", "Vestea Năsăudului", "BN"),
    ("foaia-botosanilor", "Foaia Botoșanilor", "BT"),
    ("cronica-barsei", "Cronica Bârsei", "BV"),
    ("brasovul-pe-scurt", "Brașovul pe Scurt", "BV"),
    ("ecoul-buzaului", "Ecoul Buzăului", "BZ"),
    ("pagina-clujeana", "Pagina Clujeană", "CJ"),
    ("someseanul-de-azi", "Someșeanul de Azi", "CJ"),
    ("valul-dobrogei", "Valul Dobrogei", "CT"),
    ("foaia-dambovitei", "Foaia Dâmboviței", "DB"),
    ("vocea-baniei", "Vocea Băniei", "DJ"),
    ("doljul-expres", "Doljul Expres", "DJ"),
    ("ecoul-galatean", "Ecoul Gălățean", "GL"),
    ("vestea-hunedoarei", "Vestea Hunedoarei", "HD"),
    ("curierul-copoului", "Curierul Copoului", "IS"),
    ("ieseanul-informat", "Ieșeanul Informat", "IS"),
    ("foaia-maramuresului", "Foaia Maramureșului", "MM"),
    ("pagina-mureseana", "Pagina Mureșeană", "MS"),
    ("ecoul-neamtului", "Ecoul Nemțean", "NT"),
    ("ceahlaul-de-azi", "Ceahlăul de Azi", "NT"),
    ("vestea-oltului", "Vestea Oltului", "OT"),
    ("prahova-expres", "Prahova Expres", "PH"),
    ("foaia-prahovei", "Foaia Prahovei", "PH"),
    ("cronica-sibiana", "Cronica Sibiană", "SB"),
    ("vestea-bucovinei", "Vestea Bucovinei", "SV"),
    ("suceava-la-zi", "Suceava la Zi", "SV"),
    ("pagina-timisana", "Pagina Timișană", "TM"),
    ("malul-begai", "Malul Begăi", "TM"),
    ("ecoul-vasluian", "Ecoul Vasluian", "VS"),
    ("barladeanul", "Bârlădeanul", "VS"),
    ("foaia-vrancei", "Foaia Vrancei", "VN"),
    ("vestea-valcii", "Vestea Vâlcii", "VL"),
    ("ecoul-gorjului", "Ecoul Gorjului", "GJ"),
    ("cronica-severinului", "Cronica Severinului", "MH"),
    ("foaia-salajului", "Foaia Sălajului", "SJ"),
    ("delta-azi", "Delta Azi", "TL"),
    ("ecoul-banatului-montan", "Ecoul Banatului Montan", "CS"),
    ("harghita-expres", "Harghita Expres", "HR"),
)
NATIONAL_ROSTER = (
    ("ora-exacta", "Ora Exactă"),
    ("reporterul-national", "Reporterul Național"),
    ("semnal-24", "Semnal 24"),
    ("romania-in-direct", "România în Direct"),
)

FAILURE_MODES = {
    "foaia-botosanilor": "http_500",  # the feed answers 500
    "ecoul-buzaului": "slow",  # the feed answers after a configurable delay
    "foaia-salajului": "malformed",  # the feed is broken XML
    "vestea-oltului": "redirect",  # the registered feed URL answers 301 to the real one
}
LEGACY_CEDILLA = {"ecoul-vasluian", "barladeanul", "delta-azi", "harghita-expres"}
ENCODINGS = {"ecoul-vasluian": "windows-1250", "harghita-expres": "iso-8859-2"}
FULL_CONTENT = {"cronica-sibiana", "pagina-timisana", AGENCY_SLUG}
DEFAULT_CATEGORY = {"sportul-argesean": "sport"}

LAYOUTS = ("wordpress", "classic", "modern", "joomla", "portal", "minimal")
URL_SCHEMES = ("dated", "stiri", "section", "joomla", "news")
FEED_PATHS = {"rss": ("feed/", "rss.xml", "rss/", "feeds/stiri.xml"), "atom": ("atom.xml", "feed/atom/")}


@dataclass(frozen=True)
class Outlet:
    """One synthetic outlet and the quirks of its site."""

    slug: str
    name: str
    kind: str  # outlet / national / agency
    county_code: str | None
    layout: str
    url_scheme: str
    feed_format: str  # rss / atom
    feed_path: str
    encoding: str = "utf-8"
    legacy_cedilla: bool = False
    full_content: bool = False
    utm: bool = False
    authors: bool = True
    images: str = "eager"  # eager / lazy / none
    image_format: str = "jpeg"
    feed_size: int = 40
    per_day: int = 14
    failure_mode: str = ""
    default_category: str | None = None
    labels_variant: int = 0
    language: str = "ro"  # 'hu' for the Hungarian-language outlets (demo.hungarian)
    hub: str = ""  # WebSub hub announced: "element" (in the feed), "header" (HTTP Link), "both" (demo.hub)
    hub_signature: str = "sha256"  # how the hub signs its pushes: sha256 or sha1
    extra: dict = field(default_factory=dict, compare=False)

    @property
    def county_slug(self) -> str | None:
        return COUNTY_BY_CODE[self.county_code].slug if self.county_code else None

    @property
    def paginated(self) -> bool:
        """WordPress-style feeds answer ?paged=N."""
        return self.feed_path == "feed/"

    @property
    def served_feed_path(self) -> str:
        """Where the feed really is (the redirecting outlet moved it)."""
        return "flux/rss.xml" if self.failure_mode == "redirect" else self.feed_path


def _make(index: int, slug: str, name: str, kind: str, county: str | None) -> Outlet:
    fmt = "atom" if index % 5 == 2 else "rss"
    paths = FEED_PATHS[fmt]
    return Outlet(
        slug=slug,
        name=name,
        kind=kind,
        county_code=county,
        layout=LAYOUTS[index % len(LAYOUTS)],
        url_scheme=URL_SCHEMES[(index // 2) % len(URL_SCHEMES)],
        feed_format=fmt,
        feed_path=paths[index % len(paths)],
        encoding=ENCODINGS.get(slug, "utf-8"),
        legacy_cedilla=slug in LEGACY_CEDILLA,
        full_content=slug in FULL_CONTENT,
        utm=index % 6 == 1,
        authors=index % 7 != 3,
        images=("none" if index % 11 == 4 else "lazy" if index % 4 == 1 else "eager"),
        image_format=("jpeg", "jpeg", "png", "webp")[index % 4],
        feed_size=(30, 40, 50, 60)[index % 4],
        per_day={"agency": 40, "national": 24}.get(kind, 8 if slug in DEFAULT_CATEGORY else 15),
        failure_mode=FAILURE_MODES.get(slug, ""),
        default_category=DEFAULT_CATEGORY.get(slug),
        labels_variant=index,
        hub=_hub(index, kind, slug),
        hub_signature="sha1" if index % 4 == 3 else "sha256",
    )


def _hub(index: int, kind: str, slug: str) -> str:
    """A third of the local outlets run a WebSub hub (WordPress sites announce one), none of the failing ones."""
    if kind != "outlet" or index % 3 != 1 or slug in FAILURE_MODES:
        return ""
    return ("both", "element", "header")[(index // 3) % 3]


def build_roster() -> tuple[Outlet, ...]:
    """Return every outlet: the agency first, then national, then local outlets."""
    outlets = [_make(0, AGENCY_SLUG, AGENCY_NAME, "agency", None)]
    outlets += [_make(1 + i, slug, name, "national", None) for i, (slug, name) in enumerate(NATIONAL_ROSTER)]
    offset = len(outlets)
    outlets += [_make(offset + i, slug, name, "outlet", code) for i, (slug, name, code) in enumerate(LOCAL_ROSTER)]
    # The agency's feed is plain RSS with full text, as wires deliver it.
    outlets[0] = Outlet(**{**outlets[0].__dict__, "feed_format": "rss", "feed_path": "rss.xml", "utm": False})
    # The windows-1250 outlet must be an RSS feed with a prolog that declares it.
    return tuple(
        Outlet(**{**o.__dict__, "feed_format": "rss", "feed_path": "rss.xml"}) if o.encoding != "utf-8" else o
        for o in outlets
    )


ROSTER = build_roster()
OUTLET_BY_SLUG = {o.slug: o for o in ROSTER}
