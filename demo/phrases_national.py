"""Sentence templates for politică and externe, and the national-desk topics (syntax: see demo.phrases_local).

National and foreign stories name a county seat only in passing ({passing_seat}); their true
county is None, which is the trap a naive geotagger falls into.
"""

NATIONAL = {
    "politica": {
        "topics": {
            "local_politics": {
                "titles": (
                    "[Filiala|Organizația] {party} {county} [și-a ales|are] un nou [președinte|lider]",
                    "[Scandal|Tensiuni] în Consiliul Județean {county}: [opoziția|consilierii] [cer|reclamă] [demisia|explicații]",
                    "{Party} [își prezintă|anunță] [candidatul|candidata] pentru Primăria {loc_gen}",
                ),
                "leads": (
                    "[Organizația județeană|Filiala] {party} {county} [și-a ales|a votat] {weekday} [o nouă conducere|un nou președinte], [în cadrul unei conferințe|la o conferință] [ținute|organizate] [la|în] {seat}.",
                    "[Consilierii|Aleșii] [din opoziție|opoziției] din {cj} au [părăsit|boicotat] {weekday} [ședința|lucrările ședinței], [acuzând|reproșând] [majoritatea|conducerea] [că a împărțit banii politic|de lipsă de transparență].",
                ),
                "details": (
                    "[Noul lider|Noul președinte] [este|e] {p1}, [fost|până acum] [primar|viceprimar] [al comunei|în comuna] {loc}, [care|și care] [a obținut|a strâns] {n_mid} de voturi din {n_big_plain} [exprimate|valabile].",
                    "[Disputa|Conflictul] [pornește|vine] de la [repartizarea|împărțirea] [banilor|fondurilor] pentru [drumuri județene|investiții], [din care|dintre care] [comunele|primăriile] [conduse de opoziție|din opoziție] [spun|susțin] că au primit [mult mai puțin|aproape nimic].",
                    "[Alegerile locale|Scrutinul] [de anul viitor|care urmează] [sunt|rămân] [miza principală|principala miză], [iar|și] [partidul|formațiunea] [își propune|vrea] să [câștige|păstreze] [cel puțin|măcar] {n_mid_plain} de primării în {jud}.",
                ),
            },
            "government": {
                "titles": (
                    "[Guvernul|Executivul] [adoptă|pregătește] [o ordonanță|un pachet de măsuri] [privind|pentru] [pensiile|salariile din sectorul public]",
                    "{Minister_q_name} [anunță|promite] [bani|fonduri] pentru [spitale|școli] [din toată țara|din județe]",
                    "[Coaliția|Majoritatea] [se ceartă|nu se înțelege] pe [bugetul|rectificarea bugetară] [de toamnă|din acest an]",
                ),
                "leads": (
                    "[Guvernul|Executivul] a [adoptat|aprobat] {weekday} [o ordonanță de urgență|un pachet de măsuri fiscale] care [modifică|schimbă] [modul de calcul|regulile] pentru [pensii|salariile bugetarilor], a [anunțat|declarat] {minister_q}.",
                    "[Liderii coaliției|Partenerii de guvernare] [nu au ajuns|n-au reușit să ajungă] {weekday} la [un acord|o înțelegere] privind [rectificarea bugetară|tăierile de cheltuieli], [după|la capătul unei] [ședințe de peste|discuții de] {minutes}.",
                ),
                "details": (
                    "[Măsurile|Noile reguli] [ar urma să intre în vigoare|se aplică] [de la 1 ianuarie|de luna viitoare] [și|iar] [ar afecta|privesc] [aproximativ|peste] {n_big} de mii de [persoane|angajați].",
                    "[Opoziția|Sindicatele] [critică|contestă] [proiectul|măsurile] și [amenință|anunță] [cu proteste|mitinguri] [în București și în|inclusiv la] {passing_seat}, [unde|acolo unde] [au loc|sunt planificate] [adunări|acțiuni] [de protest|sindicale].",
                    "[Deficitul bugetar|Deficitul] [a ajuns|se apropie] [la|de] {pct_deficit} din PIB, [iar|și] [Comisia Europeană|Bruxelles-ul] [a cerut|solicită] [măsuri ferme|corecții] [până la finalul anului|în lunile următoare].",
                    "[Ministerul|{Ministry}] a [transmis|precizat] că [banii|fondurile] [vor merge|vor fi direcționate] [prioritar|mai întâi] [către|spre] [investițiile|proiectele] [începute|aflate în derulare].",
                    "[Analiștii|Economiștii] [consultați|întrebați] [de jurnaliști|de presă] [spun|avertizează] că [impactul|efectul] [se va vedea|va fi simțit] [mai ales|în special] în [județele sărace|zonele rurale].",
                ),
            },
        },
        "quotes": (
            "„[Nu vom accepta|Nu putem accepta] [tăieri|reduceri] [care îi lovesc|care îi afectează] pe [cei mai vulnerabili|oamenii cu venituri mici]”, a [declarat|spus] {q}.",
            "„[Avem|Există] [o majoritate solidă|voturile necesare] [și|iar] [proiectul|legea] [va trece|va fi adoptat] [fără probleme|în forma propusă]”, a [afirmat|susținut] {q}.",
            "{Q_subj_cap} a [acuzat|criticat] [guvernul|conducerea] că [ia decizii|decide] [fără consultare|peste noapte] și [fără|în lipsa] [studii de impact|unor calcule serioase].",
        ),
        "background": (
            "[Tema|Subiectul] [a mai fost|a fost] [dezbătută|discutată] [și|inclusiv] [în primăvară|în urmă cu câteva luni], [fără|însă fără] [un rezultat|o decizie] [concret|finală].",
            "[Sondajele|Cercetările sociologice] [recente|din ultima lună] [arată|indică] [o neîncredere|scădere a încrederii] [în partide|în clasa politică] [de peste|de aproape] {pct}.",
        ),
        "closing": (
            "[Discuțiile|Negocierile] [vor continua|se reiau] [săptămâna viitoare|în zilele următoare].",
            "[Proiectul|Documentul] [urmează|va trebui] să [treacă|fie dezbătut] [prin Parlament|în comisiile de specialitate].",
        ),
    },
    "externe": {
        "topics": {
            "abroad": {
                "titles": (
                    "[Tensiuni|Reacții] la {foreign_city}: {foreign_leader} [anunță|promite] [noi măsuri|o schimbare de politică]",
                    "{Foreign_city}: [summit|întâlnire] [decisiv|la nivel înalt] [pe tema securității|privind energia]",
                    "[Criză|Alertă] în {country}: [ce se întâmplă|ce a decis] {foreign_leader}",
                ),
                "leads": (
                    "{Foreign_leader_cap} a [anunțat|declarat] {weekday} [la|de la] {foreign_city} [un nou set de măsuri|o serie de decizii] [privind|legate de] [securitatea regională|aprovizionarea cu energie], [relatează|transmit] agențiile internaționale de presă.",
                    "[Oficialii|Reprezentanții] din {country} [s-au reunit|s-au întâlnit] {weekday} la {foreign_city} [pentru a discuta|pentru discuții despre] [criza energetică|situația de securitate] [din regiune|de la granițele Europei].",
                ),
                "details": (
                    "[Decizia vine după|Anunțul a venit după] [câteva săptămâni|mai multe zile] de [tensiuni|negocieri], [în care|timp în care] [prețurile la gaze au crescut|cursul monedei naționale a scăzut] cu {pct}.",
                    "[Ministerul Afacerilor Externe de la București|MAE] a [transmis|precizat] că [urmărește|monitorizează] [situația|evoluțiile] [îndeaproape|cu atenție] și că [nu există|nu sunt semnalați] [cetățeni români afectați|români în pericol].",
                    "[Printre cei prezenți|La discuții] [s-a aflat|a participat] și [un grup de|o delegație de] [oameni de afaceri|antreprenori] [din|originari din] {passing_seat}, [interesați de|atrași de] [contracte|proiecte] [în zonă|în {country}].",
                    "[Experții|Analiștii] [citați|consultați] de [presa internațională|agenții] [consideră|estimează] că [efectele|urmările] [se vor simți|vor fi resimțite] [și în Europa de Est|inclusiv în România] [în lunile următoare|pe termen mediu].",
                    "[Pe străzile|În centrul] [capitalei|orașului] {foreign_city} au [ieșit|manifestat] [mii de oameni, nemulțumiți|zeci de mii de persoane, nemulțumite] de [creșterea prețurilor|decizia autorităților].",
                ),
            },
        },
        "quotes": (
            "„[Vom|O să] [apăra|susține] [interesele|drepturile] [cetățenilor noștri|țării noastre] [prin toate mijloacele legale|cu fermitate]”, a [declarat|spus] {foreign_leader}, [potrivit|citat de] presei locale.",
            "„[Situația|Evoluția] [rămâne|este] [fragilă|imprevizibilă] [și|iar] [orice decizie|fiecare pas] [trebuie cântărit|contează]”, a [apreciat|spus] {q}.",
        ),
        "background": (
            "[România|Bucureștiul] [are|întreține] [relații|legături] [economice|comerciale] [strânse|importante] cu {country}, [schimburile comerciale|comerțul bilateral] [depășind|ajungând la] {amount_bn} [anual|pe an].",
            "În {country} [trăiesc|locuiesc] [aproximativ|în jur de] {n_big} de mii de români, [mulți|o parte] [originari|plecați] din [Moldova și Oltenia|județele sărace].",
        ),
        "closing": (
            "[Discuțiile|Negocierile] [vor continua|se reiau] [la nivel de experți|la nivel tehnic] [în zilele următoare|săptămâna viitoare].",
            "[Situația|Evoluțiile] [este monitorizată|sunt urmărite] [de ambasada României|de misiunea diplomatică a României] [de la|din] {foreign_city}.",
        ),
    },
}
