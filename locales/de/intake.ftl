# Intake, short profile (Kurzprofil), local offers, my data (issue 7).

privacy-note-v3 =
    🔒 Ihre Daten
    Ich speichere:
    • Ihre Sprache
    • Ihre Konto-Nummer im Messenger (bei WhatsApp: Ihre Telefonnummer)
    • wann Sie zugestimmt und zuletzt geschrieben haben
    • wo Sie im Gespräch sind und was Sie dort gewählt haben
    • Ihre Antworten zur Arbeit, wenn Sie sie geben: Hilfe, Beruf, Erfahrung, Abschluss, Deutsch, Aufenthalt, Wohnort, Arbeitszeit
    Ihre Nachrichten an mich lösche ich, sobald ich sie beantwortet habe.
    Wer das sieht: nur das Team der Kreisintegrationsstelle im Landratsamt (Kreisverwaltung) und die Coaches, die Ihnen helfen.
    Schreiben Sie mir lange nicht, lösche ich alles. Eine Woche vorher sage ich es Ihnen.
    Löschen: jederzeit unter „Meine Daten“.
    Sind Sie einverstanden?

intake-intro =
    💼 Ich stelle Ihnen ein paar kurze Fragen zur Arbeit. Das dauert etwa 2 Minuten.
    Sie können jede Frage überspringen. Danach zeige ich Ihnen passende Angebote.
intake-start = ▶️ Los geht's
intake-later = Später
intake-profile =
    Ihr Profil:
    { $profile }
intake-see-offers = Angebote für mich
intake-change = ✏️ Ändern
intake-checked = ✅ { $label }
intake-done = ✔️ Fertig
intake-edit = ✏️ { $label }

intake-help-question = Wobei möchten Sie Hilfe? Wählen Sie eins oder mehr. Dann wählen Sie „Fertig“.
help-job_search = Arbeit finden
help-apprenticeship = Ausbildung finden
help-cv = Bewerbung schreiben
help-interview = Vorstellungsgespräch
help-forms = Briefe und Formulare
help-recognition = Anerkennung
help-german_course = Deutschkurs

intake-field-question = In welchem Bereich arbeiten Sie oder möchten Sie arbeiten?
field-f1 = Land- und Gartenbau
field-f2 = Produktion/Fertigung
field-f3 = Bau, Gebäudetechnik
field-f4 = IT und Wissenschaft
field-f5 = Verkehr, Logistik
field-f6 = Handel, Hotel
field-f7 = Büro, Verwaltung
field-f8 = Gesundheit, Soziales
field-f9 = Kultur, Medien
field-f0 = Militär
intake-title-question = Was ist Ihr Beruf? Schreiben Sie ihn mit Ihren Worten (zum Beispiel: Koch, Elektriker).
intake-cut = Ihre Antwort war sehr lang. Ich habe den Anfang gespeichert.

intake-experience-question = Wie lange haben Sie in diesem Bereich gearbeitet?
exp-none = Noch gar nicht
exp-short = Weniger als 2 Jahre
exp-mid = 2 bis 5 Jahre
exp-long = Mehr als 5 Jahre

intake-qualification-question = Was ist Ihr höchster Abschluss?
qual-none = Kein Abschluss
qual-school = Schule
qual-vocational = Berufsausbildung
qual-university = Studium
intake-abroad-question = Wo haben Sie diesen Abschluss gemacht?
abroad-yes = Im Ausland
abroad-no = In Deutschland

intake-german-question = Wie gut ist Ihr Deutsch?
german-unknown = Weiß ich nicht
intake-german-examples =
    So sehen die Stufen aus. Was passt am besten?
    A1: Ich verstehe einfache Wörter und Sätze. Ich kann mich vorstellen.
    A2: Ich kann einkaufen und nach dem Weg fragen.
    B1: Ich kann über meine Arbeit und meinen Alltag sprechen.
    B2: Ich kann bei der Arbeit gut mitreden und Texte verstehen.
    C1: Ich spreche fließend, auch über schwierige Themen.
    C2: Ich spreche fast wie eine Muttersprache.

intake-residence-question =
    Welches Aufenthaltspapier haben Sie?
    Ich frage, weil davon abhängt, welche Angebote für Sie passen. Sie können die Frage überspringen.
res-eu = EU-Bürger/in
res-permit = Aufenthaltserlaubnis
res-gestattung = Asylverfahren
res-duldung = Duldung
res-other = Anderes / weiß nicht

intake-place-question = Wo wohnen Sie? Schreiben Sie den Ort oder die Postleitzahl, oder wählen Sie.
intake-outside =
    Für Ihren Wohnort bin ich leider nicht zuständig.
    Bitte wenden Sie sich an die Migrationsberatung (MBE) und an das Jobcenter an Ihrem Wohnort.
    Wir machen trotzdem weiter.

intake-availability-question = Wie können Sie arbeiten? Wählen Sie eins oder mehr. Dann wählen Sie „Fertig“.
avail-full_time = Vollzeit
avail-part_time = Teilzeit
avail-shifts = Schichtarbeit
avail-minijob = Minijob
intake-start-question = Ab wann können Sie arbeiten? Wählen Sie, oder schreiben Sie ein Datum.
start-now = Ab sofort
start-month = In einem Monat
start-later = Später

intake-review =
    Bitte prüfen Sie Ihre Antworten:
    { $profile }
    Stimmt alles? Sie können jede Antwort ändern.
intake-confirm = ✅ Stimmt so
intake-thanks = Danke! Ihre Antworten sind gespeichert.

profile-heading = Kurzprofil
profile-line = { $label }: { $value }
profile-help = Hilfe bei
profile-field = Berufsfeld
profile-title = Beruf
profile-experience = Erfahrung
profile-qualification = Abschluss
profile-german = Deutsch
profile-residence = Aufenthalt
profile-place = Wohnort
profile-availability = Arbeitszeit
profile-start = Ab wann
profile-abroad = (im Ausland)
profile-in-germany = (in Deutschland)
profile-outside = außerhalb des Landkreises

offers-found =
    { $count ->
        [one] Dieses Angebot passt zu Ihnen:
       *[other] Diese { $count } Angebote passen zu Ihnen:
    }

    { $offers }
offers-none = Im Moment habe ich kein passendes Angebot. Fragen Sie gern einen Coach.
offers-menu = Zum Menü
offers-german-only = (Diesen Text gibt es nur auf Deutsch.)
offers-contact = Kontakt: { $value }
offers-address = Adresse: { $value }
offers-recognition-fallback =
    ▪️ Anerkennung Ihres Abschlusses
    Das IQ Netzwerk berät kostenlos zur Anerkennung von Abschlüssen aus dem Ausland.
    https://www.anerkennung-in-deutschland.de

my-data-answers =
    { $data }
    Ihre Antworten:
    { $answers }
my-data-change = ✏️ Antworten ändern
my-data-export = 📄 Als Datei
my-data-export-caption = Ihre Daten bei Lotse
my-data-export-sent = Hier sind alle Daten, die ich über Sie speichere, als Datei (JSON).
my-data-export-done = Fertig

retention-warning =
    Sie haben mir lange nicht geschrieben. In einer Woche lösche ich Ihr Profil und Ihre Antworten.
    Schreiben Sie mir irgendetwas, dann bleibt Ihr Profil.
