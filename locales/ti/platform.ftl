# Lotse – ትግርኛ (Tigrinya, Ge'ez script). Platform texts: navigation, privacy note, staff menu, places.
# Same keys and arguments as the German source (locales/de/platform.ftl). Plain language (A2), polite
# plural "ንስኹም"; the bot speaks as "I". Buttons use verbal nouns like main.ftl. Terms: docs/glossary.md.

## ቋንቋ ምምራጽ (Choosing a language)

language-choose = ኣየናይ ቋንቋ ትደልዩ?

## መጠወቒ ምስ ዘየለ (Where there are no buttons: terminal chat)

choose-number = በጃኹም ቁጽሪ ሓደ ምርጫ ጸሓፉ።

## ምንቅስቓስ (Navigation buttons, at most 20 characters)

nav-back = { back }
nav-skip = ⏭ ምሕላፍ
nav-cancel = ✖ ምስራዝ
nav-more = ተወሳኺ ▾
nav-previous = ዝቐደሙ ▴
cancelled = ተሰሪዙ።

## ምሕላው ሓበሬታ (Privacy, version 2026-12)

privacy-note-v2 =
    🔒 ሓበሬታኹም
    ኣነ እዚ እዕቅብ:
    • ቋንቋኹም
    • ኣብ ናይ መልእኽቲ ኣፕ ዘሎ ቁጽሪ ሕሳብኩም (ኣብ WhatsApp: ቁጽሪ ተሌፎንኩም)
    • መዓስ ከም ዝተሰማማዕኩምን ንመወዳእታ ግዜ መዓስ ከም ዝጸሓፍኩምን
    • ኣብ ዘረባና ኣበይ ከም ዘለኹምን ኣብኡ እንታይ ከም ዝመረጽኩምን
    ዝጸሓፍኩምለይ መልእኽትታት ምስ መለስኩሎም ብኡንብኡ እድምስሶም እየ።
    መን ይርእዮ: ኣብ Landratsamt (ምምሕዳር ከባቢ) ዘሎ ጉጅለ ቤት ጽሕፈት ምውህሃድ ጥራይ።
    ምድምሳስ: ኣብ ዝኾነ እዋን ኣብ «ሓበሬታይ»።
    ትሰማምዑ ዶ?
consent-read-note = 📄 ጽሑፍ ምንባብ

## ስም ኣፕ (Channel name, in "My data")

channel-telegram = Telegram
channel-whatsapp = WhatsApp
channel-terminal = ቻት ተርሚናል

## ቻት ተርሚናል (Terminal chat)

terminal-hint = /start ወይ ዝኾነ ነገር ጸሓፉ። Ctrl-D ነቲ ቻት የብቅዖ።

## ዝርዝር ንኣማኸርትን ኣወሃሃድትን (Menu for coaches and coordinators)

staff-menu-coach = ቀንዲ ዝርዝር ኣማኸርቲ። እንታይ ክትገብሩ ትደልዩ?
staff-menu-coordinator = ቀንዲ ዝርዝር ኣወሃሃድቲ። እንታይ ክትገብሩ ትደልዩ?
staff-hours = 📅 ናይ ምኽሪ ሰዓታተይ
staff-hours-all = 📅 ናይ ምኽሪ ሰዓታት
staff-cases = 💬 ክፉታት ሕቶታት
staff-coaches = 👥 ኣማኸርቲ
staff-broadcast = 📣 ምልክታታት
staff-overview = 📊 ጽማቝ
staff-coming = እዚ ቀልጢፉ ክመጽእ እዩ። በጃኹም ካልእ ምረጹ።

## ቦታ ምምራጽ (Choosing a place)

place-question = ኣበየናይ ቦታ ኢኹም እትነብሩ? ስም ናይቲ ቦታ ወይ ፖስታዊ ኮድ ጸሓፉ።
place-elsewhere = ካልእ ቦታ
place-unknown = ነዚ ቦታ ኣይፈልጦን እየ። በጃኹም ካብቲ ዝርዝር ምረጹ።
