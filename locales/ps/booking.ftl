# لوتسه – پښتو. د مشورې وخت نیول، «زما وختونه»، یادونه، سلاکارانو ته پیغامونه.

booking-details =
    📅 { $day }، { $time }
    📍 { $place }{ $address ->
        [none] { "" }
       *[other] ، { $address }
    }
    { $coach ->
        [none] 🧑 یو سلاکار به ستاسو لپاره هلته وي.
       *[other] 🧑 سلاکار: { $coach }
    }

booking-where = د مشورې وخت چیرته غواړئ؟
booking-online = 💻 آنلاین / ټیلیفون
booking-any = 📍 هر ځای
booking-slots = کوم وخت ستاسو لپاره ښه دی؟ مهرباني وکړئ یو وخت غوره کړئ.
booking-slot = { $day }، { $time } · { $place }
booking-no-slots = اوس دلته خالي وخت نشته. مهرباني وکړئ وروسته بیا هڅه وکړئ یا بل ځای غوره کړئ.
booking-time-unknown = دا وخت نه مومم. مهرباني وکړئ له لیست څخه یو وخت غوره کړئ.
booking-confirm =
    مهرباني وکړئ خپل وخت وګورئ:
    { booking-details }
booking-confirm-yes = ✅ تایید
booking-taken = بل چا همدا اوس دا وخت ونیو. دا راتلونکي خالي وختونه دي.
booking-slot-gone = دا وخت نور نشته. مهرباني وکړئ بل وخت غوره کړئ.
booking-limit = تاسو کافي وختونه لرئ. مهرباني وکړئ لومړی یو لغوه کړئ.
booking-moved = ما ستاسو وخت بدل کړ.
booking-done =
    ✅ ستاسو وخت ونیول شو.
    { booking-details }
    مهرباني وکړئ له ځان سره راوړئ: تذکره، د ژوند لیک او سندونه (که یې لرئ).{ $bring ->
        [abroad] { " " }مهرباني وکړئ د خپل هېواد اسناد هم راوړئ، که ژباړه لرئ هغه هم.
       *[other] { "" }
    }
    لاندې فایل خپل کلیز ته اضافه کولی شئ.
booking-to-menu = 🏠 مینو

appointments-list = ستاسو وختونه:
appointments-none = تاسو هیڅ وخت نه لرئ.
appointment-details =
    ستاسو وخت:
    { booking-details }
appointment-cancel = ❌ وخت لغوه کول
appointment-move = 🔁 وخت بدلول
appointment-cancel-confirm =
    آیا واقعاً غواړئ دا وخت لغوه کړئ؟
    { booking-details }
appointment-cancel-yes = هو، لغوه یې کړه
appointment-cancel-no = نه، پاتې دې وي
appointment-cancelled = ستاسو وخت لغوه شو.
booking-appointment-gone = دا وخت نور نشته.

booking-reminder = ⏰ یادونه: ستاسو د مشورې وخت { $day } په { $time }، { $place } کې دی.
booking-day-cancelled = بښنه غواړم، ستاسو وخت { $day } په { $time } ({ $place }) نه کېږي. مهرباني وکړئ په مینو کې نوی وخت ونیسئ.

booking-coach-booked =
    📅 نوی وخت: { $day }، { $time }، { $place } (کس { $person }).
    { $profile }
booking-coach-moved =
    🔁 وخت بدل شو: { $day }، { $time }، { $place } (کس { $person }).
    { $profile }
booking-coach-cancelled = ❌ وخت لغوه شو: { $day }، { $time }، { $place } (کس { $person }).

## Sprechstunden (Coaches und Koordination) / office hours for staff

staff-hours-title = ستاسو د مشورې ساعتونه په راتلونکو دوو اونیو کې. د لغوه کولو لپاره یوه ورځ غوره کړئ.
staff-hours-none = په راتلونکو دوو اونیو کې د مشورې ساعتونه نشته.
staff-hours-day = { $day }, { $start }–{ $end } · { $place } · { $booked }
staff-hours-nobody = خالي
staff-hours-cancel-confirm =
    { $day }, { $start }–{ $end }, { $place }
    نیول شوي: { $booked }
    آیا دا ورځ لغوه شي؟ ټول هغه کسان چې وخت یې نیولی په خپله ژبه پیغام ترلاسه کوي.
staff-hours-cancel-yes = ❌ ورځ لغوه کول
staff-hours-cancelled = ورځ لغوه شوه. ټولو هغو کسانو ته چې وخت یې نیولی و خبر ورکوم.
staff-hours-gone = دا ورځ نور ستاسو په لیست کې نشته.

## یادونو ته ځوابونه، لغوه شوې ورځې، له دوو نه راتلو وروسته تایید

reminder-come = ✅ زه راځم
reminder-come-thanks = مننه! ستاسو سلاکار ته به ووایم چې تاسو راځئ.
booking-not-yours = دا وخت ستاسو لپاره نه مومم. ما هیڅ نه دي بدل کړي.
booking-reminder-past = دا وخت پیل شوی یا تېر شوی دی. ما هیڅ نه دي بدل کړي.
booking-day-cancelled-slots = بښنه غواړم، ستاسو وخت { $day } په { $time } ({ $place }) نه کېږي. دا راتلونکي خالي وختونه دي. مهرباني وکړئ یو وخت وټاکئ.
booking-confirm-ask = مهرباني وکړئ خپل وخت { $day } په { $time }، { $place } تایید کړئ. «زه راځم» کېکاږئ. که تاسو د نن تر نیمې شپې تایید نه کړئ، ځای به بل چا ته ورکړم.
booking-released = تاسو خپل وخت { $day } په { $time } ({ $place }) تایید نه کړ. نو ما ځای بل چا ته ورکړ. تاسو په مینو کې نوی وخت نیولی شئ.

## سلاکارانو ته

booking-coach-coming = ✅ کس { $person } راځي: { $day }، { $time }، { $place }.
booking-coach-released = ❌ تایید نه شو، ځای خالي شو: { $day }، { $time }، { $place } (کس { $person }).
booking-coach-unreachable = ⚠️ کس { $person } ته یادونه ونه رسېده (د واټس‌اپ کړکۍ بنده ده یا بوټ بند شوی). وخت پاتې دی: { $day }، { $time }، { $place }.
booking-coach-no-profile = لا لنډ پروفایل نشته.
booking-attendance-ask = وخت { $day }، { $time }، { $place } (کس { $person }): آیا کس راغی؟
booking-attended = ✅ راغی
booking-no-show = ❌ رانغی
booking-attendance-saved = مننه، ما ثبت کړ.
booking-attendance-refused = تاسو دا وخت نه شئ ثبتولی: دا ستاسو د مشورې ساعتونه نه دي.
booking-attendance-early = دا وخت لا نه دی پیل شوی.
