# Intake, short profile (Kurzprofil), local offers, my data (issue 7).

privacy-note-v3 =
    🔒 Agahiyên we
    Ez van tomar dikim:
    • zimanê we
    • hejmara hesabê we di sepana peyaman de (di WhatsAppê de: hejmara telefona we)
    • we kengî razîbûna xwe da û cara dawî kengî nivîsî
    • hûn di axaftinê de li ku ne û we li wir çi hilbijart
    • bersivên we yên li ser kar, heke hûn bidin: alîkarî, pîşe, ezmûn, dîploma, almanî, rûniştin, cihê jiyanê, dema kar
    Ez peyamên ku hûn ji min re dinivîsin jê dibim, hema ku min bersiva wan da.
    Kî dibîne: Tenê tîma nivîsgeha entegrasyonê ya li Landratsamt (rêveberiya navçeyê) û şêwirmendên ku alîkariya we dikin.
    Heke hûn demeke dirêj ji min re nenivîsin, ez her tiştî jê dibim. Hefteyek berê ez ê ji we re bibêjim.
    Jêbirin: Her dem di beşa “Agahiyên min” de.
    Hûn razî ne?

intake-intro =
    💼 Ez ê çend pirsên kurt li ser kar ji we bipirsim. Nêzîkî 2 deqeyan digire.
    Hûn dikarin her pirsê derbas bikin. Paşê ez pêşniyarên guncav nîşanî we didim.
intake-start = ▶️ Dest pê bike
intake-later = Paşê
intake-profile =
    Profîla we:
    { $profile }
intake-see-offers = Pêşniyar ji min re
intake-change = ✏️ Guhertin
intake-checked = ✅ { $label }
intake-done = ✔️ Temam
intake-edit = ✏️ { $label }

intake-help-question = Hûn di çi de alîkarî dixwazin? Yek an çendan hilbijêrin. Paşê “Temam” hilbijêrin.
help-job_search = Dîtina kar
help-apprenticeship = Perwerdeya pîşeyî
help-cv = CV û serlêdan
help-interview = Hevpeyvîna kar
help-forms = Name û form
help-recognition = Naskirina dîplomayê
help-german_course = Kursa almanî

intake-field-question = Hûn di kîjan warî de dixebitin an dixwazin bixebitin?
field-f1 = Çandinî, baxçevanî
field-f2 = Hilberîn
field-f3 = Avahîsazî
field-f4 = IT û zanist
field-f5 = Veguhastin
field-f6 = Bazirganî, otêl
field-f7 = Nivîsgeh, îdare
field-f8 = Tendurustî, civakî
field-f9 = Medya, çand
field-f0 = Leşkerî
intake-title-question = Pîşeya we çi ye? Bi gotinên xwe binivîsin (mînak: aşpêj, elektrîkvan).
intake-cut = Bersiva we pir dirêj bû. Min destpêka wê tomar kir.

intake-experience-question = We çiqas dem di vî warî de xebitî?
exp-none = Hê na
exp-short = Kêmtir ji 2 salan
exp-mid = 2 heta 5 sal
exp-long = Zêdetir ji 5 salan

intake-qualification-question = Dîploma we ya herî bilind çi ye?
qual-none = Dîploma tune
qual-school = Dibistan
qual-vocational = Perwerdeya pîşeyî
qual-university = Zanîngeh
intake-abroad-question = We ev dîploma li ku wergirt?
abroad-yes = Li derveyî welat
abroad-no = Li Almanyayê

intake-german-question = Almaniya we çiqas baş e?
german-unknown = Nizanim
intake-german-examples =
    Wateya astan ev e. Kîjan herî baş li hev tê?
    A1: Ez peyv û hevokên hêsan fêm dikim. Ez dikarim xwe bidim nasîn.
    A2: Ez dikarim kirînê bikim û rê bipirsim.
    B1: Ez dikarim li ser kar û jiyana xwe ya rojane biaxivim.
    B2: Ez dikarim li kar baş biaxivim û nivîsan fêm bikim.
    C1: Ez bi herikbarî diaxivim, li ser mijarên dijwar jî.
    C2: Ez hema wek zimanê dayikê diaxivim.

intake-residence-question =
    Belgeya we ya rûniştinê çi ye?
    Ez dipirsim, ji ber ku pêşniyarên guncav bi vê ve girêdayî ne. Hûn dikarin vê pirsê derbas bikin.
res-eu = Welatiyê YE
res-permit = Destûra rûniştinê
res-gestattung = Pêvajoya penaberiyê
res-duldung = Duldung
res-other = Din / nizanim

intake-place-question = Hûn li ku dijîn? Navê cih an koda postê binivîsin, an hilbijêrin.
intake-outside =
    Mixabin, cihê ku hûn lê dijîn ne di qada min de ye.
    Ji kerema xwe serî li şêwirmendiya koçberiyê (Migrationsberatung) û Jobcenter (navenda kar) ya cihê xwe bidin.
    Em bi pirsan berdewam dikin.

intake-availability-question = Hûn çawa dikarin bixebitin? Yek an çendan hilbijêrin. Paşê “Temam” hilbijêrin.
avail-full_time = Dema tevahî
avail-part_time = Nîv-dem
avail-shifts = Karê nobetê
avail-minijob = Minijob
intake-start-question = Hûn ji kengî ve dikarin bixebitin? Hilbijêrin an dîrokekê binivîsin.
start-now = Niha
start-month = Piştî mehekê
start-later = Paşê

intake-review =
    Ji kerema xwe bersivên xwe kontrol bikin:
    { $profile }
    Her tişt rast e? Hûn dikarin her bersivê biguherin.
intake-confirm = ✅ Rast e
intake-thanks = Spas! Min bersivên we tomar kirin.

profile-heading = Profîla kurt
profile-line = { $label }: { $value }
profile-help = Alîkarî di
profile-field = War
profile-title = Pîşe
profile-experience = Ezmûn
profile-qualification = Dîploma
profile-german = Almanî
profile-residence = Rûniştin
profile-place = Cihê jiyanê
profile-availability = Dema kar
profile-start = Ji kengî
profile-abroad = (li derveyî welat)
profile-in-germany = (li Almanyayê)
profile-outside = li derveyî navçeyê

offers-found =
    Ev { $count } pêşniyar ji we re guncav in:

    { $offers }
offers-none = Niha pêşniyareke guncav tune. Hûn dikarin ji şêwirmendekî bipirsin.
offers-menu = Ber bi menûyê
offers-german-only = (Ev nivîs tenê bi almanî ye.)
offers-contact = Têkilî: { $value }
offers-address = Navnîşan: { $value }
offers-recognition-fallback =
    ▪️ Naskirina dîplomayê (Anerkennung)
    Tora IQ li ser naskirina dîplomayên ji derveyî welat belaş şêwirê dide.
    https://www.anerkennung-in-deutschland.de

my-data-answers =
    { $data }
    Bersivên we:
    { $answers }
my-data-change = ✏️ Bersivan guhertin
my-data-export = 📄 Wek pel
my-data-export-caption = Agahiyên we li Lotse
my-data-export-sent = Ev hemû agahiyên ku ez li ser we tomar dikim in, wek pel (JSON).
my-data-export-done = Temam

retention-warning =
    We demeke dirêj ji min re nenivîsiye. Piştî hefteyekê ez ê profîl û bersivên we jê bibim.
    Tiştekî ji min re binivîsin, profîla we dimîne.
