# Lotse – ትግርኛ (Tigrinya, Ge'ez script). Same keys and arguments as the German source (locales/de).
# Plain language: short sentences, level A2. Polite form: plural "ንስኹም".
# Terms: docs/glossary.md. How to translate: docs/translating.md.

## እንቋዕ ብደሓን መጻእኩም፣ ቋንቋ (Welcome and language)

welcome =
    ሰላም! ኣነ ሎትሰ እየ። 👋
    ኣብ ጀርመን ስራሕ ንምርካብ እሕግዘኩም።
    ኣየናይ ቋንቋ ትደልዩ?
language-suggested = ምናልባት ቋንቋኹም { $language } እዩ። ቅኑዕ ድዩ? በጃኹም ቋንቋኹም ምረጹ።
language-set = ጽቡቕ። ሕጂ ብትግርኛ ክጽሕፈልኩም እየ።

## ምሕላው ሓበሬታን ፍቓድን (Privacy and consent)

consent-agree = ✅ እሰማማዕ እየ
consent-decline = ሕጂ ኣይኮነን
consent-agree-now = ✅ ሕጂ እሰማማዕ እየ
consent-thanks = የቐንየለይ! ሕጂ ክንጅምር ንኽእል ኢና።
consent-declined =
    ጽቡቕ። ቋንቋኹም ጥራይ እየ ዝዕቅብ።
    ብዘይ ፍቓድኩም ቆጸራ ክሕዝ ወይ ንኣማኻሪ ክሓትት ኣይክእልን እየ።
    ቋንቋ ክትቕይሩ ትኽእሉ ኢኹም። ደሓር እውን ክትሰማምዑ ትኽእሉ ኢኹም።
consent-withdrawn = ፍቓድኩም ተሰሪዙ ኣሎ። ሕጂ ቋንቋኹም ጥራይ እዕቅብ።

## ቀንዲ ዝርዝር (Main menu)

menu-title = እንታይ ክትገብሩ ትደልዩ?
menu-find-work = 💼 ስራሕ ምድላይ
menu-book = 📅 ቆጸራ ምሓዝ
menu-ask-coach = 💬 ንኣማኻሪ ምሕታት
menu-appointments = 🗓 ቆጸራታተይ
menu-language = 🌐 ቋንቋ
menu-my-data = 🔒 ሓበሬታይ
feature-not-ready = እዚ ገና የለን። ኣብኡ ንሰርሕ ኣለና። በጃኹም ካልእ ምረጹ።

## ሓበሬታይ (My data)

my-data-consented =
    ብዛዕባኹም እዚ እዕቅብ:
    • ቋንቋ: { $language }
    • ፍቓድ ዝሃብኩምሉ ዕለት: { $since }
    • ኣፕ: { $channel }
my-data-no-consent =
    ብዛዕባኹም እዚ እዕቅብ:
    • ቋንቋ: { $language }
    • ኣፕ: { $channel }
    ፍቓድ ኣይሃብኩምን። ካልእ ዋላ ሓንቲ ኣይዕቅብን።
my-data-withdraw = ፍቓድ ምስሓብ
my-data-delete = 🗑 ኩሉ ምድምሳስ
back = ⬅️ ንድሕሪት
delete-confirm = ብሓቂ ኩሉ ይደምሰስ ዶ? ድሕሪኡ ክምለስ ኣይክእልን እዩ።
delete-yes = እወ፣ ደምስስ
delete-no = ኣይፋል
data-deleted = ኩሉ ተደምሲሱ። እንደገና እንተ ጸሓፍኩም፣ ካብ መጀመርታ ንጅምር።

## ገለ ነገር ምስ ዘይሰማማዕ (When something does not fit)

choose-option = በጃኹም ሓደ መጠወቒ ምረጹ። ወይ ቁጽሪ ጸሓፉ።
media-unsupported = ነዚ ገና ከንብቦ ኣይክእልን እየ። በጃኹም ጽሑፍ ጸሓፉ ወይ መጠወቒ ምረጹ።
edited-unsupported = ዝተቐየሩ መልእኽትታት ከንብብ ኣይክእልን እየ። በጃኹም ሓድሽ መልእኽቲ ስደዱ።
too-long = እቲ መልእኽቲ ኣዝዩ ነዊሕ እዩ። በጃኹም ሓጺር ጌርኩም ጸሓፉ (እንተበዝሔ { $limit ->
        [one] { NUMBER($limit, useGrouping: 0) } ፊደል
       *[other] { NUMBER($limit, useGrouping: 0) } ፊደላት
    })።
option-stale = እዚ መጠወቒ ኣረጊቱ እዩ። እዚኦም ሕጂ ዘለዉ ምርጫታት እዮም።
unknown-command = ነዚ ትእዛዝ ኣይፈልጦን እየ። ንሓገዝ /help ጸሓፉ።
help =
    ከምዚ ይሰርሕ:
    /start – ካብ መጀመርታ ምጅማር
    /menu – ቀንዲ ዝርዝር
    /language – ቋንቋ ምቕያር
    /help – እዚ ሓገዝ
    ቁጽሪ ሓደ ምርጫ እውን ክትጽሕፉ ትኽእሉ ኢኹም።
error-apology = ይቕሬታ፣ ገለ ጌጋ ተፈጢሩ። በጃኹም እንደገና ፈትኑ።

## WhatsApp

# The button that opens a list of choices (at most 20 characters).
list-button = ምረጹ

## Telegram command menu (the descriptions next to /start, /menu, /language, /help)

command-start = ካብ መጀመርታ ምጅማር
command-menu = ቀንዲ ዝርዝር
command-language = ቋንቋ ምቕያር
command-help = ሓገዝ
