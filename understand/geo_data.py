"""Word lists the geotagger reads: inflections, demonyms, cues, institutions, foreign places.

Everything is written in ordinary Romanian spelling; the index folds it (lower case, no
diacritics, legacy cedillas unified) so that 'Bacăului', 'Bacaului' and 'Bacăului' with ş/ţ
all match. Each list says how it was chosen.
"""

# Genitive and articulated forms the regular rules in gazetteer_index.inflections() miss.
# Chosen by writing out 'prefectul județului X' / 'municipiul X' for every county and seat
# and keeping the forms that are not plain stem + -ul/-ului/-ei.
IRREGULAR_FORMS: dict[str, tuple[str, ...]] = {
    "suceava": ("Sucevei",),
    "valcea": ("Vâlcii", "Vâlcei"),
    "satu-mare": ("Sătmarului", "Sătmar"),
    "bucuresti": ("Capitalei", "Capitala", "Capitală", "Bucureștiului", "Bucureștilor"),
    "iasi": ("Iașului", "Iașilor"),
    "bistrita-nasaud": ("Bistriței-Năsăud",),
    "caras-severin": ("Caraș-Severinului",),
    "mehedinti": ("Mehedințiului", "Mehedințului"),
    "neamt": ("Neamțului",),
}
# Seats whose genitive is irregular: Piatra-Neamț keeps 'Pietrei-Neamț'; Târgu Mureș 'Târgului Mureș'.
IRREGULAR_PLACE_FORMS: dict[str, tuple[str, ...]] = {
    "Piatra Neamț": ("Pietrei Neamț", "Piatra-Neamț", "Piatra N"),
    "Râmnicu Vâlcea": ("Râmnicului Vâlcea", "Râmnic"),
    "Drobeta-Turnu Severin": ("Turnu Severin", "Severin", "Drobeta", "Severinului"),
    "Cluj-Napoca": ("Clujului", "Cluj"),
    "Miercurea Ciuc": ("Miercurea-Ciuc", "Ciuc"),
    "Târgu Jiu": ("Târgu-Jiu",),
    "Târgu Mureș": ("Târgu-Mureș", "Târgu Mureșului"),
    "Alba Iulia": ("Alba-Iulia", "Albei Iulia", "Alba Iuliei"),
    # Short forms county dailies write ('Piatra-N.', 'Câmpulung Mold.', 'Sighet', 'Odorhei').
    "Câmpulung Moldovenesc": ("Câmpulung Mold",),
    "Sighetu Marmației": ("Sighet", "Sighetul Marmației"),
    "Odorheiu Secuiesc": ("Odorhei", "Odorheiul Secuiesc"),
    "Roșiori de Vede": ("Roșiori",),
    "Băile Herculane": ("Herculane",),
}
# Abbreviated first words ('Tg. Ocna', 'Rm. Sărat', 'Sf. Ilie'), applied to every name they start;
# the abbreviations of addresses and bylines in county dailies (so IRREGULAR_PLACE_FORMS needs no 'Tg. Jiu').
FIRST_WORD_ABBREVIATIONS = {"Târgu": "Tg", "Râmnicu": "Rm", "Sfântu": "Sf", "Drobeta-Turnu": "Dr Tr"}

