# Lotse – English. Talking to a coach (handoff to humans), translated both ways.

## For the person

handoff-opened-always =
    I have passed your question to our coaches. A person will answer you here as soon as possible.
handoff-opened-within =
    I have passed your question to our coaches. A person will answer you here.
    Coaches usually answer: { $times }.
handoff-opened-outside =
    I have passed your question to our coaches. A person will answer you here.
    Coaches usually answer: { $times }. Nobody is there now. You will get the answer later.
handoff-ask-always =
    A person will answer you here as soon as possible.
    Write your question. You can write in your language: I translate.
handoff-ask-within =
    A person will answer you here.
    Coaches usually answer: { $times }.
    Write your question. You can write in your language: I translate.
handoff-ask-outside =
    A person will answer you here.
    Coaches usually answer: { $times }. Nobody is there now. You will get the answer later.
    Write your question. You can write in your language: I translate.
handoff-chat = Write your message to the coaches.
handoff-sent = ✓ Sent to the coaches.
handoff-end = ✖ End conversation
handoff-ended = The conversation with the coaches has ended. You can ask again in the menu at any time.
handoff-coach-reply =
    { $coach } (coach):
    { $text }
handoff-coach-reply-untranslated =
    { $coach } (coach):
    { $text }

    ⚠ I could not translate this message.
handoff-closed = { $coach } has ended the conversation. Did this help you? 1 = not at all, 5 = very much.
handoff-rate = Did the conversation help you? 1 = not at all, 5 = very much.
handoff-thanks = Thank you for your answer.
syn-handoff-end = end, stop, finish, quit

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
