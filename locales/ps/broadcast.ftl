# لوتسه – پښتو. اعلانونه او پروګرامونه: د خلکو او همغږي کوونکو لپاره.
# ساده ژبه (A2)، «تاسو»، بوټ د «زه» په توګه خبرې کوي. تڼۍ تر ۲۰ تورو پورې.

## اعلان (متن د یو همغږي کوونکي دی، ژباړل شوی)

broadcast-message =
    📣 { $body }
broadcast-event =
    📣 { $body }

    📅 { $when }
    📍 { $place }
    👥 د ځایونو شمېر: { $capacity }
broadcast-event-open =
    📣 { $body }

    📅 { $when }
    📍 { $place }
broadcast-yes = ✅ زه ګډون کوم
broadcast-no = دا ځل نه
broadcast-stop = 🔕 ګډون لغوه کول
broadcast-cancel-place = ✖ زما ځای لغوه کړئ
broadcast-ok = 👍 سمه ده

## یو پروګرام ته ځوابونه

event-confirmed =
    ✅ تاسو یو ځای لرئ: { $title }
    📅 { $when }
    📍 { $place }
    یوه ورځ مخکې به تاسو ته یادونه وکړم.
event-waiting =
    ټول ځایونه ډک دي. تاسو د انتظار په لیست کې یاست (شمېره { $position }).
    که یو ځای خالي شي، تاسو ته به ولیکم.
event-already =
    تاسو له مخکې یو ځای لرئ: { $title }
    📅 { $when }
event-declined = د ځواب لپاره مننه. شاید بل ځل!
event-cancelled = ستاسو ځای مې لغوه کړ: { $title }. مننه چې خبر مو راکړ.
event-not-signed-up = تاسو د دې پروګرام لپاره نوم نه دی لیکلی.
event-past = دا پروګرام تېر شوی دی.
event-gone = دا پروګرام نور نشته.
event-reminder =
    ⏰ یادونه: سبا «{ $title }» دی.
    📅 { $when }
    📍 { $place }
    که نه شئ راتلای، مهرباني وکړئ خپل ځای لغوه کړئ.
event-moved-up =
    🎉 یو ځای خالي شو. اوس تاسو یو ځای لرئ: { $title }
    📅 { $when }
    📍 { $place }
    که نه شئ راتلای، مهرباني وکړئ خپل ځای لغوه کړئ.

## ګډون لغوه کول او بیا ګډون

news-stopped =
    🔕 نور به تاسو ته اعلانونه نه لېږم.
    بیا یې غواړئ؟ تڼۍ کېکاږئ یا ولیکئ: { "\u200E" }/start
news-start = 🔔 بیا یې ترلاسه کړئ
news-started = 🔔 تاسو به بیا اعلانونه ترلاسه کوئ.

## د همغږي کوونکو لپاره: اعلان لیکل

bc-home = 📣 اعلانونه. یو نوی اعلان ولیکئ یا د پخواني اعلان راپور وګورئ.
bc-new = ✍ نوی اعلان
bc-list-entry = #{ $id } { $title } · { $state }
bc-list = 📋 ټول اعلانونه
bc-text = مهرباني وکړئ اعلان په الماني ولیکئ. زه به یې د ترلاسه کوونکو ژبو ته وژباړم.
bc-too-long = متن ډېر اوږد دی. مهرباني وکړئ تر 3000 تورو پورې ولیکئ.
bc-audience =
    اعلان چا ته ورسېږي؟
    ژبې: { $languages }
    ځایونه: { $towns }
    د الماني کچه: { $levels }
    غونډه: { $event }
    څوک: { $role }
bc-by-language = 🌐 ژبې
bc-by-place = 📍 ځایونه
bc-by-german = 🗣 د الماني کچه
bc-by-role = 👥 څوک
bc-by-event = 🎟 د یوې غونډې ګډونوال
bc-continue = ⬅ دوام
bc-role-all = ټول
bc-role-people = یوازې خلک
bc-role-coaches = یوازې سلاکاران
bc-pick-languages = کومې ژبې؟ د ټاکلو لپاره یوه ژبه کېکاږئ. بیا «بشپړ».
bc-pick-municipalities = کوم ځایونه؟ د ټاکلو لپاره یو ځای کېکاږئ. بیا «بشپړ».
bc-pick-german = د الماني کومه کچه (له پوښتنلیک څخه)؟ یوه کچه کېکاږئ. بیا «بشپړ».
bc-pick-event = کومه غونډه؟ اعلان ټولو هغو ته ځي چې ځای لري. یوه کېکاږئ، بیا «بشپړ».
bc-no-events = راتلونکې غونډې نشته.
bc-media-caption = مهرباني وکړئ انځور یا سند د اعلان له متن سره د تشریح په توګه ولېږئ.
bc-media-note = 📎 له انځور یا سند سره (په Telegram او WhatsApp کې).
bc-done = ✅ بشپړ
bc-event = آیا دا داسې پروګرام دی چې نوم پکې لیکل کېږي؟
bc-event-no = نه، یوازې معلومات
bc-event-yes = 📅 هو
bc-when = پروګرام کله دی؟ نېټه او وخت ولیکئ، د بېلګې په توګه: 03.12.2026 18:00
bc-time-unknown = دا وخت نه پوهېږم، یا تېر شوی. مهرباني وکړئ داسې: 03.12.2026 18:00
bc-place = پروګرام چېرته دی؟ ځای یا د آنلاین ګډون لینک ولیکئ.
bc-capacity = څو ځایونه شته؟ یوه شمېره ولیکئ.
bc-unlimited = بې حده
bc-capacity-unknown = مهرباني وکړئ یوه شمېره ولیکئ، د بېلګې په توګه 20.
bc-preview-language =
    { $language } · { $by } · { $channels }

    { $text }