# Demonyms by county, as stems that take the endings in DEMONYM_ENDINGS ('clujen' + 'ii').
# Chosen from the forms regional outlets use in headlines; forms that are also common words
# were dropped ('deveni' is 'to become', 'olteni' names a whole region, 'romani' everyone).
# Town demonyms added after the realistic hand-written set (handwritten_geo_news.jsonl): the
# towns whose people county dailies name in titles (făgărășenii, câmpinenii, giuleștenii: Rapid).
DEMONYMS: dict[str, tuple[str, ...]] = {
    "alba": ("albaiulian", "albaiulien", "sebeșean", "sebeșen", "aiudean", "aiuden", "blăjean", "blăjen"),
    "arad": ("arădean", "arăden"),
    "arges": ("argeșean", "argeșen", "piteștean", "piteșten"),
    "bacau": ("băcăuan", "băcăuen", "oneștean", "oneșten", "moineștean", "moineșten"),
    "bihor": ("bihorean", "bihoren", "orădean", "orăden"),
    "bistrita-nasaud": ("bistrițean", "bistrițen"),
    "botosani": ("botoșănean", "botoșănen", "dorohoian", "dorohoien"),
    "brasov": ("brașovean", "brașoven", "făgărășean", "făgărășen", "săcelean", "săcelen"),
    "braila": ("brăilean", "brăilen"),
    "buzau": ("buzoian", "buzoien"),
    "caras-severin": ("reșițean", "reșițen", "caransebeșean", "caransebeșen"),
    "calarasi": ("călărășean", "călărășen", "oltenițean", "oltenițen"),
    "cluj": ("clujean", "clujen", "turdean", "turzen", "dejean", "dejen"),
    "constanta": ("constănțean", "constănțen", "mangaliot", "medgidian", "medgidien"),
    "covasna": ("covăsnean", "covăsnen"),
    "dambovita": ("dâmbovițean", "dâmbovițen", "târgoviștean", "târgovișten"),
    "dolj": ("doljean", "doljen", "craiovean", "craioven"),
    "galati": ("gălățean", "gălățen", "tecucean", "tecucen"),
    "giurgiu": ("giurgiuvean", "giurgiuven"),
    "gorj": ("gorjean", "gorjen", "târgujian", "târgujien"),
    "harghita": ("harghitean", "harghiten"),
    "hunedoara": ("hunedorean", "hunedoren", "petroșănean", "petroșănen"),
    "ialomita": ("ialomițean", "ialomițen", "slobozean", "slobozen"),
    "iasi": ("ieșean", "ieșen", "pașcănean", "pașcănen"),
    "ilfov": ("ilfovean", "ilfoven"),
    "maramures": ("maramureșean", "maramureșen", "băimărean", "băimăren", "sighetean", "sigheten"),
    "mehedinti": ("mehedințean", "mehedințen", "severinean", "severinen"),
    "mures": ("mureșean", "mureșen", "târgumureșean", "târgumureșen", "sighișorean", "sighișoren", "reghinean", "reghinen"),
    "neamt": ("nemțean", "nemțen", "romașcan", "pietrean"),
    "olt": ("slătinean", "slătinen", "caracalean", "caracalen"),
    "prahova": ("prahovean", "prahoven", "ploieștean", "ploieșten", "câmpinean", "câmpinen"),
    "satu-mare": ("sătmărean", "sătmăren", "careian", "careien"),
    "salaj": ("sălăjean", "sălăjen", "zălăuan", "zălăuen"),
    "sibiu": ("sibian", "sibien", "medieșean", "medieșen", "mediașean", "mediașen"),
    "suceava": ("sucevean", "suceven", "rădăuțean", "rădăuțen", "fălticenean", "fălticenen"),
    "teleorman": ("teleormănean", "teleormănen", "alexăndrean", "alexăndren", "roșiorean", "roșioren"),
    "timis": ("timișean", "timișen", "timișorean", "timișoren", "lugojean", "lugojen"),
    "tulcea": ("tulcean", "tulcen"),
    "vaslui": ("vasluian", "vasluien", "bârlădean", "bârlăden", "hușean", "hușen"),
    "valcea": ("vâlcean", "vâlcen", "râmnicean"),
    "vrancea": ("vrâncean", "vrâncen", "focșănean", "focșănen", "adjudean", "adjuden"),
    "bucuresti": ("bucureștean", "bucureșten", "giuleștean", "giuleșten"),
}
# Endings a demonym stem takes: masculine/feminine, singular/plural, with and without article.
DEMONYM_ENDINGS = ("", "ul", "ului", "a", "ă", "ca", "ce", "cele", "i", "ii", "ilor", "e", "ele", "elor", "ul")

