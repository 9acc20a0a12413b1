# The privacy note (v4: appointments, events, questions to coaches added; flows/consent.py).
# A change in substance gets a new key and a new CONSENT_VERSION: everyone is asked again.

privacy-note-v4 =
    🔒 Vos données
    J'enregistre :
    • votre langue
    • votre numéro de compte dans la messagerie (sur WhatsApp : votre numéro de téléphone)
    • quand vous avez donné votre accord et quand vous avez écrit la dernière fois
    • où vous en êtes dans notre conversation et ce que vous y avez choisi
    • vos réponses sur le travail, si vous les donnez : aide, métier, expérience, diplôme, allemand, séjour, lieu de vie, temps de travail
    • les rendez-vous que vous prenez et les événements où vous vous inscrivez
    • vos questions aux coachs et leurs réponses, traduites
    Je supprime vos autres messages dès que j'y ai répondu.
    Qui le voit : seulement l'équipe du bureau d'intégration au Landratsamt (administration du district) et les coachs qui vous aident.
    Si vous ne m'écrivez pas pendant longtemps, je supprime tout. Je vous préviens une semaine avant.
    Supprimer : à tout moment dans « Mes données ».
    Êtes-vous d'accord ?
# Shown again (without the note above it) after an answer the bot could not use.
consent-question = Êtes-vous d'accord ?
