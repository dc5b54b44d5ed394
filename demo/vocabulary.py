"""Romanian word lists the demo writers draw from: names, institutions, places abroad, labels.

Everything here is invented for this project. Lists are long on purpose: variety in names and
numbers is what keeps two unrelated demo stories from sharing long runs of words.
"""

MALE_FIRST = (
    "Andrei", "Mihai", "Ion", "Vasile", "Gheorghe", "Constantin", "Dan", "Radu", "Cristian",
    "Florin", "Adrian", "Marius", "Ionuț", "Bogdan", "Sorin", "Cătălin", "Ovidiu", "Lucian",
    "Tudor", "Petru", "Valentin", "Costel", "Dorin", "Emil", "Liviu", "Silviu", "Horia",
    "Răzvan", "Vlad", "Alexandru", "Nicolae", "Daniel", "Eugen", "Viorel", "Aurel", "Cosmin",
)
FEMALE_FIRST = (
    "Maria", "Elena", "Ioana", "Ana", "Mihaela", "Andreea", "Cristina", "Alina", "Daniela",
    "Gabriela", "Simona", "Raluca", "Monica", "Carmen", "Roxana", "Oana", "Lavinia", "Irina",
    "Corina", "Diana", "Laura", "Adina", "Bianca", "Camelia", "Georgiana", "Florentina",
    "Larisa", "Ramona", "Teodora", "Violeta", "Doina", "Silvia", "Anca", "Loredana",
)
LAST_NAMES = (
    "Popescu", "Ionescu", "Munteanu", "Stan", "Dumitrescu", "Constantinescu", "Moldovan",
    "Rusu", "Lazăr", "Ciobanu", "Ungureanu", "Mocanu", "Dobre", "Barbu", "Nistor", "Florea",
    "Toma", "Sârbu", "Manole", "Cozma", "Bălan", "Preda", "Tănase", "Crăciun", "Neagu",
    "Păun", "Irimia", "Onu", "Zaharia", "Stoica", "Ursu", "Vlad", "Chiriac", "Lungu",
    "Bejan", "Ardeleanu", "Husar", "Căpraru", "Oprea", "Gherman", "Talpă", "Filip", "Roman",
    "Hodoroabă", "Pintilie", "Anghel", "Cernat", "Grigoraș", "Dragomir", "Vornicu", "Știrbu",
    "Țurcanu", "Sandu", "Mihalache", "Bucur", "Coman", "Jitaru", "Olaru", "Pascu", "Rădulescu",
)

WEEKDAYS = ("luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică")
MONTHS = (
    "ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
    "septembrie", "octombrie", "noiembrie", "decembrie",
)

STREETS = (
    "strada Mihai Eminescu", "strada Ștefan cel Mare", "bulevardul Unirii", "strada Libertății",
    "strada Republicii", "strada Avram Iancu", "strada Gării", "calea Victoriei",
    "strada Morilor", "strada Tineretului", "strada Plopilor", "strada Independenței",
    "strada Florilor", "strada Câmpului", "bulevardul Independenței", "strada Fabricii",
)
ROAD_NUMBERS = ("DN 1", "DN 2", "DN 6", "DN 7", "DN 11", "DN 15", "DN 17", "DN 24", "DN 28", "DN 65")

COMPANY_STEMS = (
    "Agroserv", "Construct Invest", "Metalica", "Lactis", "Carpatina", "Transilvan Grup",
    "Danubius Logistic", "Elcom", "Tehnoplast", "Siret Prod", "Bistra Lemn", "Comfert",
    "Vitalmed", "Panifcom", "Aquaterm", "Mobilux", "Nord Trans", "Ecoverde",
)
PRODUCTS = (
    "mobilier din lemn masiv", "piese auto", "lactate", "ambalaje din carton", "confecții textile",
    "produse de panificație", "echipamente electrice", "materiale de construcții", "conserve de legume",
)
TEAM_PREFIXES = ("CS", "ACS", "FC", "CSM", "Viitorul", "Unirea", "Progresul", "Voința", "Olimpia")
SPORTS = (
    ("fotbal", "meciul", "golul"), ("handbal", "partida", "golul"),
    ("baschet", "meciul", "coșul"), ("volei", "meciul", "setul"),
)

# Abroad: (city, country, leader role) for the "externe" desk.
FOREIGN = (
    ("Phenian", "Coreea de Nord", "liderul nord-coreean"),
    ("Kiev", "Ucraina", "președintele ucrainean"),
    ("Bruxelles", "Belgia", "Comisia Europeană"),
    ("Chișinău", "Republica Moldova", "guvernul de la Chișinău"),
    ("Berlin", "Germania", "cancelarul german"),
    ("Paris", "Franța", "președintele francez"),
    ("Washington", "Statele Unite", "administrația americană"),
    ("Ankara", "Turcia", "președintele turc"),
    ("Varșovia", "Polonia", "premierul polonez"),
    ("Budapesta", "Ungaria", "guvernul ungar"),
    ("Sofia", "Bulgaria", "executivul bulgar"),
    ("Tokyo", "Japonia", "premierul japonez"),
    ("Madrid", "Spania", "guvernul spaniol"),
    ("Roma", "Italia", "premierul italian"),
    ("Viena", "Austria", "cancelarul austriac"),
    ("Belgrad", "Serbia", "președintele sârb"),
)

