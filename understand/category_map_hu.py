"""Hungarian section names and keyword stems for understand.categorize (issue 21).

Same shapes and weights as understand.category_map (3 a word that alone names the desk, 2 a
strong hint, 1 a weak one; a stem matches any word it starts, a stem of three letters only the
whole word). Written by the author from the sections and everyday vocabulary of the Hungarian
press of Transylvania (Székelyhon, Háromszék, Maszol, Krónika). Stems are checked against the
Romanian ones: none may start a common Romanian word ('párt' would match 'parte', 'mentő'
'mentor', 'tanár' 'tânăr', 'gála' 'Galați', 'bolt' 'bolta'), so those are written longer or left
out; and none repeats a Romanian stem that already matches the Hungarian word ('export',
'muzeu' in 'múzeum', 'digital' in 'digitális'), which would count it twice.
"""

OUTLET_CATEGORIES: dict[str, str] = {
    "hírek": "actualitate", "helyi hírek": "actualitate", "helyi": "actualitate", "aktuális": "actualitate",
    "belföld": "actualitate", "régió": "actualitate", "friss": "actualitate", "közélet": "administratie",
    "önkormányzat": "administratie", "politika": "politica", "gazdaság": "economie", "külföld": "externe",
    "nagyvilág": "externe", "világ": "externe", "társadalom": "social", "egyház": "social",
    "baleset": "eveniment", "bűnügy": "eveniment", "közbiztonság": "eveniment", "krónika": "eveniment",
    "igazságszolgáltatás": "justitie", "egészség": "sanatate", "egészségügy": "sanatate",
    "oktatás": "educatie", "kultúra": "cultura", "művelődés": "cultura", "szabadidő": "cultura",
    "sport": "sport", "tudomány": "tehnologie", "technológia": "tehnologie", "időjárás": "meteo",
}

