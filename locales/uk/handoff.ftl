# Lotse – українська. Розмова з коучем (передача людині), переклад в обидва боки.

## Для людини

handoff-opened-always =
    Я передав ваше питання нашим коучам (консультантам з роботи). Людина відповість вам тут якнайшвидше.
handoff-opened-within =
    Я передав ваше питання нашим коучам (консультантам з роботи). Людина відповість вам тут.
    Коучі зазвичай відповідають: { $times }.
handoff-opened-outside =
    Я передав ваше питання нашим коучам (консультантам з роботи). Людина відповість вам тут.
    Коучі зазвичай відповідають: { $times }. Зараз нікого немає. Ви отримаєте відповідь пізніше.
handoff-ask-always =
    Людина відповість вам тут якнайшвидше.
    Напишіть ваше питання. Ви можете писати своєю мовою: я перекладу.
handoff-ask-within =
    Людина відповість вам тут.
    Коучі зазвичай відповідають: { $times }.
    Напишіть ваше питання. Ви можете писати своєю мовою: я перекладу.
handoff-ask-outside =
    Людина відповість вам тут.
    Коучі зазвичай відповідають: { $times }. Зараз нікого немає. Ви отримаєте відповідь пізніше.
    Напишіть ваше питання. Ви можете писати своєю мовою: я перекладу.
handoff-chat = Напишіть ваше повідомлення коучам.
handoff-sent = ✓ Надіслано коучам.
handoff-end = ✖ Завершити розмову
handoff-ended = Розмову з коучами завершено. Ви можете знову запитати в меню будь-коли.
handoff-coach-reply =
    { $coach } (коуч):
    { $text }
handoff-coach-reply-untranslated =
    { $coach } (коуч):
    { $text }

    ⚠ Я не зміг перекласти це повідомлення.
handoff-closed = { $coach } завершив(-ла) розмову. Чи це вам допомогло? 1 = зовсім ні, 5 = дуже.
handoff-rate = Чи допомогла вам розмова? 1 = зовсім ні, 5 = дуже.
handoff-thanks = Дякую за вашу відповідь.
syn-handoff-end = завершити, кінець, стоп, закінчити

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
