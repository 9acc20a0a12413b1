# Words people type for a choice (comma-separated). Key: syn-<button key>. German and English count too.
# A typed word fits when it starts with a synonym of at least 3 characters (so stems are listed); a
# synonym with a space fits only as whole words. Negations are listed under "no", so that "not agree"
# never reads as "agree" (at worst the bot asks again).
# French: with and without accents; an apostrophe or a hyphen counts as a space ("d'accord" = "d accord").

syn-menu-find-work = travail, emploi, boulot
syn-menu-book = rendez-vous, rdv, réserv, reserv, consultation, permanence
syn-menu-ask-coach = conseiller, conseillère, conseillere, question, demand
syn-menu-appointments = mes rendez-vous, mes rdv
syn-menu-language = langue
syn-menu-my-data = données, donnees, confidentialité, confidentialite, vie privée, vie privee
syn-consent-agree = oui, d'accord, daccord, accepte
syn-consent-decline = non, pas maintenant, plus tard, pas d'accord, pas daccord, n'accepte pas, refus
syn-consent-agree-now = oui, d'accord, daccord, accepte
syn-my-data-delete = supprim, effac
syn-my-data-withdraw = retir, annuler mon accord, annuler l'accord
syn-delete-yes = oui, supprimer, supprimez
syn-delete-no = non, ne supprimez pas, ne pas supprimer
syn-nav-back = retour, revenir
syn-nav-skip = passer
syn-nav-cancel = annul, arrêt, arret
syn-nav-more = plus
syn-nav-previous = précédent, precedent

# Words that make a sentence (five words or more) a question for a coach, not a choice: letters and
# authorities. German and English count too. Here: only words for an official letter or an office.
syn-question-words = lettre, courrier, préfecture, administration
