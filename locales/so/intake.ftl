# Intake, short profile (Kurzprofil), local offers, my data (issue 7).

privacy-note-v3 =
    🔒 Xogtaada
    Waxaan kaydiyaa:
    • luqaddaada
    • lambarka akoonkaaga ee barnaamijka fariimaha (WhatsApp-ka: lambarka taleefankaaga)
    • goorta aad ogolaatay iyo goorta ugu dambaysay ee aad wax qortay
    • meesha aad ka joogto wadahadalka iyo waxa aad halkaas ku dooratay
    • jawaabahaaga ku saabsan shaqada, haddii aad bixiso: caawimaad, xirfad, khibrad, shahaado, Jarmal, degenaansho, meesha aad deggan tahay, waqtiga shaqada
    Fariimaha aad ii soo qorto waan tirtiraa isla marka aan ka jawaabo.
    Yaa arka: Kaliya kooxda xafiiska isdhexgalka ee Landratsamt (xafiiska degmada) iyo la-taliyayaasha ku caawiya.
    Haddii aadan ii qorin muddo dheer, wax walba waan tirtiraa. Toddobaad ka hor waan kuu sheegayaa.
    Tirtirid: Waqti kasta, gudaha “Xogtayda”.
    Ma ogoshahay?

intake-intro =
    💼 Waxaan ku weydiinayaa su'aalo gaagaaban oo ku saabsan shaqada. Waxay qaadanaysaa qiyaastii 2 daqiiqo.
    Su'aal kasta waad ka boodi kartaa. Kadib waxaan ku tusayaa fursadaha kugu habboon.
intake-start = ▶️ Bilow
intake-later = Goor dambe
intake-profile =
    Profile-kaaga:
    { $profile }
intake-see-offers = Fursado aniga ii ah
intake-change = ✏️ Beddel
intake-checked = ✅ { $label }
intake-done = ✔️ Waan dhammeeyay
intake-edit = ✏️ { $label }

intake-help-question = Caawimaad noocee ah ayaad rabtaa? Dooro mid ama dhowr. Kadib dooro “Waan dhammeeyay”.
help-job_search = Shaqo helid
help-apprenticeship = Tababar xirfadeed
help-cv = CV iyo codsi
help-interview = Wareysiga shaqada
help-forms = Waraaqo iyo foomam
help-recognition = Aqoonsiga shahaadada
help-german_course = Koorsada Jarmalka

intake-field-question = Qaybtee ayaad ka shaqeysaa ama aad rabtaa inaad ka shaqeyso?
field-f1 = Beeraha, beerta
field-f2 = Wax soo saar
field-f3 = Dhismaha
field-f4 = IT iyo saynis
field-f5 = Gaadiidka
field-f6 = Ganacsi, hoteel
field-f7 = Xafiis, maamul
field-f8 = Caafimaad, bulsho
field-f9 = Warbaahin, dhaqan
field-f0 = Ciidanka
intake-title-question = Waa maxay xirfaddaadu? Ku qor erayadaada (tusaale: cunto kariye, koronto yaqaan).
intake-cut = Jawaabtaadu aad bay u dheerayd. Bilowgeeda ayaan kaydiyay.

intake-experience-question = Intee ayaad ka shaqeysay qaybtan?
exp-none = Weli maya
exp-short = Ka yar 2 sano
exp-mid = 2 ilaa 5 sano
exp-long = Ka badan 5 sano

intake-qualification-question = Waa maxay shahaadadaada ugu sarreysa?
qual-none = Shahaado ma leh
qual-school = Dugsi
qual-vocational = Tababar xirfadeed
qual-university = Jaamacad
intake-abroad-question = Halkee ayaad ka heshay shahaadadan?
abroad-yes = Dibadda
abroad-no = Jarmalka

