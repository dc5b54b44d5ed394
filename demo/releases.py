"""Formulaic releases: one institution's template, sent by every county office with its own figures.

The hard case of story clustering. A county agency (AJOFM, ANM, ISU, IPJ) publishes the same
text with another county, number or date; the county's outlets copy it nearly verbatim. Each
county's release is its own event; the copies of one release are one story. The wording of a
round of releases is drawn once per round (every county gets the same sentences), the figures
once per county. Some rounds keep the headline without any slot, so different events carry the
same headline.
"""

import random

from demo.facts import count, weather_forms
from demo.stories import expand
from demo.vocabulary import WEATHER_KINDS

# Per kind: category, headlines (the first has the county's slots; "bare" has none), alternative
# headlines an outlet may write instead, and the paragraphs of the release.
KINDS = {
    "ajofm": {
        "category": "economie",
        "title": "{ajofm} caută oameni pentru {r_jobs}",
        "bare": "Locuri de muncă vacante: agenția județeană [publică|a actualizat] lista",
        "alternatives": ("{R_jobs_cap} vacante în {jud}", "[Oferta|Lista] de locuri de muncă din {jud}: {r_jobs}"),
        "paragraphs": (
            (
                "Agenția Județeană pentru Ocuparea Forței de Muncă {county} anunță că angajatorii din județ au "
                "declarat {r_jobs} vacante.",
                "Cele mai multe posturi sunt pentru [muncitori necalificați|lucrători comerciali], "
                "[operatori la mașini|confecționeri] și [șoferi|vânzători].",
            ),
            (
                "Persoanele interesate se pot prezenta la sediul agenției din {seat} sau la punctul de lucru din {loc}.",
                "[Lista completă|Oferta completă] este publicată pe site-ul instituției și se actualizează săptămânal.",
            ),
            ("În evidențele agenției se află {r_employers} de angajatori care caută personal.",),
        ),
    },
    "anm": {
        "category": "meteo",
        "title": "{Weather_code_cap} în {jud}",
        "bare": "Meteorologii au emis o informare [de tip cod galben|de avertizare] [pentru următoarele ore|valabilă astăzi]",
        "alternatives": ("Avertizare meteo pentru {seat}, {loc} și {loc2}",),
        "paragraphs": (
            (
                "Administrația Națională de Meteorologie a emis o informare de tip {weather_code}, valabilă {weekday} "
                "între orele {r_from} și {r_to}, pentru mai multe localități din {jud}.",
                "Sunt vizate zonele {seat}, {loc} și {loc2}.",
            ),
            (
                "{Weather_detail}.",
                "Șoferii sunt rugați să circule cu prudență și să păstreze o distanță [mare|sporită] față de "
                "vehiculul din față.",
            ),
        ),
    },
    "isu": {
        "category": "eveniment",
        "title": "Incendiu la o casă din {loc}: pompierii au intervenit cu {r_trucks} autospeciale",
        "bare": "Incendiu la o locuință: pompierii au intervenit [de urgență|în forță]",
        "alternatives": ("Acoperișul unei case din {loc}, distrus de flăcări",),
        "paragraphs": (
            (
                "Pompierii {isu_gen} au intervenit {weekday} pentru stingerea unui incendiu izbucnit la o locuință "
                "{din_loc}.",
                "Flăcările au cuprins acoperișul pe o suprafață de aproximativ {r_area} de metri pătrați.",
            ),
            (
                "Cauza probabilă a incendiului este un coș de fum [neizolat|necurățat].",
                "Nu au fost victime, iar proprietarul, {victim}, a fost evaluat de un echipaj medical.",
            ),
        ),
    },
    "ipj": {
        "category": "eveniment",
        "title": "Razie a polițiștilor din {jud}: {r_fines} și {r_permits} reținute",
        "bare": "Razie de amploare pe drumurile din județ: [zeci de amenzi|permise reținute]",
        "alternatives": ("{R_fines_cap} date de polițiștii {ipj_gen} în 24 de ore",),
        "paragraphs": (
            (
                "Polițiștii {ipj_gen} au desfășurat în ultimele 24 de ore o acțiune pe linia siguranței rutiere, în "
                "urma căreia au aplicat {r_fines}, în valoare totală de {amount_small}.",
                "Au fost reținute {r_permits} de conducere, cele mai multe pentru depășirea vitezei legale.",
            ),
            ("Acțiunea s-a desfășurat pe {road}, în {seat} și în zona localității {loc}.",),
        ),
    },
}
SOURCES = {"ajofm": "AJOFM {county}", "anm": "ANM", "isu": "ISU {county}", "ipj": "IPJ {county}"}


def release_facts(rng: random.Random, kind: str) -> dict[str, str]:
    """Draw the figures one county's release carries (its own numbers, hours and sizes)."""
    start = rng.randint(6, 15)
    return {
        "r_jobs": count(rng.randint(60, 900), "locuri de muncă"),
        "r_employers": str(rng.randint(21, 95)),
        "r_from": f"{start}:{rng.choice(('00', '15', '30', '45'))}",
        "r_to": f"{start + rng.randint(2, 6)}:00",
        "r_trucks": str(rng.randint(2, 7)),
        "r_area": str(rng.randint(3, 19) * 10),
        "r_fines": count(rng.randint(25, 240), "amenzi"),
        "r_permits": count(rng.randint(3, 40), "permise"),
    }


def round_facts(kind: str, round_key: str) -> dict[str, str]:
    """Return what every county of a round shares beyond the wording (the weather warning's kind)."""
    if kind != "anm":
        return {}
    code, weather = wording_rng(kind, round_key + ":weather").choice(WEATHER_KINDS)
    return {"weather_code": code, "weather_kind": weather}


def with_round(facts: dict[str, str], kind: str, round_key: str) -> dict[str, str]:
    """Return a county's facts with the round's shared ones (and the sentences that follow from them)."""
    shared = round_facts(kind, round_key)
    if not shared:
        return facts
    merged = {**facts, **shared}
    merged.update(weather_forms(merged))
    return merged


def wording_rng(kind: str, round_key: str) -> random.Random:
    """The wording of one round of releases: the same for every county of the round."""
    return random.Random(f"demo-release-wording:{kind}:{round_key}")


def title(kind: str, round_key: str, bare: bool, facts: dict[str, str], rng: random.Random, own: bool) -> str:
    """Return a copy's headline: the release's (the same for the round), or the outlet's own."""
    spec = KINDS[kind]
    if own:
        return expand(rng.choice(spec["alternatives"]), facts, rng)
    return expand(spec["bare"] if bare else spec["title"], facts, wording_rng(kind, round_key + ":title"))


def body(kind: str, round_key: str, facts: dict[str, str], rng: random.Random, edited: bool) -> list[list[str]]:
    """Return the release's paragraphs; an outlet's copy may credit the source and drop a sentence."""
    words = wording_rng(kind, round_key)
    paragraphs = [[expand(sentence, facts, words) for sentence in paragraph] for paragraph in KINDS[kind]["paragraphs"]]
    if edited:
        source = SOURCES[kind].format(**facts)
        lead = paragraphs[0][0]
        paragraphs[0][0] = (
            lead[:-1] + rng.choice((f", anunță {source}.", f", potrivit {source}.")) if lead.endswith(".") else lead
        )
        if rng.random() < 0.4 and len(paragraphs[-1]) > 1:
            del paragraphs[-1][-1]
    return paragraphs