# Institutions named with their county or town after them ('IPJ Bacău', 'Primăria Onești').
# Chosen from the bylines of county press releases: police, rescue, health, schools, veterinary,
# prefecture, county council, town hall, courts, county hospital.
INSTITUTIONS = (
    "IPJ", "ISU", "DSP", "ISJ", "DSVSA", "DGASPC", "AJOFM", "ITM", "AJFP", "APM", "CJ", "CJAS",
    "SAJ", "SJU", "DJST", "OCPI", "APIA", "DAJ", "ITM", "Prefectura", "Prefectul", "Instituția Prefectului",
    "Consiliul Județean", "Consiliului Județean", "Președintele Consiliului Județean",
    "Primăria", "Primăriei", "Primarul", "Primarului", "Consiliul Local", "Consiliului Local",
    "Spitalul Județean", "Spitalului Județean", "Spitalul Județean de Urgență",
    "Spitalului Județean de Urgență", "Spitalul Municipal", "Poliția", "Poliției", "Poliția Municipiului",
    "Poliția Orașului", "Inspectoratul de Poliție Județean", "Inspectoratul Școlar Județean",
    "Inspectoratul pentru Situații de Urgență", "Tribunalul", "Tribunalului", "Judecătoria",
    "Judecătoriei", "Curtea de Apel", "Parchetul", "Direcția de Sănătate Publică", "Garda de Mediu",
    "Universitatea", "Teatrul", "Filarmonica", "Gara", "Aeroportul", "Aeroportului",
    # Added from the realistic set: prisons, city hospitals and the territorial services of
    # national bodies named with their town ("Serviciul Teritorial Ploiești al DNA").
    "Penitenciarul", "Penitenciarului", "Spitalul Municipal de Urgență", "Spitalul Clinic Județean de Urgență",
    "Spitalul Clinic Județean", "Spitalul Orășenesc", "Serviciul Teritorial", "Serviciului Teritorial",
    "Poliția Locală", "Poliției Locale", "Muzeul Județean", "Biblioteca Județeană", "Salvamont", "Portul",
    "Stadionul", "Maternitatea", "Judecătoria Sectorului", "Spitalul", "Spitalului",
)

# Words that say the next name is a place and what kind ('comuna Lunca', 'municipiul Roman').
# The value is the ranks the name may have after that word (see news.reference.gazetteer):
# 0 village, 1 commune, 2 town, 3 city. 'zona' and 'stațiunea' say nothing about size.
ADMIN_CUES: dict[str, tuple[int, ...]] = {
    "comuna": (1,), "comunei": (1,), "comunele": (1,), "com": (1,),
    "satul": (0, 1), "satului": (0, 1), "satele": (0, 1), "sat": (0, 1),
    "localitatea": (0, 1, 2, 3), "localității": (0, 1, 2, 3), "localitățile": (0, 1, 2, 3),
    "municipiul": (3,), "municipiului": (3,), "mun": (3,),
    "orașul": (2, 3), "orașului": (2, 3), "oraș": (2, 3),
    "stațiunea": (0, 1, 2, 3), "stațiunii": (0, 1, 2, 3), "cartierul": (0,), "zona": (0, 1, 2, 3),
}
# Prepositions that make the next capitalized word likely a place ('din Onești', 'la Lunca').
LOCATIVE_CUES = ("din", "la", "în", "lângă", "de la", "de lângă", "pe la",
                 "pe raza", "între", "și", "sau", "de", "localnicii din", "locuitorii din",
                 # A club carries its town's name: 'FC Botoșani', 'CSM Baia Mare'.
                 "FC", "CSM", "CS", "ACS", "AFC", "CSS", "SCM", "CSU")
# Words that name a direction, not a place: 'pe sensul spre București', 'trenurile spre Pitești'.
# The realistic set showed traffic items led astray by the destination; such a mention counts less
# (geo_mentions.FACTOR_DIRECTION_CUE).
DIRECTION_CUES = ("spre", "către", "dinspre", "înspre", "sensul spre", "direcția")
# Words naming the county itself: 'județul Bacău', 'jud. BC', 'judetul Bacau'.
COUNTY_CUES = ("județul", "județului", "județe", "județele", "jud", "județ", "judetul")

