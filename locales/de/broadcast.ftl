# Lotse – Deutsch (Quelle). Ankündigungen und Veranstaltungen: für Menschen und für Koordinatorinnen.
# Einfache Sprache (A2), „Sie“, der Bot spricht als „ich“. Knöpfe höchstens 20 Zeichen.

## Die Ankündigung (der Text ist von einer Koordinatorin, übersetzt)

broadcast-message =
    📣 { $body }
broadcast-event =
    📣 { $body }

    📅 { $when }
    📍 { $place }
    👥 Plätze: { $capacity }
broadcast-event-open =
    📣 { $body }

    📅 { $when }
    📍 { $place }
broadcast-yes = ✅ Ich mache mit
broadcast-no = Diesmal nicht
broadcast-stop = 🔕 Abmelden
broadcast-cancel-place = ✖ Platz absagen
broadcast-ok = 👍 OK

## Antworten auf eine Veranstaltung

event-confirmed =
    ✅ Sie haben einen Platz: { $title }
    📅 { $when }
    📍 { $place }
    Ich erinnere Sie einen Tag vorher.
event-waiting =
    Alle Plätze sind vergeben. Sie stehen auf der Warteliste (Nummer { $position }).
    Wenn ein Platz frei wird, schreibe ich Ihnen.
event-already =
    Sie haben schon einen Platz: { $title }
    📅 { $when }
event-declined = Danke für Ihre Antwort. Vielleicht beim nächsten Mal!
event-cancelled = Ich habe Ihren Platz abgesagt: { $title }. Danke, dass Sie Bescheid sagen.
event-not-signed-up = Sie sind für diese Veranstaltung nicht angemeldet.
event-past = Diese Veranstaltung ist schon vorbei.
event-gone = Diese Veranstaltung gibt es nicht mehr.
event-reminder =
    ⏰ Erinnerung: Morgen ist „{ $title }“.
    📅 { $when }
    📍 { $place }
    Wenn Sie nicht kommen können, sagen Sie bitte Ihren Platz ab.
event-moved-up =
    🎉 Ein Platz ist frei geworden. Jetzt haben Sie einen Platz: { $title }
    📅 { $when }
    📍 { $place }
    Wenn Sie nicht kommen können, sagen Sie bitte Ihren Platz ab.

## Abmelden und wieder anmelden

news-stopped =
    🔕 Ich schicke Ihnen keine Ankündigungen mehr.
    Sie möchten sie wieder bekommen? Drücken Sie den Knopf oder schreiben Sie /start.
news-start = 🔔 Wieder bekommen
news-started = 🔔 Sie bekommen wieder Ankündigungen.

## Für Koordinatorinnen und Koordinatoren: eine Ankündigung schreiben

bc-home = 📣 Ankündigungen. Schreiben Sie eine neue oder sehen Sie den Bericht einer früheren.
bc-new = ✍ Neue Ankündigung
bc-list-entry = #{ $id } { $title } · { $state }
bc-list = 📋 Alle Ankündigungen
bc-text = Bitte schreiben Sie die Ankündigung auf Deutsch. Ich übersetze sie in die Sprachen der Empfänger.
bc-too-long = Der Text ist zu lang. Bitte schreiben Sie höchstens 3000 Zeichen.
bc-audience =
    An wen geht die Ankündigung?
    Sprachen: { $languages }
    Orte: { $towns }
    Deutsch-Niveau: { $levels }
    Veranstaltung: { $event }
    Wer: { $role }
