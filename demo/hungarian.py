"""Hungarian-language outlets of the demo network (issue 21), and their Romanian twins.

Three invented Hungarian outlets in Harghita, Covasna and Mureș write about places of their
county (and now and then of a neighbouring one) by their Hungarian names, in the shapes of the
Székely press: short headline, lead with the place in a case form, a detail or two. A share of
their events is also told in Romanian by a Romanian outlet of the same county (the Covasna one,
'Covasna Azi', is added here): the same people, places and figures, other words and another
language, which the clustering must join. Everything is drawn from its own random stream, after
the Romanian world is built, so the Romanian outlets' articles stay as they were.
"""

import random
from datetime import timedelta

from demo.facts import Place
from news.reference.counties import COUNTY_BY_CODE
from understand.hungarian import names

# (slug, name, county code, language); names invented for the demo.
ROSTER = (
    ("csiki-hirmondo", "Csíki Hírmondó", "HR", "hu"),
    ("haromszeki-napok", "Háromszéki Napok", "CV", "hu"),
    ("marosmenti-ujsag", "Marosmenti Újság", "MS", "hu"),
    ("covasna-azi", "Covasna Azi", "CV", "ro"),
)
# Who tells a Hungarian outlet's event in Romanian: a Romanian outlet of the same county.
TWIN_OUTLET = {"HR": "harghita-expres", "CV": "covasna-azi", "MS": "pagina-mureseana"}
PER_DAY = 9  # a Hungarian outlet's items a day
TWIN_SHARE = 0.3  # events also told in Romanian
AWAY_SHARE = 0.1  # events in a neighbouring county with Hungarian communities
AWAY = {"HR": ("CV", "MS"), "CV": ("BV", "HR"), "MS": ("HR", "CJ")}
WEIGHTS = {"eveniment": 6, "administratie": 5, "sport": 3, "cultura": 3, "sanatate": 2, "educatie": 2}
TOPIC = "hu"  # Story.topic of these events: titles and bodies come from this module
# Section names in Hungarian outlets' URLs and feed labels.
SECTIONS = {
    "eveniment": "baleset",
    "administratie": "kozelet",
    "sport": "sport",
    "cultura": "kultura",
    "sanatate": "egeszseg",
    "educatie": "oktatas",
}
LABELS = {
    "eveniment": "Baleset",
    "administratie": "Közélet",
    "sport": "Sport",
    "cultura": "Kultúra",
    "sanatate": "Egészség",
    "educatie": "Oktatás",
}

