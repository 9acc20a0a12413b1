# Intake, short profile (Kurzprofil), local offers, my data (issue 7).

privacy-note-v3 =
    🔒 Vos données
    J'enregistre :
    • votre langue
    • votre numéro de compte dans la messagerie (sur WhatsApp : votre numéro de téléphone)
    • quand vous avez donné votre accord et quand vous avez écrit la dernière fois
    • où vous en êtes dans notre conversation et ce que vous y avez choisi
    • vos réponses sur le travail, si vous les donnez : aide, métier, expérience, diplôme, allemand, séjour, lieu de vie, temps de travail
    Je supprime les messages que vous m'écrivez dès que j'y ai répondu.
    Qui le voit : seulement l'équipe du bureau d'intégration au Landratsamt (administration du district) et les coachs qui vous aident.
    Si vous ne m'écrivez pas pendant longtemps, je supprime tout. Je vous préviens une semaine avant.
    Supprimer : à tout moment dans « Mes données ».
    Êtes-vous d'accord ?

intake-intro =
    💼 Je vais vous poser quelques questions courtes sur le travail. Cela prend environ 2 minutes.
    Vous pouvez passer chaque question. Ensuite je vous montre les offres qui vous conviennent.
intake-start = ▶️ Commencer
intake-later = Plus tard
intake-profile =
    Votre profil :
    { $profile }
intake-see-offers = Offres pour moi
intake-change = ✏️ Modifier
intake-checked = ✅ { $label }
intake-done = ✔️ Terminé
intake-edit = ✏️ { $label }

intake-help-question = Pour quoi voulez-vous de l'aide ? Choisissez un ou plusieurs. Puis choisissez « Terminé ».
help-job_search = Trouver un travail
help-apprenticeship = Apprentissage
help-cv = CV et candidature
help-interview = Entretien d'embauche
help-forms = Lettres, formulaires
help-recognition = Équivalence diplôme
help-german_course = Cours d'allemand

intake-field-question = Dans quel domaine travaillez-vous ou voulez-vous travailler ?
field-f1 = Agriculture, jardin
field-f2 = Production
field-f3 = Bâtiment
field-f4 = Informatique
field-f5 = Transport
field-f6 = Commerce, hôtellerie
field-f7 = Bureau, gestion
field-f8 = Santé, social
field-f9 = Médias, culture
field-f0 = Armée
intake-title-question = Quel est votre métier ? Écrivez-le avec vos mots (par exemple : cuisinier, électricien).
intake-cut = Votre réponse était très longue. J'ai gardé le début.

intake-experience-question = Combien de temps avez-vous travaillé dans ce domaine ?
exp-none = Pas encore
exp-short = Moins de 2 ans
exp-mid = De 2 à 5 ans
exp-long = Plus de 5 ans

intake-qualification-question = Quel est votre diplôme le plus élevé ?
qual-none = Aucun diplôme
qual-school = École
qual-vocational = Formation pro
qual-university = Université
intake-abroad-question = Où avez-vous obtenu ce diplôme ?
abroad-yes = À l'étranger
abroad-no = En Allemagne

intake-german-question = Quel est votre niveau d'allemand ?
german-unknown = Je ne sais pas
intake-german-examples =
    Voici ce que veulent dire les niveaux. Lequel vous correspond le mieux ?
    A1 : Je comprends des mots et des phrases simples. Je peux me présenter.
    A2 : Je peux faire des courses et demander le chemin.
    B1 : Je peux parler de mon travail et de ma vie de tous les jours.
    B2 : Je peux participer aux discussions au travail et comprendre des textes.
    C1 : Je parle couramment, aussi de sujets difficiles.
    C2 : Je parle presque comme un natif.

intake-residence-question =
    Quel papier de séjour avez-vous ?
    Je le demande parce que les offres qui vous conviennent en dépendent. Vous pouvez passer cette question.
res-eu = Citoyen de l'UE
res-permit = Titre de séjour
res-gestattung = Procédure d'asile
res-duldung = Duldung
res-other = Autre / ne sais pas

intake-place-question = Où habitez-vous ? Écrivez la commune ou le code postal, ou choisissez.
intake-outside =
    Désolé, je ne m'occupe pas de votre lieu de vie.
    Adressez-vous au conseil en migration (Migrationsberatung) et au Jobcenter (centre pour l'emploi) de votre commune.
    Nous continuons les questions.

intake-availability-question = Comment pouvez-vous travailler ? Choisissez un ou plusieurs. Puis choisissez « Terminé ».
avail-full_time = Temps plein
avail-part_time = Temps partiel
avail-shifts = Travail posté
avail-minijob = Minijob
intake-start-question = À partir de quand pouvez-vous travailler ? Choisissez, ou écrivez une date.
start-now = Tout de suite
start-month = Dans un mois
start-later = Plus tard

intake-review =
    Vérifiez vos réponses, s'il vous plaît :
    { $profile }
    Tout est juste ? Vous pouvez modifier chaque réponse.
intake-confirm = ✅ C'est juste
intake-thanks = Merci ! J'ai enregistré vos réponses.

profile-heading = Profil court
profile-line = { $label } : { $value }
profile-help = Aide pour
profile-field = Domaine
profile-title = Métier
profile-experience = Expérience
profile-qualification = Diplôme
profile-german = Allemand
profile-residence = Séjour
profile-place = Lieu de vie
profile-availability = Temps de travail
profile-start = À partir de
profile-abroad = (à l'étranger)
profile-in-germany = (en Allemagne)
profile-outside = hors du district

offers-found =
    { $count ->
        [one] Cette offre vous convient :
       *[other] Ces { $count } offres vous conviennent :
    }

    { $offers }
offers-none = Pour le moment, je n'ai pas d'offre qui vous convient. Vous pouvez demander à un coach.
offers-menu = Au menu
offers-german-only = (Ce texte existe seulement en allemand.)
offers-contact = Contact : { $value }
offers-address = Adresse : { $value }
offers-recognition-fallback =
    ▪️ Reconnaissance du diplôme (Anerkennung)
    Le réseau IQ conseille gratuitement sur la reconnaissance des diplômes étrangers.
    https://www.anerkennung-in-deutschland.de

my-data-answers =
    { $data }
    Vos réponses :
    { $answers }
my-data-change = ✏️ Modifier réponses
my-data-export = 📄 En fichier
my-data-export-caption = Vos données chez Lotse
my-data-export-sent = Voici toutes les données que j'enregistre sur vous, dans un fichier (JSON).
my-data-export-done = Terminé

retention-warning =
    Vous ne m'avez pas écrit depuis longtemps. Dans une semaine, je supprimerai votre profil et vos réponses.
    Écrivez-moi n'importe quoi, et votre profil reste.
