# Intake, short profile (Kurzprofil), local offers, my data (issue 7).

privacy-note-v3 =
    🔒 ستاسو معلومات
    زه دا ساتم:
    • ستاسو ژبه
    • په پیغام رسوونکي اپ کې ستاسو د حساب شمېره (په WhatsApp کې: ستاسو د تلیفون شمېره)
    • تاسو کله موافقه وکړه او وروستی ځل مو کله ولیکل
    • تاسو په خبرو کې چېرته یاست او هلته مو څه ټاکلي دي
    • د کار په اړه ستاسو ځوابونه، که یې ورکړئ: مرسته، دنده، تجربه، سند، آلماني، استوګنه، د اوسېدو ځای، د کار وخت
    هغه پیغامونه چې تاسو ما ته لیکئ، کله چې ما ورته ځواب ورکړ، سمدستي یې پاکوم.
    څوک یې ویني: یوازې د ولسوالۍ په اداره (Landratsamt) کې د ادغام د دفتر ټیم او هغه سلاکاران چې تاسو سره مرسته کوي.
    که تاسو ډېر وخت ما ته ونه لیکئ، هر څه پاکوم. یوه اونۍ مخکې درته وایم.
    پاکول: هر وخت په «زما معلومات» کې.
    آیا تاسو موافق یاست؟

intake-intro =
    💼 زه تاسو څخه د کار په اړه څو لنډې پوښتنې کوم. شاوخوا ۲ دقیقې وخت نیسي.
    تاسو هره پوښتنه تېرولی شئ. وروسته درته مناسب وړاندیزونه ښیم.
intake-start = ▶️ پیل
intake-later = وروسته
intake-profile =
    ستاسو پروفایل:
    { $profile }
intake-see-offers = زما لپاره وړاندیزونه
intake-change = ✏️ بدلول
intake-checked = ✅ { $label }
intake-done = ✔️ بشپړ شو
intake-edit = ✏️ { $label }

intake-help-question = په څه کې مرسته غواړئ؟ یو یا څو غوره کړئ. بیا «بشپړ شو» غوره کړئ.
help-job_search = کار موندل
help-apprenticeship = مسلکي زده کړه
help-cv = ژوندلیک او غوښتنلیک
help-interview = د دندې مرکه
help-forms = لیکونه او فورمې
help-recognition = د سند منل
help-german_course = د آلماني ژبې کورس

intake-field-question = په کوم برخه کې کار کوئ یا کار کول غواړئ؟
field-f1 = کرنه او باغواني
field-f2 = تولید او جوړونه
field-f3 = ودانۍ جوړول
field-f4 = آی ټي او ساینس
field-f5 = ټرانسپورټ
field-f6 = سوداګري او هوټل
field-f7 = دفتر او اداره
field-f8 = روغتیا او ټولنیز کار
field-f9 = رسنۍ او کلتور
field-f0 = پوځ
intake-title-question = ستاسو دنده څه ده؟ په خپلو الفاظو یې ولیکئ (د بېلګې په توګه: آشپز، برېښنا کار).
intake-cut = ستاسو ځواب ډېر اوږد و. پیل یې مې وساته.

intake-experience-question = په دې برخه کې مو څومره وخت کار کړی؟
exp-none = تر اوسه نه
exp-short = له ۲ کلونو کم
exp-mid = له ۲ تر ۵ کلونو
exp-long = له ۵ کلونو زیات

intake-qualification-question = ستاسو تر ټولو لوړ سند کوم دی؟
qual-none = هېڅ سند نه لرم
qual-school = ښوونځی
qual-vocational = مسلکي زده کړه
qual-university = پوهنتون
intake-abroad-question = دا سند مو چېرته اخیستی؟
abroad-yes = په بهر کې
abroad-no = په آلمان کې

