# لوتسه – العربية. الإعلانات والفعاليات: للأشخاص وللمنسقين.
# لغة بسيطة (A2)، صيغ تناسب النساء والرجال، البوت يتكلم بصيغة «أنا». الأزرار 20 حرفًا على الأكثر.

## الإعلان (النص من منسق، مترجم)

broadcast-message =
    📣 { $body }
broadcast-event =
    📣 { $body }

    📅 { $when }
    📍 { $place }
    👥 عدد الأماكن: { $capacity }
broadcast-event-open =
    📣 { $body }

    📅 { $when }
    📍 { $place }
broadcast-yes = ✅ سأشارك
broadcast-no = ليس هذه المرة
broadcast-stop = 🔕 إلغاء الاشتراك
broadcast-cancel-place = ✖ إلغاء مكاني
broadcast-ok = 👍 حسنًا

## الردود على فعالية

event-confirmed =
    ✅ لديك مكان: { $title }
    📅 { $when }
    📍 { $place }
    سأذكّرك قبل يوم.
event-waiting =
    كل الأماكن محجوزة. أنت في قائمة الانتظار (الرقم { $position }).
    إذا أصبح مكان فارغًا، سأكتب لك.
event-already =
    لديك مكان من قبل: { $title }
    📅 { $when }
event-declined = شكرًا على ردك. ربما في المرة القادمة!
event-cancelled = ألغيت مكانك: { $title }. شكرًا على إخباري.
event-not-signed-up = لا يوجد تسجيل لك في هذه الفعالية.
event-past = هذه الفعالية انتهت.
event-gone = هذه الفعالية لم تعد موجودة.
event-reminder =
    ⏰ تذكير: غدًا «{ $title }».
    📅 { $when }
    📍 { $place }
    إذا لم يكن الحضور ممكنًا، الرجاء إلغاء مكانك.
event-moved-up =
    🎉 أصبح مكان فارغًا. الآن لديك مكان: { $title }
    📅 { $when }
    📍 { $place }
    إذا لم يكن الحضور ممكنًا، الرجاء إلغاء مكانك.

## إلغاء الاشتراك والاشتراك من جديد

news-stopped =
    🔕 لن أرسل لك إعلانات بعد الآن.
    لاستلامها من جديد: الرجاء الضغط على الزر أو كتابة { "\u200E" }/start.
news-start = 🔔 استلامها من جديد
news-started = 🔔 ستصلك الإعلانات من جديد.

## للمنسقين: كتابة إعلان

bc-home = 📣 الإعلانات. الرجاء كتابة إعلان جديد أو مشاهدة تقرير إعلان سابق.
bc-new = ✍ إعلان جديد
bc-list-entry = #{ $id } { $title } · { $state }
bc-list = 📋 كل الإعلانات
bc-text = الرجاء كتابة الإعلان بالألمانية. سأترجمه إلى لغات المستلمين.
bc-too-long = النص طويل جدًا. الرجاء كتابة 3000 حرف على الأكثر.
bc-audience =
    لمن الإعلان؟
    اللغات: { $languages }
    الأماكن: { $towns }
    مستوى الألمانية: { $levels }
    الفعالية: { $event }
    من: { $role }
bc-by-language = 🌐 اللغات
bc-by-place = 📍 الأماكن
bc-by-german = 🗣 مستوى الألمانية
bc-by-role = 👥 من
bc-by-event = 🎟 المشاركون في فعالية
bc-continue = ⬅ متابعة
bc-role-all = الجميع
bc-role-people = الأشخاص فقط
bc-role-coaches = المستشارون فقط
bc-pick-languages = أي لغات؟ الرجاء الضغط على لغة لاختيارها. ثم «تم».
bc-pick-municipalities = أي أماكن؟ الرجاء الضغط على مكان لاختياره. ثم «تم».
bc-pick-german = أي مستوى في الألمانية (من الاستبيان)؟ الرجاء الضغط على مستوى. ثم «تم».
bc-pick-event = أي فعالية؟ يُرسل الإعلان إلى كل من لديه مكان. الرجاء الضغط على واحدة، ثم «تم».
bc-no-events = لا توجد فعاليات قادمة.
bc-media-caption = الرجاء إرسال الصورة أو المستند مع نص الإعلان كتعليق.
bc-media-note = 📎 مع صورة أو مستند (في Telegram وWhatsApp).
bc-done = ✅ تم
bc-event = هل هذه فعالية يجب التسجيل فيها؟
bc-event-no = لا، معلومات فقط
bc-event-yes = 📅 نعم
bc-when = متى الفعالية؟ الرجاء كتابة التاريخ والساعة، مثلًا: 03.12.2026 18:00
bc-time-unknown = لا أفهم هذا الوقت، أو أنه مضى. الرجاء الكتابة هكذا: 03.12.2026 18:00
bc-place = أين الفعالية؟ الرجاء كتابة المكان أو رابط المشاركة عبر الإنترنت.
bc-capacity = كم مكانًا يوجد؟ الرجاء كتابة رقم.
bc-unlimited = بلا حد
bc-capacity-unknown = الرجاء كتابة رقم، مثلًا 20.
bc-preview-language =
    { $language } · { $by } · { $channels }

    { $text }