# Words after which a capitalized name is a street, school or team, not a place.
# Chosen because communes are named after the same people streets and schools are.
NEGATIVE_CUES = (
    "strada", "str", "bulevardul", "bd", "bdul", "calea", "aleea", "piața", "intrarea", "școala",
    "școlii", "liceul", "liceului", "colegiul", "colegiului", "grădinița", "echipa", "clubul",
    "SC", "SRL", "compania", "firma", "societatea", "hotelul", "restaurantul",
    "parcul", "cinematograful", "cartea", "romanul", "filmul", "domnul", "doamna", "dl", "dna", "familia",
    "sfântul", "sf", "ziua", "bulevardului", "străzii", "nr", "numărul", "podul", "barajul", "râul", "castelul",
    "pârâul", "râului", "lacul", "lacului", "pasul", "vârful", "muntele", "munții",
)

# Places abroad that Romanian news names most: capitals, the cities and countries of the big
# foreign stories of the last years, and the Republic of Moldova. Chosen from the 'Externe'
# sections of national outlets; a mention marks a story foreign unless a county outweighs it.
FOREIGN_PLACES = (
    "Phenian", "Seul", "Coreea de Nord", "Coreea de Sud", "Kiev", "Kievului", "Harkov", "Odesa", "Odesei",
    "Lviv", "Herson", "Zaporojie", "Doneț", "Donbas", "Donbasului", "Kursk", "Belgorod", "Crimeea",
    "Ucraina", "Ucrainei", "Moscova", "Moscovei", "Kremlin", "Kremlinul", "Kremlinului", "Rusia",
    "Rusiei", "Sankt Petersburg", "Minsk", "Belarus", "Bruxelles", "Washington", "Casa Albă",
    "Pentagon", "Pentagonul", "New York", "SUA", "Statele Unite", "Statelor Unite", "America",
    "Londra", "Marea Britanie", "Paris", "Parisului", "Franța", "Franței", "Berlin", "Berlinului",
    "Germania", "Germaniei", "Roma", "Romei", "Italia", "Italiei", "Vatican", "Vaticanul",
    "Madrid", "Spania", "Spaniei", "Lisabona", "Portugalia", "Viena", "Austria", "Austriei",
    "Budapesta", "Ungaria", "Ungariei", "Varșovia", "Polonia", "Poloniei", "Praga", "Cehia",
    "Bratislava", "Slovacia", "Sofia", "Bulgaria", "Bulgariei", "Belgrad", "Serbia", "Serbiei",
    "Atena", "Grecia", "Greciei", "Ankara", "Istanbul", "Turcia", "Turciei", "Chișinău",
    "Chișinăului", "Republica Moldova", "Republicii Moldova", "Bălți", "Tiraspol", "Transnistria",
    "Gaza", "Fâșia Gaza", "Israel", "Israelului", "Ierusalim", "Tel Aviv", "Teheran", "Iran",
    "Iranului", "Beirut", "Liban", "Siria", "Damasc", "Irak", "Bagdad", "Egipt", "Cairo",
    "Beijing", "Beijingului", "China", "Chinei", "Taiwan", "Tokyo", "Japonia", "India", "Delhi",
    "Canada", "Ottawa", "Mexic", "Brazilia", "Argentina", "Australia", "Africa", "Haga",
    "Olanda", "Țările de Jos", "Amsterdam", "Copenhaga", "Danemarca", "Stockholm", "Suedia",
    "Oslo", "Norvegia", "Helsinki", "Finlanda", "Elveția", "Geneva", "Zürich", "Davos",
    "Dublin", "Irlanda", "Vilnius", "Riga", "Tallinn", "Zagreb", "Croația", "Ljubljana",
    "Sarajevo", "Tbilisi", "Georgia", "Erevan", "Armenia", "Baku", "Azerbaidjan", "Kazahstan",
    "Afganistan", "Kabul", "Pakistan", "Venezuela", "Caracas", "Cuba", "Havana", "Europa",
    # Towns across the borders that regional outlets name (bridges, customs, the war in Ukraine)
    # and the places of foreign stories the realistic set needed; 'Vidin' is also a village
    # in Gorj, but the Bulgarian town is the one news names.
    "Vidin", "Ruse", "Varna", "Burgas", "Cernăuți", "Izmail", "Ismail", "Reni", "Cahul", "Soroca",
    "Orhei", "Comrat", "Găgăuzia", "Szeged", "Seghedin", "Debrețin", "Debrecen", "Gyula", "Csanádpalota",
    "Solotvino", "Novi Sad", "Vârșeț", "Kladovo", "Uzhhorod", "Ujgorod", "Sicilia", "Catania", "Etna",
    "Rodos", "Creta", "Maroc", "Orientul Mijlociu", "Bundestag", "Odesa", "Cipru", "Malta",
)

