# Lotse – deutsche Quelltexte. Alle anderen Sprachen haben dieselben Schlüssel und Argumente.
# Einfache Sprache: kurze Sätze, Niveau A2. „Sie“; der Bot spricht als „ich“.
# Begriffe: docs/glossary.md. Anleitung für Übersetzer: docs/translating.md.

## Begrüßung und Sprache

welcome =
    Hallo! Ich bin Lotse. 👋
    Ich helfe Ihnen bei der Arbeitssuche in Deutschland.
    Welche Sprache möchten Sie?
language-suggested = Sie schreiben vielleicht { $language }. Ist das richtig? Bitte wählen Sie Ihre Sprache.
language-set = Gut. Ich schreibe jetzt auf Deutsch.

## Datenschutz und Einwilligung

consent-agree = ✅ Einverstanden
consent-decline = Jetzt nicht
consent-agree-now = ✅ Doch einverstanden
consent-thanks = Danke! Jetzt können wir anfangen.
consent-declined =
    In Ordnung. Ich speichere nur Ihre Sprache.
    Ohne Ihr Einverständnis kann ich keine Termine buchen und keinen Coach fragen.
    Sie können die Sprache ändern. Sie können später zustimmen.
consent-withdrawn = Ihr Einverständnis ist zurückgenommen. Ich speichere nur noch Ihre Sprache.

## Hauptmenü

menu-title = Was möchten Sie tun?
menu-find-work = 💼 Arbeit finden
menu-book = 📅 Termin buchen
menu-ask-coach = 💬 Coach fragen
menu-appointments = 🗓 Meine Termine
menu-language = 🌐 Sprache
menu-my-data = 🔒 Meine Daten
feature-not-ready = Das gibt es noch nicht. Wir arbeiten daran. Bitte wählen Sie etwas anderes.

## Meine Daten

my-data-consented =
    Das speichere ich über Sie:
    • Sprache: { $language }
    • Einverstanden seit: { $since }
    • App: { $channel }
my-data-no-consent =
    Das speichere ich über Sie:
    • Sprache: { $language }
    • App: { $channel }
    Sie haben nicht zugestimmt. Mehr speichere ich nicht.
my-data-withdraw = Zustimmung beenden
my-data-delete = 🗑 Alles löschen
back = ⬅️ Zurück
delete-confirm = Wirklich alles löschen? Das kann man nicht rückgängig machen.
delete-yes = Ja, löschen
delete-no = Nein
data-deleted = Alles ist gelöscht. Wenn Sie wieder schreiben, fangen wir neu an.

## Wenn etwas nicht passt

choose-option = Bitte wählen Sie einen Knopf. Oder schreiben Sie die Nummer.
media-unsupported = Das kann ich noch nicht lesen. Bitte schreiben Sie Text oder wählen Sie einen Knopf.
edited-unsupported = Geänderte Nachrichten kann ich nicht lesen. Bitte schicken Sie eine neue Nachricht.
too-long =
    Die Nachricht ist zu lang. Bitte schreiben Sie kürzer (höchstens { $limit ->
        [one] { NUMBER($limit, useGrouping: 0) } Zeichen
       *[other] { NUMBER($limit, useGrouping: 0) } Zeichen
    }).
option-stale = Dieser Knopf ist alt. Hier ist die aktuelle Auswahl.
unknown-command = Diesen Befehl kenne ich nicht. Schreiben Sie /help für Hilfe.
help =
    So geht es:
    /start – von vorne anfangen
    /menu – Hauptmenü
    /language – Sprache ändern
    /help – diese Hilfe
    Sie können auch die Nummer einer Auswahl schreiben.
error-apology = Entschuldigung, da ist etwas schiefgegangen. Bitte versuchen Sie es noch einmal.

## WhatsApp

# Der Knopf, der eine Auswahlliste öffnet (höchstens 20 Zeichen).
list-button = Auswählen

## Telegram command menu (the descriptions next to /start, /menu, /language, /help)

command-start = Von vorne anfangen
command-menu = Hauptmenü
command-language = Sprache ändern
command-help = Hilfe
