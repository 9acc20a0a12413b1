# Words people type for a choice (comma-separated). Key: syn-<button key>. German and English count too.
# A typed word fits when it starts with a synonym of at least 3 characters (so stems are listed); a
# synonym with a space fits only as whole words. Negations are listed under "no", so that "not agree"
# never reads as "agree" (at worst the bot asks again).
# Somali: stems ("shaqo" fits "shaqooyin"); a hyphen counts as a space ("la-taliye" is two words).

syn-menu-find-work = shaqo, shaqa, shaqe
syn-menu-book = ballan, talin
syn-menu-ask-coach = taliye, taliya, weydi, suaal, su'aal
syn-menu-appointments = ballam
syn-menu-language = luqad, luuqad, afka
syn-menu-my-data = xogt, macluumaad
syn-consent-agree = haa, ogol, hagaag
syn-consent-decline = maya, dambe, diid, maayo, ma ogoli, ma ogola, ma ogolin, ma ogolaan
syn-consent-agree-now = haa, ogol, hagaag
syn-my-data-delete = tirtir, masax
syn-my-data-withdraw = ka noqo, ka laabo, ogolaansha
syn-delete-yes = haa, tirtir
syn-delete-no = maya, ha tirtirin, ha tirtir, ma rabo
syn-nav-back = dib, gadaal
syn-nav-skip = bood
syn-nav-cancel = jooji, baaji
syn-nav-more = dheeraad, kuwo kale, in badan
syn-nav-previous = kuwii hore, hore

# Words that make a sentence (five words or more) a question for a coach, not a choice: letters and
# authorities. German and English count too. Here: only words for an official letter or an office.
syn-question-words = warqad, xafiiska shaqada
