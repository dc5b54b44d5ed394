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
                    "[Firma|Compania] {company} a [anunțat|confirmat] {weekday} că [va construi|deschide] [o fabrică|o unitate de producție] de {product} {in_loc}, din {jud}, [o investiție de|cu o valoare de] {amount}.",
                    "[Aproximativ|Peste] {jobs} [vor fi create|ar urma să apară] {in_loc}, [după ce|întrucât] {company} [și-a extins|își mută] producția de {product} [în zonă|în {jud}].",
                ),
                "details": (
                    "[Terenul|Parcela] [de|având] [aproape|circa] {hectares} [a fost cumpărat|a fost concesionat] [de la primărie|de la Consiliul Local] [anul trecut|în primăvară].",
                    "[Producția|Fabricația] [ar urma să înceapă|va porni] [în|peste] {months}, [iar|cu] [cea mai mare parte|majoritatea] [mărfii|produselor] [destinată exportului|mergând la export] [în Germania și Austria|în țările vecine].",
                    "[Salariile|Lefurile] [oferite|propuse] [pornesc|încep] de la {salary} lei net, [plus|la care se adaugă] [tichete de masă|bonuri de masă] și transport [asigurat|gratuit] din {loc2}.",
                    "[Reprezentanții firmei|Conducerea companiei] [spun|au explicat] că au [ales|preferat] {jud} [datorită|pentru] [forței de muncă|accesului la autostradă] și [a sprijinului|colaborării] [autorităților locale|primăriei].",
                    "[Afacerile|Cifra de afaceri a] {company} [au crescut|a crescut] [anul trecut|în ultimul an] cu {pct}, [ajungând|până] la {amount}.",
                ),
            },
            "prices": {
                "titles": (
                    "[Prețurile|Scumpiri] la {product} [cresc|au crescut] în {jud}: [ce spun comercianții|explicațiile producătorilor]",
                    "[Piața|Târgul] din {seat}, [între|sub] [scumpiri|presiunea prețurilor] și [lipsa clienților|cumpărători puțini]",
                ),
                "leads": (
                    "[Cumpărătorii|Clienții] din {jud} [plătesc|dau] [de la|din] [începutul lunii|această săptămână] cu {pct} mai mult pentru {product}, potrivit [unei analize a|datelor] [Direcției de Statistică|Camerei de Comerț] {county}.",
                    "[Comercianții|Producătorii] din piața centrală din {seat} [spun|se plâng] că [vânzările|încasările] au scăzut [cu aproape|cu] {pct} [în ultima lună|față de anul trecut].",
                ),
                "details": (
                    "[Explicația|Motivul] [ține de|este legat de] [costul energiei|prețul motorinei] și de [seceta din vară|recolta slabă], [spun|susțin] [producătorii|fermierii] din {loc}.",
                    "[Un kilogram de|O pungă de] [roșii|mere|brânză] [costă|se vinde cu] [acum|în prezent] {price} lei, [față de|comparativ cu] {price2} lei [acum o lună|în urmă cu un an].",
                    "[Mulți|Unii] [cumpărători|clienți] [au trecut|s-au orientat] către [magazinele de discount|supermarketuri], [unde|deoarece acolo] [ofertele|promoțiile] sunt [mai dese|mai numeroase].",
                ),
            },
        },
        "quotes": (
            "„[Ne dorim|Vrem] să [rămânem|construim] [pe termen lung|ceva durabil] [în această zonă|aici] și să [lucrăm|colaborăm] cu [furnizori|oameni] din [județ|zonă]”, a [declarat|spus] {q}.",
            "„[Oamenii|Clienții] [numără|se uită la] fiecare leu [și|iar] [se vede|simțim asta] [în vânzări|la tarabă]”, a [povestit|spus] {q}.",
        ),
        "background": (
            "[Salariul mediu net|Câștigul salarial mediu] în {jud} [este|a ajuns] de [aproximativ|circa] {salary} lei, [sub|puțin sub] media pe țară.",
            "[În ultimii|Din ultimii] {years_short}, [în {jud}|în județ] [au fost|s-au] [deschise|înființat] [mai multe|câteva] [fabrici|unități de producție] [în parcurile industriale|la marginea orașelor].",
        ),
        "closing": (
            "[Recrutarea|Selecția] [personalului|angajaților] [începe|va începe] [în lunile următoare|din toamnă].",
            "[Estimările|Specialiștii] [arată|spun] că [prețurile|scumpirile] [vor continua|ar putea continua] [și în lunile următoare|până la primăvară].",
        ),
    },
    "cultura": {
        "topics": {
            "festival": {
                "titles": (
                    "{Festival} [ajunge|revine] la {loc}: [programul complet|ce evenimente sunt programate]",
                    "Ediția {edition} a {festival_gen} [începe|debutează] {weekday} {in_loc}",
                    "[Meșteri populari|Artiști] din {n_small} județe [vin|sosesc] la {festival}",
                ),
                "leads": (
                    "Ediția {edition} a {festival_gen} [începe|se deschide] {weekday} {in_loc}, din {jud}, cu [concerte|spectacole], [expoziții|ateliere] și un [târg|bâlci] [de meșteșuguri|tradițional].",
                    "[Organizatorii|Casa de Cultură] [anunță|au anunțat] că {festival} [se mută|va avea loc] [anul acesta|în acest an] {in_loc}, [unde|iar acolo] [sunt așteptați|se estimează] [peste|aproape] {n_big} de [vizitatori|spectatori].",
                ),
                "details": (
                    "[Pe scenă|În program] [urcă|apar] [ansambluri folclorice|formații de dansuri populare] din {loc2} și [din alte|din] {n_small} județe, [dar și|precum și] [trupe de rock|fanfare] [locale|din zonă].",
                    "[Intrarea|Accesul] [este liberă|e gratuit] la [toate evenimentele|majoritatea spectacolelor], [cu excepția|mai puțin] [concertului de închidere|spectacolului de gală].",
                    "[Copiii|Cei mici] [pot participa|sunt așteptați] la ateliere de [olărit|pictură pe sticlă|țesut], [conduse de|coordonate de] meșteri [premiați|cunoscuți] din {jud}.",
                    "[Bugetul|Costul] [festivalului|evenimentului] [este|se ridică la] {amount_small}, [bani|sumă] [asigurată|venită] de [Consiliul Județean|primărie] și de [sponsori|firme locale].",
                    "[La ediția trecută|Anul trecut], [festivalul|evenimentul] a [adunat|strâns] [peste|aproape] {people}, [iar|și] [pensiunile din zonă|hotelurile din {seat}] au [fost pline|avut camerele ocupate].",
                ),
            },
        },
        "quotes": (
            "„[Vrem|Ne dorim] ca [tradițiile|obiceiurile] [să nu se piardă|să ajungă la copii] și [să aducem oamenii|oamenii să vină] [împreună|în centrul satului]”, a [declarat|spus] {q}.",
            "„[Pregătirile|Repetițiile] au durat [luni întregi|aproape o jumătate de an], [iar|și] [suntem|ne simțim] [emoționați|pregătiți] [înainte de premieră|să primim publicul]”, a [mărturisit|spus] {q}.",
        ),
        "background": (
            "{Loc} [este cunoscut|e cunoscută] [în zonă|în {jud}] [pentru|prin] [meșterii olari|cusăturile tradiționale] și [pentru|prin] [biserica de lemn|muzeul sătesc] [veche de|cu o vechime de] [peste|aproape] două secole.",
            "[Primele ediții|Începuturile festivalului] [au avut loc|datează] [în curtea școlii|pe un teren de lângă primărie], [cu doar|cu numai] [câteva zeci de|puțini] [participanți|spectatori].",
        ),
        "closing": (
            "[Programul complet|Detaliile] [se găsește|pot fi consultate] pe pagina [organizatorilor|Casei de Cultură].",
            "[Biletele|Invitațiile] pentru [gala de închidere|spectacolul final] [se găsesc|pot fi luate] la [casieria|sediul] [teatrului|Centrului Cultural].",
        ),
    },
    "sport": {
        "topics": {
            "match": {
                "titles": (
                    "{Team1} [câștigă|se impune] [cu|la scorul] {score} [în fața|contra] {team2}",
                    "[Victorie|Succes] [importantă|prețios] pentru {team1}: {score} cu {team2}",
                    "{Team1} [urcă|avansează] în clasament după {score} cu {team2}",
                ),
                "leads": (
                    "{Team1} a [învins|trecut de] {team2} [cu|la scorul de] {score}, {weekday}, [în etapa a|în runda a] {round}-a [a Ligii a III-a|a campionatului], [într-un meci jucat {in_loc} în fața a {fans}|în fața a {fans}, pe terenul {din_loc}].",
                    "[Jucătorii|Echipa] [de la|lui] {team1} [au obținut|și-au adjudecat] {weekday} [o victorie|un succes] [clară|muncită] [în fața|contra] {team2}, [scor|cu] {score}.",
                ),
                "details": (
                    "[Primul|Deschiderea scorului] [a venit|s-a produs] în minutul {minute}, [după|la capătul] unei [faze|acțiuni] [construite|pornite] de [pe partea stângă|la mijlocul terenului].",
                    "[Oaspeții|Adversarii] [au avut|și-au creat] [câteva ocazii|două ocazii mari] [în repriza secundă|după pauză], [dar|însă] [portarul gazdelor a fost atent|apărarea gazdelor a rezistat].",
                    "[În tribune|Pe stadion] au [fost|venit] [aproximativ|peste] {fans}, [mulți dintre ei|o parte] [veniți|sosiți] [cu autocarul|cu mașinile] din {loc2}.",
                    "[După|În urma] [acestui rezultat|acestei victorii], {team1} [urcă|ajunge] pe locul {place_rank} [în clasament|în seria a doua], [cu|având] {points} de puncte.",
                    "[Următorul meci|Etapa viitoare], {team1} [joacă|va juca] [în deplasare|pe teren propriu] [cu liderul seriei|cu o echipă din {jud2}].",
                ),
            },
        },
        "quotes": (
            "„[Băieții|Jucătorii] au [muncit|tras] [enorm|din greu] [toată săptămâna|la antrenamente] [și|iar] [victoria e meritată|rezultatul li se datorează]”, a [declarat|spus] {q}.",
            "„[Am avut emoții|Ne-au lipsit câțiva titulari] [la început|în prima repriză], dar [am crescut|ne-am revenit] [după pauză|pe final]”, a [recunoscut|spus] {q}.",
        ),
        "background": (
            "Clubul {team1} [a fost înființat|a luat ființă] în {year1} și [este susținut de primărie|primește bani din bugetul local], [cu|având] un buget anual de {amount_small}.",
            "Stadionul din {loc} [are|dispune de] [aproximativ|circa] {seats} și [a fost renovat|a trecut printr-o renovare] [acum|în urmă cu] {years_short}.",
        ),
        "closing": (
            "[Biletele|Tichetele] pentru [următorul meci|meciul de acasă] [costă|se vând cu] {price} lei [și|iar] [se găsesc|pot fi cumpărate] la [casele stadionului|intrare].",
            "[Antrenamentele|Pregătirea] [se reiau|continuă] [marți|de mâine] [pe baza sportivă|la stadion].",
        ),
    },
    "actualitate": {
        "topics": {
            "community": {
                "titles": (
                    "[Parc nou|Loc de joacă] [deschis|inaugurat] {in_loc}",
                    "[Piața|Centrul] din {loc} [se schimbă|are o nouă înfățișare]: [ce s-a construit|ce au primit locuitorii]",
                    "[Iluminat public|Stații de autobuz] [noi|modernizate] {in_loc}",
                ),
                "leads": (
                    "[Locuitorii|Familiile tinere] {din_loc} au [primit|la dispoziție] [de {weekday}|începând de {weekday}] [un parc nou|un loc de joacă modern], [amenajat|construit] [pe|în locul unui] [teren viran|fost depozit] de lângă {school}.",
                    "[Centrul|Zona centrală a localității] {loc} [a fost|este] [refăcut|reamenajat] [complet|aproape în întregime], [după|în urma] [lucrărilor|unui șantier] de {amount_small}.",
                ),
                "details": (
                    "[Parcul|Spațiul] [are|include] [alei pavate|alei din dale], [bănci|mobilier urban], [un foișor|o fântână arteziană] și [aparate de fitness|o zonă pentru câini].",
                    "[Au fost plantați|S-au plantat] [peste|aproape] {n_big} de [arbori și arbuști|puieți], [iar|și] [sistemul de irigații|stropirea] [este automat|funcționează automat].",
                    "[Camerele de supraveghere|Camerele video] [montate|instalate] [în zonă|la intrări] [sunt legate|transmit imaginile] [la dispeceratul|către] Poliției Locale din {seat}.",
                    "[Unii localnici|Câțiva vecini] [s-au plâns|au reclamat] [de|că] [zgomotul din timpul lucrărilor|lipsa locurilor de parcare], [dar|însă] [cei mai mulți|majoritatea] [spun|se declară] [mulțumiți|încântați] de [rezultat|schimbare].",
                ),
            },
        },
        "quotes": (
            "„[Copiii|Oamenii] nu aveau [unde să iasă|un loc unde să se plimbe] [până acum|până azi], [acum|de acum] au [un spațiu|un loc] [al lor|frumos]”, a [spus|declarat] {mayor_q}.",
            "„[Ne dorim|Vrem] ca [și celelalte sate|fiecare sat] să [aibă|primească] [un spațiu asemănător|ceva asemănător] [în următorii ani|până la finalul mandatului]”, a [promis|anunțat] {mayor_q}.",
        ),
        "background": (
            "[Terenul|Locul] [a stat|fusese] [nefolosit|abandonat] [aproape|mai bine de] {years}, [după|de la] [închiderea|desființarea] [fostei cooperative|vechiului CAP].",
        ),
        "closing": (
            "[Programul de vizitare|Parcul] [este|rămâne] [deschis|accesibil] [zilnic|în fiecare zi] între orele 7 și 22.",
        ),
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
                    "[Meteorologii|Administrația Națională de Meteorologie] au [emis|anunțat] {weekday} {weather_code} [pentru|care vizează] {jud}, [valabil|în vigoare] [până mâine seară|până la finalul săptămânii].",
                    "[Locuitorii|Șoferii] din {jud} [sunt avertizați|trebuie să se pregătească] [de|pentru] {weather_kind}, [după ce|deoarece] [ANM|meteorologii] a [extins|ridicat] [avertizarea|alerta] [la|pentru] [zona de munte|mai multe localități].",
                ),
                "details": (
                    "[Cantitățile de apă|Cantitățile de precipitații] [vor depăși|pot trece de] {rain} de litri pe metru pătrat, [mai ales|în special] în [zona|localitățile] {loc} și {loc2}.",
                    "{Isu_cap} a [pregătit|pus în alertă] [echipajele|subunitățile] [pentru|în vederea] [intervenții|evacuări], [iar|și] [primăriile|autoritățile locale] au fost [avertizate|anunțate] [prin mesaje RO-ALERT|telefonic].",
                    "[Temperaturile|Valorile termice] [vor coborî|vor urca] [până la|spre] {temp} grade, [iar|și] [vântul|rafalele] [pot atinge|vor ajunge la] {wind} de kilometri pe oră.",
                    "[Drumarii|Echipele de drumuri] [au pregătit|au la dispoziție] [utilaje|{n_mid} de utilaje] [și material antiderapant|pentru deszăpezire și intervenții], [potrivit|spun reprezentanții] {cj_gen}.",
                ),
            },
        },
        "quotes": (
            "„[Recomandăm|Îi sfătuim pe] [oamenii|cetățenii] să [evite deplasările|nu plece la drum] [dacă nu sunt absolut necesare|fără motiv] [și să urmărească|urmărind] [mesajele autorităților|avertizările]”, a [declarat|transmis] {q}.",
        ),
        "background": (
            "[Luna trecută|În aceeași perioadă a anului trecut], {weather_kind} [au provocat|a produs] [pagube|inundații] în {n_small} [localități|comune] din {jud}.",
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
                    "[Primăria|Municipalitatea] {loc_gen} [lansează|pune în funcțiune] {tech}",
                    "[Digitalizare|Proiect digital] {in_loc}: [ce se schimbă|ce câștigă oamenii]",
                ),
                "leads": (
                    "[Primăria|Administrația] {loc_gen} a [lansat|inaugurat] {weekday} {tech}, [un proiect|o investiție] de {amount_small} [finanțat|plătit] [din fonduri europene|prin PNRR].",
                    "[Locuitorii|Cetățenii] {din_loc} [pot folosi|au la îndemână] [de {weekday}|începând de {weekday}] {tech}, [anunță|potrivit] [primăria|reprezentanții administrației locale].",
                ),
                "details": (
                    "[Sistemul|Platforma] a fost [dezvoltat|realizat] de [o firmă|un start-up] din {seat} [și|iar] [testat|pus la punct] [timp de|vreme de] {months_short} [cu|pe] [un grup de voluntari|câteva sute de utilizatori].",
                    "[Datele|Informațiile] [sunt stocate|rămân] pe [servere|echipamente] [proprii|ale primăriei], [iar|și] [accesul|conectarea] [se face|are loc] [cu parolă și cod primit prin SMS|prin autentificare în doi pași].",
                    "[Până la sfârșitul anului|În următoarele luni], [proiectul|sistemul] [va fi extins|ar urma să ajungă] [și în satele|inclusiv în satul] {loc2}.",
                    "[Vârstnicii|Persoanele în vârstă] [pot cere ajutor|primesc sprijin] la [ghișeul|biroul] de [relații cu publicul|informare], [unde|acolo unde] un angajat [îi ajută|le arată] [cum să folosească|să folosească] [aplicația|serviciul].",
                ),
            },
        },
        "quotes": (
            "„[Nimeni nu mai trebuie|Oamenii nu mai trebuie] să [stea la coadă|piardă o zi] [pentru o hârtie|la ghișeu]”, a [declarat|spus] {mayor_q}.",
            "„[Tehnologia|Digitalizarea] [nu e un lux|nu mai e opțională], [e o necesitate|ci o obligație] [pentru o comunitate mică|pentru orice primărie]”, a [explicat|adăugat] {q}.",
        ),
        "background": (
            "[Potrivit|Conform] [unui studiu|statisticilor] [recent|naționale], [doar|numai] {pct} dintre [gospodăriile|casele] din mediul rural [au|beneficiază de] [acces la internet de mare viteză|conexiune la internet fix].",
        ),
        "closing": (
            "[Ghidul de utilizare|Instrucțiunile] [se găsește|sunt publicate] pe site-ul [primăriei|instituției].",
        ),
    },
}