# Words that mark a story as national: the government, parliament and national bodies.
# A story with these and only a passing mention of a town stays without a county.
NATIONAL_CUES = (
    "Guvernul", "Guvernului", "Guvern", "Parlamentul", "Parlamentului", "Senatul", "Senatului",
    "Camera Deputaților", "premierul", "Premierul", "ministrul", "Ministrul", "Ministerul",
    "Ministerului", "președintele României", "Președintele României", "Cotroceni",
    "Palatul Victoria", "la nivel național", "la nivel naţional", "în toată țara", "din toată țara",
    "în întreaga țară", "românii", "Românii", "România", "României", "țara noastră", "INS", "BNR",
    "ANAF", "Curtea Constituțională", "CCR", "Înalta Curte", "ÎCCJ", "DNA", "DIICOT", "Uniunea Europeană",
    "Comisia Europeană", "Bruxelles", "guvernamental", "guvernului", "parlamentarii",
    "Executivul", "Executivului", "ministra", "Ministra", "ordonanță de urgență", "ordonanța",
    "coaliția de guvernare", "Coaliția", "deputații", "senatorii", "sectorul public", "bugetarii",
    # Added for issue 14 from the national pages county outlets carry (elections, exams, prices,
    # national agencies): bodies with no county office named by themselves, and the words that say
    # 'everywhere' ('în toate județele', 'media națională', 'din țară'). Acronyms that fold into
    # words are left out ('BEC' is a light bulb, 'ANI' years).
    "Biroul Electoral Central", "Autoritatea Electorală Permanentă", "Institutul Național",
    "Institutului Național", "Casa Națională", "Casei Naționale", "Agenția Națională", "Agenției Naționale",
    "Autoritatea Națională", "Autorității Naționale", "Administrația Națională", "Administrației Naționale",
    "Banca Națională", "Băncii Naționale", "Evaluarea Națională", "Evaluării Naționale", "Monitorul Oficial",
    "Codul Fiscal", "Codului Fiscal", "Codul Muncii", "PIB", "ANM", "IGSU", "IGPR", "Poliția Română",
    "Poliției Române", "Inspectoratul General", "Inspectoratului General", "Avocatul Poporului", "ANSVSA",
    "ANPC", "CNAS", "CNPP", "AFM", "Palatul Victoria", "ordonanța de urgență", "hotărâre de guvern",
    "media națională", "mediei naționale", "din țară", "din toată România", "toate județele", "în toate județele",
    "din toate județele", "41 de județe", "toată țara", "întreaga țară", "la nivelul țării", "pensionarii",
    "pensionari", "angajatorii", "contribuabilii", "bacalaureat", "bacalaureatului", "Comisia Europeană",
    "diaspora", "românii din străinătate", "alegătorii", "turul al doilea", "primul tur", "români",
    "ministrului", "CNAIR",
)

# Subjects of national news that county outlets run without naming a place: prices and fuel,
# taxes and pensions, laws, national exams. Weaker than NATIONAL_CUES: they only decide whether a
# story that names no place reads national (no outlet prior) or local; a story with a place
# named is not made national by them ('Primăria Onești majorează taxele' stays in Bacău).
# Chosen from the national items county outlets carry (issue 14: fuel prices, exam statistics).
NATIONAL_TOPICS = (
    "prețul", "prețurile", "prețului", "prețurilor", "scumpire", "scumpiri", "scumpirea", "scumpit", "inflația",
    "cursul", "euro", "dolar", "dobânda", "dobânzile", "dobânzii", "salariul minim", "salariul mediu",
    "salariile", "pensia", "pensiile", "pensiilor", "impozitul", "impozitele", "impozitului", "impozit",
    "taxa", "taxele", "taxei", "accize", "accizele", "TVA", "legea", "legii", "lege", "proiectul de lege",
    "ordonanța", "hotărârea", "examenele naționale", "examenul", "titularizare", "benzina", "benzinei",
    "motorina", "motorinei", "carburanți", "carburanții", "carburanților", "benzinării", "benzinăriile",
    "consumatorii", "consumatorilor", "petrolului", "leului", "factura", "facturile", "facturi",
)

