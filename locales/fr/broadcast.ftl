# Lotse – Français. Annonces et événements : pour les personnes et pour les coordinateurs.
# Langue simple (A2), « vous », le bot parle à la première personne. Boutons : 20 caractères au plus.

## L'annonce (le texte vient d'un coordinateur, traduit)

broadcast-message =
    📣 { $body }
broadcast-event =
    📣 { $body }

    📅 { $when }
    📍 { $place }
    👥 Places : { $capacity }
broadcast-event-open =
    📣 { $body }

    📅 { $when }
    📍 { $place }
broadcast-yes = ✅ Je participe
broadcast-no = Pas cette fois
broadcast-stop = 🔕 Se désabonner
broadcast-cancel-place = ✖ Annuler ma place
broadcast-ok = 👍 OK

## Réponses à un événement

event-confirmed =
    ✅ Vous avez une place : { $title }
    📅 { $when }
    📍 { $place }
    Je vous le rappelle un jour avant.
event-waiting =
    Toutes les places sont prises. Vous êtes sur la liste d'attente (numéro { $position }).
    Si une place se libère, je vous écris.
event-already =
    Vous avez déjà une place : { $title }
    📅 { $when }
event-declined = Merci pour votre réponse. Peut-être la prochaine fois !
event-cancelled = J'ai annulé votre place : { $title }. Merci de me prévenir.
event-not-signed-up = Vous n'êtes pas inscrit à cet événement.
event-past = Cet événement est déjà passé.
event-gone = Cet événement n'existe plus.
event-reminder =
    ⏰ Rappel : demain, c'est « { $title } ».
    📅 { $when }
    📍 { $place }
    Si vous ne pouvez pas venir, annulez votre place, s'il vous plaît.
event-moved-up =
    🎉 Une place s'est libérée. Maintenant, vous avez une place : { $title }
    📅 { $when }
    📍 { $place }
    Si vous ne pouvez pas venir, annulez votre place, s'il vous plaît.

## Se désabonner et se réabonner

news-stopped =
    🔕 Je ne vous envoie plus d'annonces.
    Vous voulez les recevoir de nouveau ? Appuyez sur le bouton ou écrivez /start.
news-start = 🔔 Les recevoir
news-started = 🔔 Vous recevez de nouveau les annonces.

## Pour les coordinateurs : écrire une annonce

bc-home = 📣 Annonces. Écrivez-en une nouvelle ou regardez le rapport d'une annonce.
bc-new = ✍ Nouvelle annonce
bc-list-entry = #{ $id } { $title } · { $state }
bc-list = 📋 Les annonces
bc-text = Écrivez l'annonce en allemand, s'il vous plaît. Je la traduis dans les langues des destinataires.
bc-too-long = Le texte est trop long. Écrivez 3000 caractères au plus, s'il vous plaît.
bc-audience =
    Qui reçoit l'annonce ?
    Langues : { $languages }
    Lieux : { $towns }
    Niveau d'allemand : { $levels }
    Événement : { $event }
    Qui : { $role }
bc-by-language = 🌐 Langues
bc-by-place = 📍 Lieux
bc-by-german = 🗣 Niveau d'allemand
bc-by-role = 👥 Qui
bc-by-event = 🎟 Participants d'un événement
bc-continue = ➡ Continuer
bc-role-all = tout le monde
bc-role-people = seulement les personnes
bc-role-coaches = seulement les coachs
bc-pick-languages = Quelles langues ? Appuyez sur une langue pour la choisir. Puis « Terminé ».
bc-pick-municipalities = Quels lieux ? Appuyez sur un lieu pour le choisir. Puis « Terminé ».
bc-pick-german = Quel niveau d'allemand (du questionnaire) ? Appuyez sur un niveau. Puis « Terminé ».
bc-pick-event = Quel événement ? L'annonce va à toutes les personnes qui ont une place. Appuyez sur un événement, puis « Terminé ».
bc-no-events = Il n'y a pas d'événement à venir.
bc-media-caption = Envoyez la photo ou le document avec le texte de l'annonce comme légende, s'il vous plaît.
bc-media-note = 📎 Avec photo ou document (sur Telegram et WhatsApp).
bc-done = ✅ Terminé
bc-event = Est-ce un événement auquel on s'inscrit ?
bc-event-no = Non, info seulement
bc-event-yes = 📅 Oui
bc-when = Quand a lieu l'événement ? Écrivez la date et l'heure, par exemple : 03.12.2026 18:00
bc-time-unknown = Je ne comprends pas cette heure, ou elle est passée. Comme ceci, s'il vous plaît : 03.12.2026 18:00
bc-place = Où a lieu l'événement ? Écrivez le lieu ou le lien d'une réunion en ligne.
bc-capacity = Combien de places y a-t-il ? Écrivez un nombre.
bc-unlimited = Sans limite
bc-capacity-unknown = Écrivez un nombre, par exemple 20, s'il vous plaît.
bc-preview-language =
    { $language } · { $by } · { $channels }

    { $text }
