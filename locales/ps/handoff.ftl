# Lotse – پښتو. له سلاکار سره خبرې (انسان ته لېږد)، په دواړو خواوو ژباړه.

## د کس لپاره

handoff-opened-always =
    ستاسو پوښتنه مې زموږ سلاکارانو ته ولېږله. یو انسان به همدلته ژر تر ژره تاسو ته ځواب درکړي.
handoff-opened-within =
    ستاسو پوښتنه مې زموږ سلاکارانو ته ولېږله. یو انسان به همدلته تاسو ته ځواب درکړي.
    سلاکاران معمولاً په دې وخت کې ځواب ورکوي: { $times }.
handoff-opened-outside =
    ستاسو پوښتنه مې زموږ سلاکارانو ته ولېږله. یو انسان به همدلته تاسو ته ځواب درکړي.
    سلاکاران معمولاً په دې وخت کې ځواب ورکوي: { $times }. اوس هېڅوک نشته. ځواب به وروسته درشي.
handoff-ask-always =
    یو انسان به همدلته ژر تر ژره تاسو ته ځواب درکړي.
    مهرباني وکړئ خپله پوښتنه ولیکئ. تاسو په خپله ژبه لیکلی شئ: زه یې ژباړم.
handoff-ask-within =
    یو انسان به همدلته تاسو ته ځواب درکړي.
    سلاکاران معمولاً په دې وخت کې ځواب ورکوي: { $times }.
    مهرباني وکړئ خپله پوښتنه ولیکئ. تاسو په خپله ژبه لیکلی شئ: زه یې ژباړم.
handoff-ask-outside =
    یو انسان به همدلته تاسو ته ځواب درکړي.
    سلاکاران معمولاً په دې وخت کې ځواب ورکوي: { $times }. اوس هېڅوک نشته. ځواب به وروسته درشي.
    مهرباني وکړئ خپله پوښتنه ولیکئ. تاسو په خپله ژبه لیکلی شئ: زه یې ژباړم.
handoff-chat = مهرباني وکړئ سلاکارانو ته خپل پیغام ولیکئ.
handoff-sent = ✓ سلاکارانو ته ولېږل شو.
handoff-end = ✖ خبرې پای ته ورسوئ
handoff-ended = له سلاکارانو سره خبرې پای ته ورسېدې. هر وخت چې وغواړئ، له مینو څخه بیا پوښتنه کولی شئ.
handoff-coach-reply =
    { $coach } (سلاکار):
    { $text }
handoff-coach-reply-untranslated =
    { $coach } (سلاکار):
    { $text }

    ⚠ دا پیغام مې نه شو ژباړلی.
handoff-closed = { $coach } خبرې پای ته ورسولې. آیا دا له تاسو سره مرسته وکړه؟ 1 = هېڅ، 5 = ډېره.
handoff-rate = آیا خبرو له تاسو سره مرسته وکړه؟ 1 = هېڅ، 5 = ډېره.
handoff-thanks = ستاسو له ځواب څخه مننه.
syn-handoff-end = پای, بس, ختم, stop

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
