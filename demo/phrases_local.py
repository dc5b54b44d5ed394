"""Sentence templates for the local desks: eveniment and administrație.

Syntax: {slot} is a fact of the story (see demo.facts.make_facts); [a|b|c] picks one
alternative per use, and may nest. Many alternatives per sentence keep two unrelated stories
from sharing long word runs; facts stay the same across every outlet's version of a story.
Words that must agree (noun, participle, verb, article) sit inside the same alternative, so
any pick reads correctly. A topic may carry its own quotes/background/closing; otherwise the
category's are used. Title templates keep their number of [..] groups and picks per group:
the title's draws come before the author's and the image's in the article's random stream.
"""

LOCAL = {
    "eveniment": {
        "topics": {
            "accident": {
                "titles": (
                    "Accident [grav|violent] pe {road}, lângă {loc}: {injured} [rănite|transportate la spital]",
                    "[Două mașini s-au ciocnit|Coliziune frontală] la ieșirea din {loc}",
                    "{Victim_cap} a ajuns la spital după un accident [produs|petrecut] {in_loc}",
                    "Trafic blocat pe {road} după un accident [lângă|în apropiere de] {loc}",
                ),
                "leads": (
                    "[Un accident rutier|O coliziune între două autoturisme] s-a produs {weekday} [după-amiază|dimineață|seara] pe {road}, {in_loc}, din {jud}.",
                    "{Injured_cap} au fost [rănite|transportate la spital] {weekday}, [în urma unui accident petrecut|după o ciocnire petrecută] pe {road}, la marginea localității {loc}.",
                    "[Polițiștii {ipj_gen} au fost chemați|Echipajele {ipj_gen} au intervenit] {weekday}, în jurul orei {hour}, la un accident [produs|înregistrat] pe {road}, {in_loc}.",
                ),
                "details": (
                    "[Din primele cercetări|Potrivit primelor verificări], [unul dintre șoferi|un conducător auto] ar fi pierdut controlul volanului [într-o curbă|pe un tronson umed] și a intrat pe contrasens.",
                    "La fața locului au ajuns [{n_small} echipaje|mai multe echipaje] ale {isu_gen}, [printre care și|inclusiv] o autospecială de descarcerare.",
                    "Circulația pe {road} a fost [blocată|restricționată] [aproape|timp de] {minutes}, iar [traficul a fost deviat|mașinile au fost dirijate] prin {loc2}.",
                    "[Ambii șoferi|Conducătorii auto] au fost testați cu aparatul etilotest, [iar rezultatul a fost negativ|iar unul dintre ei avea o alcoolemie de {alcohol} mg/l în aerul expirat].",
                    "[Victimele|Persoanele rănite] au fost [transportate|duse] la {hospital}, [unde medicii le-au stabilit diagnosticul|unde sunt ținute sub observație].",
                    "[Polițiștii rutieri|Anchetatorii] au deschis un dosar penal pentru vătămare corporală din culpă și [încearcă să stabilească|urmează să stabilească] cauzele exacte ale accidentului.",
                    "[Localnicii|Oamenii din zonă] spun că [tronsonul|drumul] de lângă {loc} [e cunoscut drept periculos|a mai fost scena unor accidente] și că au cerut [de ani buni|de mai multe ori] un sens giratoriu.",
                ),
            },
            "fire": {
                "titles": (
                    "Incendiu [puternic|violent] la o gospodărie din {loc}",
                    "[Flăcările au mistuit|Focul a distrus] o casă {in_loc}: {firefighters} [au intervenit|au fost trimiși la fața locului]",
                    "[Pompierii|Salvatorii] {isu_gen} au luptat ore în șir cu un incendiu {in_loc}",
                    "O [anexă|locuință] din {loc} a ars [din temelii|aproape în întregime]",
                ),
                "leads": (
                    "Un incendiu [a izbucnit|s-a declanșat] {weekday} [noaptea|după-amiaza] la o gospodărie {din_loc}, {jud}.",
                    "{Isu_cap} a [trimis|mobilizat] {weekday}, în jurul orei {hour}, {firefighters} pentru stingerea unui incendiu {in_loc}.",
                    "[O casă|O locuință] și o anexă [au fost cuprinse de flăcări|au luat foc] {weekday} {in_loc}, [iar proprietarii au scăpat nevătămați|fără să fie înregistrate victime].",
                ),
                "details": (
                    "[Cel mai probabil|Potrivit pompierilor], focul a pornit de la [un coș de fum necurățat|o instalație electrică improvizată|o sobă lăsată nesupravegheată].",
                    "[Intervenția|Stingerea] a durat [aproape|mai bine de] {minutes}, iar [pompierii au oprit flăcările înainte să ajungă|salvatorii au reușit să împiedice extinderea focului] la casele vecine.",
                    "[Au ars|Focul a distrus] acoperișul, [o parte din mobilier|bunurile din două camere] și {n_small} tone de furaje [depozitate în pod|aflate în șură].",
                    "[Vecinii au fost primii care au observat fumul și au încercat|Un vecin a fost primul care a dat alarma și a încercat] să [potolească|țină în frâu] flăcările cu găleți de apă.",
                    "[Reprezentanții|Inspectorii] {isu_gen} reamintesc că [în sezonul rece|în această perioadă] [cele mai multe incendii|majoritatea intervențiilor] pornesc de la sobe și coșuri neverificate.",
                    "Primăria {loc_gen} [a promis|s-a oferit] să ajute familia [cu materiale de construcții|cu o locuință temporară], [iar localnicii au strâns deja haine și alimente|iar vecinii au început să strângă bani pentru reparații].",
                ),
                "quotes": (
                    "„[Echipajele au ajuns la fața locului|Am ajuns] în [mai puțin de|cel mult] {minutes_short} de la apel și [am intervenit|s-a intervenit] imediat”, a [explicat|spus] {q_isu}.",
                    "„Le cerem oamenilor să [își verifice sobele și coșurile|nu lase focul nesupravegheat], mai ales [în zilele reci|pe timp de noapte]”, a [adăugat|mai spus] {q_isu}.",
                    "{Q_isu_subj_cap} a [transmis|precizat] că [nu mai există niciun pericol pentru vecini|focul a fost lichidat complet].",
                ),
            },
            "missing": {
                "titles": (
                    "[Polițiștii caută|Alertă în {jud}:] {victim} {gone} fără urmă {in_loc}",
                    "{Victim_cap} {din_loc} este {sought} de familie și de polițiști",
                    "Căutări [în pădurea|pe dealurile] de lângă {loc} după dispariția unei persoane",
                ),
                "leads": (
                    "[Polițiștii|Oamenii legii] din {jud} caută {victim} care a plecat {weekday} de acasă, {din_loc}, și nu s-a mai întors.",
                    "Familia a anunțat {weekday} seara [dispariția|plecarea fără urmă] a unei persoane {din_loc}, iar [căutările|cercetările] au început imediat.",
                    "{Ipj_cap} [a lansat|a emis] un apel public după ce {victim} a dispărut {weekday} {in_loc}.",
                ),
                "details": (
                    "[În căutări sunt implicați jandarmi, pompieri și voluntari, sprijiniți|La operațiune participă {n_small} echipe de polițiști și salvamontiști, ajutate] de o dronă cu cameră termală.",
                    "[Persoana căutată|Persoana dispărută] măsoară [aproximativ|cam] 1,70 metri, [este slabă|are o constituție atletică] și [purta la plecare|era îmbrăcată cu] o geacă închisă la culoare.",
                    "[Rudele spun|Apropiații povestesc] că [nu a avut conflicte|nu avea probleme] în familie și că [nu a mai plecat niciodată|este prima dată când pleacă] fără să anunțe.",
                    "Cei care [au informații|pot oferi detalii] sunt rugați să sune la 112 sau să [anunțe|contacteze] cea mai apropiată unitate de poliție.",
                    "[Zona verificată|Perimetrul cercetat] se întinde pe [mai bine de|aproape] {km} între {loc} și {loc2}.",
                ),
            },
        },
        "quotes": (
            "„[Facem toate verificările necesare|Toate circumstanțele sunt verificate], iar [rezultatele|concluziile] vor fi comunicate [la momentul potrivit|după finalizarea cercetărilor]”, a [declarat|precizat] {q}.",
            "„[Echipajele au ajuns la fața locului|Am ajuns] în [mai puțin de|cel mult] {minutes_short} de la apel și [am acționat|s-a acționat] imediat”, a [explicat|spus] {q}.",
            "{Q_subj_cap} a [transmis|precizat] că [situația este sub control|nu mai există niciun pericol pentru locuitorii zonei].",
            "„Le cerem oamenilor [să fie prudenți|să aibă mare grijă], mai ales [în zilele următoare|pe timp de noapte]”, a [adăugat|mai spus] {q}.",
        ),
        "background": (
            "[Anul trecut|În ultimele douăsprezece luni], [în {jud} au fost înregistrate|dispeceratul din {jud} a gestionat] {cases} [de acest fel|similare].",
            "{Isu_cap} [are în grijă|acoperă] [peste|aproape] {villages}, [unele aflate|multe dintre ele aflate] la [zeci de kilometri|distanță mare] de cea mai apropiată subunitate.",
            "[{Loc} {seat_note}|{Loc} {seat_note_alt}].",
        ),
        "closing": (
            "[Cercetările continuă|Ancheta continuă], iar [polițiștii|anchetatorii] [nu exclud nicio ipoteză|urmează să audieze martorii].",
            "[Revenim cu detalii|Vom reveni cu informații] pe măsură ce [acestea devin disponibile|ancheta avansează].",
            "[Cazul|Dosarul] a fost preluat de [polițiștii|procurorii] din {seat}.",
        ),
    },
    "administratie": {
        "topics": {
            "roads": {
                "titles": (
                    "[Drumurile|Străzile] din {loc} vor fi [asfaltate|modernizate] cu bani europeni",
                    "{Mayor_role_cap} {loc_gen} [a semnat|anunță] contractul pentru modernizarea a {km} de drum",
                    "[Lucrări|Șantier] de {amount} pe drumul județean dintre {loc} și {loc2}",
                    "[S-a dat startul lucrărilor|Încep lucrările] la drumul spre {loc}",
                ),
                "leads": (
                    "Primăria {loc_gen} [a semnat|a parafat] {weekday} contractul pentru [asfaltarea|modernizarea] a {km} de drumuri locale, [o investiție de|în valoare de] {amount}.",
                    "{Cj_cap} a [aprobat|votat] [finanțarea|bugetul] pentru modernizarea drumului [județean|comunal] dintre {loc} și {loc2}, din {jud}.",
                    "[Locuitorii|Oamenii] {din_loc} vor [circula|merge] [în sfârșit|de anul viitor] pe drumuri asfaltate, după ce [autoritățile locale au obținut|primăria a atras] {amount} pentru lucrări.",
                ),
                "details": (
                    "[Proiectul|Contractul] [prevede|include] [șanțuri betonate, podețe noi și trotuare|rigole, indicatoare și marcaje] pe [întreaga lungime a|toată lungimea] [traseului|drumului].",
                    "[Termenul de execuție|Durata lucrărilor] este de {months}, iar [lucrările vor fi executate de|contractul a fost câștigat de] {company}.",
                    "[Banii|Fondurile] [vin|provin] [din Programul Național de Investiții|din fonduri europene nerambursabile], [iar primăria|iar comuna] [asigură|suportă] [cofinanțarea|o parte din cheltuieli].",
                    "[Pe durata lucrărilor|Cât timp durează șantierul], circulația [va fi restricționată|se va desfășura] pe o singură bandă [în zona localității|pe porțiunea de lângă] {loc2}.",
                    "[Drumul leagă {loc} de {loc2}|Tronsonul face legătura între {loc} și {loc2}] și [este folosit zilnic|e parcurs în fiecare zi] de [autobuzele școlare|microbuzele elevilor] și de [utilajele agricole|fermierii din zonă].",
                    "[Licitația|Procedura de achiziție] a fost [contestată de două ori|reluată după o contestație], [ceea ce a întârziat|fapt care a amânat] [semnarea contractului|începerea lucrărilor] cu [aproape|mai bine de] {months_short}.",
                ),
            },
            "budget": {
                "titles": (
                    "[Consilierii locali {din_loc} au|Consiliul Local {din_loc} a] [aprobat|votat] bugetul [pe acest an|pentru anul în curs]",
                    "Buget de {amount} pentru {loc}: [unde merg banii|care sunt investițiile]",
                    "{Cj_cap} [a împărțit|a repartizat] [banii|fondurile] pentru [primării|comune]",
                ),
                "leads": (
                    "[Consiliul Local {din_loc} a aprobat|Aleșii locali {din_loc} au votat] {weekday} [bugetul|proiectul de buget] pe acest an, în valoare [totală|] de {amount}.",
                    "{Cj_cap} a [repartizat|distribuit] {weekday} [sumele|fondurile] din cotele defalcate din impozitul pe venit, [iar {loc} primește|{loc} fiind printre beneficiari, cu] {amount_small}.",
                ),
                "details": (
                    "[Cea mai mare parte a banilor|Aproape jumătate din sumă] [merge|va merge] către [reabilitarea școlii|rețeaua de canalizare] și [iluminatul public|întreținerea drumurilor].",
                    "[Ședința|Dezbaterea] a durat [peste|aproape] {minutes}, [iar|însă] {n_small} consilieri [au votat împotrivă|s-au abținut], [reproșând|invocând] lipsa [investițiilor|proiectelor] în satele [mici|izolate].",
                    "[Veniturile proprii|Taxele și impozitele locale] [acoperă|reprezintă] [doar|abia] {pct} din [buget|totalul cheltuielilor], [restul|diferența] [venind|provenind] de la bugetul de stat.",
                    "[Pentru acest an|În următoarele luni], [primăria|administrația locală] [și-a propus|plănuiește] [să extindă|să ducă] rețeaua de apă [și {in_loc2}|până {in_loc2}].",
                    "[Consilierii din opoziție au cerut|Unii consilieri ar fi vrut] [mai mulți bani|o alocare mai mare] pentru [căminul cultural|dispensar] și [pentru transportul elevilor|pentru curățenia străzilor].",
                ),
            },
            "water": {
                "titles": (
                    "[Apă curentă|Apă potabilă] [pentru|la] {n_houses} din {loc}",
                    "[Rețea nouă de apă|Apă și canalizare] {in_loc}: [o investiție|un proiect] de {amount}",
                    "{Loc} [rămâne|va rămâne] fără apă [două zile|{weekday}] din cauza unor lucrări",
                ),
                "leads": (
                    "[Aproape|Peste] {n_houses} {din_loc} [vor fi racordate|urmează să fie conectate] la rețeaua de apă, [după ce|întrucât] primăria a [finalizat|recepționat] [lucrările|prima etapă a proiectului].",
                    "[Compania de apă|Operatorul regional] din {jud} [anunță|a anunțat] {weekday} [întreruperi ale furnizării apei|oprirea furnizării apei] {in_loc}, [pentru racordarea|din cauza conectării] unor conducte noi.",
                ),
                "details": (
                    "[Rețeaua|Conducta] [are|măsoară] {km} și [a costat|valorează] {amount}, [bani obținuți|fonduri atrase] [prin Planul Național de Redresare și Reziliență|printr-un program guvernamental].",
                    "[Până acum|Ani la rând], [oamenii|locuitorii] [au folosit apă|s-au aprovizionat cu apă] din fântâni, [multe dintre ele|unele] [cu apă nepotabilă|contaminate cu nitrați], [potrivit analizelor|arată analizele] {dsp_gen}.",
                    "[Racordarea|Branșarea] [gospodăriilor|caselor] [este gratuită|nu costă nimic] [până la|în limita a] zece metri de la [conductă|rețeaua stradală].",
                    "[În perioada întreruperii|Pe durata lucrărilor], [cisterne cu apă potabilă|autocisterne] vor [staționa|fi amplasate] în [centrul localității|fața primăriei] și lângă {school}.",
                ),
            },
        },
        "quotes": (
            "„[Este o investiție pe care oamenii o așteaptă|E un proiect pe care locuitorii îl așteaptă] de [mai bine de|aproape] {years}”, a [declarat|spus] {mayor_q}.",
            "„[Nu mai vrem|Nu ne mai permitem] [să amânăm|să tergiversăm] [lucrările|investițiile] care [țin oamenii|îi țin pe oameni] în localitate”, a [precizat|subliniat] {mayor_q}.",
            "{Mayor_q_subj_cap} [a promis|a asigurat] că [lucrările vor fi gata|șantierul se va încheia] [înainte de iarnă|până la sfârșitul anului].",
            "„Am [verificat|analizat] [fiecare sumă|toate cheltuielile] [împreună cu|alături de] consilierii, [așa că nu vor exista surprize|astfel încât banii să ajungă unde e nevoie]”, a [explicat|adăugat] {mayor_q}.",
        ),
        "background": (
            "{Loc} [are|numără] [aproximativ|în jur de] {population} de locuitori și [{seat_note}|{seat_note_alt}].",
            "În ultimii {years_short}, [primăria|administrația locală] a [atras|obținut] [fonduri|finanțări] [de aproape|de peste] {amount_small} [pentru drumuri și școli|pentru infrastructură].",
            "[Recensământul|Ultimul recensământ] a arătat [o scădere|o reducere] a populației {loc_gen} cu {pct}, [cei mai mulți tineri|majoritatea tinerilor] plecând [la muncă în străinătate|în orașele mari].",
        ),
        "closing": (
            "[Cetățenii|Locuitorii] [pot consulta|au la dispoziție] [documentele|proiectul] la sediul primăriei [și pe site-ul instituției|sau online].",
            "[Următoarea|Viitoarea] ședință a consiliului [este programată|va avea loc] [luna viitoare|peste două săptămâni].",
            "[Recepția lucrărilor|Inaugurarea] [este programată|ar urma să aibă loc] [în primăvară|la începutul verii].",
        ),
    },
}
