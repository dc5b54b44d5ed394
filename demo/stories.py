"""Write the text of demo stories: each outlet's version of an event, from its facts.

Facts (places, people, numbers: `demo.facts`) belong to the story and are drawn once from the
story's seed; wording belongs to one article and is drawn from the article's seed. So every outlet that
covers an event tells the same facts in its own words, and a republished agency text is the
agency's words with light edits.
"""

import random
import re

from demo.phrases_local import LOCAL
from demo.phrases_national import NATIONAL
from demo.phrases_society import SOCIETY
from demo.phrases_wider import WIDER

PHRASES = {**LOCAL, **SOCIETY, **WIDER, **NATIONAL}
# Topics that need no county: the national desk.
NATIONAL_TOPICS = {"politica": ("government",), "externe": ("abroad",)}
LOCAL_TOPICS = {
    cat: tuple(t for t in spec["topics"] if (cat, t) not in {("politica", "government"), ("externe", "abroad")})
    for cat, spec in PHRASES.items()
}
LOCAL_TOPICS = {cat: topics for cat, topics in LOCAL_TOPICS.items() if topics}

_ALTERNATIVE = re.compile(r"\[([^\[\]]*)\]")
_SLOT = re.compile(r"\{(\w+)\}")
_SPACES = re.compile(r"\s+")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.:;!?”])")
_BARE_IAR = re.compile(r"(?<![,;])\s+iar\s+")  # Romanian sets "iar" off with a comma

MAX_PARAGRAPHS = 9


def capitalize(text: str) -> str:
    """Upper-case the first letter only ('iPJ' stays as is in the rest)."""
    return text[:1].upper() + text[1:]


def expand(template: str, facts: dict[str, str], rng: random.Random) -> str:
    """Fill slots, pick alternatives (innermost first) and tidy spaces."""
    text = template
    while "[" in text:
        text = _ALTERNATIVE.sub(lambda m: rng.choice(m[1].split("|")), text)
    text = _SLOT.sub(lambda m: _slot(m[1], facts), text)
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", _SPACES.sub(" ", text)).strip()
    text = _BARE_IAR.sub(", iar ", text)
    return capitalize(text)


def _slot(name: str, facts: dict[str, str]) -> str:
    if name.endswith("_cap"):
        name = name[:-4]
        return capitalize(facts[name[0].lower() + name[1:]])
    if name[0].isupper():
        return capitalize(facts[name[0].lower() + name[1:]])
    return facts[name]


def write_title(category: str, topic: str, facts: dict[str, str], rng: random.Random) -> str:
    """Write one headline for the story."""
    return expand(rng.choice(PHRASES[category]["topics"][topic]["titles"]), facts, rng)


def _part(category: str, topic: str, part: str) -> tuple[str, ...]:
    """Return a topic's own quotes/background/closing, or its category's (a quote must fit the event)."""
    return PHRASES[category]["topics"][topic].get(part) or PHRASES[category][part]


def write_body(category: str, topic: str, facts: dict[str, str], rng: random.Random) -> list[list[str]]:
    """Write paragraphs (lists of sentences): lead, details, a quote, background, closing."""
    spec = PHRASES[category]
    topic_spec = spec["topics"][topic]
    details = rng.sample(topic_spec["details"], k=max(3, len(topic_spec["details"]) - rng.randint(0, 1)))
    quotes_pool, background_pool = _part(category, topic, "quotes"), _part(category, topic, "background")
    quotes = rng.sample(quotes_pool, k=min(len(quotes_pool), rng.randint(1, 2)))
    background = rng.sample(background_pool, k=len(background_pool))
    closing = [rng.choice(_part(category, topic, "closing"))]
    middle = details[1:] + background
    rng.shuffle(middle)
    for quote in quotes:
        middle.insert(rng.randint(0, len(middle)), quote)
    sentences = [expand(t, facts, rng) for t in [rng.choice(topic_spec["leads"])] + details[:1] + middle + closing]
    paragraphs: list[list[str]] = [sentences[:2]]
    rest = sentences[2:]
    while rest:  # short paragraphs, but never more than MAX_PARAGRAPHS (a copy may add one more)
        at_least = -(-len(rest) // (MAX_PARAGRAPHS - len(paragraphs)))
        size = min(len(rest), max(at_least, rng.choice((1, 1, 2, 2, 3))))
        paragraphs.append(rest[:size])
        rest = rest[size:]
    return paragraphs


def republish(
    paragraphs: list[list[str]],
    agency_name: str,
    agency_gen: str,
    category: str,
    topic: str,
    facts: dict[str, str],
    rng: random.Random,
) -> list[list[str]]:
    """Make an outlet's copy of an agency text: attribution, a sentence dropped or added, a swap."""
    copy = [list(p) for p in paragraphs]
    lead = copy[0][0]
    attribution = rng.choice(
        (f", informează {agency_name}.", f", potrivit {agency_gen}.", f", transmite {agency_name}.")
    )
    copy[0][0] = lead[:-1] + attribution if lead.endswith(".") else lead + attribution
    candidates = [(i, j) for i, p in enumerate(copy) for j in range(len(p)) if i > 0 and len(p) > 1]
    if candidates and rng.random() < 0.6:
        i, j = rng.choice(candidates)
        del copy[i][j]
    if rng.random() < 0.5:
        extra = expand(rng.choice(_part(category, topic, "closing")), facts, rng)
        copy.append([extra])
    if len(copy) > 3 and rng.random() < 0.5:
        i = rng.randint(1, len(copy) - 2)
        copy[i], copy[i + 1] = copy[i + 1], copy[i]
    return copy