bc-made-source = اصلي
bc-made-machine = ماشیني ژباړه
bc-made-coordinator = ستاسو متن
bc-made-german = نه دی ژباړل شوی: په الماني ځي
bc-preview =
    اعلان داسې ښکاري (پورته، د هرې ژبې لپاره).
    ترلاسه کوونکي: { $recipients }
    ګډون یې لغوه کړی (نه یې ترلاسه کوي): { $unsubscribed }
    بوټ یې بند کړی (نه یې ترلاسه کوي): { $blocked }
bc-send-now = 📤 اوس یې ولېږئ
bc-schedule = 🕒 وروسته یې ولېږئ
bc-replace = ✏ ژباړه بدله کړئ
bc-nobody = هېڅوک دا اعلان نه ترلاسه کوي. مهرباني وکړئ نور ترلاسه کوونکي وټاکئ.
bc-schedule-when = کله یې ولېږم؟ نېټه او وخت ولیکئ، د بېلګې په توګه: 03.12.2026 09:00
bc-replace-which = کومه ژباړه غواړئ بدله کړئ؟
bc-replace-text = مهرباني وکړئ د { $language } لپاره متن ولیکئ. هغه به داسې ولېږم لکه تاسو چې یې لیکئ.
bc-replaced = ✓ ستاسو متن اخلم.
bc-started = 📤 اعلان #{ $id } اوس پیلېږي. پرمختګ به تاسو ته په یوه پیغام کې وښیم.
bc-scheduled = 🕒 اعلان #{ $id } په { $when } پیلېږي. تر هغه وخته یې لغوه کولی شئ.
bc-gone = دا اعلان نشته.
bc-report =
    📣 #{ $id } { $title }
    حالت: { $state }
    ترلاسه کوونکي: { $recipients }
    ورسېد: { $delivered }
    لا باید ولېږل شي: { $queued }
    ناکام: { $failed }
    بوټ یې بند کړی: { $blocked }
    ګډون یې لغوه کړی: { $unsubscribed }
    د ۲۴ ساعتونو کړکۍ ته انتظار (WhatsApp): { $waiting }
    نوم لیکنې: { $signups }
    د انتظار لیست: { $waitlist }
bc-refresh = 🔄 تازه کول
bc-cancel = ✖ لغوه کول
bc-csv = 📄 ګډونوال (CSV)
bc-cancel-cancelled = ✓ اعلان لغوه شو. هېچا ترلاسه نه کړ.
bc-cancel-stopped = ✓ ودرېد. هغه چې لا نه و لېږل شوی، نور نه ځي.
bc-cancel-finished = بشپړ لېږل شوی. نور لغوه کېدای نه شي.
bc-cancel-unknown = دا اعلان نشته.
bc-state-scheduled = پلان شوی
bc-state-sending = لېږل کېږي
bc-state-paused = وقفه (آرام ساعتونه)
bc-state-done = بشپړ
bc-state-cancelled = لغوه شوی
broadcast-progress = 📤 اعلان #{ $id }: { $sent } لېږل شوي، { $remaining } پاتې.
broadcast-report =
    📣 د اعلان #{ $id } راپور
    ورسېد: { $delivered }
    ناکام: { $failed }
    بوټ یې بند کړی: { $blocked }
    ګډون یې لغوه کړی: { $unsubscribed }
    د ۲۴ ساعتونو کړکۍ ته انتظار (WhatsApp): { $waiting }
    نوم لیکنې: { $signups }
    د انتظار لیست: { $waitlist }

## My data: announcements off or on again

my-data-news-off = 🔕 اعلانونه بند
my-data-news-on = 🔔 اعلانونه چالان
