"""The demo World's records: a story (one event) and an outlet's article about it."""

from dataclasses import dataclass
from datetime import datetime

from demo.facts import Place


@dataclass(frozen=True)
class Story:
    """One event; every article about it shares its id and facts."""

    id: str
    category: str
    topic: str
    county_code: str | None
    places: tuple[Place, ...]
    time: datetime
    release: str = ""  # "kind|round|bare" for a formulaic release (demo.releases)

    @property
    def counties(self) -> tuple[str, ...]:
        codes = [p.county_code for p in self.places if not p.passing]
        return tuple(dict.fromkeys(codes))


@dataclass(frozen=True)
class Article:
    """One outlet's item about a story."""

    id: int
    outlet: str
    story_id: str
    published: datetime
    title: str
    path: str  # canonical path, starts with /<outlet>/
    is_syndicated: bool
    author: str
    image: tuple[int, int, str] | None  # width, height, extension
    image_caption: str