# Words that place a story in a county without naming it: its town hall, council and local
# services ('Consiliul Local a aprobat...', 'polițiștii au fost sesizați'). A story with more of
# these than national cues, and no place named, stays in the outlet's county; chosen from the
# opening sentences of county dailies' local pages.
LOCAL_CUES = (
    "Consiliul Local", "Consiliului Local", "consilierii locali", "consilierii județeni", "Consiliul Județean",
    "Consiliului Județean", "Primăria", "Primăriei", "primarul", "Primarul", "viceprimarul", "Viceprimarul",
    "municipiului", "municipiul", "orașului", "comunei", "județului", "prefectul", "Prefectul", "Prefectura",
    "localnicii", "locuitorii", "polițiștii", "Polițiștii", "jandarmii", "pompierii", "Pompierii",
    "Spitalul Județean", "spitalul județean", "IPJ", "ISU", "din localitate", "din oraș", "din județ",
    "în județ", "pe raza", "cartierul", "strada", "ședința", "Ședință",
    # The local institution named by kind ('teatrul', 'spitalul'): the outlet's own town's.
    "teatrul", "teatrului", "filarmonica", "muzeul", "muzeului", "biblioteca", "spitalul", "spitalului",
    "stadionul", "catedrala", "parcul", "gara", "piața agroalimentară",
)

# People named with where they come from ('turiști din Dolj', 'un tânăr din Galați'): their home
# is not where the story is when another place is named. Chosen from the nouns that open such
# phrases in accident, rescue and tourism news.
HOME_NOUNS = (
    "turist", "turistul", "turiști", "turiștii", "turistă", "turista", "tânăr", "tânărul", "tânără", "tânăra",
    "tineri", "tinerii", "bărbat", "bărbatul", "bărbați", "femeie", "femeia", "femei", "familie", "familia",
    "familii", "copil", "copilul", "copii", "copiii", "șofer", "șoferul", "șoferi", "pasager", "pasagerul",
    "pasageri", "călători", "călătorii", "excursioniști", "excursioniștii", "alpiniști", "alpiniștii", "băiat",
    "băiatul", "adolescent", "adolescentul", "adolescentă", "pensionar", "pensionară", "cuplu",
    "grup", "grupul",
)
# Not pupils, students or athletes: 'elevii din Tulcea, premiați la Brașov' is Tulcea's story.
# Not 'fată' either: folded, it is 'în fața' (in front of).
# Words that may stand between such a noun and 'din' ('un tânăr de 19 ani din Galați'), and
# words that say home by themselves ('originar din').
HOME_FILLERS = ("de", "ani", "an", "luni", "cu", "vârsta", "vârstă")
HOME_WORDS = ("originar", "originară", "originari", "originare", "domiciliat", "domiciliată", "domiciliați")
# Words before a county or town that say the story is beside it, not in it ('la limita cu
# județul Bacău', 'după ieșirea din Ilfov'). Chosen from traffic and rescue news at county edges.
BOUNDARY_CUES = (
    "limita cu", "granița cu", "limita dintre", "granița dintre", "hotarul cu", "ieșirea din", "limita",
    "granița", "ieșire din", "marginea", "vecin cu", "vecinul", "vecine",
)
# Words that join the items of an enumeration ('în Suceava, Neamț și Bacău'): a run of places
# joined by commas or these is a list.
LIST_JOINERS = ("și", "sau", "ori", "în", "din", "la", "cât", "iar", "dar")