# Templates: {hely} the main place, {hely2} the second, {helyi} the main place's adjective, {p1} a
# person, numbers from the story's facts. No county name: 'Kovászna' alone is the town.
HU = {
    "eveniment": {
        "titles": (
            "Baleset {hely} határában: {n_small_hu} sérült",
            "Kigyulladt egy csűr, {hely} ismét lángokban",
            "Eltűnt egy {helyi} férfi, {n_mid} ember keresi",
        ),
        "leads": (
            "Súlyos baleset történt {hour} órakor {hely} határában, a {hely2} felé vezető úton. A "
            "tűzoltók {n_mid} perc alatt értek a helyszínre.",
            "Tűz ütött ki {hour} órakor egy gazdaságban, {hely} központjától nem messze. A lángok {n_mid} "
            "négyzetméteren pusztítottak.",
        ),
        "details": (
            "A helyszínre {p1} rendőrparancsnok is kiérkezett, a forgalmat {hely2} irányába terelték.",
            "A kár a tulajdonos szerint {n_big_plain} ezer lej, a vizsgálat folytatódik.",
        ),
    },
    "administratie": {
        "titles": ("Új utat aszfaltoznak {hely} és {hely2} között", "{n_mid} millió lejből újul meg a {helyi} iskola"),
        "leads": (
            "{p1} polgármester szerint {n_mid} millió lejből újítják fel a {hely} és {hely2} közötti utat. "
            "A munkálatok {year2} tavaszán kezdődnek.",
            "A {helyi} önkormányzat {n_big_plain} ezer lejt különített el a helyi iskola felújítására, "
            "jelentette be {p1} polgármester.",
        ),
        "details": (
            "A beruházás {n_mid} kilométer utat érint, a pénz uniós forrásból érkezik.",
            "A képviselő-testület egyhangúlag szavazta meg a költségvetést, {hely2} lakói is örülhetnek.",
        ),
    },
    "sport": {
        "titles": (
            "Győzelem hazai pályán: {score} a {helyi} csapat meccsén",
            "{hely} csapata a tabella {place_rank}. helyén",
        ),
        "leads": (
            "A {helyi} labdarúgócsapat {score} arányban nyert a bajnokság {round}. fordulójában. A győztes "
            "gólt {p1} szerezte a {minute}. percben.",
            "{points} ponttal a {place_rank}. helyen áll a {helyi} csapat, miután {score} arányban legyőzte "
            "{hely2} együttesét.",
        ),
        "details": (
            "A mérkőzést {fans_hu} néző követte a lelátóról.",
            "Az edző szerint a csapat a következő fordulóban is győzni akar.",
        ),
    },
    "cultura": {
        "titles": ("Fesztivál kezdődik {hely} központjában", "Kiállítás nyílik a {helyi} kultúrotthonban"),
        "leads": (
            "Hétvégén {edition_hu}. alkalommal rendezik meg a {helyi} fesztivált. A szervezők szerint "
            "{n_big_plain} látogatóra számítanak.",
            "{p1} festőművész kiállítása nyílik {hour} órakor {hely} kultúrotthonában. A tárlaton {n_mid} "
            "alkotás látható.",
        ),
        "details": (
            "A programban néptánc és koncert is szerepel, {hely2} néptáncegyüttese is fellép.",
            "A belépés ingyenes, a kiállítás egy hónapig látogatható.",
        ),
    },
    "sanatate": {
        "titles": ("Új mentőállomás {hely} mellett", "{n_mid} ágyas osztállyal bővül a {helyi} kórház"),
        "leads": (
            "{n_mid} ágyas új osztályt adnak át a {helyi} kórházban. {p1} igazgató szerint a beruházás "
            "{n_big_plain} ezer lejbe került.",
            "Mentőállomás épül {hely} szélén, {hely2} és a környező falvak betegeit is innen látják el.",
        ),
        "details": (
            "Az orvosok szerint a várólisták így a felére csökkennek.",
            "A megyei egészségügyi igazgatóság {year2} végéig újabb mentőautókat ígér.",
        ),
    },
    "educatie": {
        "titles": ("Új tagozat indul a {helyi} gimnáziumban", "{n_mid} diák tanul tovább {hely} új iskolájában"),
        "leads": (
            "Szeptembertől informatika-tagozat indul a {helyi} gimnáziumban, {n_mid} diákot vesznek fel. "
            "{p1} igazgató szerint a jelentkezők száma kétszerese a helyeknek.",
            "Átadták {hely} új iskoláját, ahol {n_mid} diák kezdi meg a tanévet. Az épület {n_big_plain} "
            "ezer lejbe került.",
        ),
        "details": (
            "A diákok egy része {hely2} településről ingázik, nekik iskolabuszt indítanak.",
            "A tanfelügyelőség szerint a megyében ez az idei legnagyobb oktatási beruházás.",
        ),
    },
}
# The Romanian twin: the same slots told by a Romanian county outlet.
RO = {
    "eveniment": (
        "Accident lângă {loc}: intervenție a pompierilor din {jud}",
        "Un accident grav s-a produs la ora {hour} la marginea localității {loc}, pe drumul spre {loc2}. "
        "Pompierii au ajuns în {n_mid} de minute, a declarat {p1}, comandantul poliției. Pagubele se ridică "
        "la {big_de} mii de lei.",
    ),
    "administratie": (
        "Drum nou între {loc} și {loc2}: investiție de {n_mid} de milioane de lei",
        "Primarul {p1} a anunțat că drumul dintre {loc} și {loc2} va fi modernizat cu {n_mid} de "
        "milioane de lei. Lucrările încep în primăvara anului {year2}, iar școala primește "
        "{big_de} mii de lei.",
    ),
    "sport": (
        "Victorie pe teren propriu pentru echipa din {loc}: {score}",
        "Echipa de fotbal din {loc} a câștigat cu {score} în etapa a {round}-a, cu golul marcat de {p1} în "
        "minutul {minute}. Formația are {points} de puncte și ocupă locul {place_rank}, după meciul cu {loc2}.",
    ),
    "cultura": (
        "Festival și expoziție la {loc}",
        "Organizatorii festivalului de la {loc} așteaptă {big_de} vizitatori. Pictorul {p1} "
        "expune {n_mid} de lucrări la căminul cultural, de la ora {hour}, iar ansamblul din {loc2} urcă pe scenă.",
    ),
    "sanatate": (
        "Secție nouă cu {n_mid} de paturi la spitalul din {loc}",
        "Spitalul din {loc} primește o secție nouă cu {n_mid} de paturi, a declarat directorul {p1}. "
        "Investiția a costat {big_de} mii de lei, iar pacienții din {loc2} vor fi tratați aici.",
    ),
    "educatie": (
        "Clasă nouă de informatică la liceul din {loc}: {n_mid} de locuri",
        "Liceul din {loc} deschide din septembrie o clasă de informatică pentru {n_mid} de elevi, a anunțat "
        "directorul {p1}. Noua școală a costat {big_de} mii de lei, iar elevii din {loc2} vor avea "
        "microbuz școlar.",
    ),
}


