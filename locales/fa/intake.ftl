# Intake, short profile (Kurzprofil), local offers, my data (issue 7).

privacy-note-v3 =
    🔒 معلومات شما
    این‌ها را نگه می‌دارم:
    • زبان شما
    • شماره حساب شما در پیام‌رسان (در WhatsApp: شماره تلفن شما)
    • چه وقت موافقت کردید و آخرین بار چه وقت نوشتید
    • در کجای گفتگو هستید و آنجا چه چیزی را انتخاب کردید
    • جواب‌های شما درباره کار، اگر جواب بدهید: کمک، شغل، تجربه، مدرک، آلمانی، اقامت، محل زندگی، وقت کار
    پیام‌هایی را که برایم می‌نویسید، به محض اینکه به آن‌ها جواب دادم، پاک می‌کنم.
    چه کسی این را می‌بیند: فقط تیم دفتر ادغام در اداره ناحیه (Landratsamt) و مشاورانی که به شما کمک می‌کنند.
    اگر مدت زیادی برایم ننویسید، همه چیز را پاک می‌کنم. یک هفته قبل به شما می‌گویم.
    پاک کردن: هر وقت خواستید، در «معلومات من».
    آیا موافق هستید؟

intake-intro =
    💼 چند سوال کوتاه درباره کار از شما می‌پرسم. حدود ۲ دقیقه وقت می‌گیرد.
    می‌توانید از هر سوال رد شوید. بعد پیشنهادهای مناسب را به شما نشان می‌دهم.
intake-start = ▶️ شروع
intake-later = بعداً
intake-profile =
    پروفایل شما:
    { $profile }
intake-see-offers = پیشنهادها برای من
intake-change = ✏️ تغییر
intake-checked = ✅ { $label }
intake-done = ✔️ تمام
intake-edit = ✏️ { $label }

intake-help-question = در چه چیزی کمک می‌خواهید؟ یک یا چند مورد را انتخاب کنید. بعد «تمام» را انتخاب کنید.
help-job_search = پیدا کردن کار
help-apprenticeship = آموزش حرفه‌ای
help-cv = رزومه و درخواست کار
help-interview = مصاحبه کاری
help-forms = نامه‌ها و فورم‌ها
help-recognition = تأیید مدرک
help-german_course = کورس زبان آلمانی

intake-field-question = در کدام بخش کار می‌کنید یا می‌خواهید کار کنید؟
field-f1 = زراعت و باغبانی
field-f2 = تولید و ساخت
field-f3 = ساختمان‌سازی
field-f4 = آی‌تی و علوم
field-f5 = ترانسپورت
field-f6 = تجارت و هوتل
field-f7 = دفتر و اداره
field-f8 = صحت و امور اجتماعی
field-f9 = رسانه و فرهنگ
field-f0 = نظامی
intake-title-question = شغل شما چیست؟ با کلمات خودتان بنویسید (مثلاً: آشپز، برق‌کار).
intake-cut = جواب شما خیلی طولانی بود. قسمت اول آن را نگه داشتم.

intake-experience-question = چند سال در این بخش کار کرده‌اید؟
exp-none = هنوز نه
exp-short = کمتر از ۲ سال
exp-mid = ۲ تا ۵ سال
exp-long = بیشتر از ۵ سال

intake-qualification-question = بالاترین مدرک شما چیست؟
qual-none = مدرک ندارم
qual-school = مکتب
qual-vocational = آموزش حرفه‌ای
qual-university = دانشگاه
intake-abroad-question = این مدرک را کجا گرفتید؟
abroad-yes = در خارج
abroad-no = در آلمان

