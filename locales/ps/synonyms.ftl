# Words people type for a choice (comma-separated). Key: syn-<button key>. German and English count too.
# A typed word fits when it starts with a synonym of at least 3 characters (so stems are listed); a
# synonym with a space fits only as whole words. Negations are listed under "no", so that "not agree"
# never reads as "agree" (at worst the bot asks again).
# Pashto: also the spellings of Persian and Arabic keyboards (ی/ي, ښ/ش); Latin letters as people
# write them.

syn-menu-find-work = کار, دنده, دندې, وظیفه, kar, kaar
syn-menu-book = مشوره, مشورې, مشوری, وخت نیول, وخت ونیسم, وخت غواړم, د مشورې وخت, mashwara, mashwera
syn-menu-ask-coach = سلاکار, پوښتن, پوشتن, سوال, pukhtana, poshtana, salakar
syn-menu-appointments = وختونه, زما وختونه, wakhtuna
syn-menu-language = ژبه, ژبې, ژبي, zhaba, jaba
syn-menu-my-data = معلومات, malumat, maloomat
syn-consent-agree = هو, موافق, سمه ده, ښه ده, ho, mowafeq
syn-consent-decline = نه, اوس نه, وروسته, نه یم, نه غواړم, na, wrusta
syn-consent-agree-now = هو, موافق, سمه ده, ښه ده, ho, mowafeq
syn-my-data-delete = پاک, ړنګول, حذف, pak
syn-my-data-withdraw = موافقه بېرته, موافقه بیرته, بېرته اخیستل, بیرته اخیستل
syn-delete-yes = هو, پاک یې کړه, پاک یی کړه, ho
syn-delete-no = نه, پاک یې نه کړې, مه یې پاکوه, na
syn-nav-back = شاته, shata
syn-nav-skip = تېرول, تیرول, پرېږده, پریږده
syn-nav-cancel = لغو, ودروه, بس کړه
syn-nav-more = نور
syn-nav-previous = مخکیني, مخکيني, پخواني

# Words that make a sentence (five words or more) a question for a coach, not a choice: letters and
# authorities. German and English count too. Here: only words for an official letter or an office.
syn-question-words = لیک, جاب سنتر, جابسنتر
