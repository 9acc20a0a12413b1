# Words people type for a choice (comma-separated). Key: syn-<button key>. German and English count too.
# A typed word fits when it starts with a synonym of at least 3 characters (so stems are listed); a
# synonym with a space fits only as whole words. Negations are listed under "no", so that "not agree"
# never reads as "agree" (at worst the bot asks again).
# Tigrinya: Ge'ez script (a syllable carries its vowel, so stems are whole words); also ኣ typed as አ;
# a few words in Latin letters as people write them.

syn-menu-find-work = ስራሕ, ስራሓት, ዕዮ, sirah, srah
syn-menu-book = ቆጸራ, ምኽሪ, qotsera, qotera
syn-menu-ask-coach = ኣማኻሪ, ኣማኸርቲ, አማካሪ, አማኸርቲ, ሕቶ, ሕቶታት, ሕቶ ኣለኒ, ክሓትት, amakari
syn-menu-appointments = ቆጸራታተይ, ቆጸራታት
syn-menu-language = ቋንቋ, qwanqwa
syn-menu-my-data = ሓበሬታ
syn-consent-agree = እወ, ሕራይ, እሰማማዕ, ይሰማማዕ, ተሰማሚዐ, ewe, hray, hrai
syn-consent-decline = ኣይፋል, አይፋል, ኣይሰማማዕን, ኣይኮነን, ደሓር, ayfal, aykonen
syn-consent-agree-now = እወ, ሕራይ, እሰማማዕ, ይሰማማዕ, ተሰማሚዐ, ewe, hray, hrai
syn-my-data-delete = ደምስስ, ምድምሳስ
syn-my-data-withdraw = ምስሓብ, ፍቓደይ, ስሓብ
syn-delete-yes = እወ, ደምስስ, ewe
syn-delete-no = ኣይፋል, አይፋል, ኣይትደምስስ, ayfal
syn-nav-back = ንድሕሪት, ድሕሪት, ተመለስ
syn-nav-skip = ሕለፍ, ሕለፉ, ምሕላፍ
syn-nav-cancel = ሰርዝ, ምስራዝ, ኣቋርጽ
syn-nav-more = ተወሳኺ, ዝያዳ
syn-nav-previous = ዝቐደሙ, ዝቐደመ, ዝሓለፈ

# Words that make a sentence (five words or more) a question for a coach, not a choice: letters and
# authorities. German and English count too. Here: only words for an official letter or an office.
syn-question-words = ደብዳቤ
