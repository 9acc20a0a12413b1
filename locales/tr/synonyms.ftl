# Words people type for a choice (comma-separated). Key: syn-<button key>. German and English count too.
# A typed word fits when it starts with a synonym of at least 3 characters (so stems are listed); a
# synonym with a space fits only as whole words. Negations are listed under "no", so that "not agree"
# never reads as "agree" (at worst the bot asks again).
# Turkish: also without Turkish letters (is, calis, hayir); words starting with "i" also with a capital
# "İ", because phones capitalise the first letter and "İ" lower-cases to "i̇", not "i".

syn-menu-find-work = iş, İş, işe, işi, işler, iş arıyorum, çalış, meslek, is ariyorum, is bul, calis
syn-menu-book = randevu, görüşme, gorusme, danışmanlık, danismanlik
syn-menu-ask-coach = danışman, danisman, soru, sormak, sorabilir
syn-menu-appointments = randevularım, randevularim, randevular, randevum
syn-menu-language = dili, dilim, lisan
syn-menu-my-data = bilgilerim, verilerim, veriler, kişisel, kisisel, gizlilik
syn-consent-agree = evet, tamam, olur, peki, onaylıyorum, onayliyorum, onay veriyorum, kabul ediyorum, okey
syn-consent-decline = hayır, hayir, değil, degil, sonra, istemiyorum, İstemiyorum, onaylamıyorum, onaylamiyorum, onaylamam, etmiyorum, vermiyorum, olmaz
syn-consent-agree-now = evet, tamam, olur, peki, onaylıyorum, onayliyorum, onay veriyorum, kabul ediyorum, okey
syn-my-data-delete = sil
syn-my-data-withdraw = onay, geri al, geri çek, geri cek
syn-delete-yes = evet, sil
syn-delete-no = hayır, hayir, silme, istemiyorum, İstemiyorum
syn-nav-back = geri dön, geri don, geri git, geriye
syn-nav-skip = atla
syn-nav-cancel = iptal, İptal, vazgeç, vazgec
syn-nav-more = daha fazla, fazla, diğer, diger
syn-nav-previous = önceki, onceki

# Words that make a sentence (five words or more) a question for a coach, not a choice: letters and
# authorities. German and English count too. Here: only words for an official letter or an office.
syn-question-words = mektup, mektub, tebligat, yabancılar dairesi, yabancilar dairesi, resmi yazı, resmi yazi