KEYWORDS: dict[str, dict[str, int]] = {
    "administratie": {"polgármester": 2, "alpolgármester": 2, "önkormányzat": 2, "helyi tanács": 3,
                      "megyei tanács": 3, "képviselő testület": 3, "költségvetés": 3, "aszfalt": 2,
                      "beruházás": 2, "felújít": 2, "járda": 2, "körforgalom": 3, "csatornahálózat": 3,
                      "szennyvíz": 2, "ivóvíz": 1, "közvilágítás": 2, "parkolás": 1, "parkoló": 1, "rendelet": 1,
                      "pályázat": 1, "útfelújítás": 3, "prefektus": 2, "prefektúra": 2, "városháza": 2,
                      "építkezés": 1, "munkálat": 2, "bölcsőde": 1},
    "politica": {"rmdsz": 3, "pártelnök": 3, "választás": 3, "jelölt": 3, "kongresszus": 2, "parlamenti": 2,
                 "szenátor": 2, "koalíció": 3, "ellenzék": 2, "bizalmatlansági": 3, "mandátum": 2,
                 "frakció": 3, "képviselőház": 2, "törvénytervezet": 2, "szavaz": 1},
    "economie": {"gazdaság": 3, "vállalat": 2, "cég": 2, "cégek": 2, "befektet": 2, "munkahely": 2, "munkás": 1,
                 "elbocsát": 3, "gyár": 2, "üzem": 2, "termelés": 2, "gazdák": 2, "termés": 2,
                 "infláció": 3, "áremelés": 2, "drágult": 2, "drágul": 2, "minimálbér": 3, "fizetés": 1,
                 "üzemanyag": 2, "ipari park": 3, "turizmus": 1, "vendégéjszaka": 3,
                 "bánya": 1, "forint": 2, "kamat": 3, "jegybank": 3},
    "externe": {"külügy": 3, "nagykövet": 3, "ukrajn": 3, "orosz": 3, "háború": 2, "magyar kormány": 3,
                "orbán viktor": 3, "európai bizottság": 2, "külföldi": 1, "határátkelő": 1},
    "social": {"nyugdíjas": 2, "család": 1, "gyermek": 1, "szociális": 3, "rászoruló": 3, "adomány": 2,
               "önkéntes": 2, "egyház": 2, "templom": 2, "plébános": 2, "zarándok": 3, "búcsú": 2,
               "tüntet": 2, "lakók": 1, "lakosok": 1, "közösség": 2, "idős": 1, "születésnap": 2,
               "díszpolgár": 3, "életműdíj": 2, "vízhiány": 3, "buszjárat": 2,
               "autóbuszjárat": 2},
    "eveniment": {"baleset": 3, "tűz": 3, "tüzet": 3, "tűzolt": 3, "lángok": 3, "kigyullad": 3, "rendőr": 3,
                  "csendőr": 3, "sérül": 3, "megsérült": 3, "meghalt": 3, "elhunyt": 2, "eltűnt": 3, "betört": 3,
                  "ellop": 3, "lopás": 3, "medve": 3, "árvíz": 2, "megáradt": 3, "ütközött": 3, "ütközés": 3,
                  "felborult": 3, "árokba": 3, "sofőr": 2, "gépkocsi": 2, "kisiklott": 3, "gázszivárgás": 3,
                  "kimenekít": 3, "áldozat": 2, "földrengés": 3, "katasztrófavédel": 3, "hegyimentő": 3, "áramszünet": 2, "keresik": 2},
    "justitie": {"bíróság": 3, "törvényszék": 3, "ítélet": 3, "ügyész": 3, "letartóztat": 3, "vádemel": 3,
                 "elítél": 3, "büntetés": 2, "csaló": 2, "nyomozás": 2, "őrizetbe": 3, "ügyvéd": 2, "korrupci": 2, "börtön": 3},
    "sanatate": {"kórház": 3, "orvos": 3, "beteg": 3, "oltás": 3, "járvány": 3, "influenza": 3, "műtét": 3,
                 "klinika": 3, "egészségügy": 3, "radiológi": 3, "mentőállomás": 3, "mentőautó": 2,
                 "sürgősségi": 2, "szívsebészet": 3, "gyógyszer": 3, "kezelés": 2},
    "educatie": {"iskol": 3, "diák": 3, "tanárok": 3, "tanári": 2, "tanárnő": 3, "egyetemist": 3, "vizsga": 2, "pedagógus": 3, "gimnázium": 3, "líceum": 3, "egyetem": 3,
                 "érettségi": 3, "tanév": 3, "oktatás": 3, "tagozat": 3, "felvételi": 3, "óvoda": 3,
                 "tanfelügyelőség": 3, "osztály": 1},
    "cultura": {"fesztivál": 3, "színház": 3, "koncert": 3, "kiállítás": 3, "tárlat": 3, "könyv": 3,
                "néptánc": 3, "népzene": 3, "festőművész": 3, "kultúr": 3, "hagyomány": 2,
                "fazekas": 3, "kerámia": 3, "vásár": 1, "előadás": 2, "társulat": 3,
                "középkori": 2, "hímzés": 3, "néprajzi": 3, "kultúrpalota": 2, "író": 3, "magyar napok": 3},
    "sport": {"meccs": 3, "mérkőzés": 3, "bajnok": 3, "csapat": 2, "edző": 3, "játékos": 3, "labdarúg": 3,
              "kosárlabd": 3, "kézilabd": 3, "jégkorong": 3, "forduló": 2, "tabell": 3, "győzelem": 2,
              "győzött": 2, "vereség": 3, "döntetlen": 3, "gólt": 3, "gólzápor": 3, "pályán": 1, "szurkoló": 3},
    "tehnologie": {"technológi": 3, "alkalmazás": 2, "mesterséges intelligencia": 3,
                   "okostelefon": 3, "szoftver": 3, "informatika": 2, "kibertámadás": 3},
    "meteo": {"időjárás": 3, "havazás": 3, "eső": 2, "esőzés": 3, "zivatar": 3, "hőmérséklet": 3, "fagy": 2,
              "viharos": 3, "figyelmeztetés": 2, "kánikula": 3, "hóréteg": 3, "sárga jelzés": 3, "narancssárga": 3, "hőség": 3},
}