bc-made-source = original
bc-made-machine = traduction automatique
bc-made-coordinator = votre texte
bc-made-german = pas traduit : part en allemand
bc-preview =
    Voici l'annonce (ci-dessus, par langue).
    Destinataires : { $recipients }
    Désabonnés (ne la reçoivent pas) : { $unsubscribed }
    Ont bloqué le bot (ne la reçoivent pas) : { $blocked }
bc-send-now = 📤 Envoyer maintenant
bc-schedule = 🕒 Envoyer plus tard
bc-replace = ✏ Changer traduction
bc-nobody = Personne ne reçoit cette annonce. Choisissez d'autres destinataires, s'il vous plaît.
bc-schedule-when = Quand dois-je l'envoyer ? Écrivez la date et l'heure, par exemple : 03.12.2026 09:00
bc-replace-which = Quelle traduction voulez-vous remplacer ?
bc-replace-text = Écrivez le texte pour { $language }, s'il vous plaît. Je l'envoie tel que vous l'écrivez.
bc-replaced = ✓ Je prends votre texte.
bc-started = 📤 L'annonce #{ $id } part maintenant. Je vous montre l'avancement dans un message.
bc-scheduled = 🕒 L'annonce #{ $id } part le { $when }. Jusque-là, vous pouvez l'annuler.
bc-gone = Cette annonce n'existe pas.
bc-report =
    📣 #{ $id } { $title }
    État : { $state }
    Destinataires : { $recipients }
    Remis : { $delivered }
    Encore à envoyer : { $queued }
    Échecs : { $failed }
    Ont bloqué le bot : { $blocked }
    Désabonnés : { $unsubscribed }
    En attente de la fenêtre de 24 heures (WhatsApp) : { $waiting }
    Inscriptions : { $signups }
    Liste d'attente : { $waitlist }
bc-refresh = 🔄 Actualiser
bc-cancel = ✖ Annuler
bc-csv = 📄 Participants (CSV)
bc-cancel-cancelled = ✓ L'annonce est annulée. Personne ne l'a reçue.
bc-cancel-stopped = ✓ Arrêtée. Ce qui n'était pas encore envoyé ne part plus.
bc-cancel-finished = Elle est déjà entièrement envoyée. On ne peut plus l'annuler.
bc-cancel-unknown = Cette annonce n'existe pas.
bc-state-scheduled = prévue
bc-state-sending = en cours d'envoi
bc-state-paused = pause (heures calmes)
bc-state-done = terminée
bc-state-cancelled = annulée
broadcast-progress = 📤 Annonce #{ $id } : { $sent } envoyés, { $remaining } restants.
broadcast-report =
    📣 Rapport de l'annonce #{ $id }
    Remis : { $delivered }
    Échecs : { $failed }
    Ont bloqué le bot : { $blocked }
    Désabonnés : { $unsubscribed }
    En attente de la fenêtre de 24 heures (WhatsApp) : { $waiting }
    Inscriptions : { $signups }
    Liste d'attente : { $waitlist }

## My data: announcements off or on again

my-data-news-off = 🔕 Sans annonces
my-data-news-on = 🔔 Avec annonces