# Place names that are also ordinary words, first names or historical figures ('Lunca', 'Valea
# Mare', 'Traian', 'Victoria'): they count only after a cue ('din', 'comuna', 'satul') or with
# the outlet's own county. Chosen as the gazetteer names (communes and villages) whose
# lower-case spelling has a Zipf frequency of at least 3.9 (one word) or 4.3 (several words) in
# the wordfreq Romanian word list, plus the towns and the names the brief and the demo streets
# showed to be ordinary words or people ('Roman', 'Vulcan', 'Unirea', 'Mihai Viteazu').
STOP_NAMES: frozenset[str] = frozenset({
    "1 Decembrie", "2 Mai", "23 August", "Adam", "Adrian", "Albi", "Alexandru Cel Bun", "Apa",
    "Apa Neagră", "Apele Vii", "Augustin", "Avram Iancu", "Baba", "Bacău de Mijloc", "Baia",
    "Baia de Fier", "Baia Nouă", "Balta", "Ban", "Banca", "Bara", "Beta", "Bistrița Nouă", "Blaga",
    "Bogați", "Bogdan Vodă", "Bord", "Botez", "Brad", "Bran", "Brâncoveanu", "Bucur", "Bucura",
    "Băi", "Băile", "Bălan", "Băneasa", "Bătrâni", "Calea Mare", "Cap Roșu", "Casa de Piatră",
    "Casa Veche", "Celei", "Centru", "Cerc", "Cetate", "Cetatea", "Cetatea Veche", "Cetățeni",
    "Cheia", "Ciobanu", "Coasta", "Coca", "Coman", "Comanda", "Copaci", "Coroana", "Credința",
    "Cristian", "Crucea", "Crucea de Jos", "Crucea de Sus", "Cuib", "Culmea", "Curtea", "Câmp",
    "Câmpia", "Cămin", "Căruia", "Dacia", "David", "Deal", "Decebal", "Deja", "Doamna", "Doina",
    "Dos", "Draga", "Dragomir", "Dumbrava", "Dunărea", "Fabrica", "Fata", "Fața", "Fața Roșie",
    "Ferestre", "Florești", "Focuri", "Frumoasa", "Gara", "Gară", "Gemeni", "Gheorghe Lazăr",
    "Gherman", "Grecești", "Greci", "Grădina", "Grădini", "Horea", "Horia", "Icoana", "Ileana",
    "Independența", "Ion Creangă", "Iorga", "Iosif", "Ip", "Irina", "Italieni", "Iulia", "Izvoare",
    "Izvoarele", "Izvor", "Izvoru", "Jupiter", "La Curte", "Lac", "Legii", "Leu", "Libertatea",
    "Limba", "Linia", "Lisa", "Livada", "Lumina", "Luminile", "Luna", "Luna de Jos", "Luna de Sus",
    "Lunca", "Lunga", "Lungu", "Luptători", "Lupu", "Macedonia", "Mal", "Mamaia", "Marca", "Mare",
    "Margine", "Marginea", "Marin", "Matei", "Mica", "Mihai Eminescu", "Mihai Viteazu",
    "Mihai Vodă", "Mircea Cel Bătrân", "Mircea Vodă", "Mireasa", "Mișca", "Moara", "Moi",
    "Moldova Nouă", "Moldova Veche", "Moldovenești", "Moldoveni", "Muntele Rece", "Măgurele",
    "Mănăstire", "Mănăstirea", "Mănăstirea Neamț", "Neagra", "Negri", "Negru Vodă", "Neptun",
    "Nicolae Bălcescu", "Nistru", "Nou", "Noul Român", "Nuci", "Năstase", "Oprea", "Ovidiu",
    "Pantelimon", "Pasărea", "Patru Frați", "Petru Vodă", "Peștera", "Piatra", "Piatra Albă",
    "Piatra Mică", "Picior de Munte", "Pietrele", "Poarta", "Poarta Albă", "Poduri", "Poiana",
    "Poiana Mare", "Progresul", "Pui", "Putna", "Pădure", "Pădurea", "Radu Negru", "Radu Vodă",
    "Rareș", "Rasa", "Reci", "Roma", "Roman", "Romana", "Româna", "Românești", "Români", "Roșia",
    "Roșu", "Rus", "Rusești", "Ruși", "Râu Alb", "Râu Bărbat", "Râu Mic", "Salva", "Sat Bătrân",
    "Sat Nou", "Satu de Sus", "Satu Lung", "Satu Mic", "Satu Nou", "Satu Nou de Jos",
    "Satu Nou de Sus", "Satu Vechi", "Satul Vechi", "Saturn", "Sava", "Sfânta Elena", "Siret",
    "Solomon", "Speranța", "Stejar", "Stejaru", "Stoica", "Sub Cetate", "Sub Piatră", "Sub Pădure",
    "Sărata", "Sărbătoarea", "Tabăra", "Titu", "Traian", "Trei Sate", "Tudor Vladimirescu", "Tur",
    "Turnu", "Tău", "Ungheni", "Unghi", "Unirea", "Urca", "Vad", "Vale", "Valea", "Valea Albă",
    "Valea Anilor", "Valea Bisericii", "Valea Bună", "Valea cu Apă", "Valea de Jos", "Valea de Sus",
    "Valea Dulce", "Valea Largă", "Valea lui Alb", "Valea lui Dan", "Valea lui Ion",
    "Valea lui Pavel", "Valea Lungă", "Valea Lungă Română", "Valea Mare", "Valea Mică",
    "Valea Moldovei", "Valea Neagră", "Valea Rece", "Valea Roșie", "Valea Satului", "Valea Scurtă",
    "Valea Soarelui", "Valea Verde", "Vama", "Var", "Vatra", "Vechea", "Vedea", "Venus", "Victoria",
    "Vlad", "Vlad Țepeș", "Vladimir", "Voia", "Voluntari", "Vulcan", "Militari", "Titan", "Vânători", "Vârf", "Ziduri",
    "Zidurile", "Ștefan Cel Mare", "Ștefan Vodă",
})