bc-made-source = الأصل
bc-made-machine = ترجمة آلية
bc-made-coordinator = نصك
bc-made-german = بلا ترجمة: يُرسل بالألمانية
bc-preview =
    هكذا يبدو الإعلان (في الأعلى، لكل لغة).
    المستلمون: { $recipients }
    ألغوا الاشتراك (لا يستلمونه): { $unsubscribed }
    حظروا البوت (لا يستلمونه): { $blocked }
bc-send-now = 📤 الإرسال الآن
bc-schedule = 🕒 الإرسال لاحقًا
bc-replace = ✏ تغيير الترجمة
bc-nobody = لا أحد يستلم هذا الإعلان. الرجاء اختيار مستلمين آخرين.
bc-schedule-when = متى أرسله؟ الرجاء كتابة التاريخ والساعة، مثلًا: 03.12.2026 09:00
bc-replace-which = أي ترجمة يجب تغييرها؟
bc-replace-text = الرجاء كتابة النص لـ { $language }. سأرسله كما هو.
bc-replaced = ✓ سآخذ نصك.
bc-started = 📤 الإعلان #{ $id } يبدأ الآن. سأريك التقدم في رسالة واحدة.
bc-scheduled = 🕒 الإعلان #{ $id } يبدأ في { $when }. حتى ذلك الوقت يمكن إلغاؤه.
bc-gone = هذا الإعلان غير موجود.
bc-report =
    📣 #{ $id } { $title }
    الحالة: { $state }
    المستلمون: { $recipients }
    وصل: { $delivered }
    باقٍ للإرسال: { $queued }
    فشل: { $failed }
    حظروا البوت: { $blocked }
    ألغوا الاشتراك: { $unsubscribed }
    ينتظرون نافذة الـ 24 ساعة (WhatsApp): { $waiting }
    المسجلون: { $signups }
    قائمة الانتظار: { $waitlist }
bc-refresh = 🔄 تحديث
bc-cancel = ✖ إلغاء
bc-csv = 📄 المشاركون (CSV)
bc-cancel-cancelled = ✓ الإعلان ملغى. لم يستلمه أحد.
bc-cancel-stopped = ✓ توقف. ما لم يُرسل بعد لن يُرسل.
bc-cancel-finished = أُرسل بالكامل. لم يعد الإلغاء ممكنًا.
bc-cancel-unknown = هذا الإعلان غير موجود.
bc-state-scheduled = مخطط
bc-state-sending = قيد الإرسال
bc-state-paused = استراحة (ساعات الهدوء)
bc-state-done = انتهى
bc-state-cancelled = ملغى
broadcast-progress = 📤 الإعلان #{ $id }: أُرسل { $sent }، باقٍ { $remaining }.
broadcast-report =
    📣 تقرير الإعلان #{ $id }
    وصل: { $delivered }
    فشل: { $failed }
    حظروا البوت: { $blocked }
    ألغوا الاشتراك: { $unsubscribed }
    ينتظرون نافذة الـ 24 ساعة (WhatsApp): { $waiting }
    المسجلون: { $signups }
    قائمة الانتظار: { $waitlist }

## My data: announcements off or on again

my-data-news-off = 🔕 إيقاف الإعلانات
my-data-news-on = 🔔 تشغيل الإعلانات
