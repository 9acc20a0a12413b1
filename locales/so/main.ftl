# Lotse – Soomaali (Somali). Same keys and arguments as the German source (locales/de).
# Plain language: short sentences, level A2. Somali has no polite plural: «adiga» forms, kindly worded.
# Terms: docs/glossary.md. How to translate: docs/translating.md.

## Soo dhawayn iyo luqad (Welcome and language)

welcome =
    Soo dhawoow! Waxaan ahay Lotse. 👋
    Waxaan kaa caawinayaa inaad shaqo ka hesho Jarmalka.
    Luqaddee ayaad rabtaa?
language-suggested = Waxaa laga yaabaa in luqaddaadu tahay { $language }. Ma saxbaa? Fadlan dooro luqaddaada.
language-set = Waa hagaag. Hadda waxaan kuugu qorayaa Af-Soomaali.

## Ilaalinta xogta iyo ogolaansho (Privacy and consent)

consent-agree = ✅ Waan ogolahay
consent-decline = Hadda maya
consent-agree-now = ✅ Haa, waan ogolahay
consent-thanks = Mahadsanid! Hadda waan bilaabi karnaa.
consent-declined =
    Waa hagaag. Kaliya luqaddaada ayaan kaydiyaa.
    Ogolaanshahaaga la'aantiis, ma qabsan karo ballan, mana weydiin karo la-taliye.
    Waad beddeli kartaa luqadda. Goor dambe ayaad ogolaan kartaa.
consent-withdrawn = Waad ka noqotay ogolaanshahaaga. Hadda kaliya luqaddaada ayaan kaydiyaa.

## Liiska ugu weyn (Main menu)

menu-title = Maxaad rabtaa inaad samayso?
menu-find-work = 💼 Shaqo raadin
menu-book = 📅 Ballan qabso
menu-ask-coach = 💬 Weydii la-taliye
menu-appointments = 🗓 Ballamahayga
menu-language = 🌐 Luqadda
menu-my-data = 🔒 Xogtayda
feature-not-ready = Tani weli diyaar ma aha. Waan ka shaqaynaynaa. Fadlan dooro wax kale.

## Xogtayda (My data)

my-data-consented =
    Waa kan waxa aan kaa kaydiyo:
    • Luqadda: { $language }
    • Taariikhda ogolaanshaha: { $since }
    • Barnaamijka: { $channel }
my-data-no-consent =
    Waa kan waxa aan kaa kaydiyo:
    • Luqadda: { $language }
    • Barnaamijka: { $channel }
    Ma aadan ogolaan. Wax kale ma kaydiyo.
my-data-withdraw = Ka noqo ogolaanshaha
my-data-delete = 🗑 Tirtir wax walba
back = ⬅️ Dib u noqo
delete-confirm = Ma hubtaa inaad wax walba tirtirto? Tan dib looma soo celin karo.
delete-yes = Haa, tirtir
delete-no = Maya
data-deleted = Wax walba waa la tirtiray. Haddii aad mar kale ii qorto, waxaan ku bilaabaynaa bilow cusub.

## Marka wax aan ku habboonayn (When something does not fit)

choose-option = Fadlan dooro badhan. Ama qor lambarka.
media-unsupported = Tan weli ma akhrin karo. Fadlan qor qoraal ama dooro badhan.
edited-unsupported = Ma akhrin karo fariimaha la beddelay. Fadlan soo dir fariin cusub.
too-long = Fariintu aad bay u dheer tahay. Fadlan ka gaabi (ugu badnaan { NUMBER($limit, useGrouping: 0) } xaraf).
option-stale = Badhankan waa duug. Kuwani waa doorashooyinka hadda.
unknown-command = Amarkan ma aqaan. Qor /help si aad caawimaad u hesho.
help =
    Sidan ayay u shaqaysaa:
    /start – mar kale bilow
    /menu – liiska ugu weyn
    /language – beddel luqadda
    /help – caawimaaddan
    Waxaad sidoo kale qori kartaa lambarka doorashada.
error-apology = Waan ka xumahay, wax baa khaldamay. Fadlan mar kale isku day.

## WhatsApp

# The button that opens a list of choices (at most 20 characters).
list-button = Dooro

## Telegram command menu (the descriptions next to /start, /menu, /language, /help)

command-start = Dib u bilow
command-menu = Liiska ugu weyn
command-language = Beddel luqadda
command-help = Caawimaad
