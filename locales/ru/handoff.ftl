# Lotse – русский. Разговор с коучем (передача человеку), перевод в обе стороны.

## Для человека

handoff-opened-always =
    Я передал ваш вопрос нашим коучам (консультантам по работе). Человек ответит вам здесь как можно скорее.
handoff-opened-within =
    Я передал ваш вопрос нашим коучам (консультантам по работе). Человек ответит вам здесь.
    Коучи обычно отвечают: { $times }.
handoff-opened-outside =
    Я передал ваш вопрос нашим коучам (консультантам по работе). Человек ответит вам здесь.
    Коучи обычно отвечают: { $times }. Сейчас никого нет. Вы получите ответ позже.
handoff-ask-always =
    Человек ответит вам здесь как можно скорее.
    Напишите ваш вопрос. Вы можете писать на своём языке: я переведу.
handoff-ask-within =
    Человек ответит вам здесь.
    Коучи обычно отвечают: { $times }.
    Напишите ваш вопрос. Вы можете писать на своём языке: я переведу.
handoff-ask-outside =
    Человек ответит вам здесь.
    Коучи обычно отвечают: { $times }. Сейчас никого нет. Вы получите ответ позже.
    Напишите ваш вопрос. Вы можете писать на своём языке: я переведу.
handoff-chat = Напишите ваше сообщение коучам.
handoff-sent = ✓ Отправлено коучам.
handoff-end = ✖ Закончить разговор
handoff-ended = Разговор с коучами закончен. Вы можете снова спросить в меню в любое время.
handoff-coach-reply =
    { $coach } (коуч):
    { $text }
handoff-coach-reply-untranslated =
    { $coach } (коуч):
    { $text }

    ⚠ Я не смог перевести это сообщение.
handoff-closed = { $coach } закончил(-а) разговор. Это вам помогло? 1 = совсем нет, 5 = очень.
handoff-rate = Разговор вам помог? 1 = совсем нет, 5 = очень.
handoff-thanks = Спасибо за ваш ответ.
syn-handoff-end = закончить, конец, стоп, завершить

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
