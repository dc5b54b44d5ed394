"""Sentence templates for economie, cultură, sport, actualitate, meteo and tehnologie (syntax: see demo.phrases_local)."""

WIDER = {
    "economie": {
        "topics": {
            "factory": {
                "titles": (
                    "{Company} [deschide|construiește] o fabrică de {product} {in_loc}",
                    "[Investiție|Proiect] de {amount} {in_loc}: {jobs} [noi|promise]",
                    "[Fabrica|Unitatea] de {product} din {loc} [angajează|își extinde activitatea]",
                ),
                "leads": (
                    "[Firma|Compania] {company} a [anunțat|confirmat] {weekday} că [va construi|deschide] [o fabrică|o unitate de producție] de {product} {in_loc}, din {jud}, [o investiție de|un proiect în valoare de] {amount}.",
                    "[Aproximativ|Peste] {jobs} [vor fi create|ar urma să apară] {in_loc}, [după ce|întrucât] {company} [și-a extins|își mută] producția de {product} [în zonă|în {jud}].",
                ),
                "details": (
                    "[Terenul de aproape {hectares} a fost cumpărat|Parcela de circa {hectares} a fost concesionată] [de la primărie|de la Consiliul Local] [anul trecut|în primăvară].",
                    "[Producția|Fabricația] [ar urma să înceapă|va porni] [peste|în cel mult] {months}, iar [cea mai mare parte a mărfii va merge|majoritatea produselor vor merge] la export, [în Germania și Austria|în țările vecine].",
                    "[Salariile|Lefurile] [oferite|propuse] [pornesc|încep] de la {salary} net, [plus|la care se adaugă] [tichete de masă|bonuri de masă] și transport [asigurat|gratuit] din {loc2}.",
                    "[Reprezentanții firmei spun că au ales|Conducerea companiei a explicat că a ales] {jud} [datorită forței de muncă calificate|pentru accesul rapid la autostradă] și [datorită sprijinului primit de la primărie|pentru colaborarea bună cu autoritățile locale].",
                    "[Afacerile firmei {company} au crescut|Cifra de afaceri a firmei {company} a crescut] [anul trecut|în ultimul an] cu {pct}.",
                ),
                "quotes": (
                    "„[Ne dorim|Vrem] [să rămânem aici pe termen lung|să construim ceva durabil în această zonă] și să [lucrăm|colaborăm] cu [furnizori|oameni] din [județ|zonă]”, a [declarat|spus] {q}.",
                    "„[Primii angajați|Primele echipe] [vor fi școliți|vor fi instruite] [chiar în fabrică|de specialiști din străinătate], [așa că|astfel că] nu cerem experiență”, a [explicat|precizat] {q}.",
                ),
                "closing": (
                    "[Recrutarea|Selecția] [personalului|angajaților] [începe|va începe] [în lunile următoare|din toamnă].",
                ),
            },
            "prices": {
                "titles": (
                    "[Prețurile|Tarifele] la {product} [cresc|au crescut] în {jud}: [ce spun comercianții|explicațiile producătorilor]",
                    "[Piața|Târgul] din {seat}, [între scumpiri|între prețuri mari] și [lipsa clienților|cumpărători tot mai puțini]: [ce spun vânzătorii|vânzătorii se plâng]",
                ),
                "leads": (
                    "[Cumpărătorii|Clienții] din {jud} [plătesc|dau] [de la începutul lunii|din această săptămână] cu {pct} mai mult pentru {product}, potrivit [unei analize a|datelor] [Direcției de Statistică|Camerei de Comerț] {county}.",
                    "[Comercianții|Producătorii] din piața centrală din {seat} [spun|se plâng] că [vânzările|încasările] au scăzut [cu aproape|cu] {pct} [în ultima lună|față de anul trecut].",
                ),
                "details": (
                    "[Explicația ține de|Motivul este legat de] [costul energiei|prețul motorinei] și de [seceta din vară|recolta slabă], [spun|susțin] [producătorii|fermierii] din {loc}.",
                    "[Un kilogram de|O pungă de] [roșii|mere|brânză] [costă acum|se vinde acum cu] {price}, [față de|comparativ cu] {price2} [luna trecută|în urmă cu un an].",
                    "[Mulți|Unii] [cumpărători|clienți] [s-au orientat către|au trecut la] [magazinele de discount|supermarketuri], [unde|deoarece acolo] [ofertele|promoțiile] sunt [mai dese|mai numeroase].",
                ),
                "quotes": (
                    "„[Oamenii|Clienții] [numără|se uită la] fiecare leu, iar [asta se vede|noi simțim asta] [în vânzări|în fiecare lună]”, a [povestit|spus] {q}.",
                    "„[Nu putem|Nu mai putem] [ține prețurile pe loc|vinde sub costuri], [pentru că|deoarece] [energia|transportul] s-a scumpit [și la noi|enorm]”, a [explicat|spus] {q}.",
                ),
                "closing": (
                    "[Estimările|Specialiștii] [arată|spun] că [prețurile vor mai crește|scumpirile ar putea continua] [și în lunile următoare|până în primăvară].",
                ),
            },
        },
        "quotes": (
            "„[Ne dorim|Vrem] [să rămânem aici pe termen lung|să construim ceva durabil în această zonă] și să [lucrăm|colaborăm] cu [furnizori|oameni] din [județ|zonă]”, a [declarat|spus] {q}.",
        ),
        "background": (
            "[Salariul mediu net|Câștigul salarial mediu net] în {jud} [este de|a ajuns la] [aproximativ|circa] {salary}, [sub|puțin sub] media pe țară.",
            "În ultimii {years_short}, [în {jud}|în județ] [au fost deschise|s-au înființat] [mai multe|câteva] [fabrici|unități de producție] [în parcurile industriale|la marginea orașelor].",
        ),
        "closing": (
            "[Recrutarea|Selecția] [personalului|angajaților] [începe|va începe] [în lunile următoare|din toamnă].",
            "[Estimările|Specialiștii] [arată|spun] că [prețurile vor mai crește|scumpirile ar putea continua] [și în lunile următoare|până în primăvară].",
        ),
    },
    "cultura": {
        "topics": {
            "festival": {
                "titles": (
                    "{Festival} [{fest_comes}|{fest_returns}] la {loc}: [programul complet|ce evenimente sunt programate]",
                    "Ediția {edition} a {festival_gen} [începe|debutează] {weekday} {in_loc}",
                    "[Meșteri populari|Artiști] din {n_small} județe [vin|sosesc] la {festival}",
                ),
                "leads": (
                    "Ediția {edition} a {festival_gen} [începe|se deschide] {weekday} {in_loc}, din {jud}, cu [concerte|spectacole], [expoziții|ateliere] și un [târg|bâlci] [de meșteșuguri|tradițional].",
                    "[Organizatorii au anunțat|Casa de Cultură anunță] că {festival} [se mută|{fest_takes_place}] [anul acesta|în acest an] {in_loc}, [unde sunt așteptați|unde ar urma să vină] [peste|aproape] {n_big} de [vizitatori|spectatori].",
                ),
                "details": (
                    "[Pe scenă|În program] [urcă|apar] [ansambluri folclorice|formații de dansuri populare] din {loc2} și [din alte|din] {n_small} județe, [dar și|precum și] [trupe de rock|fanfare] [locale|din zonă].",
                    "[Intrarea este liberă|Accesul e gratuit] la [toate evenimentele|majoritatea spectacolelor], cu excepția [concertului de închidere|spectacolului de gală].",
                    "[Copiii|Cei mici] [pot participa|sunt așteptați] la ateliere de [olărit|pictură pe sticlă|țesut], [conduse de|coordonate de] meșteri [premiați|cunoscuți] din {jud}.",
                    "[Bugetul festivalului este de|Costul evenimentului se ridică la] {amount_small}, [bani asigurați de|sumă acoperită de] [Consiliul Județean|primărie] și de [sponsori|firme locale].",
                    "[La ediția trecută|Anul trecut], [festivalul|evenimentul] a [adunat|strâns] [peste|aproape] {people}, iar [pensiunile din zonă|hotelurile din {seat}] au [fost pline|avut toate camerele ocupate].",
                ),
            },
        },
        "quotes": (
            "„[Vrem|Ne dorim] ca [tradițiile să nu se piardă|obiceiurile să ajungă și la copii] și ca oamenii să [se strângă din nou|vină] [la sărbătoare|în centrul localității]”, a [declarat|spus] {q}.",
            "„[Pregătirile|Repetițiile] au durat [luni întregi|aproape o jumătate de an], iar acum [suntem emoționați înainte de premieră|ne simțim pregătiți să primim publicul]”, a [mărturisit|spus] {q}.",
        ),
        "background": (
            "Localitatea {loc} [este cunoscută|e renumită] [în zonă|în {jud}] [pentru meșterii olari și pentru|prin cusăturile tradiționale și prin] [biserica de lemn veche de|muzeul sătesc, găzduit într-o casă veche de] [peste|aproape] două secole.",
            "[Primele ediții au avut loc|Festivalul a început] [în curtea școlii|pe un teren de lângă primărie], cu [doar câteva zeci de|numai câțiva] [participanți|spectatori].",
        ),
        "closing": (
            "[Programul complet poate fi consultat|Detaliile pot fi găsite] pe pagina [organizatorilor|Casei de Cultură].",
            "[Biletele|Invitațiile] pentru [gala de închidere|spectacolul final] [se găsesc|pot fi luate] la [casieria|sediul] [teatrului|Centrului Cultural].",
        ),
    },
    "sport": {
        "topics": {
            "match": {
                "titles": (
                    "{Team1} [câștigă|se impune] [cu|la scorul] {score} [în fața echipei|contra] {team2}",
                    "[Victorie importantă|Succes prețios] pentru {team1}: {score} [cu|în meciul cu] {team2}",
                    "{Team1} [urcă|avansează] în clasament după {score} cu {team2}",
                ),
                "leads": (
                    "{Team1} a [învins|trecut de] {team2} [cu|la scorul de] {score}, {weekday}, [în etapa a|în runda a] {round}-a [a Ligii a III-a|a campionatului], [într-un meci jucat {in_loc} în fața a {fans}|în fața a {fans}, pe terenul {din_loc}].",
                    "[Jucătorii de la {team1} au obținut|Echipa {team1} și-a adjudecat] {weekday} [o victorie clară|un succes muncit] [în fața echipei|contra] {team2}, [scor|cu] {score}.",
                ),
                "details": (
                    "[Primul gol|Deschiderea scorului] [a venit|s-a produs] în minutul {minute}, [după o fază construită|la capătul unei acțiuni pornite] [pe partea stângă|de la mijlocul terenului].",
                    "[Oaspeții|Adversarii] [au avut|și-au creat] [câteva ocazii|două ocazii mari] [în repriza secundă|după pauză], [dar|însă] [portarul gazdelor a fost atent|apărarea gazdelor a rezistat].",
                    "[În tribune|Pe stadion] s-au aflat [aproximativ|peste] {fans}, [mulți dintre ei|o parte dintre ei] [veniți|sosiți] [cu autocarul|cu mașinile] din {loc2}.",
                    "[După acest rezultat|În urma acestei victorii], {team1} [urcă|ajunge] pe locul {place_rank} [în clasament|în seria a doua], [cu|având] {points} de puncte.",
                    "[În etapa următoare|Etapa viitoare], {team1} [joacă|va juca] [în deplasare|pe teren propriu] [cu liderul seriei|cu o echipă din {jud2}].",
                ),
            },
        },
        "quotes": (
            "„[Băieții|Jucătorii] au [muncit|tras] [enorm|din greu] [toată săptămâna|la antrenamente], iar [victoria e meritată|rezultatul li se datorează]”, a [declarat|spus] {q}.",
            "„[Am avut emoții|Ne-au lipsit câțiva titulari] [la început|în prima repriză], dar [am crescut|ne-am revenit] [după pauză|pe final]”, a [recunoscut|spus] {q}.",
        ),
        "background": (
            "Clubul {team1} [a fost înființat|a luat ființă] în {year1} și [este susținut de primărie|primește bani din bugetul local], [cu|având] un buget anual de {amount_small}.",
            "Stadionul din {loc} [are|dispune de] [aproximativ|circa] {seats} și [a fost renovat|a trecut printr-o renovare] [acum|în urmă cu] {years_short}.",
        ),
        "closing": (
            "[Biletele|Tichetele] pentru [următorul meci|meciul de acasă] [costă|se vând cu] {price} și [se găsesc|pot fi cumpărate] la [casele stadionului|intrare].",
            "[Antrenamentele se reiau de mâine|Pregătirea continuă marți] [pe baza sportivă|la stadion].",
        ),
    },
    "actualitate": {
        "topics": {
            "community": {
                "titles": (
                    "[Parc nou|Loc de joacă] [deschis|inaugurat] {in_loc}",
                    "[Piața|Centrul] din {loc} [se schimbă|are o nouă înfățișare]: [ce s-a construit|ce au primit locuitorii]",
                    "[Spațiu verde nou|Zonă de agrement nouă] {in_loc} [pentru copii și părinți|pentru toate vârstele]",
                ),
                "leads": (
                    "[Locuitorii|Familiile tinere] {din_loc} au [primit|la dispoziție] [de {weekday}|începând de {weekday}] [un parc nou|un loc de joacă modern], [amenajat pe un teren viran|construit în locul unui fost depozit] de lângă {school}.",
                    "[Centrul localității {loc} a fost refăcut|Zona centrală din {loc} a fost reamenajată] [complet|aproape în întregime], [în urma unor lucrări|după un șantier] de {amount_small}.",
                ),
                "details": (
                    "[Parcul|Spațiul] [are|include] [alei pavate|alei din dale], [bănci|mobilier urban], [un foișor|o fântână arteziană] și [aparate de fitness|o zonă pentru câini].",
                    "[Au fost plantați|S-au plantat] [peste|aproape] {n_big} de [arbori și arbuști|puieți], iar [sistemul de irigații este automat|stropirea se face automat].",
                    "[Camerele de supraveghere|Camerele video] [montate|instalate] [în zonă|la intrări] [sunt legate la dispeceratul|transmit imaginile către dispeceratul] Poliției Locale din {seat}.",
                    "[Unii localnici s-au plâns de|Câțiva vecini au reclamat] [zgomotul din timpul lucrărilor|lipsa locurilor de parcare], [dar|însă] [cei mai mulți|majoritatea] se declară [mulțumiți|încântați] de [rezultat|schimbare].",
                ),
            },
        },
        "quotes": (
            "„[Copiii|Oamenii] nu aveau [unde să iasă|un loc unde să se plimbe], [iar de acum|dar acum] au [un spațiu al lor|un loc frumos și sigur]”, a [spus|declarat] {mayor_q}.",
            "„[Ne dorim|Vrem] ca [și celelalte sate|fiecare sat] să [aibă|primească] [un spațiu asemănător|ceva asemănător] [în următorii ani|până la finalul mandatului]”, a [promis|anunțat] {mayor_q}.",
        ),
        "background": (
            "[Terenul|Locul] [a stat|fusese] [nefolosit|abandonat] [aproape|mai bine de] {years}, [după|de la] [închiderea|desființarea] [fostei cooperative|vechiului CAP].",
        ),
        "closing": ("[Parcul este deschis|Parcul poate fi vizitat] [zilnic|în fiecare zi] între orele 7 și 22.",),
    },
    "meteo": {
        "topics": {
            "warning": {
                "titles": (
                    "[Cod|Avertizare] meteo în {jud}: {weather_code}",
                    "{Weather_code_cap} [pentru|în] {jud} și [zonele|localitățile] din jur",
                    "[Vremea se strică|Vreme rea] în {jud}: [ce spun meteorologii|prognoza pentru zilele următoare]",
                ),
                "leads": (
                    "[Meteorologii au emis|Administrația Națională de Meteorologie a emis] {weekday} {weather_code} [pentru|care vizează] {jud}, [valabil|în vigoare] [până mâine seară|până la finalul săptămânii].",
                    "[Locuitorii|Șoferii] din {jud} [trebuie să se pregătească pentru|sunt sfătuiți să se ferească de] {weather_kind}, [după ce ANM a extins|deoarece meteorologii au extins] [avertizarea|alerta] [la zona de munte|la mai multe localități].",
                ),
                "details": (
                    "{Weather_detail}, [mai ales|în special] în [localitățile|zona localităților] {loc} și {loc2}.",
                    "{Isu_cap} a [pregătit|pus în alertă] [echipajele|subunitățile] [pentru eventuale intervenții|în vederea unor posibile evacuări], iar [primăriile|autoritățile locale] au fost [avertizate|anunțate] [prin mesaje RO-ALERT|telefonic].",
                    "{Weather_detail2}.",
                    "[Drumarii|Echipele de drumuri] [au pregătit|au la dispoziție] [utilaje|{n_mid} de utilaje] pentru intervenții pe drumurile județene, [potrivit|spun reprezentanții] {cj_gen}.",
                ),
            },
        },
        "quotes": (
            "„[Le recomandăm oamenilor|Îi sfătuim pe cetățeni] să [evite deplasările care nu sunt absolut necesare|nu plece la drum fără un motiv serios] și să urmărească [mesajele autorităților|avertizările]”, a [declarat|transmis] {q}.",
        ),
        "background": (
            "[Luna trecută|În aceeași perioadă a anului trecut], {weather_past} [pagube|probleme serioase] în {n_small} [localități|comune] din {jud}.",
        ),
        "closing": (
            "[Prognoza|Situația] [se actualizează|va fi actualizată] [de mai multe ori pe zi|la fiecare șase ore] pe site-ul [meteorologilor|ANM].",
        ),
    },
    "tehnologie": {
        "topics": {
            "digital": {
                "titles": (
                    "{Loc} [are|primește] {tech}",
                    "[Primăria|Administrația locală a] {loc_gen} [lansează|pune în funcțiune] {tech}",
                    "[Digitalizare|Proiect digital] {in_loc}: [ce se schimbă|ce câștigă oamenii]",
                ),
                "leads": (
                    "[Primăria|Administrația locală a] {loc_gen} a [lansat|inaugurat] {weekday} {tech}, [un proiect de {amount_small} finanțat|o investiție de {amount_small} plătită] [din fonduri europene|prin PNRR].",
                    "[Locuitorii|Cetățenii] {din_loc} [pot folosi|au la îndemână] [de {weekday}|începând de {weekday}] {tech}, [anunță primăria|potrivit reprezentanților administrației locale].",
                ),
                "details": (
                    "[Sistemul a fost dezvoltat de o firmă din {seat} și testat|Soluția a fost realizată de un start-up din {seat} și testată] [timp de|vreme de] {months_short} [cu un grup de voluntari|pe câteva sute de utilizatori].",
                    "[Datele|Informațiile] [sunt stocate|rămân] pe [servere|echipamente] [proprii|ale primăriei], iar [accesul|conectarea] [se face|are loc] [cu parolă și cod primit prin SMS|prin autentificare în doi pași].",
                    "[Până la sfârșitul anului|În următoarele luni], [proiectul|sistemul] [va fi extins|ar urma să ajungă] [și {in_loc2}|inclusiv {in_loc2}].",
                    "[Vârstnicii|Persoanele în vârstă] [pot cere ajutor|primesc sprijin] la [ghișeul|biroul] de [relații cu publicul|informare], [unde un angajat le arată cum să folosească|iar un angajat îi ajută să folosească] [aplicația|noul serviciu].",
                ),
            },
        },
        "quotes": (
            "„[Nimeni nu mai trebuie|Oamenii nu mai sunt nevoiți] să [stea la coadă|piardă o zi] [pentru o hârtie|la ghișeu]”, a [declarat|spus] {mayor_q}.",
            "„[Tehnologia nu e un lux, ci o necesitate|Digitalizarea nu mai e opțională, e o obligație] [pentru o comunitate mică|pentru orice primărie]”, a [explicat|adăugat] {q}.",
        ),
        "background": (
            "[Potrivit unui studiu recent|Conform statisticilor naționale], [doar|numai] {pct} dintre [gospodăriile|casele] din mediul rural [au|beneficiază de] [acces la internet de mare viteză|o conexiune fixă la internet].",
        ),
        "closing": (
            "[Ghidul de utilizare poate fi găsit|Instrucțiunile sunt publicate] pe site-ul [primăriei|instituției].",
        ),
    },
}
