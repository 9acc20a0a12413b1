# Lotse – پښتو (Pashto). Platform texts: navigation, privacy note, staff menu, places.
# Same keys and arguments as the German source (locales/de/platform.ftl). Plain language (A2), "تاسو";
# the bot speaks as "I". Right-to-left: a left-to-right mark { "\u200E" } stands right before each
# command and key name. Terms: docs/glossary.md.

## ژبه ټاکل (Choosing a language)

language-choose = کومه ژبه غواړئ؟

## کله چې تڼۍ نه وي (Where there are no buttons: terminal chat)

choose-number = مهرباني وکړئ د یوه انتخاب شمېره ولیکئ.

## تګ راتګ (Navigation buttons, at most 20 characters)

nav-back = { back }
nav-skip = ⏭ تېرول
nav-cancel = ✖ لغوه کول
nav-more = نور ▾
nav-previous = مخکیني ▴
cancelled = لغوه شو.

## د معلوماتو ساتنه (Privacy, version 2026-12)

privacy-note-v2 =
    🔒 ستاسو معلومات
    زه دا ساتم:
    • ستاسو ژبه
    • په پیغام رسوونکي اپ کې ستاسو د حساب شمېره (په WhatsApp کې: ستاسو د تلیفون شمېره)
    • تاسو کله موافقه وکړه او وروستی ځل مو کله ولیکل
    • تاسو په خبرو کې چېرته یاست او هلته مو څه ټاکلي دي
    هغه پیغامونه چې تاسو ما ته لیکئ، کله چې ما ورته ځواب ورکړ، سمدستي یې پاکوم.
    څوک یې ویني: یوازې د ولسوالۍ په اداره (Landratsamt) کې د ادغام د دفتر ټیم.
    پاکول: هر وخت په «زما معلومات» کې.
    آیا تاسو موافق یاست؟
consent-read-note = 📄 متن لوستل

## د اپ نوم (Channel name, in "My data")

channel-telegram = Telegram
channel-whatsapp = WhatsApp
channel-terminal = په ترمینل کې چټ

## په ترمینل کې چټ (Terminal chat)

terminal-hint = مهرباني وکړئ { "\u200E" }/start یا هر څه ولیکئ. { "\u200E" }Ctrl-D چټ پای ته رسوي.

## د سلاکارانو او همغږۍ مینو (Menu for coaches and coordinators)

staff-menu-coach = د سلاکار مینو. څه غواړئ وکړئ؟
staff-menu-coordinator = د همغږۍ مینو. څه غواړئ وکړئ؟
staff-hours = 📅 زما ساعتونه
staff-hours-all = 📅 د مشورې ساعتونه
staff-cases = 💬 پرانیستې غوښتنې
staff-coaches = 👥 سلاکاران
staff-broadcast = 📣 اعلانونه
staff-overview = 📊 لنډیز
staff-coming = دا به ژر راشي. مهرباني وکړئ بل څه وټاکئ.

## ځای ټاکل (Choosing a place)

place-question = په کوم ځای کې اوسېږئ؟ د ځای نوم یا پوستي کوډ ولیکئ.
place-elsewhere = بل ځای
place-unknown = دا ځای نه پېژنم. مهرباني وکړئ له لیست څخه یو وټاکئ.
