# Lotse – Deutsch. Gespräch mit einem Coach (Übergabe an Menschen), übersetzt in beide Richtungen.

## Für die Person

handoff-opened-always =
    Ich habe Ihre Frage an unsere Coaches weitergegeben. Ein Mensch antwortet Ihnen hier, so bald wie möglich.
handoff-opened-within =
    Ich habe Ihre Frage an unsere Coaches weitergegeben. Ein Mensch antwortet Ihnen hier.
    Die Coaches antworten meistens: { $times }.
handoff-opened-outside =
    Ich habe Ihre Frage an unsere Coaches weitergegeben. Ein Mensch antwortet Ihnen hier.
    Die Coaches antworten meistens: { $times }. Jetzt ist niemand da. Sie bekommen die Antwort später.
handoff-ask-always =
    Ein Mensch antwortet Ihnen hier, so bald wie möglich.
    Schreiben Sie Ihre Frage. Sie können in Ihrer Sprache schreiben: Ich übersetze.
handoff-ask-within =
    Ein Mensch antwortet Ihnen hier.
    Die Coaches antworten meistens: { $times }.
    Schreiben Sie Ihre Frage. Sie können in Ihrer Sprache schreiben: Ich übersetze.
handoff-ask-outside =
    Ein Mensch antwortet Ihnen hier.
    Die Coaches antworten meistens: { $times }. Jetzt ist niemand da. Sie bekommen die Antwort später.
    Schreiben Sie Ihre Frage. Sie können in Ihrer Sprache schreiben: Ich übersetze.
handoff-chat = Schreiben Sie Ihre Nachricht an die Coaches.
handoff-sent = ✓ An die Coaches gesendet.
handoff-end = ✖ Gespräch beenden
handoff-ended = Das Gespräch mit den Coaches ist beendet. Sie können im Menü jederzeit wieder fragen.
handoff-coach-reply =
    { $coach } (Coach):
    { $text }
handoff-coach-reply-untranslated =
    { $coach } (Coach):
    { $text }

    ⚠ Ich konnte diese Nachricht nicht übersetzen.
handoff-closed = { $coach } hat das Gespräch beendet. Hat Ihnen das geholfen? 1 = gar nicht, 5 = sehr.
handoff-rate = Hat Ihnen das Gespräch geholfen? 1 = gar nicht, 5 = sehr.
handoff-thanks = Danke für Ihre Antwort.
syn-handoff-end = beenden, ende, stopp, schluss

## For the coaches' group (always shown in German: coaches work in German)

handoff-group-card =
    🆕 Fall #{ $case } · { $alias }
    Sprache: { $language } · Kanal: { $channel }
    Passende Coaches: { $coaches }
    Termine: { $bookings }
    { $profile }
handoff-group-claim = ✋ Übernehmen
handoff-group-close = ✅ Abschließen
handoff-group-claimed = ✋ Übernommen von { $coach }
handoff-group-message =
    { $alias }: { $translation }

    Original ({ $language }): { $original }
handoff-group-untranslated =
    ⚠ Nicht übersetzt.
    { $alias } ({ $language }): { $original }
handoff-group-plain = { $alias }: { $original }
handoff-group-ended = Die Person hat das Gespräch beendet (Fall #{ $case }).
handoff-group-closed = ✅ Fall #{ $case } abgeschlossen von { $coach }.
handoff-group-rated = ⭐ Bewertung für Fall #{ $case }: { $rating } von 5
handoff-group-note-hint = Notiz (wird nicht gesendet).
handoff-group-no-case = Zu diesem Thema gibt es keinen offenen Fall. Die Nachricht wurde nicht gesendet.
handoff-group-not-member = Nur Mitglieder der Coach-Gruppe können Personen antworten.
handoff-group-escalated = ⏰ Fall #{ $case } wartet zu lange auf eine Antwort. Die Koordination ist informiert.
handoff-escalated =
    ⏰ Fall #{ $case } ({ $alias }) wartet zu lange auf eine Antwort.
    Thema: { $link }
