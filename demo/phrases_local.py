"""Sentence templates for the local desks: eveniment, administrație, social, justiție, sănătate, educație.

Syntax: {slot} is a fact of the story (see demo.stories.make_facts); [a|b|c] picks one
alternative per use, and may nest. Many alternatives per sentence keep two unrelated stories
from sharing long word runs; facts stay the same across every outlet's version of a story.
"""

LOCAL = {
    "eveniment": {
        "topics": {
            "accident": {
                "titles": (
                    "Accident [grav|violent] pe {road}, lângă {loc}: {injured} [rănite|transportate la spital]",
                    "[Două mașini s-au ciocnit|Coliziune frontală] la ieșirea din {loc}",
                    "{Victim_cap} a ajuns la spital după un accident [produs|petrecut] {in_loc}",
                    "Trafic blocat pe {road} după un accident [în zona|în apropiere de] {loc}",
                ),
                "leads": (
                    "[Un accident rutier|O coliziune între două autoturisme] s-a produs {weekday} [după-amiază|dimineață|seara], pe {road}, {in_loc}, din {jud}.",
                    "{Injured_cap} au fost [rănite|transportate la spital] {weekday}, [în urma unui accident|după o ciocnire] petrecut pe {road}, la marginea localității {loc}.",
                    "[Polițiștii|Echipajele] {ipj_gen} [au intervenit|au fost chemați] {weekday}, în jurul orei {hour}, la un accident [produs|înregistrat] pe {road}, {in_loc}.",
                ),
                "details": (
                    "[Din primele cercetări|Potrivit primelor verificări], [unul dintre șoferi|un conducător auto] ar fi pierdut controlul volanului [într-o curbă|pe un tronson umed] și a intrat pe contrasens.",
                    "La fața locului au ajuns [{n_small} echipaje|mai multe echipaje] ale {isu_gen}, [dintre care|printre ele] o autospecială de descarcerare.",
                    "Circulația pe {road} a fost [blocată|restricționată] [aproape|timp de] {minutes}, iar [traficul a fost deviat|mașinile au fost dirijate] prin {loc2}.",
                    "[Ambii șoferi|Conducătorii auto] au fost testați cu aparatul etilotest, [iar rezultatul a fost negativ|iar unul dintre ei avea alcoolemie de {alcohol} mg/l].",
                    "[Victimele|Persoanele rănite] au fost [preluate|duse] la {hospital}, [unde medicii le-au stabilit diagnosticul|unde sunt ținute sub observație].",
                    "[Polițiștii rutieri|Anchetatorii] au deschis un dosar penal pentru vătămare corporală din culpă și [încearcă să stabilească|vor stabili] cauzele exacte ale accidentului.",
                    "[Localnicii spun|Oamenii din zonă spun] că [tronsonul|drumul] de lângă {loc} [este cunoscut ca periculos|a mai fost scena unor accidente] [și cer de ani buni|și au cerut de mai multe ori] un sens giratoriu.",
                ),
            },
            "fire": {
                "titles": (
                    "Incendiu [puternic|violent] la o gospodărie din {loc}",
                    "[Flăcările|Focul] au [mistuit|distrus] o casă {in_loc}: {firefighters} au intervenit",
                    "[Pompierii|Salvatorii] {isu_gen} au luptat ore în șir cu un incendiu {in_loc}",
                    "O [anexă|locuință] din {loc} a ars [din temelii|aproape în întregime]",
                ),
                "leads": (
                    "Un incendiu [a izbucnit|s-a declanșat] {weekday} [noaptea|după-amiaza] la o gospodărie {din_loc}, {jud}.",
                    "{Firefighters_cap} ai {isu_gen} au intervenit {weekday}, în jurul orei {hour}, pentru stingerea unui incendiu {in_loc}.",
                    "[O casă|O locuință] și o anexă [au fost cuprinse de flăcări|au luat foc] {weekday} {in_loc}, [iar proprietarii au scăpat nevătămați|fără a fi înregistrate victime].",
                ),
                "details": (
                    "[Cel mai probabil|Potrivit pompierilor], focul a pornit de la [un coș de fum necurățat|o instalație electrică improvizată|o sobă lăsată nesupravegheată].",
                    "[Intervenția|Stingerea] a durat [aproape|mai bine de] {minutes}, iar [flăcările au fost împiedicate|pompierii au reușit să împiedice focul] să se extindă la casele vecine.",
                    "[Au ars|Au fost distruse] acoperișul, [o parte din mobilier|bunurile din două camere] și {n_small} tone de furaje [depozitate în pod|aflate în șură].",
                    "[Vecinii au fost primii|Un vecin a fost primul] care au [observat fumul|dat alarma] și au încercat să [potolească|țină în frâu] flăcările cu găleți de apă.",
                    "[Reprezentanții|Inspectorii] {isu_gen} reamintesc că [în sezonul rece|în această perioadă] [cele mai multe incendii|majoritatea intervențiilor] pornesc de la sobe și coșuri neverificate.",
                    "Primăria {loc_gen} [a promis|s-a oferit] să ajute familia [cu materiale de construcții|cu o locuință temporară], [iar localnicii au strâns deja haine și alimente|după ce oamenii din sat s-au mobilizat].",
                ),
            },
            "missing": {
                "titles": (
                    "[Polițiștii caută|Alertă în {jud}:] {victim} {gone} fără urmă {in_loc}",
                    "{Victim_cap} {din_loc} este {sought} de familie și de polițiști",
                    "Căutări [în pădurea|pe dealurile] de lângă {loc} după dispariția unei persoane",
                ),
                "leads": (
                    "[Polițiștii|Oamenii legii] din {jud} caută {victim} care a plecat {weekday} de la domiciliul său {din_loc} și nu s-a mai întors.",
                    "Familia a anunțat {weekday} seara [dispariția|plecarea fără urmă] a unei persoane {din_loc}, iar [căutările|cercetările] au început imediat.",
                    "{Ipj_cap} [a lansat|a emis] un apel public după ce {victim} a dispărut {weekday} {in_loc}.",
                ),
                "details": (
                    "[În căutări|La operațiune] sunt implicați [jandarmi, pompieri și voluntari|{n_small} echipe de polițiști și salvamontiști], [sprijiniți|ajutați] de o dronă cu cameră termală.",
                    "[Persoana căutată|Persoana dispărută] [are aproximativ|măsoară cam] 1,70 metri, [este slabă|are constituție atletică] și [purta la plecare|era îmbrăcată cu] o geacă închisă la culoare.",
                    "[Rudele spun|Apropiații povestesc] că [nu a avut conflicte|nu avea probleme] în familie și că [nu a mai plecat niciodată|este prima dată când pleacă] fără să anunțe.",
                    "Cei care [au informații|pot oferi detalii] sunt rugați să sune la 112 sau să [anunțe|contacteze] cea mai apropiată unitate de poliție.",
                    "[Zona verificată|Perimetrul cercetat] se întinde pe [mai bine de|aproape] {km} între {loc} și {loc2}.",
                ),
            },
        },
        "quotes": (
            "„[Facem toate verificările necesare|Toate circumstanțele sunt verificate], iar [rezultatele|concluziile] vor fi comunicate [la momentul potrivit|după finalizarea cercetărilor]”, a [declarat|precizat] {q}.",
            "„[Echipajele au ajuns|Am ajuns] în [mai puțin de|sub] {minutes_short} de la apel și [am acționat|s-a acționat] imediat”, a [explicat|spus] {q}.",
            "{Q_subj_cap} a [transmis|precizat] că [situația este sub control|nu mai există niciun pericol pentru locuitorii zonei].",
            "„Le cerem oamenilor [să fie prudenți|să aibă mare grijă], mai ales [în zilele următoare|pe timp de noapte]”, a [adăugat|mai spus] {q}.",
        ),
        "background": (
            "[Anul trecut|În ultimele douăsprezece luni], [în {jud} au fost înregistrate|dispeceratul din {jud} a gestionat] {cases} [de acest fel|similare].",
            "{Isu_cap} [are în grijă|acoperă] [peste|aproape] {villages} de sate, [unele aflate|multe dintre ele] la [zeci de kilometri|distanță mare] de cea mai apropiată subunitate.",
            "[Zona|Localitatea] {loc} [se află|este situată] la [aproximativ|circa] {km} de {seat}, reședința județului.",
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
                    "{Mayor_role_cap} {loc_gen} [a semnat|anunță] contractul pentru modernizarea a {km}",
                    "[Lucrări|Șantier] de {amount} pe drumul județean dintre {loc} și {loc2}",
                    "[S-a dat startul lucrărilor|Încep lucrările] la drumul spre {loc}",
                ),
                "leads": (
                    "Primăria {loc_gen} [a semnat|a parafat] {weekday} contractul pentru [asfaltarea|modernizarea] a {km} de drumuri locale, [o investiție de|în valoare de] {amount}.",
                    "{Cj_cap} a [aprobat|votat] [finanțarea|bugetul] pentru modernizarea drumului [județean|comunal] dintre {loc} și {loc2}, din {jud}.",
                    "[Locuitorii|Oamenii] {din_loc} vor [circula|merge] [în sfârșit|de anul viitor] pe drumuri asfaltate, după ce [autoritățile locale|primăria] au [obținut|atras] {amount} pentru lucrări.",
                ),
                "details": (
                    "[Proiectul|Contractul] [prevede|include] [șanțuri betonate, podețe noi și trotuare|rigole, indicatoare și marcaje] pe [întreaga|toată] lungimea [traseului|drumului].",
                    "[Termenul de execuție|Durata lucrărilor] este de {months}, iar [constructorul|firma câștigătoare] [este|a fost desemnată] {company}.",
                    "[Banii|Fondurile] [vin|provin] [din Programul Național de Investiții|din fonduri europene nerambursabile], [iar primăria|iar comuna] [asigură|suportă] [cofinanțarea|o parte din cheltuieli].",
                    "[Pe durata lucrărilor|Cât timp durează șantierul], circulația [va fi restricționată|se va desfășura] pe o singură bandă [în zona|pe porțiunea de lângă] {loc2}.",
                    "[Drumul|Tronsonul] [leagă|face legătura între] {loc} și {loc2} și [este folosit zilnic|e parcurs în fiecare zi] de [autobuzele școlare|microbuzele elevilor] și de [utilajele agricole|fermierii din zonă].",
                    "[Licitația|Procedura de achiziție] a fost [contestată de două ori|reluată după o contestație], [ceea ce a întârziat|fapt care a amânat] [semnarea contractului|începerea lucrărilor] cu [aproape|mai bine de] {months_short}.",
                ),
            },
            "budget": {
                "titles": (
                    "[Consilierii locali|Consiliul Local] {din_loc} au [aprobat|votat] bugetul [pe acest an|pentru anul în curs]",
                    "Buget de {amount} pentru {loc}: [unde merg banii|care sunt investițiile]",
                    "{Cj_cap} [a împărțit|a repartizat] [banii|fondurile] pentru [primării|comune]",
                ),
                "leads": (
                    "[Consiliul Local|Aleșii locali] {din_loc} [au aprobat|au votat] {weekday} [bugetul|proiectul de buget], în valoare [totală|] de {amount}.",
                    "{Cj_cap} a [repartizat|distribuit] {weekday} [sumele|fondurile] din cotele defalcate, [iar {loc} primește|comuna {loc} fiind printre beneficiari cu] {amount_small}.",
                ),
                "details": (
                    "[Cea mai mare parte a banilor|Aproape jumătate din sumă] [merge|va merge] către [reabilitarea școlii|rețeaua de canalizare] și [iluminatul public|întreținerea drumurilor].",
                    "[Ședința|Dezbaterea] a durat [peste|aproape] {minutes}, [iar|însă] {n_small} consilieri [au votat împotrivă|s-au abținut], [reproșând|invocând] lipsa [investițiilor|proiectelor] în satele [mici|izolate].",
                    "[Veniturile proprii|Taxele și impozitele locale] [acoperă|reprezintă] [doar|abia] {pct} din [buget|totalul cheltuielilor], [restul|diferența] [venind|provenind] de la bugetul de stat.",
                    "[Pentru acest an|În următoarele luni], [primăria|administrația locală] [și-a propus|plănuiește] [să extindă|să finalizeze] rețeaua de apă [în satul|până în satul] {loc2}.",
                    "[Opoziția|Unii consilieri] [au cerut|ar fi vrut] [mai mulți bani|o alocare mai mare] pentru [căminul cultural|dispensar] și [pentru transportul elevilor|pentru curățenia străzilor].",
                ),
            },
            "water": {
                "titles": (
                    "[Apă curentă|Rețea de apă] [pentru|în] {n_houses} din {loc}",
                    "[Canalizare|Rețea de canalizare] nouă {in_loc}: [lucrările|proiectul] de {amount}",
                    "{Loc} [rămâne|va rămâne] fără apă [două zile|{weekday}] din cauza unor lucrări",
                ),
                "leads": (
                    "[Aproape|Peste] {n_houses} {din_loc} [vor fi racordate|urmează să fie conectate] la rețeaua de apă, [după ce|întrucât] primăria a [finalizat|recepționat] [lucrările|prima etapă a proiectului].",
                    "[Compania de apă|Operatorul regional] din {jud} [anunță|a anunțat] {weekday} [întreruperi|oprirea furnizării apei] {in_loc}, [pentru racordarea|din cauza conectării] unor conducte noi.",
                ),
                "details": (
                    "[Rețeaua|Conducta] [are|măsoară] {km} și [a costat|valorează] {amount}, [bani obținuți|fonduri atrase] [prin Planul Național de Redresare și Reziliență|printr-un program guvernamental].",
                    "[Până acum|Ani la rând], [oamenii|locuitorii] [s-au alimentat|au luat apă] din fântâni, [multe dintre ele|unele] [cu apă nepotabilă|contaminate cu nitrați], [potrivit analizelor|arată analizele] {dsp_gen}.",
                    "[Racordarea|Branșarea] [gospodăriilor|caselor] [este gratuită|nu costă nimic] [până la|în limita a] zece metri de la [conductă|rețeaua stradală].",
                    "[În perioada întreruperii|Pe durata lucrărilor], [cisterne cu apă potabilă|autocisterne] vor [staționa|fi amplasate] în [centrul localității|fața primăriei] și lângă {school}.",
                ),
            },
        },
        "quotes": (
            "„[Este o investiție|E un proiect] pe care [oamenii o așteaptă|locuitorii îl așteaptă] de [mai bine de|aproape] {years}”, a [declarat|spus] {mayor_q}.",
            "„[Nu mai vrem|Nu ne mai permitem] [să amânăm|să tergiversăm] [lucrările|investițiile] care [țin oamenii|îi țin pe oameni] în localitate”, a [precizat|subliniat] {mayor_q}.",
            "{Mayor_q_subj_cap} [a promis|a asigurat] că [lucrările|șantierul] [vor fi gata|se vor încheia] [înainte de iarnă|până la sfârșitul anului].",
            "„Am [verificat|analizat] [fiecare|toate] [sumele|cheltuielile] [împreună cu|alături de] consilierii, [așa că|astfel încât] [nu vor exista surprize|banii să ajungă unde e nevoie]”, a [explicat|adăugat] {mayor_q}.",
        ),
        "background": (
            "{Loc} [are|numără] [aproximativ|în jur de] {population} de locuitori și [se află|este așezată] la {km} de {seat}.",
            "[În ultimii|Din ultimii] {years_short}, [comuna|localitatea] a [atras|obținut] [fonduri|finanțări] [de aproape|de peste] {amount_small} [pentru drumuri și școli|pentru infrastructură].",
            "[Recensământul|Ultimul recensământ] a arătat [o scădere|o reducere] a populației {loc_gen} cu {pct}, [cei mai mulți|majoritatea] tinerilor plecând [la muncă în străinătate|în orașele mari].",
        ),
        "closing": (
            "[Cetățenii|Locuitorii] [pot consulta|au la dispoziție] [documentele|proiectul] la sediul primăriei [și pe site-ul instituției|sau online].",
            "[Următoarea|Viitoarea] ședință a consiliului [este programată|va avea loc] [luna viitoare|în două săptămâni].",
            "[Recepția lucrărilor|Inaugurarea] [este estimată|ar urma să aibă loc] [în primăvară|la începutul verii].",
        ),
    },
}
