# Lotse – Soomaali (Somali). Platform texts: navigation, privacy note, staff menu, places.
# Same keys and arguments as the German source (locales/de/platform.ftl). Plain language (A2); singular
# "you" as in main.ftl (Somali has no polite form); the bot speaks as "I". Terms: docs/glossary.md.

## Doorashada luqadda (Choosing a language)

language-choose = Luqaddee ayaad rabtaa?

## Marka aysan jirin badhamo (Where there are no buttons: terminal chat)

choose-number = Fadlan qor lambarka doorashada.

## Dhex-socodka (Navigation buttons, at most 20 characters)

nav-back = { back }
nav-skip = ⏭ Ka bood
nav-cancel = ✖ Jooji
nav-more = Kuwo kale ▾
nav-previous = Kuwii hore ▴
cancelled = Waa la joojiyay.

## Ilaalinta xogta (Privacy, version 2026-12)

privacy-note-v2 =
    🔒 Xogtaada
    Waxaan kaydiyaa:
    • luqaddaada
    • lambarka akoonkaaga ee barnaamijka fariimaha (WhatsApp-ka: lambarka taleefankaaga)
    • goorta aad ogolaatay iyo goorta ugu dambaysay ee aad wax qortay
    • meesha aad ka joogto wadahadalka iyo waxa aad halkaas ku dooratay
    Fariimaha aad ii soo qorto waan tirtiraa isla marka aan ka jawaabo.
    Yaa arka: Kaliya kooxda xafiiska isdhexgalka ee Landratsamt (xafiiska degmada).
    Tirtirid: Waqti kasta, gudaha “Xogtayda”.
    Ma ogoshahay?
consent-read-note = 📄 Akhri qoraalka

## Magaca barnaamijka (Channel name, in "My data")

channel-telegram = Telegram
channel-whatsapp = WhatsApp
channel-terminal = sheekada terminalka

## Sheekada terminalka (Terminal chat)

terminal-hint = Qor /start ama wax kasta. Ctrl-D wuxuu joojiyaa sheekada.

## Liiska la-taliyayaasha iyo isku-duwidda (Menu for coaches and coordinators)

staff-menu-coach = Liiska la-taliyaha. Maxaad rabtaa inaad samayso?
staff-menu-coordinator = Liiska isku-duwidda. Maxaad rabtaa inaad samayso?
staff-hours = 📅 Saacadahayga
staff-hours-all = 📅 Saacadaha oo dhan
staff-cases = 💬 Codsiyo furan
staff-coaches = 👥 La-taliyayaasha
staff-broadcast = 📣 Ogeysiisyo
staff-overview = 📊 Guudmar
staff-coming = Tani dhowaan ayay imanaysaa. Fadlan dooro wax kale.

## Doorashada meesha (Choosing a place)

place-question = Xaggee ku nooshahay? Qor magaca meesha ama koodhka boostada.
place-elsewhere = Meel kale
place-unknown = Meeshan ma aqaan. Fadlan ka dooro liiska.
