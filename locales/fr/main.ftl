# Lotse – français (French). Same keys and arguments as the German source (locales/de).
# Plain language: short sentences, level A2. Non-breaking spaces before ! ? : and inside « ».
# Polite form: « vous ». Terms: docs/glossary.md. How to translate: docs/translating.md.

## Accueil et langue (Welcome and language)

welcome =
    Bonjour ! Je suis Lotse. 👋
    Je vous aide à trouver du travail en Allemagne.
    Quelle langue voulez-vous ?
language-suggested = Votre langue est peut-être { $language }. C'est bien ça ? Choisissez votre langue, s'il vous plaît.
language-set = Bien. Maintenant, je vous écris en français.

## Données personnelles et accord (Privacy and consent)

consent-agree = ✅ D'accord
consent-decline = Pas maintenant
consent-agree-now = ✅ Oui, d'accord
consent-thanks = Merci ! Maintenant, nous pouvons commencer.
consent-declined =
    D'accord. J'enregistre seulement votre langue.
    Sans votre accord, je ne peux pas prendre de rendez-vous ni poser de question à un coach.
    Vous pouvez changer la langue. Vous pouvez donner votre accord plus tard.
consent-withdrawn = Vous avez retiré votre accord. Maintenant, j'enregistre seulement votre langue.

## Menu principal (Main menu)

menu-title = Que voulez-vous faire ?
menu-find-work = 💼 Trouver du travail
menu-book = 📅 Prendre un RDV
menu-ask-coach = 💬 Demander au coach
menu-appointments = 🗓 Mes rendez-vous
menu-language = 🌐 Langue
menu-my-data = 🔒 Mes données
feature-not-ready = Ce n'est pas encore prêt. Nous y travaillons. Choisissez autre chose, s'il vous plaît.

## Mes données (My data)

my-data-consented =
    Voici ce que j'enregistre sur vous :
    • Langue : { $language }
    • Accord donné le : { $since }
    • Application : { $channel }
my-data-no-consent =
    Voici ce que j'enregistre sur vous :
    • Langue : { $language }
    • Application : { $channel }
    Vous n'avez pas donné votre accord. Je n'enregistre rien d'autre.
my-data-withdraw = Retirer mon accord
my-data-delete = 🗑 Tout supprimer
back = ⬅️ Retour
delete-confirm = Vraiment tout supprimer ? Vous ne pourrez pas revenir en arrière.
delete-yes = Oui, supprimer
delete-no = Non
data-deleted = Tout est supprimé. Si vous écrivez de nouveau, nous recommençons à zéro.

## Quand quelque chose ne va pas (When something does not fit)

choose-option = Choisissez un bouton, s'il vous plaît. Ou écrivez le numéro.
media-unsupported = Je ne peux pas encore lire ça. Écrivez un texte ou choisissez un bouton, s'il vous plaît.
edited-unsupported = Je ne peux pas lire les messages modifiés. Envoyez un nouveau message, s'il vous plaît.
too-long = Le message est trop long. Écrivez plus court, s'il vous plaît ({ $limit ->
        [one] { NUMBER($limit, useGrouping: 0) } caractère
       *[other] { NUMBER($limit, useGrouping: 0) } caractères
    } au maximum).
option-stale = Ce bouton est trop ancien. Voici le choix actuel.
unknown-command = Je ne connais pas cette commande. Écrivez /help pour avoir de l'aide.
help =
    Comment ça marche :
    /start – recommencer au début
    /menu – menu principal
    /language – changer de langue
    /help – cette aide
    Vous pouvez aussi écrire le numéro d'un choix.
error-apology = Désolé, il y a eu un problème. Essayez encore une fois, s'il vous plaît.

## WhatsApp

# The button that opens a list of choices (at most 20 characters).
list-button = Choisir

## Telegram command menu (the descriptions next to /start, /menu, /language, /help)

command-start = Recommencer
command-menu = Menu principal
command-language = Changer de langue
command-help = Aide