bc-by-language = 🌐 Sprachen
bc-by-place = 📍 Orte
bc-by-german = 🗣 Deutsch-Niveau
bc-by-role = 👥 Wer
bc-by-event = 🎟 Teilnehmende einer Veranstaltung
bc-continue = ➡ Weiter
bc-role-all = alle
bc-role-people = nur Ratsuchende
bc-role-coaches = nur Coaches
bc-pick-languages = Welche Sprachen? Drücken Sie auf eine Sprache, um sie zu wählen. Dann „Fertig“.
bc-pick-municipalities = Welche Orte? Drücken Sie auf einen Ort, um ihn zu wählen. Dann „Fertig“.
bc-pick-german = Welches Deutsch-Niveau (aus dem Fragebogen)? Drücken Sie auf ein Niveau. Dann „Fertig“.
bc-pick-event = Welche Veranstaltung? Die Ankündigung geht an alle mit einem Platz. Drücken Sie auf eine, dann „Fertig“.
bc-no-events = Es gibt keine kommenden Veranstaltungen.
bc-media-caption = Bitte schicken Sie das Foto oder Dokument mit dem Text der Ankündigung als Bildunterschrift.
bc-media-note = 📎 Mit Foto oder Dokument (auf Telegram und WhatsApp).
bc-done = ✅ Fertig
bc-event = Ist das eine Veranstaltung, für die man sich anmeldet?
bc-event-no = Nein, nur Info
bc-event-yes = 📅 Ja
bc-when = Wann ist die Veranstaltung? Schreiben Sie Datum und Uhrzeit, zum Beispiel: 03.12.2026 18:00
bc-time-unknown = Diese Zeit verstehe ich nicht, oder sie ist vorbei. Bitte so: 03.12.2026 18:00
bc-place = Wo ist die Veranstaltung? Schreiben Sie den Ort oder den Link für ein Online-Treffen.
bc-capacity = Wie viele Plätze gibt es? Schreiben Sie eine Zahl.
bc-unlimited = Ohne Grenze
bc-capacity-unknown = Bitte schreiben Sie eine Zahl, zum Beispiel 20.
bc-preview-language =
    { $language } · { $by } · { $channels }

    { $text }
bc-made-source = Original
bc-made-machine = maschinell übersetzt
bc-made-coordinator = Ihr Text
bc-made-german = nicht übersetzt: geht auf Deutsch
bc-preview =
    So sieht die Ankündigung aus (oben, je Sprache).
    Empfänger: { $recipients }
    Abgemeldet (bekommen sie nicht): { $unsubscribed }
    Bot blockiert (bekommen sie nicht): { $blocked }
bc-send-now = 📤 Jetzt senden
bc-schedule = 🕒 Später senden
bc-replace = ✏ Übersetzung ändern
bc-nobody = Niemand bekommt diese Ankündigung. Bitte wählen Sie andere Empfänger.
bc-schedule-when = Wann soll ich sie senden? Schreiben Sie Datum und Uhrzeit, zum Beispiel: 03.12.2026 09:00
bc-replace-which = Welche Übersetzung möchten Sie ersetzen?
bc-replace-text = Bitte schreiben Sie den Text für { $language }. Ich sende ihn so, wie Sie ihn schreiben.
bc-replaced = ✓ Ich nehme Ihren Text.
bc-started = 📤 Ankündigung #{ $id } startet jetzt. Den Fortschritt zeige ich Ihnen in einer Nachricht.
bc-scheduled = 🕒 Ankündigung #{ $id } geht am { $when } los. Bis dahin können Sie sie absagen.
bc-gone = Diese Ankündigung gibt es nicht.
bc-report =
    📣 #{ $id } { $title }
    Stand: { $state }
    Empfänger: { $recipients }
    Zugestellt: { $delivered }
    Noch zu senden: { $queued }
    Fehlgeschlagen: { $failed }
    Bot blockiert: { $blocked }
    Abgemeldet: { $unsubscribed }
    Warten auf das 24-Stunden-Fenster (WhatsApp): { $waiting }
    Anmeldungen: { $signups }
    Warteliste: { $waitlist }
bc-refresh = 🔄 Aktualisieren
bc-cancel = ✖ Absagen
bc-csv = 📄 Teilnehmende (CSV)
bc-cancel-cancelled = ✓ Die Ankündigung ist abgesagt. Niemand hat sie bekommen.
bc-cancel-stopped = ✓ Gestoppt. Was noch nicht gesendet war, geht nicht mehr raus.
bc-cancel-finished = Sie ist schon ganz gesendet. Absagen geht nicht mehr.
bc-cancel-unknown = Diese Ankündigung gibt es nicht.
bc-state-scheduled = geplant
bc-state-sending = wird gesendet
bc-state-paused = Pause (Ruhezeit)
bc-state-done = fertig
bc-state-cancelled = abgesagt
broadcast-progress = 📤 Ankündigung #{ $id }: { $sent } gesendet, { $remaining } noch offen.
broadcast-report =
    📣 Bericht zu Ankündigung #{ $id }
    Zugestellt: { $delivered }
    Fehlgeschlagen: { $failed }
    Bot blockiert: { $blocked }
    Abgemeldet: { $unsubscribed }
    Warten auf das 24-Stunden-Fenster (WhatsApp): { $waiting }
    Anmeldungen: { $signups }
    Warteliste: { $waitlist }

## My data: announcements off or on again

my-data-news-off = 🔕 Ankündigungen aus
my-data-news-on = 🔔 Ankündigungen an
