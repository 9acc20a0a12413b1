# Lotse – Français. Prendre un rendez-vous, « Mes rendez-vous », rappels, messages aux coachs.

booking-details =
    📅 { $day }, { $time }
    📍 { $place }{ $address ->
        [none] { "" }
       *[other] , { $address }
    }
    { $coach ->
        [none] 🧑 Un coach sera là pour vous.
       *[other] 🧑 Coach : { $coach }
    }

booking-where = Où voulez-vous un rendez-vous ?
booking-online = 💻 En ligne / tél.
booking-any = 📍 Peu importe
booking-slots = Quand est-ce que cela vous va ? Veuillez choisir une heure.
booking-slot = { $day }, { $time } · { $place }
booking-no-slots = Il n'y a pas de rendez-vous libre ici pour le moment. Veuillez réessayer plus tard ou choisir un autre lieu.
booking-time-unknown = Je ne trouve pas cette heure. Veuillez choisir une heure dans la liste.
booking-confirm =
    Veuillez vérifier votre rendez-vous :
    { booking-details }
booking-confirm-yes = ✅ Confirmer
booking-taken = Quelqu'un vient de prendre cette heure. Voici les prochaines heures libres.
booking-slot-gone = Cette heure n'est plus disponible. Veuillez choisir une autre heure.
booking-limit = Vous avez déjà assez de rendez-vous. Veuillez d'abord en annuler un.
booking-moved = J'ai déplacé votre rendez-vous.
booking-done =
    ✅ Votre rendez-vous est réservé.
    { booking-details }
    Veuillez apporter : votre pièce d'identité, votre CV et vos diplômes (si vous les avez).{ $bring ->
        [abroad] { " " }Veuillez aussi apporter les diplômes de votre pays d'origine, avec une traduction si vous en avez une.
       *[other] { "" }
    }
    Vous pouvez ajouter le fichier ci-dessous à votre calendrier.
booking-to-menu = 🏠 Menu

appointments-list = Vos rendez-vous :
appointments-none = Vous n'avez pas de rendez-vous.
appointment-details =
    Votre rendez-vous :
    { booking-details }
appointment-cancel = ❌ Annuler le RDV
appointment-move = 🔁 Déplacer le RDV
appointment-cancel-confirm =
    Voulez-vous vraiment annuler ce rendez-vous ?
    { booking-details }
appointment-cancel-yes = Oui, annuler
appointment-cancel-no = Non, le garder
appointment-cancelled = Votre rendez-vous est annulé.
booking-appointment-gone = Ce rendez-vous n'existe plus.

booking-reminder = ⏰ Rappel : votre rendez-vous est le { $day } à { $time }, { $place }.
booking-day-cancelled = Désolé, votre rendez-vous du { $day } à { $time } ({ $place }) n'a pas lieu. Veuillez prendre un nouveau rendez-vous dans le menu.

booking-coach-booked =
    📅 Nouveau rendez-vous : { $day }, { $time }, { $place } (personne { $person }).
    { $profile }
booking-coach-moved =
    🔁 Rendez-vous déplacé au : { $day }, { $time }, { $place } (personne { $person }).
    { $profile }
booking-coach-cancelled = ❌ Rendez-vous annulé : { $day }, { $time }, { $place } (personne { $person }).

## Sprechstunden (Coaches und Koordination) / office hours for staff

staff-hours-title = Vos permanences dans les deux prochaines semaines. Choisissez un jour pour l'annuler.
staff-hours-none = Il n'y a pas de permanence dans les deux prochaines semaines.
staff-hours-day = { $day }, { $start }–{ $end } · { $place } · { $booked }
staff-hours-nobody = libre
staff-hours-cancel-confirm =
    { $day }, { $start }–{ $end }, { $place }
    Réservé: { $booked }
    Annuler ce jour ? Toutes les personnes inscrites reçoivent un message dans leur langue.
staff-hours-cancel-yes = ❌ Annuler le jour
staff-hours-cancelled = Le jour est annulé. Je préviens toutes les personnes inscrites.
staff-hours-gone = Ce jour n'est plus dans votre liste.

## Réponses aux rappels, jours annulés, confirmer après deux absences

reminder-come = ✅ Je viendrai
reminder-come-thanks = Merci ! Je dis à votre coach que vous venez.
booking-not-yours = Je ne trouve pas ce rendez-vous chez vous. Je n'ai rien changé.
booking-reminder-past = Ce rendez-vous a déjà commencé ou il est fini. Je n'ai rien changé.
booking-day-cancelled-slots = Désolé, votre rendez-vous du { $day } à { $time } ({ $place }) n'a pas lieu. Voici les prochaines heures libres. Veuillez choisir une heure.
booking-confirm-ask = Veuillez confirmer votre rendez-vous du { $day } à { $time }, { $place }. Appuyez sur « Je viendrai ». Si vous ne confirmez pas avant minuit aujourd'hui, je donne la place à une autre personne.
booking-released = Vous n'avez pas confirmé votre rendez-vous du { $day } à { $time } ({ $place }). J'ai donc donné la place à une autre personne. Vous pouvez prendre un nouveau rendez-vous dans le menu.

## Pour les coachs

booking-coach-coming = ✅ La personne { $person } vient : { $day }, { $time }, { $place }.
booking-coach-released = ❌ Pas confirmé, place libérée : { $day }, { $time }, { $place } (personne { $person }).
booking-coach-unreachable = ⚠️ Le rappel pour la personne { $person } n'est pas arrivé (fenêtre WhatsApp fermée ou bot bloqué). Le rendez-vous reste : { $day }, { $time }, { $place }.
booking-coach-no-profile = Pas encore de profil court.
booking-attendance-ask = Rendez-vous { $day }, { $time }, { $place } (personne { $person }) : la personne est-elle venue ?
booking-attended = ✅ Venue
booking-no-show = ❌ Pas venue
booking-attendance-saved = Merci, je l'ai noté.
booking-attendance-refused = Vous ne pouvez pas noter ce rendez-vous : il n'est pas dans vos permanences.
booking-attendance-early = Ce rendez-vous n'a pas encore commencé.
