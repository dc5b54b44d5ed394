"""The facts of a demo story: its places, people and numbers, drawn once from the story's seed.

Every outlet's version of the story (demo.stories) is written from the same facts, so outlets
that cover one event agree on who, where and how many.
"""

import random
from dataclasses import dataclass

from demo import vocabulary as V
from news.reference.counties import COUNTY_BY_CODE

SMALL_WORDS = {3: "trei", 4: "patru", 5: "cinci", 6: "șase", 7: "șapte", 8: "opt", 9: "nouă"}
FEM_WORDS = {2: "două", 3: "trei", 4: "patru", 5: "cinci", 6: "șase"}
ROMAN = (
    "I",
    "II",
    "III",
    "IV",
    "V",
    "VI",
    "VII",
    "VIII",
    "IX",
    "X",
    "XI",
    "XII",
    "XIII",
    "XIV",
    "XV",
    "XVI",
    "XVII",
    "XVIII",
    "XIX",
    "XX",
    "XXI",
    "XXII",
    "XXIII",
    "XXIV",
    "XXV",
)
IN_BY_RANK = {3: "municipiul", 2: "orașul", 1: "comuna", 0: "satul"}
GEN_BY_RANK = {3: "municipiului", 2: "orașului", 1: "comunei", 0: "localității"}


@dataclass(frozen=True)
class Place:
    """A locality a story is about, as the gazetteer knows it."""

    siruta: int
    name: str
    county_code: str
    rank: int
    homonym: bool = False
    passing: bool = False  # named only in passing (national stories): not the story's county


def count(n: int, noun: str) -> str:
    """Write '12 elevi' or '25 de elevi': Romanian puts 'de' after 20-99 in the last two digits."""
    last_two = n % 100
    number = f"{n:,}".replace(",", ".")
    return f"{number} de {noun}" if (last_two >= 20 or last_two == 0) else f"{number} {noun}"


def degrees(t: int) -> str:
    """Write '-9 grade' or '34 de grade' (the 'de' rule looks at the size, not the sign)."""
    return f"{t} de grade" if abs(t) >= 20 else f"{t} grade"


def winning_score(home: int, away: int) -> str:
    """Write a home win: a headline that says 'câștigă' must not report a draw."""
    return f"{max(home, away + 1)}-{away}"


