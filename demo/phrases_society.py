"""Sentence templates for social, justiție, sănătate and educație (syntax: see demo.phrases_local)."""

SOCIETY = {
    "social": {
        "topics": {
            "aid": {
                "titles": (
                    "[Familiile nevoiașe|Vârstnicii singuri] din {loc} [primesc|vor primi] [pachete cu alimente|ajutoare pentru încălzire]",
                    "[Voluntarii|Tinerii] din {seat} [au strâns|adună] [haine și rechizite|alimente] pentru [copiii|familiile] {din_loc}",
                    "[Cantină socială|Centru de zi] [nou|deschis] {in_loc}",
                ),
                "leads": (
                    "[Aproape|Peste] {people} {din_loc} [vor primi|primesc de {weekday}] [pachete cu alimente|tichete sociale], [în cadrul unui program|printr-un program] [finanțat din fonduri europene|derulat de primărie].",
                    "[Un grup de voluntari|O asociație locală] din {seat} a [organizat|pornit] {weekday} o [campanie|strângere] de [donații|ajutoare] pentru familiile [sărace|cu mulți copii] {din_loc}, {jud}.",
                ),
                "details": (
                    "[Lista beneficiarilor|Lista celor îndreptățiți] a fost [întocmită|alcătuită] de [asistenții sociali|Serviciul de asistență socială] [pe baza anchetelor|după vizite] la domiciliu.",
                    "[Fiecare pachet|Un pachet] [conține|cuprinde] [ulei, făină, zahăr, conserve și orez|alimente de bază], [iar distribuirea|iar împărțirea] [se face|are loc] la [căminul cultural|sediul primăriei].",
                    "[Organizatorii|Voluntarii] [spun|povestesc] că [au strâns|au adunat] [deja|până acum] [peste|aproape] {n_big} de [kilograme de alimente|obiecte], [donate|aduse] de [oameni obișnuiți|localnici] și de [câțiva|mai mulți] [comercianți|antreprenori] din zonă.",
                    "[Centrul|Cantina] [va servi|asigură] [zilnic|de luni până vineri] o masă caldă pentru [aproximativ|circa] {people}, [cei mai mulți|majoritatea] pensionari [cu venituri mici|singuri].",
                    "[Direcția Generală de Asistență Socială|DGASPC] {county} [a trimis|a delegat] [doi|trei] angajați [să ajute|pentru a ajuta] la [evaluarea|identificarea] [cazurilor|familiilor] [grave|cu probleme].",
                ),
            },
            "jobs": {
                "titles": (
                    "[Bursă a locurilor de muncă|Târg de joburi] la {seat}: {jobs} [disponibile|oferite]",
                    "{Ajofm_cap} [caută|recrutează] [oameni|angajați] pentru {jobs}",
                ),
                "leads": (
                    "{Ajofm_cap} [organizează|pregătește] {weekday} o bursă a locurilor de muncă [la care|unde] [angajatorii|firmele] din {jud} [oferă|scot la concurs] {jobs}.",
                    "[Șomerii|Cei care își caută un loc de muncă] din {jud} [au la dispoziție|pot aplica pentru] {jobs}, potrivit datelor {ajofm_gen}.",
                ),
                "details": (
                    "[Cele mai multe oferte|Majoritatea posturilor] [sunt|vin] din [construcții, comerț și industria ușoară|producție și transporturi], [iar salariile|cu salarii care] [pornesc de la|încep de la] {salary} lei net.",
                    "[Printre angajatori|Între firmele prezente] se numără {company}, care [caută|vrea să angajeze] [operatori|muncitori calificați] pentru [fabrica|secția] de {product}.",
                    "[Rata șomajului|Șomajul] în {jud} [a ajuns|se situează] la {pct}, [peste|sub] media națională, [cu|iar] [cele mai multe|majoritatea] [persoane fără loc de muncă|cazuri] în mediul rural.",
                    "[Cei interesați|Candidații] [trebuie să vină|sunt rugați să vină] cu [actul de identitate|buletinul] și [un CV|diplomele de studii], [iar|însă] [înscrierea|participarea] [este gratuită|nu costă nimic].",
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
            "[Programul|Campania] [a mai fost organizat|a avut loc] și [anul trecut|în urmă cu doi ani], [când|iar atunci] au fost [ajutate|sprijinite] {people}.",
        ),
        "closing": (
            "[Cei care vor să ajute|Donatorii] [pot lua legătura|pot suna] [cu organizatorii|cu voluntarii] [la numărul afișat|pe pagina asociației].",
            "[Înscrierile|Cererile] se [primesc|depun] [până la sfârșitul lunii|în următoarele două săptămâni].",
        ),
    },
    "justitie": {
        "topics": {
            "trial": {
                "titles": (
                    "[Condamnare|Pedeapsă] de {prison} pentru un [fost funcționar|om de afaceri] din {loc}",
                    "{Trib_cap} a [pronunțat|dat] [sentința|verdictul] în dosarul [de corupție|de evaziune] de la {loc}",
                    "[Procurorii|DNA] [cer|au cerut] arestarea unui [angajat|șef] al primăriei {loc_gen}",
                ),
                "leads": (
                    "{Trib_cap} a [condamnat|pronunțat] {weekday} [la|o pedeapsă de] {prison} [un fost|pe un fost] [contabil|funcționar] al primăriei {loc_gen}, [acuzat|găsit vinovat] de delapidare.",
                    "[Procurorii|Anchetatorii] din {seat} au [trimis în judecată|deferit justiției] {weekday} [un om de afaceri|administratorul unei firme] din {loc}, [acuzat|bănuit] de evaziune fiscală [de|în valoare de] {amount_small}.",
                ),
                "details": (
                    "[Potrivit rechizitoriului|Conform anchetatorilor], [între|în perioada] {year1} și {year2} [inculpatul|acesta] ar fi [înregistrat|trecut] în acte [facturi fictive|plăți care nu au existat în realitate].",
                    "[Prejudiciul|Paguba] [a fost estimat|este evaluat] la {amount_small}, [iar|din care] [o parte|aproape jumătate] a fost [recuperată|acoperită] [în timpul anchetei|înainte de proces].",
                    "[Sentința|Decizia] [nu este definitivă|poate fi atacată] [și poate fi contestată|cu apel] la Curtea de Apel [în termen de zece zile|în zece zile de la comunicare].",
                    "[Avocatul inculpatului|Apărarea] a [susținut|argumentat] că [probele|înregistrările] au fost [obținute|strânse] [fără respectarea procedurii|nelegal] și a cerut [achitarea|reluarea cercetării].",
                    "[În dosar|În cauză] au fost [audiați|ascultați] [peste|aproape] {n_mid} de martori, [printre care|între care] [foști colegi|angajați] ai [inculpatului|primăriei].",
                ),
            },
        },
        "quotes": (
            "„[Vom face apel|Vom contesta decizia], [considerăm|credem] că [instanța|judecătorii] nu au [ținut cont|luat în seamă] [de toate probele|de argumentele noastre]”, a [declarat|spus] {q}.",
            "„[Prejudiciul|Paguba] [adus bugetului local|produs comunității] este [important|considerabil], iar [probele|dovezile] sunt [solide|clare]”, a [susținut|afirmat] {q}.",
        ),
        "background": (
            "[Dosarul|Cazul] [a pornit|a început] [în urmă cu|acum] {years_short}, [de la o sesizare|după o plângere] [a Curții de Conturi|a unor consilieri locali].",
            "[În ultimii ani|În ultima vreme], [procurorii|anchetatorii] din {jud} au [deschis|instrumentat] [mai multe|câteva] dosare [privind|legate de] [achizițiile publice|fondurile europene] din [comunele|primăriile] [județului|din zonă].",
        ),
        "closing": (
            "[Următorul termen|Procesul continuă], [fixat|stabilit] [peste o lună|pentru luna viitoare], [când|iar atunci] vor fi [audiați|ascultați] [ultimii martori|experții].",
            "[Inculpatul|Acesta] [beneficiază|se bucură] de prezumția de nevinovăție [până la|până la pronunțarea unei] o hotărâre definitivă.",
        ),
    },
    "sanatate": {
        "topics": {
            "hospital": {
                "titles": (
                    "{Hospital_cap} [are|primește] [un aparat|echipamente] [nou|noi] de {amount}",
                    "[Secție|Compartiment] [renovat|modernizat] la {hospital}",
                    "[Medici noi|Specialiști tineri] [vin|s-au angajat] la {hospital}",
                ),
                "leads": (
                    "{Hospital_cap} [a primit|a pus în funcțiune] {weekday} [un computer tomograf|un aparat de radiologie digitală|un ecograf de ultimă generație], [cumpărat|achiziționat] cu {amount}.",
                    "[Pacienții|Bolnavii] din {jud} [vor fi tratați|pot fi îngrijiți] [în condiții mai bune|mai aproape de casă], după ce {hospital} a [redeschis|inaugurat] [secția|compartimentul] de [cardiologie|pediatrie|neurologie].",
                ),
                "details": (
                    "[Până acum|Înainte], [pacienții|bolnavii] [erau trimiși|mergeau] [la Iași sau la București|în centrele universitare] pentru [investigații|analize] care [durau|se făceau] [săptămâni|zile întregi].",
                    "[Lucrările au inclus|Renovarea a cuprins] [instalații noi de oxigen|instalația de gaze medicale], [saloane|camere] cu [două|trei] paturi și [grupuri sanitare proprii|băi în fiecare salon].",
                    "[Spitalul|Unitatea] [are|dispune de] {beds} și [tratează|internează] [anual|în fiecare an] [peste|aproape] {n_big} de pacienți [din tot județul|din {jud} și din județele vecine].",
                    "[Deficitul de personal|Lipsa medicilor] [rămâne|este] [principala|cea mai mare] problemă, [cu|fiind] {n_small} posturi [vacante|neocupate] [doar|numai] [la această secție|pe acest compartiment].",
                    "[Managementul|Conducerea] spitalului [a anunțat|spune] că [următorul pas|următoarea investiție] [este|va fi] [modernizarea|extinderea] [UPU|ambulatoriului].",
                ),
            },
            "outbreak": {
                "titles": (
                    "[Cazuri de {disease}|Îmbolnăviri de {disease}] [în creștere|înmulțite] în {jud}",
                    "{Dsp_cap} [avertizează|trage un semnal de alarmă]: {cases_title} de {disease} [într-o săptămână|în ultimele zile]",
                ),
                "leads": (
                    "{Dsp_cap} a [raportat|anunțat] {weekday} {cases} de {disease} [în ultima săptămână|în ultimele șapte zile], [cu|adică] {pct} mai multe decât [în săptămâna anterioară|în perioada precedentă].",
                    "[Medicii de familie|Medicii] din {jud} [se confruntă|au de-a face] cu [un val|o creștere bruscă] de [cazuri|pacienți] de {disease}, [cele mai multe|majoritatea] {in_loc} și în {seat}.",
                ),
                "details": (
                    "[Cei mai afectați sunt|Cele mai multe cazuri se înregistrează la] [copiii de vârstă școlară|persoanele de peste 65 de ani], [iar {n_small} pacienți|dintre care {n_small}] [au avut nevoie de internare|au fost internați].",
                    "[Specialiștii|Epidemiologii] [recomandă|sfătuiesc] [spălatul frecvent pe mâini|aerisirea încăperilor] și [evitarea aglomerațiilor|evitarea spațiilor aglomerate].",
                    "[Într-o școală|La o grădiniță] {din_loc} [cursurile|activitatea] [au fost suspendate|a fost întreruptă] [pentru|timp de] [câteva zile|o săptămână] [după ce|întrucât] [mai mulți copii s-au îmbolnăvit|o clasă întreagă s-a îmbolnăvit].",
                    "[Vaccinul|Doze de vaccin] [este|sunt] [disponibil|disponibile] [gratuit|fără plată] [la medicii de familie|în cabinetele medicilor de familie], [pentru grupele de risc|în cazul persoanelor vulnerabile].",
                ),
            },
        },
        "quotes": (
            "„[Nu este cazul de panică|Nu trebuie să ne alarmăm], dar [cerem|rugăm] [oamenii|pacienții] să [meargă la medic|consulte medicul] [la primele simptome|din timp]”, a [declarat|spus] {q}.",
            "„[Este|Reprezintă] [un pas important|o schimbare majoră] pentru [pacienții|bolnavii] din {jud}”, a [afirmat|subliniat] {q}.",
            "{Q_subj_cap} a [precizat|explicat] că [situația este monitorizată zilnic|datele sunt analizate în fiecare zi] [împreună cu|alături de] [medicii de familie|spitalele din județ].",
        ),
        "background": (
            "[În {jud}|În județ] [lucrează|activează] [aproximativ|în jur de] {n_big} de medici, [mulți dintre ei|o parte] [aproape de vârsta pensionării|peste 60 de ani].",
            "[Anul trecut|Acum un an], în aceeași perioadă au fost raportate {cases} [similare|de acest fel], potrivit [statisticilor|evidențelor] {dsp_gen}.",
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
                    "[Elevii|Copiii] {din_loc} [învață|vor învăța] [în|într-o] școală nouă",
                    "{Isj_cap}: [rezultate|note] [mai bune|în creștere] la [simulare|evaluare] în {jud}",
                ),
                "leads": (
                    "[Cei|Aproape] {students} [ai|de la] {school} {din_loc} [au revenit|s-au întors] {weekday} în [clase|săli] [renovate complet|proaspăt modernizate].",
                    "{Isj_cap} a [publicat|făcut publice] {weekday} [rezultatele|notele] de la simularea [evaluării naționale|examenului de bacalaureat], [iar|și] {pct} dintre elevi au [obținut|luat] note peste 5.",
                ),
                "details": (
                    "[Clădirea|Școala] [a primit|are acum] [acoperiș nou|termoizolație], [centrală pe gaz|încălzire centrală] și [grupuri sanitare interioare|toalete în interior], [după|după ce] [ani în care|decenii în care] copiii [mergeau|foloseau] [la toalete în curte|latrinele din curte].",
                    "[Laboratorul de informatică|Sala de informatică] a fost [dotat|echipat] cu {n_mid} de calculatoare [noi|moderne] și [o tablă interactivă|table inteligente].",
                    "[Cele mai bune rezultate|Notele cele mai mari] au fost [obținute|înregistrate] în {seat}, [iar cele mai slabe|în timp ce cele mai slabe] [în școlile din mediul rural|la școlile mici din sate], [unde|acolo unde] [lipsesc profesorii titulari|navetiștii sunt majoritari].",
                    "[Transportul elevilor|Elevii navetiști] din {loc2} [este asigurat|sunt aduși] [cu un microbuz școlar|cu microbuzul primăriei], [iar|și] [primăria|comuna] [a cerut|solicită] încă unul [de la minister|prin programul guvernamental].",
                    "[Directorul|Conducerea] școlii [spune|afirmă] că [numărul elevilor|efectivele] [a scăzut|se reduc] [de la an la an|constant], [multe familii|mulți părinți] [plecând|fiind plecați] la muncă în străinătate.",
                ),
            },
        },
        "quotes": (
            "„[Copiii|Elevii noștri] [merită|trebuie să aibă] [aceleași condiții|condiții la fel de bune] ca [cei de la oraș|în orice școală din țară]”, a [declarat|spus] {q}.",
            "„[Rezultatele|Notele] ne arată [unde|la ce] trebuie să [lucrăm|insistăm] [până la examen|în lunile care urmează]”, a [explicat|precizat] {q}.",
            "{Q_subj_cap} a [anunțat|spus] că [vor fi organizate|se vor ține] [ore de pregătire suplimentară|meditații gratuite] [pentru elevii din clasele terminale|la matematică și română].",
        ),
        "background": (
            "[În {jud}|În județ] [funcționează|există] [aproximativ|peste] {n_mid_plain} de unități [școlare|de învățământ] [cu personalitate juridică|de stat], [frecventate|cu] [de|] [peste|aproape] {students_big}.",
            "[Anul trecut|Anul școlar trecut], [promovabilitatea|rata de promovare] la [bacalaureat|evaluarea națională] în {jud} a fost de {pct}.",
        ),
        "closing": (
            "[Părinții|Familiile] [pot afla|găsesc] [detalii|informații] [pe site-ul|la secretariatul] [școlii|inspectoratului].",
            "[Inaugurarea oficială|Festivitatea] [va avea loc|este programată] [la începutul lunii viitoare|în curând].",
        ),
    },
}
