"""Sentence templates for politică and externe, and the national-desk topics (syntax: see demo.phrases_local).

National and foreign stories name a county seat only in passing ({passing_seat}); their true
county is None, which is the trap a naive geotagger falls into.
"""

NATIONAL = {
    "politica": {
        "topics": {
            "local_politics": {
                "titles": (
                    "[Filiala|Organizația] {county} a {party_gen} [și-a ales|are] [o nouă conducere|un nou lider]",
                    "[Scandal|Tensiuni] în Consiliul Județean {county}: [opoziția cere|consilierii din opoziție cer] [explicații|socoteală] [pentru banii de drumuri|pentru împărțirea fondurilor]",
                    "{Party} [își prezintă|anunță] [{candidate}|{candidate}] pentru Primăria {loc_gen}",
                ),
                "leads": (
                    "[Organizația județeană a {party_gen}|Filiala {county} a {party_gen}] și-a ales {weekday} [o nouă conducere|un nou lider], [în cadrul unei conferințe ținute|la o conferință organizată] la {seat}.",
                    "Delegații {party_gen} din {jud} au ales {weekday}, la {seat}, [o nouă conducere a filialei județene|un nou lider al filialei județene], [după o conferință tensionată|într-o conferință cu un singur candidat].",
                ),
                "details": (
                    "{New_leader_cap} [este|e] {p1}, [{p1_ex_mayor} {loc_gen}|până acum {p1_councillor} {in_loc}], care a obținut {pct_pass} din voturile celor {delegates}.",
                    "[Disputa cu majoritatea din {cj}|Conflictul cu conducerea {cj_gen}] [pornește|vine] de la [repartizarea|împărțirea] [banilor|fondurilor] pentru [drumuri județene|investiții]: [primăriile conduse de opoziție|comunele din opoziție] [spun|susțin] că au primit [mult mai puțin|aproape nimic].",
                    "[Alegerile locale de anul viitor sunt|Scrutinul care urmează este] [miza principală|principala miză], iar [partidul|formațiunea] [își propune|vrea] să [câștige|păstreze] [cel puțin|măcar] {n_mid_plain} de primării în {jud}.",
                ),
                "background": (
                    "[La ultimele alegeri locale|În urmă cu patru ani], [partidul|formațiunea] a [câștigat|obținut] {n_mid_plain} de primării în {jud}, [dar|însă] a pierdut [conducerea {cj_gen}|majoritatea din {cj}].",
                    "[Sondajele|Cercetările sociologice] [recente|din ultima lună] [arată|relevă] că [doar|numai] {pct} dintre români [mai au încredere în partide|au încredere în clasa politică].",
                ),
                "closing": (
                    "[Noua conducere|Filiala] [își va prezenta|urmează să-și prezinte] [echipa|lista de candidați] [luna viitoare|în câteva săptămâni].",
                    "[Următoarea ședință|Viitoarea ședință] {cj_gen} [este programată|va avea loc] [peste două săptămâni|luna viitoare].",
                ),
            },
            "government": {
                "titles": (
                    "[Guvernul|Executivul] [adoptă|pregătește] [o ordonanță|un pachet de măsuri] [privind|care schimbă] [pensiile|salariile din sectorul public]",
                    "{Minister_q_name} [anunță|promite] [bani|fonduri] pentru [spitale|școli] [din toată țara|din județe]",
                    "[Coaliția|Majoritatea] [se ceartă|nu se poate înțelege] pe [bani|buget] [înaintea rectificării|înaintea rectificării bugetare]",
                ),
                "leads": (
                    "[Guvernul|Executivul] a [adoptat|aprobat] {weekday} [o ordonanță de urgență|un pachet de măsuri fiscale] care [modifică|schimbă] [modul de calcul|regulile] pentru [pensii|salariile bugetarilor], a [anunțat|declarat] {minister_q}.",
                    "[Liderii coaliției|Partenerii de guvernare] [nu au ajuns|n-au reușit să ajungă] {weekday} la [un acord|o înțelegere] privind [rectificarea bugetară|tăierile de cheltuieli], [după o ședință de peste|la capătul unor discuții de] {minutes}.",
                ),
                "details": (
                    "[Măsurile|Noile reguli] [ar urma să intre în vigoare|se vor aplica] [de la 1 ianuarie|de luna viitoare] și [ar afecta|ar privi] [aproximativ|peste] {n_big_k} de [persoane|angajați].",
                    "[Opoziția critică|Sindicatele contestă] [proiectul|măsurile] și [amenință cu proteste|anunță mitinguri] [în București și la|inclusiv la] {passing_seat}, [unde sunt deja planificate adunări|unde au loc deja acțiuni sindicale].",
                    "[Deficitul bugetar|Deficitul] [a ajuns la|se apropie de] {pct_deficit} din PIB, iar [Comisia Europeană|Bruxelles-ul] [a cerut|solicită] [măsuri ferme|corecții] [până la finalul anului|în lunile următoare].",
                    "[Ministerul|{Ministry}] a [transmis|precizat] că [banii vor merge|fondurile vor fi direcționate] [prioritar|mai întâi] [către|spre] [investițiile|proiectele] [începute|aflate în derulare].",
                    "[Analiștii|Economiștii] [consultați|întrebați] [de jurnaliști|de presă] [spun|avertizează] că [impactul|efectul] [se va vedea|va fi simțit] [mai ales|în special] în [județele sărace|zonele rurale].",
                ),
                "quotes": (
                    "„[Măsurile sunt necesare|Nu avem de ales], [altfel|pentru că altfel] [deficitul scapă de sub control|pierdem fonduri europene]”, a [declarat|spus] {minister_q}.",
                    "„[Avem o majoritate solidă|Avem voturile necesare], iar [proiectul va trece|legea va fi adoptată] [fără probleme|în forma propusă]”, a [afirmat|susținut] {minister_q}.",
                    "{Q_subj_cap} [consideră|apreciază] că [guvernul ia decizii|executivul decide] [fără consultare|peste noapte] și [fără studii de impact|în lipsa unor calcule serioase].",
                ),
            },
        },
        "quotes": (
            "„[Nu vom accepta|Nu putem accepta] [tăieri|reduceri] [care îi lovesc|care îi afectează] pe [cei mai vulnerabili|oamenii cu venituri mici]”, a [declarat|spus] {q}.",
            "„[Avem o majoritate solidă|Avem voturile necesare], iar [proiectele noastre vor trece|bugetul județului va fi corectat] [fără probleme|până la finalul anului]”, a [afirmat|susținut] {q}.",
            "{Q_subj_cap} [a acuzat majoritatea că ia decizii|a criticat conducerea județului pentru că decide] [fără consultare|peste noapte] și [fără studii de impact|în lipsa unor calcule serioase].",
        ),
        "background": (
            "[Tema a mai fost dezbătută|Subiectul a mai fost discutat] și [în primăvară|în urmă cu câteva luni], [fără un rezultat concret|însă fără o decizie finală].",
            "[Sondajele|Cercetările sociologice] [recente|din ultima lună] [arată|relevă] că [doar|numai] {pct} dintre români [mai au încredere în partide|au încredere în clasa politică].",
        ),
        "closing": (
            "[Discuțiile|Negocierile] [vor continua|se reiau] [săptămâna viitoare|în zilele următoare].",
            "[Proiectul|Documentul] [urmează|va trebui] să [treacă prin Parlament|fie dezbătut în comisiile de specialitate].",
        ),
    },
    "externe": {
        "topics": {
            "abroad": {
                "titles": (
                    "[Tensiuni|Reacții] la {foreign_city}: {foreign_leader} [anunță|promite] [noi măsuri|o schimbare de politică]",
                    "{Foreign_city}: [summit decisiv|întâlnire la nivel înalt] [pe tema securității|privind energia] [în regiune|în Europa]",
                    "[Criză|Alertă] în {country}: [ce a anunțat|ce a decis] {foreign_leader}",
                ),
                "leads": (
                    "{Foreign_leader_cap} a [anunțat|prezentat] {weekday}, la {foreign_city}, [un nou set de măsuri|o serie de decizii] [privind|legate de] [securitatea regională|aprovizionarea cu energie], [relatează|transmit] agențiile internaționale de presă.",
                    "[Oficiali din {country} și din țările vecine|Miniștri din mai multe state europene] [s-au reunit|s-au întâlnit] {weekday} la {foreign_city} [pentru a discuta|pentru discuții despre] [criza energetică|situația de securitate] [din regiune|de la granițele Europei].",
                ),
                "details": (
                    "[Decizia vine după|Anunțul a venit după] [câteva săptămâni|mai multe zile] de [tensiuni|negocieri], [în care|timp în care] [prețurile la gaze au crescut|cursul monedei naționale a scăzut] cu {pct}.",
                    "[Ministerul Afacerilor Externe de la București|MAE] a [transmis|precizat] că [urmărește|monitorizează] [situația|evoluțiile] [îndeaproape|cu atenție] și că [nu există cetățeni români afectați|nu sunt semnalați români în pericol].",
                    "[Printre cei prezenți s-a aflat|La discuții a participat] și [un grup de|o delegație de] [oameni de afaceri|antreprenori] [din|originari din] {passing_seat}, [interesați de|atrași de] [contracte|proiecte] [în zonă|în {country}].",
                    "[Experții|Analiștii] [citați|consultați] de [presa internațională|agenții] [consideră|estimează] că [efectele|urmările] [se vor simți|vor fi resimțite] [și în Europa de Est|inclusiv în România] [în lunile următoare|pe termen mediu].",
                    "[Pe străzile|În centrul] [capitalei|orașului] {foreign_city} au [ieșit|manifestat] [mii de oameni, nemulțumiți|zeci de mii de persoane, nemulțumite] de [creșterea prețurilor|decizia autorităților].",
                ),
            },
        },
        "quotes": (
            "„[Vom|O să] [apăra|susține] [interesele|drepturile] [cetățenilor noștri|țării noastre] [prin toate mijloacele legale|cu fermitate]”, a [transmis|anunțat] {foreign_leader}, [potrivit presei locale|potrivit agențiilor de presă].",
            "„[Situația|Evoluția] [rămâne|este] [fragilă|imprevizibilă], iar [orice decizie trebuie cântărită|fiecare pas contează]”, a [apreciat|spus] {q}.",
        ),
        "background": (
            "[România|Bucureștiul] [are|întreține] [relații|legături] [economice|politice și economice] [strânse|importante] cu {country}, [schimburile comerciale|comerțul bilateral] [depășind|ajungând la] {amount_bn} [anual|pe an].",
            "În {country} [trăiesc|locuiesc] [aproximativ|în jur de] {n_big_k} de români, [mulți|o parte] [originari|plecați] din [Moldova și Oltenia|județele sărace].",
        ),
        "closing": (
            "[Discuțiile|Negocierile] [vor continua|se reiau] [la nivel de experți|la nivel tehnic] [în zilele următoare|săptămâna viitoare].",
            "[Situația este monitorizată|Evoluțiile sunt urmărite] [de ambasada României|de misiunea diplomatică a României] [de la|din] {foreign_city}.",
        ),
    },
}
