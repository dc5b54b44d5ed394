"""Sentence templates for social, justiție, sănătate and educație (syntax: see demo.phrases_local)."""

SOCIETY = {
    "social": {
        "topics": {
            "aid": {
                "titles": (
                    "[Familiile nevoiașe|Vârstnicii singuri] din {loc} [primesc|vor primi] [pachete cu alimente|ajutoare pentru încălzire]",
                    "[Voluntarii|Tinerii] din {seat} [au strâns|adună] [haine și rechizite|alimente] pentru [copiii|familiile] {din_loc}",
                    "[O cantină socială|Un centru de zi] [se deschide|își deschide porțile] {in_loc}",
                ),
                "leads": (
                    "[Aproape|Peste] {people} {din_loc} [vor primi|primesc de {weekday}] [pachete cu alimente|tichete sociale], [în cadrul unui program|printr-un program] [finanțat din fonduri europene|derulat de primărie].",
                    "[Un grup de voluntari|O asociație locală] din {seat} a [organizat|pornit] {weekday} o [campanie|strângere] de [donații|ajutoare] pentru familiile [sărace|cu mulți copii] {din_loc}, {jud}.",
                ),
                "details": (
                    "[Lista beneficiarilor|Lista celor îndreptățiți] a fost [întocmită|alcătuită] de [asistenții sociali|Serviciul de asistență socială] [pe baza anchetelor|după vizite] la domiciliu.",
                    "[Fiecare pachet|Un pachet] [conține|cuprinde] [ulei, făină, zahăr, conserve și orez|alimente de bază], [iar distribuirea|iar împărțirea] [se face|are loc] la [căminul cultural|sediul primăriei].",
                    "[Organizatorii|Voluntarii] [spun|povestesc] că [au strâns|au adunat] [deja|până acum] [peste|aproape] {n_big} de [kilograme de alimente|obiecte], [donate|aduse] de [oameni obișnuiți|localnici] și de [câțiva|mai mulți] [comercianți|antreprenori] din zonă.",
                    "[Centrul|Cantina] [va servi|asigură] [zilnic|de luni până vineri] o masă caldă pentru [aproximativ|circa] {people}, [cei mai mulți fiind|majoritatea] pensionari [cu venituri mici|singuri].",
                    "[Direcția Generală de Asistență Socială și Protecția Copilului|DGASPC] {county} [a trimis|a delegat] [doi|trei] angajați [să ajute|pentru a ajuta] la [evaluarea cazurilor grave|identificarea familiilor cu probleme].",
                ),
            },
            "jobs": {
                "titles": (
                    "[Bursă a locurilor de muncă|Târg de joburi] la {seat}: {jobs} [disponibile|oferite]",
                    "{Ajofm_cap} [caută|recrutează] [oameni|angajați] pentru {jobs}",
                ),
                "leads": (
                    "{Ajofm_cap} [organizează|pregătește] {weekday} o bursă a locurilor de muncă [la care|unde] [angajatorii|firmele] din {jud} [oferă|scot la concurs] {jobs}.",
                    "[Șomerii din {jud}|Cei din {jud} care își caută un loc de muncă] [au la dispoziție|pot aplica pentru] {jobs}, potrivit datelor {ajofm_gen}.",
                ),
                "details": (
                    "[Cele mai multe oferte|Majoritatea posturilor] [sunt|vin] din [construcții, comerț și industria ușoară|producție și transporturi], [iar salariile|cu salarii care] [pornesc de la|încep de la] {salary} net.",
                    "[Printre angajatori|Între firmele prezente] se numără {company}, care [caută|vrea să angajeze] [operatori|muncitori calificați] pentru [fabrica|secția] de {product}.",
                    "[Rata șomajului|Șomajul] în {jud} [a ajuns|se situează] la {pct_deficit}, [peste|sub] media națională, [cele mai multe persoane fără loc de muncă trăind|iar majoritatea șomerilor trăiesc] în mediul rural.",
                    "[Cei interesați|Candidații] [trebuie să vină|sunt rugați să vină] cu [actul de identitate|buletinul] și [un CV|diplomele de studii], [iar|însă] [înscrierea|participarea] [este gratuită|nu costă nimic].",
                ),
                "quotes": (
                    "„[Avem oferte|Sunt posturi] [pentru toate nivelurile de pregătire|și pentru cei fără experiență], iar [unele firme|mai mulți angajatori] [asigură|oferă] și [transport|cazare]”, a [declarat|spus] {q_ajofm}.",
                    "„[Cei mai căutați|Cei mai solicitați] sunt [muncitorii calificați|șoferii și sudorii], pe care [firmele|angajatorii] [nu îi mai găsesc ușor|îi caută luni întregi]”, a [explicat|precizat] {q_ajofm}.",
                ),
                "background": (
                    "[Anul trecut|În ultimele douăsprezece luni], {ajofm} a [intermediat|mediat] angajarea a [peste|aproape] {people}, [cele mai multe|majoritatea] în [comerț și construcții|industrie].",
                    "[Pe lângă locurile de muncă din țară|În paralel], {ajofm} [publică|afișează] și [oferte|posturi] din [statele Uniunii Europene|rețeaua europeană EURES].",
                ),
                "closing": (
                    "[Lista completă a posturilor poate fi consultată|Toate ofertele pot fi consultate] pe site-ul {ajofm_gen}.",
                    "[Următoarea bursă este programată|Următorul târg de joburi va fi organizat] [în primăvară|peste trei luni].",
                ),
            },
        },
        "quotes": (
            "„[Oamenii|Familiile] [au nevoie|au mare nevoie] [de sprijin|de ajutor] [mai ales|în special] [în sezonul rece|acum, când prețurile cresc]”, a [spus|declarat] {q}.",
            "„Nu [ne oprim aici|vrem să ne oprim aici], [urmează|pregătim] [și alte campanii|o nouă acțiune] [până la sărbători|în lunile următoare]”, a [promis|anunțat] {q}.",
            "{Q_subj_cap} [a mulțumit|le-a mulțumit] [tuturor celor care au donat|voluntarilor] și a [spus|precizat] că [orice ajutor contează|fiecare gest contează].",
        ),
        "background": (
            "[În {jud}|La nivelul județului], [aproape|peste] {pct} dintre [gospodării|familii] [trăiesc|se află] sub pragul sărăciei, potrivit [statisticilor|datelor] [oficiale|autorităților].",
            "[Programul a mai fost organizat|Campania a mai avut loc] și [anul trecut|în urmă cu doi ani], [când|iar atunci] au fost [ajutate|sprijinite] {people}.",
        ),
        "closing": (
            "[Cei care vor să ajute|Donatorii] [pot lua legătura cu organizatorii prin pagina asociației|îi pot suna pe voluntari la numărul afișat la primărie].",
            "[Înscrierile|Cererile] se [primesc|depun] [până la sfârșitul lunii|în următoarele două săptămâni].",
        ),
    },
    "justitie": {
        "topics": {
            "trial": {
                "titles": (
                    "[Condamnare la|Pedeapsă de] {prison} pentru un [fost funcționar|fost contabil] din {loc}",
                    "{Trib_cap} a [pronunțat|dat] [sentința|verdictul] în dosarul [de delapidare|de corupție] de la {loc}",
                    "[Sentință|Verdict] în dosarul [delapidării|fraudei] de la primăria {loc_gen}: [închisoare|pedeapsă] pentru un fost contabil",
                ),
                "leads": (
                    "{Trib_cap} [l-a condamnat {weekday} la {prison} pe un fost|a dat {weekday} o pedeapsă de {prison} unui fost] [contabil|funcționar] al primăriei {loc_gen}, [găsit vinovat|acuzat] de delapidare.",
                    "Un fost [contabil|funcționar] al primăriei {loc_gen} a fost condamnat {weekday} de {trib} la {prison}, [pentru delapidare|după ce a fost găsit vinovat de delapidare].",
                ),
                "details": (
                    "[Potrivit rechizitoriului|Conform anchetatorilor], [între {year1} și {year2}|în perioada {year1}–{year2}] [inculpatul|acesta] ar fi [înregistrat|trecut] în acte [facturi fictive|plăți care nu au existat în realitate].",
                    "[Prejudiciul a fost estimat|Paguba este evaluată] la {amount_small}, [iar o parte a fost recuperată|din care aproape jumătate a fost recuperată] [în timpul anchetei|înainte de proces].",
                    "[Sentința nu este definitivă și poate fi atacată cu apel|Decizia poate fi contestată] la Curtea de Apel [în termen de zece zile|în zece zile de la comunicare].",
                    "[Avocatul inculpatului|Apărarea] a [susținut|argumentat] că [probele|înregistrările] au fost [obținute|strânse] [fără respectarea procedurii|nelegal] și a cerut [achitarea|reluarea cercetării].",
                    "[În dosar|În cauză] au fost [audiați|ascultați] [peste|aproape] {n_mid} de martori, [printre care foști colegi ai inculpatului|între care angajați ai primăriei].",
                ),
            },
        },
        "quotes": (
            "„[Vom face apel|Vom contesta decizia], [considerăm că instanța nu a luat în seamă toate probele|credem că pedeapsa este prea blândă față de gravitatea faptelor]”, a [declarat|spus] {q}.",
            "„[Prejudiciul adus bugetului local este important|Paguba produsă comunității este considerabilă], iar [probele|dovezile] sunt [solide|clare]”, a [susținut|afirmat] {q}.",
        ),
        "background": (
            "[Dosarul|Cazul] [a pornit|a început] [în urmă cu|acum] {years_short}, [de la o sesizare|după o plângere] [a Curții de Conturi|a unor consilieri locali].",
            "[În ultimii ani|În ultima vreme], [procurorii|anchetatorii] din {jud} au [deschis|instrumentat] [mai multe|câteva] dosare [privind|legate de] [achizițiile publice|fondurile europene] din [comunele|primăriile] [județului|din zonă].",
        ),
        "closing": (
            "[Dosarul|Cazul] va ajunge la Curtea de Apel [dacă sentința va fi atacată|în cazul unei contestații].",
            "[Inculpatul beneficiază|Acesta se bucură] de prezumția de nevinovăție până la [o hotărâre definitivă|rămânerea definitivă a sentinței].",
            "Motivarea sentinței [va fi publicată|ar urma să fie redactată] [în următoarele săptămâni|în cel mult 30 de zile].",
        ),
    },
    "sanatate": {
        "topics": {
            "hospital": {
                "titles": (
                    "{Hospital_cap} [are|primește] [un aparat nou|echipamente noi] [de {amount}|în valoare de {amount}]",
                    "[Secție renovată|Compartiment modernizat] la {hospital} [după ani de așteptare|cu bani europeni]",
                    "[Medici noi|Specialiști tineri] [vin|s-au angajat] la {hospital}",
                ),
                "leads": (
                    "{Hospital_cap} [a primit|a pus în funcțiune] {weekday} [un computer tomograf|un aparat de radiologie digitală|un ecograf de ultimă generație], [cumpărat|achiziționat] cu {amount}.",
                    "[Pacienții|Bolnavii] din {jud} [vor fi tratați|pot fi îngrijiți] [în condiții mai bune|mai aproape de casă], după ce {hospital} a [redeschis|inaugurat] [secția|compartimentul] de [cardiologie|pediatrie|neurologie].",
                ),
                "details": (
                    "[Până acum|Înainte], [pacienții erau trimiși|bolnavii mergeau] [la București|în centrele universitare] pentru [investigații la care așteptau săptămâni|analize care durau zile întregi].",
                    "[Lucrările au inclus|Renovarea a cuprins] [instalații noi de oxigen|instalația de gaze medicale], [saloane|rezerve] cu [două|trei] paturi și [grupuri sanitare proprii|băi în fiecare salon].",
                    "[Spitalul|Unitatea] [are|dispune de] {beds} și [tratează|internează] [anual|în fiecare an] [peste|aproape] {n_big} de pacienți [din tot județul|din {jud} și din județele vecine].",
                    "[Deficitul de personal|Lipsa medicilor] [rămâne|este] [principala|cea mai mare] problemă, [cu {n_small} posturi vacante|existând {n_small} posturi neocupate] [doar|numai] [la această secție|pe acest compartiment].",
                    "[Managementul|Conducerea] spitalului [a anunțat|spune] că [următorul pas|următoarea investiție] [este|va fi] [modernizarea|extinderea] [UPU|ambulatoriului].",
                ),
                "quotes": (
                    "„[Este|Reprezintă] [un pas important|o schimbare majoră] pentru [pacienții|bolnavii] din {jud}”, a [afirmat|subliniat] {q}.",
                    "„[Pacienții|Bolnavii] nu vor mai fi nevoiți să [facă sute de kilometri|meargă în alte județe] pentru [o investigație|un tratament]”, a [declarat|spus] {q}.",
                ),
                "background": (
                    "[În {jud}|În județ] [lucrează|activează] [aproximativ|în jur de] {n_big} de medici, [mulți dintre ei aproape de vârsta pensionării|o parte având peste 60 de ani].",
                    "[Clădirea spitalului a fost ridicată în anii ’70|Spitalul a fost construit acum peste patru decenii], iar [unele secții|mai multe saloane] nu au mai fost renovate de atunci.",
                ),
                "closing": (
                    "[Programările|Consultațiile] [se pot face|sunt posibile] [telefonic|la telefon] [sau la ghișeul ambulatoriului|ori online].",
                ),
            },
            "outbreak": {
                "titles": (
                    "[Cazuri de {disease}|Îmbolnăviri de {disease}] [în creștere|în număr mare] în {jud}",
                    "{Dsp_cap} [avertizează|trage un semnal de alarmă]: {cases} de {disease} [într-o săptămână|în ultimele zile]",
                ),
                "leads": (
                    "{Dsp_cap} a [raportat|anunțat] {weekday} {cases} de {disease} [în ultima săptămână|în ultimele șapte zile], [cu|adică cu] {pct} mai multe decât [în săptămâna anterioară|în perioada precedentă].",
                    "[Medicii de familie|Medicii] din {jud} [se confruntă|au de-a face] cu [un val de cazuri|o creștere bruscă a numărului de cazuri] de {disease}, [cele mai multe|majoritatea] {in_loc_seat}.",
                ),
                "details": (
                    "[Cei mai afectați sunt copiii de vârstă școlară|Cele mai multe cazuri se înregistrează la persoanele de peste 65 de ani], iar {n_small} pacienți [au avut nevoie de internare|au fost internați].",
                    "[Specialiștii|Epidemiologii] [recomandă|sfătuiesc] [spălatul frecvent pe mâini|aerisirea încăperilor] și [evitarea aglomerațiilor|evitarea spațiilor aglomerate].",
                    "[Într-o școală|La o grădiniță] {din_loc} [cursurile au fost suspendate|activitatea a fost întreruptă] [pentru|timp de] [câteva zile|o săptămână], [după ce|întrucât] [mai mulți copii s-au îmbolnăvit|o clasă întreagă s-a îmbolnăvit].",
                    "[Medicii de familie|Cabinetele de medicină de familie] [au primit|au la dispoziție] [recomandări noi de la {dsp}|ghiduri actualizate] pentru [depistarea|tratarea] cazurilor, [mai ales la grupele de risc|în special la persoanele vulnerabile].",
                ),
                "quotes": (
                    "„[Nu este cazul de panică|Nu trebuie să ne alarmăm], dar [le cerem oamenilor|îi rugăm pe pacienți] să [meargă la medic|consulte medicul] [la primele simptome|din timp]”, a [declarat|spus] {q}.",
                    "{Q_subj_cap} a [precizat|explicat] că [situația este monitorizată zilnic|datele sunt analizate în fiecare zi] [împreună cu|alături de] [medicii de familie|spitalele din județ].",
                ),
                "background": (
                    "[Anul trecut|Acum un an], în aceeași perioadă, au fost raportate {cases_title} [similare|de acest fel], potrivit [statisticilor|evidențelor] {dsp_gen}.",
                    "[În {jud}|În județ] [lucrează|activează] [aproximativ|în jur de] {n_big} de medici de familie, [mulți dintre ei aproape de vârsta pensionării|o parte având peste 60 de ani].",
                ),
                "closing": (
                    "{Dsp_cap} [va publica|revine cu] [o nouă informare|noi date] [săptămâna viitoare|în câteva zile].",
                ),
            },
        },
        "quotes": (
            "„[Este|Reprezintă] [un pas important|o schimbare majoră] pentru [pacienții|bolnavii] din {jud}”, a [afirmat|subliniat] {q}.",
            "{Q_subj_cap} a [precizat|explicat] că [situația este monitorizată zilnic|datele sunt analizate în fiecare zi] [împreună cu|alături de] [medicii de familie|spitalele din județ].",
        ),
        "background": (
            "[În {jud}|În județ] [lucrează|activează] [aproximativ|în jur de] {n_big} de medici, [mulți dintre ei aproape de vârsta pensionării|o parte având peste 60 de ani].",
        ),
        "closing": (
            "[Programările|Consultațiile] [se pot face|sunt posibile] [telefonic|la telefon] [sau la ghișeul ambulatoriului|ori online].",
            "{Dsp_cap} [va publica|revine cu] [o nouă informare|noi date] [săptămâna viitoare|în câteva zile].",
        ),
    },
    "educatie": {
        "topics": {
            "school": {
                "titles": (
                    "Elevii de la {school} din {loc} [învață în clase renovate|au clase noi] după [lucrări|o investiție] de {amount}",
                    "[Elevii|Copiii] {din_loc} [învață|vor învăța] [într-o școală nouă|în clase noi]",
                    "[Clase renovate|Săli modernizate] la {school} din {loc}: [elevii|copiii] [revin|s-au întors] în bănci",
                ),
                "leads": (
                    "[Cei|Aproape] {students} de la {school} {din_loc} [au revenit|s-au întors] {weekday} în [clase|săli] [renovate complet|proaspăt modernizate].",
                    "{Isj_cap} a [recepționat|inaugurat] {weekday} lucrările de [renovare|modernizare] de la {school} {din_loc}, [o investiție|un proiect] de {amount}.",
                ),
                "details": (
                    "[Clădirea|Școala] [a primit|are acum] [acoperiș nou|termoizolație], [centrală pe gaz|încălzire centrală] și [grupuri sanitare interioare|toalete în interior], după [ani|decenii] în care copiii [mergeau la toaleta din curte|foloseau latrinele din curte].",
                    "[Laboratorul de informatică a fost dotat|Sala de informatică a fost echipată] cu {n_mid} de calculatoare [noi|moderne] și [o tablă interactivă|table inteligente].",
                    "[Lucrările au durat|Renovarea a durat] {months_short}, [timp în care|perioadă în care] elevii au învățat [în schimbul al doilea|în sălile căminului cultural].",
                    "[Transportul elevilor din {loc2} este asigurat|Elevii navetiști din {loc2} sunt aduși] [cu un microbuz școlar|cu microbuzul primăriei], iar primăria [a cerut|solicită] încă unul [de la minister|prin programul guvernamental].",
                    "[Directorul|Conducerea] școlii [spune|afirmă] că [numărul elevilor a scăzut|efectivele se reduc] [de la an la an|constant], [multe familii plecând|mulți părinți fiind plecați] la muncă în străinătate.",
                ),
            },
        },
        "quotes": (
            "„[Copiii|Elevii noștri] [merită|trebuie să aibă] [aceleași condiții ca cei de la oraș|condiții la fel de bune ca în orice școală din țară]”, a [declarat|spus] {q}.",
            "„[Am așteptat|Am luptat pentru] această [renovare|investiție] [ani la rând|mai bine de un deceniu], iar [acum|de acum înainte] [copiii|elevii] învață [în condiții decente|ca într-o școală europeană]”, a [explicat|precizat] {q}.",
            "{Q_subj_cap} a [anunțat|spus] că [vor fi organizate|se vor ține] [ore de pregătire suplimentară|meditații gratuite] [pentru elevii din clasele terminale|la matematică și română].",
        ),
        "background": (
            "[În {jud}|În județ] [funcționează|există] [aproximativ|peste] {n_mid_plain} de unități [școlare|de învățământ] [cu personalitate juridică|de stat], [frecventate de|unde învață] [peste|aproape] {students_big}.",
            "[Anul trecut|Anul școlar trecut], [promovabilitatea|rata de promovare] la [bacalaureat|evaluarea națională] în {jud} a fost de {pct_pass}.",
        ),
        "closing": (
            "[Părinții|Familiile] [pot afla|găsesc] [detalii|informații] [pe site-ul|la secretariatul] [școlii|inspectoratului].",
            "[Inaugurarea oficială|Festivitatea] [va avea loc|este programată] [la începutul lunii viitoare|în curând].",
        ),
    },
}
