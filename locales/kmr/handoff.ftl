# Lotse – Kurmancî. Axaftin bi şêwirmendekî re (radestkirin ji mirovan re), wergera herdu aliyan.

## Ji bo kesê

handoff-opened-always =
    Min pirsa we ji şêwirmendên me re şand. Mirovek dê li vir zûtirîn bersiva we bide.
handoff-opened-within =
    Min pirsa we ji şêwirmendên me re şand. Mirovek dê li vir bersiva we bide.
    Şêwirmend bi gelemperî di van demên de bersiv didin: { $times }.
handoff-opened-outside =
    Min pirsa we ji şêwirmendên me re şand. Mirovek dê li vir bersiva we bide.
    Şêwirmend bi gelemperî di van demên de bersiv didin: { $times }. Niha kes ne li vir e. Hûn ê bersivê paşê bistînin.
handoff-ask-always =
    Mirovek dê li vir zûtirîn bersiva we bide.
    Ji kerema xwe pirsa xwe binivîsin. Hûn dikarin bi zimanê xwe binivîsin: ez werdigerînim.
handoff-ask-within =
    Mirovek dê li vir bersiva we bide.
    Şêwirmend bi gelemperî di van demên de bersiv didin: { $times }.
    Ji kerema xwe pirsa xwe binivîsin. Hûn dikarin bi zimanê xwe binivîsin: ez werdigerînim.
handoff-ask-outside =
    Mirovek dê li vir bersiva we bide.
    Şêwirmend bi gelemperî di van demên de bersiv didin: { $times }. Niha kes ne li vir e. Hûn ê bersivê paşê bistînin.
    Ji kerema xwe pirsa xwe binivîsin. Hûn dikarin bi zimanê xwe binivîsin: ez werdigerînim.
handoff-chat = Ji kerema xwe peyama xwe ji şêwirmendan re binivîsin.
handoff-sent = ✓ Ji şêwirmendan re hat şandin.
handoff-end = ✖ Axaftinê biqedîne
handoff-ended = Axaftina bi şêwirmendan re qediya. Hûn dikarin her dem ji menûyê dîsa bipirsin.
handoff-coach-reply =
    { $coach } (şêwirmend):
    { $text }
handoff-coach-reply-untranslated =
    { $coach } (şêwirmend):
    { $text }

    ⚠ Min nikarî vê peyamê wergerînim.
handoff-closed = { $coach } axaftin qedand. Ev ji we re bû alîkarî? 1 = qet, 5 = gelek.
handoff-rate = Axaftin ji we re bû alîkarî? 1 = qet, 5 = gelek.
handoff-thanks = Spas ji bo bersiva we.
syn-handoff-end = biqedîne, dawî, raweste, stop

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
