"""Parse what a reader typed into a search Query: folded words, stems, filters."""
import datetime as dt
from dataclasses import dataclass, field

from django.utils import timezone

from search.stem import STOP_WORDS, stem, words

MAX_WORDS = 8  # a longer query is a pasted paragraph: its first words are enough to find it


@dataclass(frozen=True)
class Query:
    words: tuple[str, ...]  # folded, stop words dropped unless nothing else is left
    terms: tuple[str, ...] = field(default=())  # the light stemmer's stems of `words`
    county_id: int | None = None
    category_id: int | None = None
    since: dt.datetime | None = None
    until: dt.datetime | None = None

    @property
    def text(self) -> str:
        return " ".join(self.words)

    def tags(self) -> list[str]:
        """Return the index's tag terms for the filters ('00j12', '00c3')."""
        tags = []
        if self.county_id:
            tags.append(f"00j{int(self.county_id)}")
        if self.category_id:
            tags.append(f"00c{int(self.category_id)}")
        return tags

    @property
    def is_empty(self) -> bool:
        return not self.terms


def parse(text: str, county_id=None, category_id=None, since: dt.date | None = None,
          until: dt.date | None = None) -> Query:
    """Return the Query of a reader's text: 'Spitalul din Onişcani' -> words ('spitalul', 'oniscani')."""
    found = list(dict.fromkeys(words(text or "")))
    content = [w for w in found if w not in STOP_WORDS]
    # Stop words are not indexed; a query of only stop words finds nothing, said so in the page.
    chosen = tuple(content[:MAX_WORDS])
    return Query(
        words=chosen,
        terms=tuple(dict.fromkeys(stem(w) for w in chosen)),
        county_id=county_id,
        category_id=category_id,
        since=_day_start(since) if since else None,
        until=_day_start(until) + dt.timedelta(days=1, seconds=-1) if until else None,
    )


def _day_start(day: dt.date) -> dt.datetime:
    """Return the first moment of a day in Bucharest."""
    return timezone.make_aware(dt.datetime.combine(day, dt.time.min))
