# Lotse – English. Platform texts: navigation, privacy note, staff menu, places.
# Plain language (A2); the bot speaks as "I". Terms: docs/glossary.md.

## Choosing a language (mid-conversation or after unclear input)

language-choose = Which language do you want?

## Where there are no buttons (terminal chat)

choose-number = Please write the number of your choice.

## Navigation (buttons, at most 20 characters)

nav-back = { back }
nav-skip = ⏭ Skip
nav-cancel = ✖ Cancel
nav-more = More ▾
nav-previous = Previous ▴
cancelled = Cancelled.

## Privacy (version 2026-12)

privacy-note-v2 =
    🔒 Your data
    I store:
    • your language
    • your account number in the messenger (on WhatsApp: your phone number)
    • when you agreed and when you last wrote
    • where you are in our chat and what you chose there
    I delete your messages to me as soon as I have answered them.
    Who sees this: only the team of the integration office at the Landratsamt (district office).
    Delete: any time under “My data”.
    Do you agree?
consent-read-note = 📄 Read the note

## Channel name (in “My data”)

channel-telegram = Telegram
channel-whatsapp = WhatsApp
channel-terminal = terminal chat

## Terminal chat

terminal-hint = Write /start or anything. Ctrl-D ends the chat.

## Menu for coaches and coordinators

staff-menu-coach = Coach menu. What do you want to do?
staff-menu-coordinator = Coordination menu. What do you want to do?
staff-hours = 📅 My office hours
staff-hours-all = 📅 Office hours
staff-cases = 💬 Open requests
staff-coaches = 👥 Coaches
staff-broadcast = 📣 Announcements
staff-overview = 📊 Overview
staff-coming = This is coming soon. Please choose something else.

## Choosing a place

place-question = Where do you live? Write the name of the town or the postcode.
place-elsewhere = Another place
place-unknown = I do not know this place. Please choose from the list.
