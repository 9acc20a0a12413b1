# Lotse – Deutsch (Quelle). Texte der Plattform: Navigation, Datenschutzhinweis, Personal-Menü, Orte.
# Einfache Sprache (A2), „Sie“, der Bot spricht als „ich“. Begriffe: docs/glossary.md.

## Sprache wählen (mitten im Gespräch oder nach einer unklaren Eingabe)

language-choose = Welche Sprache möchten Sie?

## Wenn es keine Knöpfe gibt (Terminal-Chat)

choose-number = Bitte schreiben Sie die Nummer einer Auswahl.

## Navigation (Knöpfe, höchstens 20 Zeichen)

nav-back = { back }
nav-skip = ⏭ Überspringen
nav-cancel = ✖ Abbrechen
nav-more = Weitere ▾
nav-previous = Vorherige ▴
cancelled = Abgebrochen.

## Datenschutz (Version 2026-12)

privacy-note-v2 =
    🔒 Ihre Daten
    Ich speichere:
    • Ihre Sprache
    • Ihre Konto-Nummer im Messenger (bei WhatsApp: Ihre Telefonnummer)
    • wann Sie zugestimmt und zuletzt geschrieben haben
    • wo Sie im Gespräch sind und was Sie dort gewählt haben
    Ihre Nachrichten an mich lösche ich, sobald ich sie beantwortet habe.
    Wer das sieht: nur das Team der Kreisintegrationsstelle im Landratsamt (Kreisverwaltung).
    Löschen: jederzeit unter „Meine Daten“.
    Sind Sie einverstanden?
consent-read-note = 📄 Hinweis lesen

## Name des Kanals (in „Meine Daten“)

channel-telegram = Telegram
channel-whatsapp = WhatsApp
channel-terminal = Terminal-Chat

## Terminal-Chat

terminal-hint = Schreiben Sie /start oder irgendetwas. Strg-D beendet den Chat.

## Menü für Coaches und Koordination

staff-menu-coach = Coach-Menü. Was möchten Sie tun?
staff-menu-coordinator = Koordinations-Menü. Was möchten Sie tun?
staff-hours = 📅 Meine Sprechstunden
staff-hours-all = 📅 Sprechstunden
staff-cases = 💬 Offene Anfragen
staff-coaches = 👥 Coaches
staff-broadcast = 📣 Ankündigungen
staff-overview = 📊 Überblick
staff-coming = Das kommt bald. Bitte wählen Sie etwas anderes.

## Ort wählen

place-question = In welchem Ort wohnen Sie? Schreiben Sie den Namen oder die Postleitzahl.
place-elsewhere = Anderer Ort
place-unknown = Diesen Ort kenne ich nicht. Bitte wählen Sie aus der Liste.
