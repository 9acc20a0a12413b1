# Lotse – العربية. الحديث مع مستشار (التحويل إلى إنسان)، مع الترجمة في الاتجاهين.

## للشخص

handoff-opened-always =
    أرسلتُ سؤالك إلى المستشارين. سيجيبك إنسان هنا في أقرب وقت ممكن.
handoff-opened-within =
    أرسلتُ سؤالك إلى المستشارين. سيجيبك إنسان هنا.
    يجيب المستشارون عادةً: { $times }.
handoff-opened-outside =
    أرسلتُ سؤالك إلى المستشارين. سيجيبك إنسان هنا.
    يجيب المستشارون عادةً: { $times }. لا يوجد أحد الآن. ستصلك الإجابة لاحقًا.
handoff-ask-always =
    سيجيبك إنسان هنا في أقرب وقت ممكن.
    الرجاء كتابة سؤالك. يمكنك الكتابة بلغتك: أنا أترجم.
handoff-ask-within =
    سيجيبك إنسان هنا.
    يجيب المستشارون عادةً: { $times }.
    الرجاء كتابة سؤالك. يمكنك الكتابة بلغتك: أنا أترجم.
handoff-ask-outside =
    سيجيبك إنسان هنا.
    يجيب المستشارون عادةً: { $times }. لا يوجد أحد الآن. ستصلك الإجابة لاحقًا.
    الرجاء كتابة سؤالك. يمكنك الكتابة بلغتك: أنا أترجم.
handoff-chat = الرجاء كتابة رسالتك إلى المستشارين.
handoff-sent = ✓ أُرسلت إلى المستشارين.
handoff-end = ✖ إنهاء المحادثة
handoff-ended = انتهت المحادثة مع المستشارين. يمكنك السؤال مرة أخرى من القائمة في أي وقت.
handoff-coach-reply =
    { $coach } (مستشار):
    { $text }
handoff-coach-reply-untranslated =
    { $coach } (مستشار):
    { $text }

    ⚠ لم أستطع ترجمة هذه الرسالة.
handoff-closed = أنهى { $coach } المحادثة. هل ساعدك هذا؟ 1 = لا أبدًا، 5 = كثيرًا.
handoff-rate = هل ساعدتك المحادثة؟ 1 = لا أبدًا، 5 = كثيرًا.
handoff-thanks = شكرًا على إجابتك.
syn-handoff-end = إنهاء, انهاء, خلاص, توقف, stop

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