def thousands(n: int) -> str:
    """Write n thousand as a reader would: '450 de mii', '1,05 milioane', 'două milioane'."""
    if n < 1000:
        return f"{n} de mii"
    if n % 1000 == 0:
        return {1: "un milion", 2: "două milioane"}.get(n // 1000, f"{n // 1000} milioane")
    return f"{n / 1000:.2f}".rstrip("0").replace(".", ",") + " milioane"


def money(rng: random.Random, low: float, high: float) -> str:
    """Write an amount in millions of lei, Romanian decimal comma."""
    value = round(rng.uniform(low, high), 1)
    if value == int(value):  # '7 milioane', '41 de milioane'; a decimal takes no 'de' ('41,5 milioane')
        return count(int(value), "milioane de lei")
    return f"{value:.1f}".replace(".", ",") + " milioane de lei"


def make_facts(
    rng: random.Random, category: str, main: Place | None, second: Place | None, passing_seat: str, weekday: str
) -> dict[str, str]:
    """Draw every slot value of one story; the same facts serve every outlet's version."""
    male = rng.random() < 0.55
    name = f"{rng.choice(V.MALE_FIRST if male else V.FEMALE_FIRST)} {rng.choice(V.LAST_NAMES)}"
    g = 0 if male else 1
    f: dict[str, str] = {
        "weekday": weekday,
        "hour": f"{rng.randint(6, 22)}:{rng.choice(('00', '15', '30', '45', '10', '50'))}",
        "n_small": SMALL_WORDS[rng.randint(3, 9)],
        "n_mid": str(rng.randint(20, 99)),
        "n_mid_plain": str(rng.randint(20, 99)),
        "n_big": f"{rng.randint(3, 48) * 50:,}".replace(",", "."),
        "n_big_plain": str(rng.randint(100, 900)),
        "pct": f"{rng.randint(3, 38)}%",
        "pct_deficit": f"{rng.randint(30, 89) / 10:.1f}%".replace(".", ","),
        "amount": money(rng, 1.2, 48.0),
        "amount_small": count(rng.randint(4, 95) * 5000, "lei"),
        "amount_bn": f"{rng.randint(2, 19)},{rng.randint(1, 9)} miliarde de euro",
        "minutes": rng.choice(("două ore", "trei ore", "patru ore", "90 de minute", "o oră și jumătate")),
        "minutes_short": rng.choice(("zece minute", "12 minute", "15 minute", "opt minute")),
        "alcohol": f"0,{rng.randint(15, 95)}",
        "cases": count(rng.randint(14, 480), "cazuri"),
        "cases_title": count(rng.randint(14, 480), "cazuri"),
        "villages": count(rng.randint(20, 99) * 3, "sate"),
        "km": count(rng.randint(3, 46), "kilometri"),
        "months": count(rng.choice((10, 12, 14, 18, 20, 24, 30)), "luni"),
        "months_short": rng.choice(("patru luni", "șase luni", "opt luni", "trei luni")),
        "years": count(rng.choice((12, 15, 18, 20, 25, 30, 40)), "ani"),
        "years_short": rng.choice(("trei ani", "patru ani", "cinci ani", "șase ani")),
        "population": f"{rng.randint(12, 95) * 100:,}".replace(",", "."),
        "n_houses": count(rng.randint(8, 90) * 10, "gospodării"),
        "people": count(rng.randint(6, 160) * 10, "persoane"),
        "jobs": count(rng.randint(3, 40) * 10, "locuri de muncă"),
        "salary": count(rng.randint(30, 65) * 100, "lei"),
        "prison": rng.choice(
            (
                "trei ani și șase luni de închisoare",
                "cinci ani de închisoare",
                "doi ani de închisoare cu suspendare",
                "patru ani de închisoare",
            )
        ),
        "year1": str(rng.randint(2014, 2019)),
        "year2": str(rng.randint(2020, 2023)),
        "beds": count(rng.randint(3, 40) * 10, "paturi"),
        "students": count(rng.randint(6, 90) * 10, "elevi"),
        "students_big": count(rng.randint(18, 95) * 1000, "elevi"),
        "hectares": count(rng.randint(4, 40), "hectare"),
        "price": count(rng.randint(9, 40), "lei"),
        "price2": count(rng.randint(5, 8), "lei"),
        "edition": f"a {ROMAN[rng.randint(1, 24)]}-a",
        "round": str(rng.randint(5, 28)),
        "fans": count(rng.randint(3, 40) * 50, "spectatori"),
        "minute": str(rng.randint(3, 88)),
        "place_rank": str(rng.randint(1, 12)),
        "points": str(rng.randint(20, 48)),
        "seats": count(rng.randint(8, 60) * 100, "locuri"),
        "rain": str(rng.randint(25, 70)),
        "temp": degrees(rng.choice((-14, -9, -6, 34, 36, 38, 39))),
        "wind": count(rng.randint(60, 110), "kilometri"),
        "score": winning_score(rng.randint(1, 4), rng.randint(0, 1)),
        "p1": name,
        "q_name": name,
        "tech": rng.choice(V.TECH),
        "disease": rng.choice(V.DISEASES),
        "product": rng.choice(V.PRODUCTS),
        "company": f"{rng.choice(V.COMPANY_STEMS)} SRL",
        "passing_seat": passing_seat,
        "party": rng.choice(V.PARTIES),
    }
    injured = rng.randint(2, 6)
    f["injured"] = f"{FEM_WORDS[injured]} persoane"
    f["firefighters"] = count(rng.randint(8, 40), "pompieri")
    age = rng.randint(17, 84)
    f["victim"] = f"un bărbat de {count(age, 'ani')}" if rng.random() < 0.6 else f"o femeie de {count(age, 'ani')}"
    female_victim = f["victim"].startswith("o ")
    f["gone"], f["sought"] = ("dispărută", "căutată") if female_victim else ("dispărut", "căutat")
    weather = rng.choice(V.WEATHER_KINDS)
    f["weather_code"], f["weather_kind"] = weather
    city, country, leader = rng.choice(V.FOREIGN)
    f.update(foreign_city=city, country=country, foreign_leader=leader)
    ministry = rng.choice(V.MINISTRIES)
    f["ministry"] = ministry
    # The minister is someone else than the story's speaker; drawn from a private stream so the
    # world's stream (places, categories) stays where it was.
    side = random.Random(f"demo-minister:{name}:{ministry}")
    mg = 0 if side.random() < 0.6 else 1
    minister = f"{side.choice(V.MALE_FIRST if mg == 0 else V.FEMALE_FIRST)} {side.choice(V.LAST_NAMES)}"
    f["minister_q_name"] = f"{V.ROLES['minister'][mg]} {ministry.split(' ', 1)[1].lower()}"
    f["minister_q"] = f"{f['minister_q_name']}, {minister}"
    f["festival"] = rng.choice(V.FESTIVALS)
    first, rest = f["festival"].split(" ", 1)
    f.update(_derived(f, g))
    f["festival_gen"] = (
        {
            "Festivalul": "Festivalului",
            "Zilele": "Zilelor",
            "Serbările": "Serbărilor",
            "Târgul": "Târgului",
            "Întâlnirile": "Întâlnirilor",
        }[first]
        + " "
        + rest
    )
    school = rng.choice(
        (
            "Școala Gimnazială nr. {n}",
            "Liceul Tehnologic nr. {n}",
            "Școala Gimnazială „Ion Creangă”",
            "Școala Gimnazială „Mihai Eminescu”",
            "Liceul Teoretic nr. {n}",
        )
    )
    f["school"] = school.format(n=rng.randint(1, 6))
    f["road"] = rng.choice(V.ROAD_NUMBERS) if rng.random() < 0.5 else f"DJ {rng.randint(100, 299)}"
    if main is not None:
        f.update(_place_facts(main, ""))
        f.update(_place_facts(second or main, "2"))
        county = COUNTY_BY_CODE[main.county_code]
        f.update(
            county=county.name,
            seat=county.seat,
            jud=f"județul {county.name}",
            ipj=f"IPJ {county.name}",
            ipj_gen=f"IPJ {county.name}",
            isu=f"ISU {county.name}",
            isu_gen=f"ISU {county.name}",
            cj=f"Consiliul Județean {county.name}",
            cj_gen=f"Consiliului Județean {county.name}",
            dsp=f"DSP {county.name}",
            dsp_gen=f"DSP {county.name}",
            isj=f"Inspectoratul Școlar Județean {county.name}",
            trib=f"Tribunalul {county.name}",
            ajofm=f"AJOFM {county.name}",
            ajofm_gen=f"AJOFM {county.name}",
            hospital=f"Spitalul Județean de Urgență {county.seat}",
        )
        county2 = COUNTY_BY_CODE[(second or main).county_code]
        f["jud2"] = f"județul {county2.name}"
        f["team1"] = f"{rng.choice(V.TEAM_PREFIXES)} {main.name}"
        f["team2"] = (
            f"{rng.choice(V.TEAM_PREFIXES)} {(second or main).name if second and second.name != main.name else county2.seat}"
        )
        if f["team2"] == f["team1"]:
            f["team2"] = f"Recolta {county2.seat}"
        f["mayor_role"] = V.ROLES["mayor"][g]
        f["mayor_q"] = f"{V.ROLES['mayor'][g]} {f['loc_gen']}, {name}"
        f["q"] = f"{name}, {_speaker_role(category, g, f)}"
        f["mayor_q_subj"] = f["mayor_q"] + ","
        is_seat = main.name == county.seat
        f["seat_note"] = (
            f"este chiar reședința județului {county.name}"
            if is_seat
            else f"se află la {f['km']} de {county.seat}, reședința județului"
        )
        f["seat_note_alt"] = (
            f"este cel mai mare oraș din {f['jud']}" if is_seat else f"se găsește la {f['km']} de {county.seat}"
        )
        f["in_loc_seat"] = f["in_loc"] if is_seat else f"{f['in_loc']} și în {county.seat}"
        of = "al" if g == 0 else "a"
        f["q_isu"] = f"{name}, {V.ROLES['spokes'][g]} {of} {f['isu']}"
        f["q_isu_subj"] = f["q_isu"] + ","
        f["q_ajofm"] = f"{name}, {V.ROLES['director'][g]} {f['ajofm_gen']}"
    else:
        f["q"] = f"{name}, {V.ROLES['expert'][g]} {('politic', 'politică')[g]}"
    f["q_subj"] = f["q"] + ","
    return f


PARTY_GEN = {
    "Partidul Progresului": "Partidului Progresului",
    "Uniunea Civică": "Uniunii Civice",
    "Alianța Populară": "Alianței Populare",
    "Partidul Verde Român": "Partidului Verde Român",
}


def _derived(f: dict[str, str], g: int) -> dict[str, str]:
    """Forms that follow from drawn facts (no draws here: the world's random stream must not move)."""
    n_big = int(f["n_big"].replace(".", ""))
    male = g == 0
    return {
        "n_big_k": thousands(n_big),
        "pct_pass": f"{100 - int(f['pct'].rstrip('%'))}%",
        "party_gen": PARTY_GEN[f["party"]],
        "new_leader": "noul președinte" if male else "noua președintă",
        "p1_ex_mayor": "fost primar al" if male else "fostă primăriță a",
        "p1_councillor": "consilier local" if male else "consilieră locală",
        "candidate": "candidatul" if male else "candidata",
        "delegates": count(int(f["n_big_plain"]), "delegați"),
        **_festival_forms(f["festival"]),
        **weather_forms(f),
    }


# Festival names that are plural ("Zilele Recoltei") take plural verbs.
PLURAL_FESTIVALS = ("Zilele", "Serbările", "Întâlnirile")


def _festival_forms(festival: str) -> dict[str, str]:
    plural = festival.split(" ", 1)[0] in PLURAL_FESTIVALS
    return {
        "fest_comes": "ajung" if plural else "ajunge",
        "fest_returns": "revin" if plural else "revine",
        "fest_takes_place": "vor avea loc" if plural else "va avea loc",
    }


def weather_forms(f: dict[str, str]) -> dict[str, str]:
    """Sentences that fit the warning's kind: no rain totals in a heatwave, no 'vântul au'."""
    t = int(f["temp"].split()[0])
    hot, cold = degrees(t if t > 0 else 33 + abs(t) % 6), degrees(t if t < 0 else 28 - t)
    rain, wind = f"{f['rain']} de litri pe metru pătrat", f"{f['wind']} pe oră"
    forms = {
        "ploi": (
            f"Cantitățile de apă pot depăși {rain}",
            f"Pe lângă ploi, rafalele de vânt pot atinge {wind}",
            "ploile torențiale au provocat",
        ),
        "vânt": (
            f"Rafalele pot atinge {wind}",
            f"Temperaturile vor coborî până la {cold}, iar vântul va accentua senzația de frig",
            "vântul puternic a provocat",
        ),
        "caniculă": (
            f"Temperaturile pot urca până la {hot}",
            "Indicele temperatură-umezeală va depăși pragul critic de 80 de unități",
            "canicula a provocat",
        ),
        "ninsori": (
            f"Stratul de zăpadă poate ajunge la {f['rain']} de centimetri",
            f"Temperaturile vor coborî până la {cold}, iar rafalele de vânt pot atinge {wind}",
            "ninsorile au provocat",
        ),
        "ceață": (
            "Vizibilitatea poate scădea sub 50 de metri",
            f"Noaptea, temperaturile vor coborî până la {cold}, iar pe drumuri se poate forma polei",
            "ceața densă a provocat",
        ),
        "vijelii": (
            f"Vântul poate atinge în rafale {wind}",
            f"În intervale scurte, cantitățile de apă pot depăși {rain}",
            "vijeliile au provocat",
        ),
    }[f["weather_kind"]]
    return dict(zip(("weather_detail", "weather_detail2", "weather_past"), forms))


def _place_facts(place: Place, suffix: str) -> dict[str, str]:
    kind = IN_BY_RANK[place.rank]
    return {
        f"loc{suffix}": place.name,
        f"in_loc{suffix}": f"în {kind} {place.name}",
        f"din_loc{suffix}": f"din {kind} {place.name}",
        f"loc{suffix}_gen": f"{GEN_BY_RANK[place.rank]} {place.name}",
    }


def _speaker_role(category: str, g: int, f: dict[str, str]) -> str:
    """Say who speaks for the story: a spokesperson, a manager, a coach, ..."""
    of = "al" if g == 0 else "a"
    roles = V.ROLES
    return {
        "eveniment": f"{roles['spokes'][g]} {of} {f['ipj']}",
        "meteo": f"{roles['spokes'][g]} {of} {f['isu']}",
        "administratie": f"{roles['mayor'][g]} {f['loc_gen']}",
        "actualitate": f"{roles['mayor'][g]} {f['loc_gen']}",
        "social": f"{roles['president'][g]} asociației „Mâini Întinse” din {f['seat']}",
        "justitie": f"{roles['prosecutor'][g]} de caz",
        "sanatate": f"{roles['director'][g]} {f['dsp']}",
        "educatie": f"{roles['inspector'][g]} din {f['jud']}",
        "economie": f"{roles['director'][g]} {('general', 'generală')[g]} {of} firmei {f['company']}",
        "cultura": f"{roles['director'][g]} Casei de Cultură din {f['seat']}",
        "sport": f"{roles['coach'][g]} echipei {f['team1']}",
        "tehnologie": f"{roles['manager'][g]} de proiect din primărie",
        "politica": f"{roles['president'][g]} organizației județene",
    }.get(category, f"{roles['spokes'][g]} {of} instituției")