def outlets(make) -> tuple:
    """Return the extra outlets, built by demo.outlets' maker so their sites vary like the others'."""
    built = []
    for index, (slug, name, code, language) in enumerate(ROSTER):
        outlet = make(60 + index, slug, name, "outlet", code)
        built.append(type(outlet)(**{**outlet.__dict__, "language": language, "per_day": PER_DAY}))
    return tuple(built)


def _hungarian_places() -> dict[str, list[tuple[Place, str]]]:
    """Return per county code the places with a Hungarian name: (Place, Hungarian name)."""
    from news.reference.counties import COUNTIES
    from news.reference.gazetteer import localities

    code_of = {row.slug: row.code for row in COUNTIES}
    rank_of = {row.siruta: row.rank for row in localities()}
    seen, out = set(), {}
    for row in names():
        if row.siruta in seen or not row.verified:
            continue
        seen.add(row.siruta)
        place = Place(row.siruta, row.name, code_of[row.county], rank_of[row.siruta])
        out.setdefault(code_of[row.county], []).append((place, row.hungarian))
    return out


def plan(world, story_factory) -> list[tuple[str, str, bool, int]]:
    """Return the extra articles to write: (outlet slug, story id, syndicated, delay minutes)."""
    rng = random.Random(f"demo-hungarian:{world.seed}")
    places = _hungarian_places()
    days = (world.end - world.start) / timedelta(days=1)
    planned = []
    for slug, _, code, language in ROSTER:
        if language != "hu":
            continue
        for _ in range(round(PER_DAY * days)):
            where = rng.choice(AWAY[code]) if rng.random() < AWAY_SHARE else code
            (main, _), (second, _) = rng.sample(places[where], 2)
            category = rng.choices(list(WEIGHTS), list(WEIGHTS.values()))[0]
            story = story_factory(rng, where, category, main, second)
            planned.append((slug, story.id, False, rng.randint(0, 90)))
            if where == code and rng.random() < TWIN_SHARE:
                planned.append((TWIN_OUTLET[code], story.id, False, rng.randint(30, 300)))
    return planned


def hungarian_name(place: Place) -> str:
    return next(row.hungarian for row in names() if row.siruta == place.siruta)


def _slots(facts: dict, places: tuple) -> dict:
    main, second = places
    hely, hely2 = hungarian_name(main), hungarian_name(second)
    county = COUNTY_BY_CODE[main.county_code]
    rng = random.Random(f"demo-hu-slots:{facts['p1']}:{main.siruta}")
    return {
        **facts,
        "hely": hely,
        "hely2": hely2,
        "helyi": adjective(hely),
        "n_small_hu": str(rng.randint(2, 6)),
        "fans_hu": str(rng.randint(3, 40) * 50),
        "edition_hu": str(rng.randint(2, 24)),
        "loc": main.name,
        "loc2": second.name,
        "jud": f"județul {county.name}",
        "big_de": with_de(facts["n_big_plain"]),
    }


def with_de(number: str) -> str:
    """Return '213 mii' and '240 de mii' right: Romanian puts 'de' after 20 and up, not after x01-x19."""
    return number if 1 <= int(number) % 100 <= 19 else f"{number} de"


def adjective(name: str) -> str:
    """Return the lower-case place adjective: 'Csíkszereda' -> 'csíkszeredai', 'Szatmárnémeti' -> itself."""
    lower = name[0].lower() + name[1:]
    return lower if lower.endswith("i") else lower + "i"


def title(story, facts: dict, language: str, rng: random.Random) -> str:
    slots = _slots(facts, story.places)
    if language == "hu":
        return rng.choice(HU[story.category]["titles"]).format(**slots)
    return RO[story.category][0].format(**slots)


def body(story, facts: dict, language: str, rng: random.Random) -> list[list[str]]:
    slots = _slots(facts, story.places)
    if language != "hu":
        return [[RO[story.category][1].format(**slots)]]
    spec = HU[story.category]
    lead = rng.choice(spec["leads"]).format(**slots)
    return [[lead], [detail.format(**slots) for detail in rng.sample(spec["details"], 2)]]
