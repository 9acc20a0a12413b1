# Lotse – Kurmancî (Kurmanji Kurdish, Latin script). Same keys and arguments as the German source (locales/de).
# Plain language: short sentences, level A2. Polite form: "hûn". One spelling: "menû".
# Terms: docs/glossary.md. How to translate: docs/translating.md.

## Bi xêr hatin û ziman (Welcome and language)

welcome =
    Silav! Ez Lotse me. 👋
    Ez alîkariya we dikim ku hûn li Almanyayê kar bibînin.
    Hûn kîjan zimanî dixwazin?
language-suggested = Dibe ku zimanê we { $language } be. Ev rast e? Ji kerema xwe zimanê xwe hilbijêrin.
language-set = Baş e. Ez ê niha bi Kurmancî binivîsim.

## Parastina agahiyan û razîbûn (Privacy and consent)

consent-agree = ✅ Ez razî me
consent-decline = Niha na
consent-agree-now = ✅ Niha ez razî me
consent-thanks = Spas! Niha em dikarin dest pê bikin.
consent-declined =
    Baş e. Ez tenê zimanê we tomar dikim.
    Bêyî razîbûna we, ez nikarim randevûyê bigirim û nikarim ji şêwirmendekî bipirsim.
    Hûn dikarin zimên biguherînin. Hûn dikarin paşê razî bibin.
consent-withdrawn = We razîbûna xwe paşde kişand. Niha ez tenê zimanê we tomar dikim.

## Menûya sereke (Main menu)

menu-title = Hûn dixwazin çi bikin?
menu-find-work = 💼 Lêgerîna kar
menu-book = 📅 Randevû girtin
menu-ask-coach = 💬 Pirs ji şêwirmendê
menu-appointments = 🗓 Randevûyên min
menu-language = 🌐 Ziman
menu-my-data = 🔒 Agahiyên min
feature-not-ready = Ev hêj tune ye. Em li ser dixebitin. Ji kerema xwe tiştekî din hilbijêrin.

## Agahiyên min (My data)

my-data-consented =
    Ez van agahiyan li ser we tomar dikim:
    • Ziman: { $language }
    • Dîroka razîbûnê: { $since }
    • Sepan: { $channel }
my-data-no-consent =
    Ez van agahiyan li ser we tomar dikim:
    • Ziman: { $language }
    • Sepan: { $channel }
    We razîbûn nedaye. Ez tiştekî din tomar nakim.
my-data-withdraw = Razîbûnê vekişandin
my-data-delete = 🗑 Hemûyan jêbirin
back = ⬅️ Paşve
delete-confirm = Bi rastî hemû tişt were jêbirin? Ev nayê paşvegerandin.
delete-yes = Erê, jê bibe
delete-no = Na
data-deleted = Her tişt hate jêbirin. Eger hûn dîsa binivîsin, em ji nû ve dest pê dikin.

## Dema ku tiştek ne li hev be (When something does not fit)

choose-option = Ji kerema xwe bişkokekê hilbijêrin. An jî hejmarê binivîsin.
media-unsupported = Ez hêj nikarim vê bixwînim. Ji kerema xwe nivîsê binivîsin an bişkokekê hilbijêrin.
edited-unsupported = Ez nikarim peyamên guhertî bixwînim. Ji kerema xwe peyameke nû bişînin.
too-long = Peyam pir dirêj e. Ji kerema xwe kurttir binivîsin (herî zêde { NUMBER($limit, useGrouping: 0) } tîp).
option-stale = Ev bişkok kevn e. Va ne vebijarkên niha.
unknown-command = Ez vê fermanê nas nakim. Ji bo alîkariyê /help binivîsin.
help =
    Ev bi vî awayî dixebite:
    /start – ji nû ve dest pê kirin
    /menu – menûya sereke
    /language – guhertina zimên
    /help – ev alîkarî
    Hûn dikarin hejmara vebijarkekê jî binivîsin.
error-apology = Biborin, tiştek xelet çû. Ji kerema xwe dîsa biceribînin.

## WhatsApp

# The button that opens a list of choices (at most 20 characters).
list-button = Hilbijêrin

## Telegram command menu (the descriptions next to /start, /menu, /language, /help)

command-start = Ji nû ve dest pê kirin
command-menu = Menûya sereke
command-language = Guhertina zimên
command-help = Alîkarî
