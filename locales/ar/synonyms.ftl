# Words people type for a choice (comma-separated). Key: syn-<button key>. German and English count too.
# A typed word fits when it starts with a synonym of at least 3 characters (so stems are listed); a
# synonym with a space fits only as whole words. Negations are listed under "no", so that "not agree"
# never reads as "agree" (at worst the bot asks again).
# Arabic: no vowel marks (people do not type them); forms with and without hamza and the article;
# Arabizi (Latin letters, digits for sounds) as people write it.

syn-menu-find-work = عمل, العمل, شغل, الشغل, اشتغل, وظيفة, وظيفه, الوظيفة, وظائف, الوظائف, shoghl, shughl, shogl, wazifa, wazife, wadhifa
syn-menu-book = حجز, الحجز, احجز, أحجز, استشارة, استشاره, الاستشارة, اريد موعد, أريد موعد, بدي موعد, موعد جديد, hajz, 7ajz, istishara, estishara
syn-menu-ask-coach = مستشار, المستشار, سؤال, السؤال, سوال, اسأل, أسأل, اسال, mustashar, mostashar, so2al, su2al, sual
syn-menu-appointments = مواعيدي, مواعيد, المواعيد, mawa3id, mawaid, mawa3idi
syn-menu-language = لغة, لغه, اللغة, اللغه, لغتي, lugha, logha, lougha
syn-menu-my-data = بياناتي, بيانات, البيانات, خصوصية, الخصوصية, bayanat
syn-consent-agree = نعم, موافق, أوافق, اوافق, حسنا, حسنًا, تمام, اوكي, أوكي, ايوه, أيوه, ايوا, na3am, naam, tamam, mowafeq, muwafiq, aywa
syn-consent-decline = لا, ليس الآن, ليس الان, لاحقا, فيما بعد, بعدين, لست, لا أوافق, لا اوافق, لااوافق, مش موافق, مو موافق, غير موافق, la2, mish
syn-consent-agree-now = نعم, موافق, أوافق, اوافق, حسنا, حسنًا, تمام, اوكي, أوكي, ايوه, أيوه, ايوا, na3am, naam, tamam, mowafeq, muwafiq, aywa
syn-my-data-delete = حذف, الحذف, احذف, أحذف, امسح, مسح, hazf, hadhf, 7azf
syn-my-data-withdraw = سحب, اسحب, الغاء الموافقة, إلغاء الموافقة, تراجع عن الموافقة, sa7b, sahb
syn-delete-yes = نعم, احذف, أحذف, امسح, ايوه, أيوه, na3am, naam
syn-delete-no = لا, لا تحذف, لا تمسح, ما تحذف, كلا, بلاش, la2
syn-nav-back = رجوع, الرجوع, ارجع, إرجع, رجع, عودة, العودة, للخلف
syn-nav-skip = تخطي, تخطى, تجاوز, التالي
syn-nav-cancel = إلغاء, الغاء, الغي, ألغي, توقف
syn-nav-more = المزيد, مزيد, اكثر, أكثر
syn-nav-previous = السابق, السابقة, سابق

# Words that make a sentence (five words or more) a question for a coach, not a choice: letters and
# authorities. German and English count too. Here: only words for an official letter or an office.
syn-question-words = رسالة من, رساله من, خطاب, الخطاب, مكتوب من, جوب سنتر, الجوب سنتر, جوبسنتر, الجوبسنتر, دائرة الأجانب, مكتب الأجانب
