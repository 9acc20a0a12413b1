# Lotse – Deutsch (Quelle). Termine buchen, „Meine Termine“, Erinnerungen, Nachrichten an Coaches.
# Einfache Sprache (A2), „Sie“, der Bot spricht als „ich“. Begriffe: docs/glossary.md („Termin“).

## Die Angaben zu einem Termin (in mehreren Nachrichten)

booking-details =
    📅 { $day }, { $time } Uhr
    📍 { $place }{ $address ->
        [none] { "" }
       *[other] , { $address }
    }
    { $coach ->
        [none] 🧑 Ein Coach ist für Sie da.
       *[other] 🧑 Coach: { $coach }
    }

## Buchen

booking-where = Wo möchten Sie einen Termin?
booking-online = 💻 Online / Telefon
booking-any = 📍 Egal wo
booking-slots = Wann passt es Ihnen? Bitte wählen Sie eine Zeit.
booking-slot = { $day }, { $time } · { $place }
booking-no-slots = Im Moment gibt es hier keine freien Termine. Bitte versuchen Sie es später noch einmal oder wählen Sie einen anderen Ort.
booking-time-unknown = Diese Zeit finde ich nicht. Bitte wählen Sie eine Zeit aus der Liste.
booking-confirm =
    Bitte prüfen Sie Ihren Termin:
    { booking-details }
booking-confirm-yes = ✅ Bestätigen
booking-taken = Diese Zeit ist gerade weg. Hier sind die nächsten freien Zeiten.
booking-slot-gone = Diese Zeit gibt es nicht mehr. Bitte wählen Sie eine andere Zeit.
booking-limit = Sie haben schon genug Termine. Bitte sagen Sie zuerst einen Termin ab.
booking-moved = Ich habe Ihren Termin verschoben.
booking-done =
    ✅ Ihr Termin ist gebucht.
    { booking-details }
    Bitte bringen Sie mit: Ausweis, Lebenslauf und Zeugnisse (wenn Sie sie haben).{ $bring ->
        [abroad] { " " }Bringen Sie bitte auch Zeugnisse aus Ihrem Herkunftsland mit, mit Übersetzung, wenn Sie eine haben.
       *[other] { "" }
    }
    Die Datei unten können Sie in Ihren Kalender übernehmen.
booking-to-menu = 🏠 Menü

## Meine Termine

appointments-list = Ihre Termine:
appointments-none = Sie haben keine Termine.
appointment-details =
    Ihr Termin:
    { booking-details }
appointment-cancel = ❌ Absagen
appointment-move = 🔁 Verschieben
appointment-cancel-confirm =
    Möchten Sie diesen Termin wirklich absagen?
    { booking-details }
appointment-cancel-yes = Ja, absagen
appointment-cancel-no = Nein, behalten
appointment-cancelled = Ihr Termin ist abgesagt.
booking-appointment-gone = Diesen Termin gibt es nicht mehr.

## Später (Erinnerung, abgesagter Tag)

booking-reminder = ⏰ Erinnerung: Ihr Termin ist am { $day } um { $time } Uhr, { $place }.
booking-day-cancelled = Leider fällt Ihr Termin am { $day } um { $time } Uhr ({ $place }) aus. Bitte buchen Sie im Menü einen neuen Termin.

## An Coaches (auf Deutsch)

booking-coach-booked =
    📅 Neuer Termin: { $day }, { $time } Uhr, { $place } (Person { $person }).
    { $profile }
booking-coach-moved =
    🔁 Termin verschoben auf: { $day }, { $time } Uhr, { $place } (Person { $person }).
    { $profile }
booking-coach-cancelled = ❌ Termin abgesagt: { $day }, { $time } Uhr, { $place } (Person { $person }).

## Sprechstunden (Coaches und Koordination) / office hours for staff

staff-hours-title = Ihre Sprechstunden in den nächsten zwei Wochen. Wählen Sie einen Tag, um ihn abzusagen.
staff-hours-none = In den nächsten zwei Wochen gibt es keine Sprechstunden.
staff-hours-day = { $day }, { $start }–{ $end } · { $place } · { $booked }
staff-hours-nobody = frei
staff-hours-cancel-confirm =
    { $day }, { $start }–{ $end }, { $place }
    Gebucht: { $booked }
    Diesen Tag absagen? Alle, die gebucht haben, bekommen eine Nachricht in ihrer Sprache.
staff-hours-cancel-yes = ❌ Tag absagen
staff-hours-cancelled = Der Tag ist abgesagt. Ich sage allen Bescheid, die gebucht hatten.
staff-hours-gone = Diesen Tag gibt es nicht mehr in Ihrer Liste.

## Antworten auf Erinnerungen, abgesagte Tage, Bestätigen nach zwei Mal Fehlen

reminder-come = ✅ Ich komme
reminder-come-thanks = Danke! Ich sage Ihrem Coach, dass Sie kommen.
booking-not-yours = Diesen Termin finde ich bei Ihnen nicht. Ich habe nichts geändert.
booking-reminder-past = Dieser Termin hat schon begonnen oder ist vorbei. Ich habe nichts geändert.
booking-day-cancelled-slots = Leider fällt Ihr Termin am { $day } um { $time } Uhr ({ $place }) aus. Hier sind die nächsten freien Zeiten. Bitte wählen Sie eine Zeit.
booking-confirm-ask = Bitte bestätigen Sie Ihren Termin am { $day } um { $time } Uhr, { $place }. Drücken Sie „Ich komme“. Wenn Sie bis heute 24 Uhr nicht bestätigen, gebe ich den Platz frei.
booking-released = Sie haben Ihren Termin am { $day } um { $time } Uhr ({ $place }) nicht bestätigt. Deshalb habe ich den Platz frei gegeben. Im Menü können Sie einen neuen Termin buchen.

## An Coaches (auf Deutsch)

booking-coach-coming = ✅ Person { $person } kommt: { $day }, { $time } Uhr, { $place }.
booking-coach-released = ❌ Nicht bestätigt, Platz frei: { $day }, { $time } Uhr, { $place } (Person { $person }).
booking-coach-unreachable = ⚠️ Die Erinnerung an Person { $person } kam nicht an (WhatsApp-Fenster zu oder Bot blockiert). Der Termin bleibt: { $day }, { $time } Uhr, { $place }.
booking-coach-no-profile = Noch kein Kurzprofil.
booking-attendance-ask = Termin { $day }, { $time } Uhr, { $place } (Person { $person }): Ist die Person gekommen?
booking-attended = ✅ Gekommen
booking-no-show = ❌ Nicht gekommen
booking-attendance-saved = Danke, ich habe es eingetragen.
booking-attendance-refused = Diesen Termin können Sie nicht eintragen: Er gehört nicht zu Ihren Sprechstunden.
booking-attendance-early = Dieser Termin hat noch nicht begonnen.