intake-german-question = ستاسو آلماني څومره ښه ده؟
german-unknown = نه پوهېږم
intake-german-examples =
    د کچو مانا دا ده. کومه یې ښه برابره ده؟
    A1: ساده کلمې او جملې پوهېږم. ځان معرفي کولی شم.
    A2: سودا کولی شم او لاره پوښتلی شم.
    B1: د خپل کار او ورځني ژوند په اړه خبرې کولی شم.
    B2: په کار کې ښې خبرې کولی شم او متنونه پوهېږم.
    C1: روانې خبرې کوم، حتی د سختو موضوعاتو په اړه.
    C2: تقریباً د مورنۍ ژبې په څېر خبرې کوم.

intake-residence-question =
    د استوګنې کوم کاغذ لرئ؟
    پوښتنه کوم ځکه چې ستاسو لپاره مناسب وړاندیزونه پر دې پورې اړه لري. دا پوښتنه تېرولی شئ.
res-eu = اروپايي تبعه (EU)
res-permit = د استوګنې اجازه
res-gestattung = د پناه غوښتنې بهیر
res-duldung = Duldung
res-other = بل / نه پوهېږم

intake-place-question = چېرته اوسېږئ؟ د ښار نوم یا پوستي کوډ ولیکئ، یا یې غوره کړئ.
intake-outside =
    بښنه غواړم، ستاسو د اوسېدو ځای زما په ساحه کې نه دی.
    مهرباني وکړئ د خپل ځای د مهاجرت مشورې (Migrationsberatung) او د کار مرکز (Jobcenter) ته مراجعه وکړئ.
    پوښتنې ته دوام ورکوو.

intake-availability-question = څنګه کار کولی شئ؟ یو یا څو غوره کړئ. بیا «بشپړ شو» غوره کړئ.
avail-full_time = بشپړ وخت
avail-part_time = نیم وخت
avail-shifts = شفټي کار
avail-minijob = مینی جاب
intake-start-question = له کله کار کولی شئ؟ غوره کړئ، یا یوه نېټه ولیکئ.
start-now = له همدا اوسه
start-month = یوه میاشت وروسته
start-later = وروسته

intake-review =
    مهرباني وکړئ خپل ځوابونه وګورئ:
    { $profile }
    آیا هر څه سم دي؟ هر ځواب بدلولی شئ.
intake-confirm = ✅ سم دي
intake-thanks = مننه! ستاسو ځوابونه مې وساتل.

profile-heading = لنډ پروفایل
profile-line = { $label }: { $value }
profile-help = مرسته په
profile-field = د کار برخه
profile-title = دنده
profile-experience = تجربه
profile-qualification = سند
profile-german = آلماني
profile-residence = استوګنه
profile-place = د اوسېدو ځای
profile-availability = د کار وخت
profile-start = له کله
profile-abroad = (په بهر کې)
profile-in-germany = (په آلمان کې)
profile-outside = له سیمې بهر

offers-found =
    { $count ->
        [one] دا وړاندیز تاسو ته مناسب دی:
       *[other] دا { $count } وړاندیزونه تاسو ته مناسب دي:
    }

    { $offers }
offers-none = اوس مناسب وړاندیز نه لرم. تاسو کولی شئ له یو سلاکار وپوښتئ.
offers-menu = مینو ته
offers-german-only = (دا متن یوازې په آلماني دی.)
offers-contact = اړیکه: { $value }
offers-address = پته: { $value }
offers-recognition-fallback =
    ▪️ د تحصیلي سند منل (Anerkennung)
    د IQ شبکه د بهرنیو سندونو د منلو په اړه وړیا مشوره ورکوي.
    https://www.anerkennung-in-deutschland.de

my-data-answers =
    { $data }
    ستاسو ځوابونه:
    { $answers }
my-data-change = ✏️ ځوابونه بدلول
my-data-export = 📄 د فایل په توګه
my-data-export-caption = په لوتسه کې ستاسو معلومات
my-data-export-sent = دا ټول هغه معلومات دي چې زه یې ستاسو په اړه ساتم، د فایل په توګه (JSON).
my-data-export-done = بشپړ شو

retention-warning =
    ډېر وخت مو ما ته نه دي لیکلي. یوه اونۍ وروسته ستاسو پروفایل او ځوابونه پاکوم.
    ما ته هر څه ولیکئ، نو پروفایل مو پاتې کېږي.
