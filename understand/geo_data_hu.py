"""Hungarian word lists the geotagger reads beside the Romanian ones of understand.geo_data.

Written in ordinary Hungarian spelling and folded by the index, like geo_data. Compiled by the
author from the usage of the Hungarian-language press of Harghita, Covasna and Mureș (Székelyhon,
Hargita Népe, Háromszék, Népújság style); each list says how it was chosen.
"""

# Hungarian names of the counties. A name that is also an everyday word or a river ('Maros',
# 'Fehér', 'Temes', 'Kolozs' as a family name) counts only with 'megye' after it: those are
# under COUNTY_WITH_MEGYE_ONLY. 'Kovászna' alone is the town (in hungarian_places.tsv).
COUNTY_NAMES: dict[str, tuple[str, ...]] = {
    "harghita": ("Hargita",), "covasna": ("Kovászna",), "mures": ("Maros",), "cluj": ("Kolozs",),
    "bihor": ("Bihar",), "satu-mare": ("Szatmár",), "salaj": ("Szilágy",), "brasov": ("Brassó",),
    "bistrita-nasaud": ("Beszterce-Naszód",), "maramures": ("Máramaros",), "arad": ("Arad",),
    "alba": ("Fehér",), "timis": ("Temes",), "hunedoara": ("Hunyad",), "sibiu": ("Szeben",),
    "caras-severin": ("Krassó-Szörény",), "bacau": ("Bákó",), "suceava": ("Szucsáva",),
}
# Names that count only as '<name> megye', never alone: a town, a river, a colour, a surname.
COUNTY_WITH_MEGYE_ONLY = frozenset({"Kovászna", "Maros", "Kolozs", "Bihar", "Fehér", "Temes", "Hunyad",
                                    "Szeben", "Arad", "Brassó", "Bákó", "Szilágy"})
# The forms of 'megye' (county) after a county name: 'Hargita megyében', 'Maros megyei'.
MEGYE_FORMS = ("megye", "megyei", "megyében", "megyéből", "megyébe", "megyére", "megyét", "megyének",
               "megyénél", "megyéhez", "megyétől", "megyeiek", "megyeieket", "megyeszerte", "megyéért")

# Historical regions ('szék', land) the Székely press names as places, each inside one county.
# Regions spanning two counties (Sóvidék, Gyimes, Mezőség, Érmellék) are left out.
REGIONS: dict[str, str] = {
    "Háromszék": "covasna", "Sepsiszék": "covasna", "Kézdiszék": "covasna", "Orbaiszék": "covasna",
    "Erdővidék": "covasna", "Csíkszék": "harghita", "Alcsík": "harghita", "Felcsík": "harghita",
    "Udvarhelyszék": "harghita", "Udvarhely": "harghita", "Gyergyó": "harghita", "Kászon": "harghita",
    "Marosszék": "mures", "Nyárádmente": "mures", "Kalotaszeg": "cluj", "Szilágyság": "salaj",
    "Barcaság": "brasov", "Csík": "harghita", "Szereda": "harghita",
}

# Hungarian names that are everyday words or family names ('Szék' a chair, 'Bors' pepper, 'Holló'
# a raven and a surname, 'Felek' the parties, 'Csík' a surname and a band): like geo_data.STOP_NAMES
# they count only in their own county's outlets. Chosen by reading the list of names for words
# a Hungarian reader would take for something else first.
STOP_NAMES = (
    "Szék", "Bors", "Borsa", "Holló", "Apáca", "Földvár", "Bala", "Csák", "Bethlen", "Felek",
    "Egeres", "Gyalu", "Sárköz", "Halmi", "Dara", "Vetés", "Rév", "Zerind", "Zabola", "Teke", "Végvár",
    "Faragó", "Verebes", "Béta", "Csík", "Szereda", "Kászon", "Bihar",
)

# Words after a place that make it the seat of a local body or the place of an event:
# 'a csíkszeredai polgármesteri hivatal', 'Hargita megyei rendőrség', 'Zetelaka községben'.
# Chosen from the bylines and the first sentences of the Székely press; matched as word starts.
AFTER_CUES = (
    "polgármester", "alpolgármester", "önkormányzat", "városháza", "tanács", "képviselő", "rendőr",
    "tűzoltó", "katasztrófavédel", "kórház", "mentő", "prefekt", "törvényszék", "bíróság", "ügyészség",
    "iskola", "gimnázium", "líceum", "község", "város", "falu", "falv", "település", "municípium",
    "lakos", "kultúrotthon", "csendőr", "tanfelügyelőség", "közegészségügyi", "állatorvosi",
)

# Nouns after a place adjective that make it a person's home ('egy 45 éves csíkszeredai férfi'),
# like geo_data.HOME_NOUNS before 'din'.
HOME_AFTER = (
    "férfi", "férfit", "férfinak", "nő", "nőt", "asszony", "fiatal", "fiatalember", "lány", "fiú", "sofőr",
    "gépkocsivezető", "illetőségű", "származású", "diák", "diákok", "turista", "turisták", "vállalkozó",
    "lakos", "lakosok", "lakost", "gazda", "gyermek", "kisfiú", "kislány", "nyugdíjas",
)

