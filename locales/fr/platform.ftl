# Lotse – français (French). Platform texts: navigation, privacy note, staff menu, places.
# Same keys and arguments as the German source (locales/de/platform.ftl). Plain language (A2), "vous";
# the bot speaks as "I". Non-breaking spaces before ! ? : and inside « ». Terms: docs/glossary.md.

## Choisir la langue (Choosing a language)

language-choose = Quelle langue voulez-vous ?

## Quand il n'y a pas de boutons (Where there are no buttons: terminal chat)

choose-number = Écrivez le numéro d'un choix, s'il vous plaît.

## Navigation (buttons, at most 20 characters)

nav-back = { back }
nav-skip = ⏭ Passer
nav-cancel = ✖ Annuler
nav-more = Plus ▾
nav-previous = Précédents ▴
cancelled = Annulé.

## Données personnelles (Privacy, version 2026-12)

privacy-note-v2 =
    🔒 Vos données
    J'enregistre :
    • votre langue
    • votre numéro de compte dans la messagerie (sur WhatsApp : votre numéro de téléphone)
    • quand vous avez donné votre accord et quand vous avez écrit la dernière fois
    • où vous en êtes dans notre conversation et ce que vous y avez choisi
    Je supprime les messages que vous m'écrivez dès que j'y ai répondu.
    Qui le voit : seulement l'équipe du bureau d'intégration au Landratsamt (administration du district).
    Supprimer : à tout moment dans « Mes données ».
    Êtes-vous d'accord ?
consent-read-note = 📄 Lire le texte

## Nom de l'application (Channel name, in "My data")

channel-telegram = Telegram
channel-whatsapp = WhatsApp
channel-terminal = chat dans le terminal

## Chat dans le terminal (Terminal chat)

terminal-hint = Écrivez /start ou autre chose. Ctrl-D termine le chat.

## Menu pour les coachs et la coordination (Menu for coaches and coordinators)

staff-menu-coach = Menu des coachs. Que voulez-vous faire ?
staff-menu-coordinator = Menu de la coordination. Que voulez-vous faire ?
staff-hours = 📅 Mes permanences
staff-hours-all = 📅 Permanences
staff-cases = 💬 Demandes ouvertes
staff-coaches = 👥 Coachs
staff-broadcast = 📣 Annonces
staff-overview = 📊 Vue d'ensemble
staff-coming = Ça arrive bientôt. Choisissez autre chose, s'il vous plaît.

## Choisir un lieu (Choosing a place)

place-question = Où habitez-vous ? Écrivez le nom de la ville ou le code postal.
place-elsewhere = Autre lieu
place-unknown = Je ne connais pas ce lieu. Choisissez dans la liste, s'il vous plaît.
