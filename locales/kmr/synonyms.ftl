# Words people type for a choice (comma-separated). Key: syn-<button key>. German and English count too.
# A typed word fits when it starts with a synonym of at least 3 characters (so stems are listed); a
# synonym with a space fits only as whole words. Negations are listed under "no", so that "not agree"
# never reads as "agree" (at worst the bot asks again).
# Kurmanji: also without the marks (ê î û ş ç), as many people type on phones.

syn-menu-find-work = kar, xebat, şixul, şuxul, sixul, suxul
syn-menu-book = randevû, randevu
syn-menu-ask-coach = şêwirmend, sêwirmend, sewirmend, pirs, bipirs
syn-menu-appointments = randevûyên, randevuyen, randevûyên min, randevuyen min
syn-menu-language = ziman, zimên, zimen
syn-menu-my-data = agahî, agahi, daneyên, daneyen
syn-consent-agree = erê, ere, belê, bele, razî, razi, baş e, bas e, temam, tamam
syn-consent-decline = na, niha na, paşê, pase, ne razî, ne razi, nerazî, nerazi, nînim, ninim, nîne, naxwazim, nexêr, nexer
syn-consent-agree-now = erê, ere, belê, bele, razî, razi, baş e, bas e, temam, tamam
syn-my-data-delete = jêbir, jebir, jê bibe, je bibe
syn-my-data-withdraw = vekiş, vekis
syn-delete-yes = erê, ere, belê, bele, jê bibe, je bibe
syn-delete-no = na, nexêr, nexer, jê nebe, je nebe
syn-nav-back = paşve, pasve, veger
syn-nav-skip = derbas
syn-nav-cancel = betal, rawest
syn-nav-more = zêdetir, zedetir, bêtir
syn-nav-previous = yên berê, yen bere, berê, bere

# Words that make a sentence (five words or more) a question for a coach, not a choice: letters and
# authorities. German and English count too. Here: only words for an official letter or an office.
syn-question-words = name, nameyek
