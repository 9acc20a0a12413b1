# لوتسه – العربية. حجز موعد، «مواعيدي»، التذكير، رسائل إلى المستشارين.

booking-details =
    📅 { $day }، { $time }
    📍 { $place }{ $address ->
        [none] { "" }
       *[other] ، { $address }
    }
    { $coach ->
        [none] 🧑 سيكون مستشار في انتظارك.
       *[other] 🧑 المستشار: { $coach }
    }

booking-where = أين تريد الموعد؟
booking-online = 💻 إنترنت / هاتف
booking-any = 📍 أي مكان
booking-slots = ما الوقت المناسب لك؟ الرجاء اختيار وقت.
booking-slot = { $day }، { $time } · { $place }
booking-no-slots = لا توجد مواعيد متاحة هنا الآن. الرجاء المحاولة لاحقًا أو اختيار مكان آخر.
booking-time-unknown = لا أجد هذا الوقت. الرجاء اختيار وقت من القائمة.
booking-confirm =
    الرجاء التحقق من موعدك:
    { booking-details }
booking-confirm-yes = ✅ تأكيد
booking-taken = شخص آخر حجز هذا الوقت الآن. هذه هي الأوقات المتاحة التالية.
booking-slot-gone = هذا الوقت لم يعد متاحًا. الرجاء اختيار وقت آخر.
booking-limit = لديك ما يكفي من المواعيد. الرجاء إلغاء موعد أولًا.
booking-moved = قمت بتغيير موعدك.
booking-done =
    ✅ تم حجز موعدك.
    { booking-details }
    الرجاء إحضار: بطاقة الهوية، السيرة الذاتية والشهادات (إن وجدت).{ $bring ->
        [abroad] { " " }الرجاء إحضار الشهادات من بلدك أيضًا، مع ترجمة إذا كانت عندك.
       *[other] { "" }
    }
    يمكنك إضافة الملف أدناه إلى التقويم.
booking-to-menu = 🏠 القائمة

appointments-list = مواعيدك:
appointments-none = ليس لديك مواعيد.
appointment-details =
    موعدك:
    { booking-details }
appointment-cancel = ❌ إلغاء الموعد
appointment-move = 🔁 تغيير الموعد
appointment-cancel-confirm =
    هل تريد حقًا إلغاء هذا الموعد؟
    { booking-details }
appointment-cancel-yes = نعم، إلغاء
appointment-cancel-no = لا، أبقه
appointment-cancelled = تم إلغاء موعدك.
booking-appointment-gone = هذا الموعد لم يعد موجودًا.

booking-reminder = ⏰ تذكير: موعدك يوم { $day } الساعة { $time }، { $place }.
booking-day-cancelled = للأسف، موعدك يوم { $day } الساعة { $time } ({ $place }) لن يتم. الرجاء حجز موعد جديد من القائمة.

booking-coach-booked =
    📅 موعد جديد: { $day }، { $time }، { $place } (الشخص { $person }).
    { $profile }
booking-coach-moved =
    🔁 تم تغيير الموعد إلى: { $day }، { $time }، { $place } (الشخص { $person }).
    { $profile }
booking-coach-cancelled = ❌ تم إلغاء الموعد: { $day }، { $time }، { $place } (الشخص { $person }).

## Sprechstunden (Coaches und Koordination) / office hours for staff

staff-hours-title = ساعات الاستشارة الخاصة بك في الأسبوعين القادمين. الرجاء اختيار يوم لإلغائه.
staff-hours-none = لا توجد ساعات استشارة في الأسبوعين القادمين.
staff-hours-day = { $day }, { $start }–{ $end } · { $place } · { $booked }
staff-hours-nobody = متاح
staff-hours-cancel-confirm =
    { $day }, { $start }–{ $end }, { $place }
    محجوز: { $booked }
    هل تريد إلغاء هذا اليوم؟ كل من حجز سيصله رسالة بلغته.
staff-hours-cancel-yes = ❌ إلغاء اليوم
staff-hours-cancelled = تم إلغاء اليوم. سأخبر كل من حجز.
staff-hours-gone = هذا اليوم لم يعد في قائمتك.

## الرد على التذكير، الأيام الملغاة، التأكيد بعد غيابين

reminder-come = ✅ سأحضر
reminder-come-thanks = شكرًا! سأخبر مستشارك أنك ستحضر.
booking-not-yours = لا أجد هذا الموعد عندك. لم أغيّر شيئًا.
booking-reminder-past = هذا الموعد بدأ أو انتهى. لم أغيّر شيئًا.
booking-day-cancelled-slots = للأسف، موعدك يوم { $day } الساعة { $time } ({ $place }) لن يتم. هذه هي الأوقات الحرة القادمة. الرجاء اختيار وقت.
booking-confirm-ask = الرجاء تأكيد موعدك يوم { $day } الساعة { $time }، { $place }. اضغط «سأحضر». إذا لم تؤكد حتى منتصف الليل اليوم، سأعطي المكان لشخص آخر.
booking-released = لم تؤكد موعدك يوم { $day } الساعة { $time } ({ $place }). لذلك أعطيت المكان لشخص آخر. يمكنك حجز موعد جديد من القائمة.

## للمستشارين

booking-coach-coming = ✅ الشخص { $person } سيحضر: { $day }، { $time }، { $place }.
booking-coach-released = ❌ لم يتم التأكيد، المكان حر: { $day }، { $time }، { $place } (الشخص { $person }).
booking-coach-unreachable = ⚠️ التذكير للشخص { $person } لم يصل (نافذة واتساب مغلقة أو البوت محظور). الموعد باقٍ: { $day }، { $time }، { $place }.
booking-coach-no-profile = لا يوجد ملف قصير بعد.
booking-attendance-ask = الموعد { $day }، { $time }، { $place } (الشخص { $person }): هل حضر الشخص؟
booking-attended = ✅ حضر
booking-no-show = ❌ لم يحضر
booking-attendance-saved = شكرًا، سجّلت ذلك.
booking-attendance-refused = لا يمكنك تسجيل هذا الموعد: ليس من ساعات استشارتك.
booking-attendance-early = هذا الموعد لم يبدأ بعد.
