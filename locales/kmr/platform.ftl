# Lotse – Kurmancî (Kurmanji Kurdish, Latin script). Platform texts: navigation, privacy note, staff
# menu, places. Same keys and arguments as the German source (locales/de/platform.ftl).
# Plain language (A2), polite "hûn"; the bot speaks as "I". Terms: docs/glossary.md.

## Hilbijartina zimên (Choosing a language)

language-choose = Hûn kîjan zimanî dixwazin?

## Dema ku bişkok tune ne (Where there are no buttons: terminal chat)

choose-number = Ji kerema xwe hejmara vebijarkekê binivîsin.

## Gerîn (Navigation buttons, at most 20 characters)

nav-back = { back }
nav-skip = ⏭ Derbaskirin
nav-cancel = ✖ Betalkirin
nav-more = Zêdetir ▾
nav-previous = Yên berê ▴
cancelled = Hate betalkirin.

## Parastina agahiyan (Privacy, version 2026-12)

privacy-note-v2 =
    🔒 Agahiyên we
    Ez van tomar dikim:
    • zimanê we
    • hejmara hesabê we di sepana peyaman de (di WhatsAppê de: hejmara telefona we)
    • we kengî razîbûna xwe da û cara dawî kengî nivîsî
    • hûn di axaftinê de li ku ne û we li wir çi hilbijart
    Ez peyamên ku hûn ji min re dinivîsin jê dibim, hema ku min bersiva wan da.
    Kî dibîne: Tenê tîma nivîsgeha entegrasyonê ya li Landratsamt (rêveberiya navçeyê).
    Jêbirin: Her dem di beşa “Agahiyên min” de.
    Hûn razî ne?
consent-read-note = 📄 Nivîsê bixwînin

## Navê sepanê (Channel name, in "My data")

channel-telegram = Telegram
channel-whatsapp = WhatsApp
channel-terminal = chata termînalê

## Chata termînalê (Terminal chat)

terminal-hint = /start an her tiştî binivîsin. Ctrl-D axaftinê diqedîne.

## Menû ji bo şêwirmend û hevrêzkirinê (Menu for coaches and coordinators)

staff-menu-coach = Menûya şêwirmendan. Hûn dixwazin çi bikin?
staff-menu-coordinator = Menûya hevrêzkirinê. Hûn dixwazin çi bikin?
staff-hours = 📅 Demên şêwira min
staff-hours-all = 📅 Demên şêwirê
staff-cases = 💬 Daxwazên vekirî
staff-coaches = 👥 Şêwirmend
staff-broadcast = 📣 Daxuyanî
staff-overview = 📊 Nêrîna giştî
staff-coming = Ev di demeke nêzîk de tê. Ji kerema xwe tiştekî din hilbijêrin.

## Hilbijartina cih (Choosing a place)

place-question = Hûn li kîjan cihî dijîn? Navê cih an koda postê binivîsin.
place-elsewhere = Cihekî din
place-unknown = Ez vî cihî nas nakim. Ji kerema xwe ji lîsteyê hilbijêrin.