intake-german-question = آلمانی شما چقدر خوب است؟
german-unknown = نمی‌دانم
intake-german-examples =
    معنی سطح‌ها این است. کدام بیشتر مناسب است؟
    A1: کلمات و جمله‌های ساده را می‌فهمم. می‌توانم خودم را معرفی کنم.
    A2: می‌توانم خرید کنم و راه را بپرسم.
    B1: می‌توانم درباره کار و زندگی روزانه‌ام صحبت کنم.
    B2: می‌توانم در کار خوب صحبت کنم و متن‌ها را بفهمم.
    C1: روان صحبت می‌کنم، حتی درباره موضوعات سخت.
    C2: تقریباً مثل زبان مادری صحبت می‌کنم.

intake-residence-question =
    چه کاغذ اقامتی دارید؟
    می‌پرسم چون پیشنهادهای مناسب برای شما به آن بستگی دارد. می‌توانید از این سوال رد شوید.
res-eu = شهروند اتحادیه اروپا
res-permit = اجازه اقامت
res-gestattung = جریان پناهندگی
res-duldung = Duldung
res-other = دیگر / نمی‌دانم

intake-place-question = کجا زندگی می‌کنید؟ نام شهر یا کد پستی را بنویسید، یا انتخاب کنید.
intake-outside =
    متأسفانه محل زندگی شما در حوزه کار من نیست.
    لطفاً به مشاوره مهاجرت (Migrationsberatung) و مرکز کاریابی (Jobcenter) در محل زندگی خود مراجعه کنید.
    سوال‌ها را ادامه می‌دهیم.

intake-availability-question = چطور می‌توانید کار کنید؟ یک یا چند مورد را انتخاب کنید. بعد «تمام» را انتخاب کنید.
avail-full_time = تمام وقت
avail-part_time = نیمه وقت
avail-shifts = کار شیفتی
avail-minijob = مینی‌جاب
intake-start-question = از چه وقت می‌توانید کار کنید؟ انتخاب کنید یا یک تاریخ بنویسید.
start-now = از همین حالا
start-month = بعد از یک ماه
start-later = بعداً

intake-review =
    لطفاً جواب‌های خود را بررسی کنید:
    { $profile }
    همه چیز درست است؟ می‌توانید هر جواب را تغییر دهید.
intake-confirm = ✅ درست است
intake-thanks = تشکر! جواب‌های شما را نگه داشتم.

profile-heading = پروفایل کوتاه
profile-line = { $label }: { $value }
profile-help = کمک در
profile-field = بخش کاری
profile-title = شغل
profile-experience = تجربه
profile-qualification = مدرک
profile-german = آلمانی
profile-residence = اقامت
profile-place = محل زندگی
profile-availability = وقت کار
profile-start = از چه وقت
profile-abroad = (در خارج)
profile-in-germany = (در آلمان)
profile-outside = بیرون از ناحیه

offers-found =
    این { $count } پیشنهاد برای شما مناسب است:

    { $offers }
offers-none = فعلاً پیشنهاد مناسبی ندارم. می‌توانید از یک مشاور بپرسید.
offers-menu = به منو
offers-german-only = (این متن فقط به آلمانی است.)
offers-contact = تماس: { $value }
offers-address = آدرس: { $value }
offers-recognition-fallback =
    ▪️ تأیید مدرک تحصیلی (Anerkennung)
    شبکه IQ درباره تأیید مدرک‌های خارجی مشاوره رایگان می‌دهد.
    https://www.anerkennung-in-deutschland.de

my-data-answers =
    { $data }
    جواب‌های شما:
    { $answers }
my-data-change = ✏️ تغییر جواب‌ها
my-data-export = 📄 به شکل فایل
my-data-export-caption = معلومات شما در لوتسه
my-data-export-sent = این همه معلوماتی است که درباره شما نگه می‌دارم، به شکل فایل (JSON).
my-data-export-done = تمام

retention-warning =
    مدت زیادی برایم ننوشته‌اید. یک هفته بعد پروفایل و جواب‌های شما را پاک می‌کنم.
    هر چیزی برایم بنویسید، پروفایل شما می‌ماند.
