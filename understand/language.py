"""The language an article is written in, from its text: py3langid (offline, its model in the wheel).

Gazeta's outlets write in Romanian and, in Transylvania, in Hungarian; a few national outlets
carry English or German pieces. The identifier is limited to those languages (and a few more
that regional pages quote), which makes it faster and keeps it from answering Latin or Catalan
for a short Romanian line. The outlet's declared language (Source.language) stands in when the
text is too short to judge or the identifier is unsure.
"""

import functools
import itertools

# Languages the identifier chooses among: what Romanian and Hungarian regional news is written
# or quotes in.
LANGUAGES = ("ro", "hu", "en", "de", "fr", "it", "es", "uk", "ru")
# Below this many letters (a caption, a lone name: 'Csíkszereda') the declared language is trusted
# instead. Titles alone were all identified right on the 610 hand-written ones (68 Hungarian,
# 542 Romanian); 40 letters is about the shortest of them.
MIN_LETTERS = 40
# Normalized probability below which the declared language is kept (a bilingual text, a list of names).
MIN_PROBABILITY = 0.9
TEXT_CHARS = 2000  # the title and the start of the text decide; the rest costs time for nothing


@functools.cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # loads ~0.7 s of model: only when first needed

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(LANGUAGES))
    return identifier


def detect(title: str, text: str = "", declared: str = "ro") -> str:
    """Return the two-letter code of the language of title and text; declared when unsure."""
    declared = (declared or "ro").lower()[:2]
    sample = f"{title or ''}\n{(text or '')[:TEXT_CHARS]}"
    # The first MIN_LETTERS letters are enough to know (counting all of a 2,000-character sample
    # cost a quarter of the detection).
    if len(list(itertools.islice(filter(str.isalpha, sample), MIN_LETTERS))) < MIN_LETTERS:
        return declared
    language, probability = _identifier().classify(sample)
    return language if probability >= MIN_PROBABILITY else declared