# Articled and genitive forms of gazetteer names that are everyday words ('castelul' is not
# Castelu, 'malul' is not Malu, 'romanul' is the novel). Chosen by building the inflections
# gazetteer_index.inflections() makes for every commune and town and keeping those whose Zipf
# frequency in the wordfreq Romanian list is at least 3.9, as for STOP_NAMES, minus the real
# city forms (Bucureștiului, Sibiului, Timișoarei). The inflections of STOP_NAMES count too.
COMMON_INFLECTIONS = (
    "apei", "castelul", "castelului", "dealul", "dragul", "independenței", "izvorul", "leul", "malul",
    "modelul", "modelului", "romanul", "romanului", "victoriei",
)

# First names: a gazetteer name of two or more words that starts with one names a person first
# ('Mihail Kogălniceanu', 'George Enescu', 'Dimitrie Cantemir' are communes, but news names the
# people, the streets and the festivals), so it needs a cue like STOP_NAMES. Chosen from the
# first words of such SIRUTA names that are Romanian first names.
FIRST_NAMES = (
    "Mihail", "Mihai", "Ion", "Ioan", "George", "Nicolae", "Alexandru", "Vasile", "Avram", "Tudor",
    "Vlad", "Ștefan", "Mircea", "Petru", "Radu", "Constantin", "Dimitrie", "Dragoș", "Bogdan", "Iancu",
    "Grigore", "Emil", "Octavian", "Gheorghe", "Traian", "Horia", "Lucian", "Costache", "Matei", "Petrache",
    "Cuza", "Alexandru Ioan", "Ion Luca", "Carol", "Ferdinand", "Regina", "Principele", "Doamna",
)

# Word stems that make an article about sport: a football club's name ('Rapid', 'Farul',
# 'Oțelul') counts as its town only beside one of them. Chosen from the sport desk's everyday
# words; a stem matches any word it starts ('retrograd' matches 'retrogradării').
SPORT_CUES = (
    "meci", "fotbal", "handbal", "baschet", "volei", "echipa", "echipei", "antrenor", "golul", "goluri",
    "campionat", "campioan", "liga", "ligii", "superlig", "etapa", "etapei", "stadion", "derby", "derbi",
    "jucător", "fotbalist", "handbalist", "cupa", "cupei", "supercup", "victori", "înfrânger", "remiz",
    "egalat", "egalare", "promov", "retrograd", "tribun", "suporter", "mijlocaș", "atacant", "portar",
    "tehnician", "prelungir", "penalty", "repriz", "minutul", "sezon", "clubul", "clubului", "scorul",
    "clasament", "baraj", "partida", "partidei", "transfer", "golgheter", "arbitr",
)
