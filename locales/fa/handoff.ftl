# Lotse – دری/فارسی. گفتگو با مشاور (انتقال به انسان)، با ترجمه در هر دو طرف.

## برای شخص

handoff-opened-always =
    سؤال شما را به مشاوران ما فرستادم. یک انسان همین‌جا هر چه زودتر به شما جواب می‌دهد.
handoff-opened-within =
    سؤال شما را به مشاوران ما فرستادم. یک انسان همین‌جا به شما جواب می‌دهد.
    مشاوران معمولاً این وقت‌ها جواب می‌دهند: { $times }.
handoff-opened-outside =
    سؤال شما را به مشاوران ما فرستادم. یک انسان همین‌جا به شما جواب می‌دهد.
    مشاوران معمولاً این وقت‌ها جواب می‌دهند: { $times }. حالا کسی نیست. جواب را بعداً می‌گیرید.
handoff-ask-always =
    یک انسان همین‌جا هر چه زودتر به شما جواب می‌دهد.
    لطفاً سؤال خود را بنویسید. می‌توانید به زبان خود بنویسید: من ترجمه می‌کنم.
handoff-ask-within =
    یک انسان همین‌جا به شما جواب می‌دهد.
    مشاوران معمولاً این وقت‌ها جواب می‌دهند: { $times }.
    لطفاً سؤال خود را بنویسید. می‌توانید به زبان خود بنویسید: من ترجمه می‌کنم.
handoff-ask-outside =
    یک انسان همین‌جا به شما جواب می‌دهد.
    مشاوران معمولاً این وقت‌ها جواب می‌دهند: { $times }. حالا کسی نیست. جواب را بعداً می‌گیرید.
    لطفاً سؤال خود را بنویسید. می‌توانید به زبان خود بنویسید: من ترجمه می‌کنم.
handoff-chat = لطفاً پیام خود را به مشاوران بنویسید.
handoff-sent = ✓ به مشاوران فرستاده شد.
handoff-end = ✖ پایان گفتگو
handoff-ended = گفتگو با مشاوران تمام شد. هر وقت خواستید، می‌توانید از مینو دوباره بپرسید.
handoff-coach-reply =
    { $coach } (مشاور):
    { $text }
handoff-coach-reply-untranslated =
    { $coach } (مشاور):
    { $text }

    ⚠ نتوانستم این پیام را ترجمه کنم.
handoff-closed = { $coach } گفتگو را تمام کرد. آیا این به شما کمک کرد؟ 1 = اصلاً، 5 = خیلی زیاد.
handoff-rate = آیا گفتگو به شما کمک کرد؟ 1 = اصلاً، 5 = خیلی زیاد.
handoff-thanks = از جواب شما تشکر.
syn-handoff-end = پایان, تمام, ختم, بس, stop

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