MINISTRIES = (
    "Ministerul Finanțelor", "Ministerul Sănătății", "Ministerul Educației",
    "Ministerul Transporturilor", "Ministerul Agriculturii", "Ministerul Muncii",
    "Ministerul Mediului", "Ministerul Dezvoltării", "Ministerul Energiei",
)
PARTIES = ("Partidul Progresului", "Uniunea Civică", "Alianța Populară", "Partidul Verde Român")
FESTIVALS = (
    "Festivalul Toamnei", "Zilele Recoltei", "Festivalul Datinilor", "Serbările Cetății",
    "Festivalul Teatrului Tânăr", "Târgul Meșterilor Populari", "Festivalul Jazzului de Câmpie",
    "Zilele Cărții", "Festivalul Plăcintelor", "Întâlnirile Muzicii de Cameră",
)
DISEASES = ("gripă", "viroze respiratorii", "rujeolă", "hepatită A", "varicelă", "toxiinfecție alimentară")
TECH = (
    "o aplicație pentru plata taxelor locale", "un sistem de iluminat public inteligent",
    "o platformă de programări online", "senzori pentru calitatea aerului",
    "un centru de date regional", "o rețea de fibră optică", "un laborator de robotică",
)
WEATHER_KINDS = (
    ("cod galben de ploi torențiale", "ploi"), ("cod galben de vânt puternic", "vânt"),
    ("cod portocaliu de caniculă", "caniculă"), ("cod galben de ninsori", "ninsori"),
    ("cod galben de ceață densă", "ceață"), ("cod portocaliu de vijelii", "vijelii"),
)

# Masculine / feminine forms of the job titles quoted in stories.
ROLES = {
    "spokes": ("purtătorul de cuvânt", "purtătoarea de cuvânt"),
    "director": ("directorul", "directoarea"),
    "mayor": ("primarul", "primărița"),
    "manager": ("managerul", "managera"),
    "inspector": ("inspectorul școlar general", "inspectoara școlară generală"),
    "minister": ("ministrul", "ministra"),
    "prosecutor": ("procurorul", "procuroarea"),
    "coach": ("antrenorul", "antrenoarea"),
    "president": ("președintele", "președinta"),
    "doctor": ("medicul", "medicul"),
    "expert": ("analistul", "analista"),
}

# How outlets word their feed categories; each outlet picks one label per true category.
CATEGORY_LABELS = {
    "actualitate": ("Actualitate", "Știri locale", "Știri", "Local", "Ultima oră"),
    "administratie": ("Administrație locală", "Administrație", "Local", "Primării"),
    "politica": ("Politică", "Politic", "Politica"),
    "economie": ("Economie", "Economic", "Afaceri", "Bani"),
    "externe": ("Externe", "Internațional", "Lume", "Extern"),
    "social": ("Social", "Societate", "Comunitate"),
    "eveniment": ("Eveniment", "Poliție", "Fapt divers", "Accidente", "Eveniment local"),
    "justitie": ("Justiție", "Justiție și ordine", "Instanțe", "Anchete"),
    "sanatate": ("Sănătate", "Medical", "Sănătate publică"),
    "educatie": ("Educație", "Învățământ", "Școală"),
    "cultura": ("Cultură", "Cultural", "Cultură și spectacole", "Timp liber"),
    "sport": ("Sport", "Sport local", "Sporturi", "Fotbal local"),
    "tehnologie": ("Tehnologie", "IT", "Tech", "Digital"),
    "meteo": ("Meteo", "Vremea", "Prognoza meteo"),
}
# The URL section word some outlets put in their article paths.
CATEGORY_PATHS = {
    "actualitate": "actualitate", "administratie": "administratie", "politica": "politica",
    "economie": "economie", "externe": "externe", "social": "social", "eveniment": "eveniment",
    "justitie": "justitie", "sanatate": "sanatate", "educatie": "educatie", "cultura": "cultura",
    "sport": "sport", "tehnologie": "tehnologie", "meteo": "meteo",
}

# Sidebar, menu and footer filler on article pages.
MENU_ITEMS = ("Acasă", "Actualitate", "Politică", "Economie", "Social", "Sport", "Cultură", "Opinii", "Contact")
FOOTER_LINKS = ("Despre noi", "Publicitate", "Politica de confidențialitate", "Termeni și condiții", "Arhivă", "Redacția")
COMMENT_NAMES = ("cititor_fidel", "Gigel B.", "ana.m", "un localnic", "Vasile din sat", "Marcela", "observatorul", "Ionel77")
COMMENT_TEXTS = (
    "Era și timpul să se facă ceva.", "Aștept să văd și rezultatele, nu doar promisiuni.",
    "Felicitări celor implicați!", "La noi în sat nu s-a schimbat nimic de ani de zile.",
    "Cine plătește până la urmă? Tot noi.", "Bine că ne țineți la curent.",
    "Mai scrieți și despre drumul spre gară, e plin de gropi.", "Sunt curios cum se termină povestea.",
)
AD_TEXTS = (
    "Credit rapid fără acte – aplică acum!", "Termopane la preț de fabrică", "Reduceri de până la 50% la mobilier",
    "Cazare la munte cu mic dejun inclus", "Anvelope de iarnă, montaj gratuit",
)
