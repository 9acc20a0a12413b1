# The privacy note (v4: appointments, events, questions to coaches added; flows/consent.py).
# A change in substance gets a new key and a new CONSENT_VERSION: everyone is asked again.

privacy-note-v4 =
    🔒 Ihre Daten
    Ich speichere:
    • Ihre Sprache
    • Ihre Konto-Nummer im Messenger (bei WhatsApp: Ihre Telefonnummer)
    • wann Sie zugestimmt und zuletzt geschrieben haben
    • wo Sie im Gespräch sind und was Sie dort gewählt haben
    • Ihre Antworten zur Arbeit, wenn Sie sie geben: Hilfe, Beruf, Erfahrung, Abschluss, Deutsch, Aufenthalt, Wohnort, Arbeitszeit
    • Termine, die Sie buchen, und Veranstaltungen, für die Sie sich anmelden
    • Ihre Fragen an die Coaches und die Antworten, übersetzt
    Andere Nachrichten an mich lösche ich, sobald ich sie beantwortet habe.
    Wer das sieht: nur das Team der Kreisintegrationsstelle im Landratsamt (Kreisverwaltung) und die Coaches, die Ihnen helfen.
    Schreiben Sie mir lange nicht, lösche ich alles. Eine Woche vorher sage ich es Ihnen.
    Löschen: jederzeit unter „Meine Daten“.
    Sind Sie einverstanden?
# Shown again (without the note above it) after an answer the bot could not use.
consent-question = Sind Sie einverstanden?
