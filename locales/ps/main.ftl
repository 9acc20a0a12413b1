# Lotse – پښتو (Pashto). Same keys and arguments as the German source (locales/de).
# Plain language: short sentences, level A2. Right-to-left; Fluent isolates the variables.
# Commands: the description first, then { "\u200E" } right before the "/". "Back" points right: ➡️.
# Terms: docs/glossary.md. How to translate: docs/translating.md.

## ښه راغلاست او ژبه (Welcome and language)

welcome =
    سلام! زه لوتسه یم. 👋
    زه په آلمان کې د کار په موندلو کې له تاسو سره مرسته کوم.
    کومه ژبه غواړئ؟
language-suggested = ښایي ستاسو ژبه { $language } وي. دا سمه ده؟ مهرباني وکړئ خپله ژبه وټاکئ.
language-set = ښه. اوس به په پښتو درته لیکم.

## د معلوماتو ساتنه او موافقه (Privacy and consent)

consent-agree = ✅ موافق یم
consent-decline = اوس نه
consent-agree-now = ✅ اوس موافق یم
consent-thanks = مننه! اوس کولی شو پیل وکړو.
consent-declined =
    سمه ده. زه یوازې ستاسو ژبه ساتم.
    له موافقې پرته نه شم کولی د مشورې وخت ونیسم او نه له سلاکار څخه پوښتنه وکړم.
    تاسو کولی شئ ژبه بدله کړئ. وروسته هم موافقه کولی شئ.
consent-withdrawn = ستاسو موافقه بېرته واخیستل شوه. اوس یوازې ستاسو ژبه ساتم.

## اصلي مینو (Main menu)

menu-title = څه غواړئ وکړئ؟
menu-find-work = 💼 کار موندل
menu-book = 📅 د مشورې وخت نیول
menu-ask-coach = 💬 له سلاکار پوښتنه
menu-appointments = 🗓 زما وختونه
menu-language = 🌐 ژبه
menu-my-data = 🔒 زما معلومات
feature-not-ready = دا لا تر اوسه نشته. موږ پرې کار کوو. مهرباني وکړئ بل څه وټاکئ.

## زما معلومات (My data)

my-data-consented =
    زه ستاسو په اړه دا ساتم:
    • ژبه: { $language }
    • د موافقې نېټه: { $since }
    • اپ: { $channel }
my-data-no-consent =
    زه ستاسو په اړه دا ساتم:
    • ژبه: { $language }
    • اپ: { $channel }
    تاسو موافقه نه ده کړې. نور څه نه ساتم.
my-data-withdraw = موافقه بېرته اخیستل
my-data-delete = 🗑 ټول پاکول
back = ➡️ شاته
delete-confirm = رښتیا ټول پاک شي؟ بیا یې نه شئ راګرځولی.
delete-yes = هو، پاک یې کړه
delete-no = نه
data-deleted = ټول پاک شول. که بیا ولیکئ، له سره پیل کوو.

## کله چې یو څه سم نه وي (When something does not fit)

choose-option = مهرباني وکړئ یوه تڼۍ وټاکئ. یا شمېره ولیکئ.
media-unsupported = دا لا نه شم لوستلی. مهرباني وکړئ متن ولیکئ یا یوه تڼۍ وټاکئ.
edited-unsupported = بدل شوي پیغامونه نه شم لوستلی. مهرباني وکړئ نوی پیغام ولېږئ.
too-long =
    پیغام ډېر اوږد دی. مهرباني وکړئ لنډ یې ولیکئ (تر { $limit ->
        [one] { NUMBER($limit, useGrouping: 0) } توري
       *[other] { NUMBER($limit, useGrouping: 0) } تورو
    } زیات نه).
option-stale = دا تڼۍ زړه ده. دا اوسني انتخابونه دي.
unknown-command = دا امر نه پېژنم. د مرستې لپاره { "\u200E" }/help ولیکئ.
help =
    داسې کار کوي:
    له سره پیل – { "\u200E" }/start
    اصلي مینو – { "\u200E" }/menu
    ژبه بدلول – { "\u200E" }/language
    دا مرسته – { "\u200E" }/help
    تاسو کولی شئ د یوه انتخاب شمېره هم ولیکئ.
error-apology = بښنه غواړم، یوه ستونزه پېښه شوه. مهرباني وکړئ بیا هڅه وکړئ.

## WhatsApp

# The button that opens a list of choices (at most 20 characters).
list-button = غوره کړئ

## Telegram command menu (the descriptions next to /start, /menu, /language, /help)

command-start = بیا پیل کول
command-menu = اصلي مینو
command-language = ژبه بدلول
command-help = مرسته
