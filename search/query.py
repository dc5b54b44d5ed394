"""Parse what a reader typed into a search Query: folded words, stems, filters."""

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

from django.utils import timezone

from search import roads, stem_hu
from search.stem import STOP_WORDS, stem, words
from understand.hungarian import romanian_by_form

MAX_WORDS = 8  # a longer query is a pasted paragraph: its first words are enough to find it


@dataclass(frozen=True)
class Query:
    words: tuple[str, ...]  # folded, stop words dropped unless nothing else is left
    terms: tuple[str, ...] = field(default=())  # the light stemmer's stems of `words`
    terms_hu: tuple[str, ...] = field(default=())  # the Hungarian stems of the same words, in order
    county_id: int | None = None
    category_id: int | None = None
    since: dt.datetime | None = None
    until: dt.datetime | None = None
    # The same query with road numbers written the other way ('dn 28' for 'dn28'), or None.
    alternative: "Query | None" = None

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


def parse(
    text: str, county_id=None, category_id=None, since: dt.date | None = None, until: dt.date | None = None
) -> Query:
    """Return the Query of a reader's text: 'Spitalul din Onişcani' -> words ('spitalul', 'oniscani')."""
    found = list(dict.fromkeys(romanian_names(words(text or ""))))
    joined, split = roads.forms(found)
    filters = {
        "county_id": county_id,
        "category_id": category_id,
        "since": _day_start(since) if since else None,
        "until": _day_start(until) + dt.timedelta(days=1, seconds=-1) if until else None,
    }
    query = _query(joined, filters)
    if split != joined:
        query = dataclasses.replace(query, alternative=_query(split, filters))
    return query


def _query(found: list[str], filters: dict) -> Query:
    content = [w for w in dict.fromkeys(found) if w not in STOP_WORDS]
    # Stop words are not indexed; a query of only stop words finds nothing, said so in the page.
    chosen = tuple(content[:MAX_WORDS])
    stems = dict.fromkeys(stem(w) for w in chosen)
    hungarian = {stem(w): stem_hu.stem(w) for w in chosen}
    return Query(words=chosen, terms=tuple(stems), terms_hu=tuple(hungarian[term] for term in stems), **filters)


def romanian_names(found: list[str]) -> list[str]:
    """Replace the Hungarian names of places by their Romanian ones: 'csikszeredaban' -> 'miercurea', 'ciuc'.

    Hungarian articles are indexed under the Romanian names of their places too (search.index),
    so 'Csíkszereda' and 'Miercurea Ciuc' ask for the same thing and find the same articles.
    """
    table = romanian_by_form()
    out = []
    for word in found:
        out.extend(table[word].split(" ") if word in table else (word,))
    return out


def _day_start(day: dt.date) -> dt.datetime:
    """Return the first moment of a day in Bucharest."""
    return timezone.make_aware(dt.datetime.combine(day, dt.time.min))