# Sport words in Hungarian (see geo_data.SPORT_CUES): a club's short name ('Sepsi') counts as
# its town only beside one. Word starts, from the sport pages of the Székely press.
SPORT_CUES = (
    "meccs", "mérkőzés", "bajnok", "gól", "csapat", "pályá", "győz", "vereség", "döntetlen", "forduló",
    "tabell", "edző", "játékos", "kapus", "labdarúg", "kosárlabd", "kézilabd", "jégkorong", "hokiz",
    "szurkol", "stadion", "aréná",
)

# Words of national news in Hungarian: the government, parliament, national bodies, 'országszerte'.
# Written in the forms the Székely press uses most (the subject and the commonest cases).
NATIONAL_CUES = (
    "kormány", "kormányt", "kormánynak", "kormányfő", "miniszterelnök", "miniszter", "minisztérium",
    "szaktárca", "parlament", "parlamentben", "szenátus", "képviselőház", "államfő", "államelnök",
    "Cotroceni", "Victoria-palota", "országos", "országszerte", "az egész országban", "Románia-szerte",
    "Romániában", "Románia", "Romániának", "romániai", "Alkotmánybíróság", "Legfelsőbb Bíróság",
    "sürgősségi kormányrendelet", "kormányrendelet", "kormányhatározat", "Európai Bizottság", "Európai Unió",
    "nyugdíjasok", "bérek", "minimálbér",
)
# Words of local news: the town hall, the council, the local services.
LOCAL_CUES = (
    "polgármester", "polgármestere", "polgármesteri hivatal", "alpolgármester", "önkormányzat",
    "önkormányzata", "helyi tanács", "helyi tanácsa", "megyei tanács", "városháza", "képviselő-testület",
    "tűzoltók", "rendőrök", "helybéliek", "lakosok", "a helyiek",
)
# Joiners of a list of places: 'Csíkszeredában, Gyergyóban és Székelyudvarhelyen'.
LIST_JOINERS = ("és", "vagy", "illetve", "valamint", "meg")

# Places abroad that Hungarian news in Romania names most: Hungary and its cities, the
# neighbours, the capitals of the big stories. Their case forms are made by rule too.
FOREIGN_PLACES = (
    "Budapest", "Magyarország", "Pécs", "Győr", "Miskolc", "Nyíregyháza", "Bécs", "Ausztria", "Brüsszel",
    "Németország", "Párizs", "Franciaország", "Olaszország", "Spanyolország", "Kijev", "Ukrajna",
    "Kárpátalja", "Moszkva", "Oroszország", "Vajdaság", "Belgrád", "Szlovákia", "Pozsony", "Felvidék",
    "Egyesült Államok", "Amerika", "Izrael", "Gáza",
)
# Those the Romanian list (geo_data.FOREIGN_PLACES) has already, whose Hungarian case forms
# are wanted too ('Szegeden', 'Debrecenben', 'Londonban').
FOREIGN_CASE_FORMS_OF = ("Szeged", "Debrecen", "Gyula", "Berlin", "London", "Washington", "Bruxelles")
# Hungarian given names. Hungarian writes the family name first ('Tamási Áron', 'Aradi Péter',
# 'Holló Zsolt'), and family names are often place names or their adjectives: a place followed
# by a given name is a person (or the school or street named after one). Chosen from the commonest
# given names in the Székely press's bylines and obituaries, and the names of its schools.
GIVEN_NAMES = (
    "Áron", "Farkas", "Attila", "Zsolt", "Péter", "István", "János", "László", "Gábor", "Sándor", "Ferenc",
    "József", "Imre", "Lajos", "Zoltán", "Csaba", "Levente", "Hunor", "Barna", "Balázs", "Tamás", "András",
    "Mihály", "Miklós", "Béla", "Dénes", "Endre", "Ákos", "Márton", "Géza", "Árpád", "Lőrinc", "Kristóf",
    "Gyula", "Károly", "Tibor", "Szabolcs", "Lóránd", "Loránd", "Előd", "Botond", "Huba", "Ilona", "Mária",
    "Katalin", "Erzsébet", "Anna", "Judit", "Éva", "Enikő", "Ildikó", "Zsuzsanna", "Emese", "Réka", "Kinga",
    "Melinda", "Tünde", "Edit", "Ágnes", "Margit", "Rozália", "Orsolya", "Noémi", "Boglárka", "Csilla",
)
# 'Gyula' is a first name before it is a town ('Antal Gyula'): after a capitalized word it is a
# person, not Hungary (see understand.geo_mentions).
FOREIGN_FIRST_NAMES = ("Gyula",)
