# Intake, short profile (Kurzprofil), local offers, my data (issue 7).

privacy-note-v3 =
    🔒 بياناتك
    أحفظ ما يلي:
    • لغتك
    • رقم حسابك في تطبيق المراسلة (في WhatsApp: رقم هاتفك)
    • متى وافقت ومتى كتبت لي آخر مرة
    • أين أنت في المحادثة وماذا اخترت فيها
    • إجاباتك عن العمل، إذا أعطيتها: المساعدة، المهنة، الخبرة، الشهادة، الألمانية، الإقامة، مكان السكن، وقت العمل
    أحذف رسائلك إليّ بمجرد أن أرد عليها.
    من يرى ذلك: فقط فريق قسم الاندماج في مكتب المقاطعة (Landratsamt) والمستشارون الذين يساعدونك.
    إذا لم تكتب لي مدة طويلة، أحذف كل شيء. أخبرك بذلك قبل أسبوع.
    الحذف: في أي وقت من خلال «بياناتي».
    هل هذا مقبول لك؟

intake-intro =
    💼 سأطرح عليك بعض الأسئلة القصيرة عن العمل. يستغرق ذلك دقيقتين تقريبًا.
    يمكنك تخطّي أي سؤال. بعد ذلك أعرض عليك العروض المناسبة.
intake-start = ▶️ ابدأ الآن
intake-later = لاحقًا
intake-profile =
    ملفك:
    { $profile }
intake-see-offers = عروض لي
intake-change = ✏️ تغيير
intake-checked = ✅ { $label }
intake-done = ✔️ تم
intake-edit = ✏️ { $label }

intake-help-question = بماذا تريد المساعدة؟ الرجاء اختيار واحد أو أكثر، ثم «تم».
help-job_search = إيجاد عمل
help-apprenticeship = تدريب مهني
help-cv = سيرة ذاتية وطلب عمل
help-interview = مقابلة العمل
help-forms = رسائل واستمارات
help-recognition = معادلة الشهادة
help-german_course = دورة لغة ألمانية

intake-field-question = في أي مجال تعمل أو تريد أن تعمل؟
field-f1 = الزراعة والحدائق
field-f2 = الإنتاج والتصنيع
field-f3 = البناء
field-f4 = تقنية وعلوم
field-f5 = النقل والخدمات
field-f6 = التجارة والفنادق
field-f7 = المكتب والإدارة
field-f8 = الصحة والرعاية
field-f9 = الإعلام والثقافة
field-f0 = الجيش
intake-title-question = ما هي مهنتك؟ الرجاء كتابتها بكلماتك (مثلًا: طبّاخ، كهربائي).
intake-cut = إجابتك طويلة جدًا. حفظت بدايتها.

intake-experience-question = كم سنة عملت في هذا المجال؟
exp-none = لم أعمل بعد
exp-short = أقل من سنتين
exp-mid = من 2 إلى 5 سنوات
exp-long = أكثر من 5 سنوات

intake-qualification-question = ما هي أعلى شهادة لديك؟
qual-none = لا توجد شهادة
qual-school = المدرسة
qual-vocational = تدريب مهني
qual-university = الجامعة
intake-abroad-question = أين حصلت على هذه الشهادة؟
abroad-yes = في الخارج
abroad-no = في ألمانيا

intake-german-question = ما مستوى لغتك الألمانية؟
german-unknown = لا أعرف
intake-german-examples =
    هذا معنى المستويات. ما الأنسب لك؟
    A1: أفهم كلمات وجملًا بسيطة. أستطيع أن أعرّف بنفسي.
    A2: أستطيع التسوق والسؤال عن الطريق.
    B1: أستطيع الحديث عن عملي وحياتي اليومية.
    B2: أستطيع المشاركة في الحديث في العمل وفهم النصوص.
    C1: أتكلم بطلاقة، حتى عن مواضيع صعبة.
    C2: أتكلم تقريبًا مثل أهل اللغة.

intake-residence-question =
    ما هي ورقة الإقامة التي لديك؟
    أسأل لأن العروض المناسبة لك تعتمد على ذلك. يمكنك تخطّي هذا السؤال.
res-eu = مواطن أوروبي (EU)
res-permit = تصريح الإقامة
res-gestattung = إجراءات اللجوء
res-duldung = Duldung
res-other = غير ذلك / لا أعرف

intake-place-question = أين تسكن؟ الرجاء كتابة اسم البلدة أو الرمز البريدي، أو الاختيار من القائمة.
intake-outside =
    للأسف لا أغطي مكان سكنك.
    الرجاء التوجه إلى استشارة الهجرة (Migrationsberatung) وإلى مركز العمل (Jobcenter) في مكان سكنك.
    نتابع الأسئلة.

intake-availability-question = كيف يمكنك العمل؟ الرجاء اختيار واحد أو أكثر، ثم «تم».
avail-full_time = دوام كامل
avail-part_time = دوام جزئي
avail-shifts = نظام الورديات
avail-minijob = عمل صغير (Minijob)
intake-start-question = من متى يمكنك العمل؟ الرجاء الاختيار، أو كتابة تاريخ.
start-now = من الآن
start-month = بعد شهر
start-later = لاحقًا

intake-review =
    الرجاء مراجعة إجاباتك:
    { $profile }
    هل كل شيء صحيح؟ يمكنك تغيير أي إجابة.
intake-confirm = ✅ هذا صحيح
intake-thanks = شكرًا! حفظت إجاباتك.

profile-heading = ملف مختصر
profile-line = { $label }: { $value }
profile-help = المساعدة في
profile-field = المجال
profile-title = المهنة
profile-experience = الخبرة
profile-qualification = الشهادة
profile-german = الألمانية
profile-residence = الإقامة
profile-place = مكان السكن
profile-availability = وقت العمل
profile-start = من متى
profile-abroad = (في الخارج)
profile-in-germany = (في ألمانيا)
profile-outside = خارج المقاطعة

offers-found =
    { $count ->
        [zero] لا توجد عروض مناسبة:
        [one] هذا العرض مناسب لك:
        [two] هذان العرضان مناسبان لك:
        [few] هذه العروض الـ { $count } مناسبة لك:
        [many] هذه العروض الـ { $count } مناسبة لك:
       *[other] هذه العروض الـ { $count } مناسبة لك:
    }

    { $offers }
offers-none = لا يوجد عندي الآن عرض مناسب. يمكنك أن تسأل مستشارًا.
offers-menu = إلى القائمة
offers-german-only = (هذا النص بالألمانية فقط.)
offers-contact = التواصل: { $value }
offers-address = العنوان: { $value }
offers-recognition-fallback =
    ▪️ معادلة الشهادة (Anerkennung)
    شبكة IQ تقدم استشارة مجانية حول معادلة الشهادات من الخارج.
    https://www.anerkennung-in-deutschland.de

my-data-answers =
    { $data }
    إجاباتك:
    { $answers }
my-data-change = ✏️ تغيير الإجابات
my-data-export = 📄 كملف
my-data-export-caption = بياناتك في لوتسه
my-data-export-sent = هذه كل البيانات التي أحفظها عنك، في ملف (JSON).
my-data-export-done = تم

retention-warning =
    لم تكتب لي منذ مدة طويلة. بعد أسبوع سأحذف ملفك وإجاباتك.
    الرجاء كتابة أي شيء، وسيبقى ملفك.
