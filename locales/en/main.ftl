# Lotse – English. Same keys and arguments as the German source (locales/de).
# Plain language: short sentences, level A2. The bot speaks as "I".
# Terms: docs/glossary.md. How to translate: docs/translating.md.

## Welcome and language

welcome =
    Hello! I am Lotse. 👋
    I help you find work in Germany.
    Which language do you want?
language-suggested = Maybe you write in { $language }. Is that right? Please choose your language.
language-set = Good. I will write in English now.

## Privacy and consent

consent-agree = ✅ I agree
consent-decline = Not now
consent-agree-now = ✅ I agree now
consent-thanks = Thank you! Now we can start.
consent-declined =
    All right. I only store your language.
    Without your OK, I cannot book appointments or ask a coach.
    You can change the language. You can agree later.
consent-withdrawn = You took back your OK. I only store your language now.

## Main menu

menu-title = What do you want to do?
menu-find-work = 💼 Find work
menu-book = 📅 Book appointment
menu-ask-coach = 💬 Ask a coach
menu-appointments = 🗓 My appointments
menu-language = 🌐 Language
menu-my-data = 🔒 My data
feature-not-ready = This is not ready yet. We are working on it. Please choose something else.

## My data

my-data-consented =
    This is what I store about you:
    • Language: { $language }
    • Agreed since: { $since }
    • App: { $channel }
my-data-no-consent =
    This is what I store about you:
    • Language: { $language }
    • App: { $channel }
    You did not agree. I store nothing more.
my-data-withdraw = Take back my OK
my-data-delete = 🗑 Delete everything
back = ⬅️ Back
delete-confirm = Really delete everything? You cannot undo this.
delete-yes = Yes, delete
delete-no = No
data-deleted = Everything is deleted. If you write again, we start again from the beginning.

## When something does not fit

choose-option = Please choose a button. Or write the number.
media-unsupported = I cannot read this yet. Please write text or choose a button.
edited-unsupported = I cannot read changed messages. Please send a new message.
too-long =
    The message is too long. Please write less (at most { $limit ->
        [one] { NUMBER($limit, useGrouping: 0) } character
       *[other] { NUMBER($limit, useGrouping: 0) } characters
    }).
option-stale = This button is old. Here is the current choice.
unknown-command = I do not know this command. Write /help for help.
help =
    How it works:
    /start – start again
    /menu – main menu
    /language – change language
    /help – this help
    You can also write the number of a choice.
error-apology = Sorry, something went wrong. Please try again.

## WhatsApp

# The button that opens a list of choices (at most 20 characters).
list-button = Choose

## Telegram command menu (the descriptions next to /start, /menu, /language, /help)

command-start = Start again
command-menu = Main menu
command-language = Change language
command-help = Help
