# Words people type for a choice (comma-separated). Key: syn-<button key>. German and English count too.
# A typed word fits when it starts with a synonym of at least 3 characters (so stems are listed); a
# synonym with a space fits only as whole words. Negations are listed under "no", so that "not agree"
# never reads as "agree" (at worst the bot asks again).
# Farsi/Dari: with and without the half-space (ZWNJ); Dari and Iranian words; Latin letters
# (Finglish) as people write them. A word with a half-space counts as two words.

syn-menu-find-work = کار, کاریابی, شغل, وظیفه, kar, kaar, shoghl, shughl, wazifa
syn-menu-book = مشاوره, مشوره, وقت گرفتن, گرفتن وقت, وقت بگیرم, نوبت بگیرم, رزرو, moshavere, mashwara, mashwera
syn-menu-ask-coach = سؤال, سوال, پرسش, پرسیدن, بپرسم, از مشاور, با مشاور, soal, sawal, suwal
syn-menu-appointments = وقت‌های مشاوره من, وقتهای مشاوره من, وقت‌های من, وقتهای من, ملاقات‌های من, ملاقاتهای من, نوبت‌های من, نوبتهای من
syn-menu-language = زبان, zaban, zabaan
syn-menu-my-data = معلومات, اطلاعات, حریم خصوصی, malumat, maloomat, maalumat, etelaat
syn-consent-agree = بله, بلی, آره, اره, ها, موافق, قبول, باشه, اوکی, bale, bali, baly, ha, mowafeq, mowafiq, qabul, ghabul
syn-consent-decline = نه, نخیر, فعلا نه, حالا نه, بعدا, نیست, ندارم, نمی, مخالف, ناموافق, na, nah, nakheir, badan
syn-consent-agree-now = بله, بلی, آره, اره, ها, موافق, قبول, باشه, اوکی, bale, bali, baly, ha, mowafeq, mowafiq, qabul, ghabul
syn-my-data-delete = پاک, حذف, pak, hazf
syn-my-data-withdraw = پس گرفتن, پس بگیرم, لغو موافقت, انصراف
syn-delete-yes = بله, بلی, آره, اره, پاک کن, حذف کن, bale, bali
syn-delete-no = نه, نخیر, نکن, پاک نکن, حذف نکن, na, nah
syn-nav-back = برگشت, بازگشت, برگرد, عقب, bargasht
syn-nav-skip = رد شدن, رد کن, بگذر, بعدی
syn-nav-cancel = لغو, کنسل, توقف
syn-nav-more = بیشتر
syn-nav-previous = قبلی

# Words that make a sentence (five words or more) a question for a coach, not a choice: letters and
# authorities. German and English count too. Here: only words for an official letter or an office.
syn-question-words = نامه, جاب سنتر, جابسنتر, جاب سینتر, اداره اتباع, اداره خارجی‌ها