intake-german-question = Af-Jarmalkaagu intee buu fiican yahay?
german-unknown = Ma aqaan
intake-german-examples =
    Heerarku waxay ka dhigan yihiin sidan. Midkee ayaa kugu habboon?
    A1: Waan fahmaa erayo iyo weedho fudud. Waan is-bari karaa.
    A2: Wax baan iibsan karaa, jidkana waan weydiin karaa.
    B1: Waan ka hadli karaa shaqadayda iyo noloshayda maalinlaha ah.
    B2: Shaqada si fiican ayaan uga qayb qaadan karaa, qoraallana waan fahmi karaa.
    C1: Si fudud ayaan u hadlaa, xitaa mawduucyo adag.
    C2: Waxaan u hadlaa ku dhawaad sida afka hooyo.

intake-residence-question =
    Warqaddee degenaansho ayaad haysataa?
    Waxaan weydiinayaa sababtoo ah fursadaha kugu habboon ayaa ku xiran. Su'aashan waad ka boodi kartaa.
res-eu = Muwaadin EU
res-permit = Sharci degenaansho
res-gestattung = Codsiga magangelyada
res-duldung = Duldung
res-other = Kale / ma aqaan

intake-place-question = Xaggee ayaad deggan tahay? Qor magaca magaalada ama koodhka boostada, ama dooro.
intake-outside =
    Waan ka xumahay, meesha aad deggan tahay ma aha aaggayga.
    Fadlan la xiriir la-talinta socdaalka (Migrationsberatung) iyo Jobcenter (xarunta shaqada) ee meesha aad deggan tahay.
    Su'aalaha waan sii wadaynaa.

intake-availability-question = Sidee ayaad u shaqayn kartaa? Dooro mid ama dhowr. Kadib dooro “Waan dhammeeyay”.
avail-full_time = Waqti buuxa
avail-part_time = Waqti dhiman
avail-shifts = Shaqo wareeg ah
avail-minijob = Minijob
intake-start-question = Goorma ayaad shaqo bilaabi kartaa? Dooro, ama qor taariikh.
start-now = Hadda
start-month = Bil kadib
start-later = Goor dambe

intake-review =
    Fadlan hubi jawaabahaaga:
    { $profile }
    Wax walba ma saxan yihiin? Jawaab kasta waad beddeli kartaa.
intake-confirm = ✅ Waa sax
intake-thanks = Mahadsanid! Jawaabahaaga waan kaydiyay.

profile-heading = Profile gaaban
profile-line = { $label }: { $value }
profile-help = Caawimaad
profile-field = Qaybta
profile-title = Xirfadda
profile-experience = Khibradda
profile-qualification = Shahaadada
profile-german = Jarmal
profile-residence = Degenaanshaha
profile-place = Meesha uu deggan
profile-availability = Waqtiga shaqada
profile-start = Laga bilaabo
profile-abroad = (dibadda)
profile-in-germany = (Jarmalka)
profile-outside = degmada dibaddeeda

offers-found =
    { $count } fursadood ayaa kugu habboon:

    { $offers }
offers-none = Hadda ma hayo fursad kugu habboon. Waxaad weydiin kartaa la-taliye.
offers-menu = Liiska
offers-german-only = (Qoraalkan waa Jarmal keliya.)
offers-contact = Xiriir: { $value }
offers-address = Cinwaan: { $value }
offers-recognition-fallback =
    ▪️ Aqoonsiga shahaadada (Anerkennung)
    Shabakadda IQ waxay bixisaa la-talin bilaash ah oo ku saabsan aqoonsiga shahaadooyinka dibadda.
    https://www.anerkennung-in-deutschland.de

my-data-answers =
    { $data }
    Jawaabahaaga:
    { $answers }
my-data-change = ✏️ Beddel jawaabaha
my-data-export = 📄 Fayl ahaan
my-data-export-caption = Xogtaada Lotse
my-data-export-sent = Waa kan dhammaan xogta aan kaa kaydiyo, fayl ahaan (JSON).
my-data-export-done = Waan dhammeeyay

retention-warning =
    Muddo dheer iima aadan qorin. Toddobaad kadib waxaan tirtirayaa profile-kaaga iyo jawaabahaaga.
    Wax kasta ii qor, profile-kaaguna wuu sii jiri doonaa.
