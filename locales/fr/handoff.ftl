# Lotse – français. Parler à un coach (passage à un humain), traduit dans les deux sens.

## Pour la personne

handoff-opened-always =
    J'ai transmis votre question à nos coachs. Une personne vous répondra ici dès que possible.
handoff-opened-within =
    J'ai transmis votre question à nos coachs. Une personne vous répondra ici.
    Les coachs répondent en général : { $times }.
handoff-opened-outside =
    J'ai transmis votre question à nos coachs. Une personne vous répondra ici.
    Les coachs répondent en général : { $times }. Personne n'est là maintenant. Vous aurez la réponse plus tard.
handoff-ask-always =
    Une personne vous répondra ici dès que possible.
    Écrivez votre question. Vous pouvez écrire dans votre langue : je traduis.
handoff-ask-within =
    Une personne vous répondra ici.
    Les coachs répondent en général : { $times }.
    Écrivez votre question. Vous pouvez écrire dans votre langue : je traduis.
handoff-ask-outside =
    Une personne vous répondra ici.
    Les coachs répondent en général : { $times }. Personne n'est là maintenant. Vous aurez la réponse plus tard.
    Écrivez votre question. Vous pouvez écrire dans votre langue : je traduis.
handoff-chat = Écrivez votre message aux coachs.
handoff-sent = ✓ Envoyé aux coachs.
handoff-end = ✖ Finir la conversation
handoff-ended = La conversation avec les coachs est terminée. Vous pouvez demander à nouveau dans le menu à tout moment.
handoff-coach-reply =
    { $coach } (coach) :
    { $text }
handoff-coach-reply-untranslated =
    { $coach } (coach) :
    { $text }

    ⚠ Je n'ai pas pu traduire ce message.
handoff-closed = { $coach } a terminé la conversation. Est-ce que cela vous a aidé ? 1 = pas du tout, 5 = beaucoup.
handoff-rate = La conversation vous a-t-elle aidé ? 1 = pas du tout, 5 = beaucoup.
handoff-thanks = Merci pour votre réponse.
syn-handoff-end = finir, fin, arrêter, stop, terminer

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
