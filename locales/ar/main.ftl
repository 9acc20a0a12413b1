# Lotse – العربية (Arabic). Same keys and arguments as the German source (locales/de).
# Plain language: short sentences, level A2. Right-to-left; Fluent isolates the variables.

## الترحيب واللغة (Welcome and language)

welcome =
    مرحبًا! أنا لوتسه. 👋
    أساعدك في البحث عن عمل في ألمانيا.
    بأي لغة نتكلم؟
language-suggested = ربما لغتك هي { $language }. هل هذا صحيح؟ الرجاء اختيار لغتك.
language-set = حسنًا. سأكتب لك الآن بالعربية.

## حماية البيانات والموافقة (Privacy and consent)

privacy-note =
    🔒 بياناتك
    ماذا أحفظ: لغتك ورسائلك إليّ.
    لماذا: لكي يساعدك المدرّبون.
    من يرى ذلك: فقط المدرّبون وفريق مكتب المقاطعة.
    الحذف: في أي وقت من خلال «بياناتي».
    هل توافق؟
consent-agree = ✅ أوافق
consent-decline = ليس الآن
consent-agree-now = ✅ أوافق الآن
consent-thanks = شكرًا! الآن يمكننا أن نبدأ.
consent-declined =
    حسنًا. أحفظ لغتك فقط.
    بدون موافقتك لا أستطيع حجز موعد ولا سؤال مدرّب.
    يمكنك تغيير اللغة. ويمكنك الموافقة لاحقًا.
consent-withdrawn = تم سحب موافقتك. الآن أحفظ لغتك فقط.

## القائمة الرئيسية (Main menu)

menu-title = كيف يمكنني مساعدتك؟
menu-find-work = 💼 البحث عن عمل
menu-book = 📅 حجز موعد استشارة
menu-ask-coach = 💬 سؤال مدرّب
menu-appointments = 🗓 مواعيدي
menu-language = 🌐 اللغة
menu-my-data = 🔒 بياناتي
feature-not-ready = هذا غير متوفر بعد. نحن نعمل عليه. الرجاء اختيار شيء آخر.

## بياناتي (My data)

my-data-consented =
    هذا ما أحفظه عنك:
    • اللغة: { $language }
    • الموافقة منذ: { $since }
    • التطبيق: { $channel }
my-data-no-consent =
    هذا ما أحفظه عنك:
    • اللغة: { $language }
    • التطبيق: { $channel }
    لا توجد موافقة منك. لا أحفظ شيئًا آخر.
my-data-withdraw = سحب الموافقة
my-data-delete = 🗑 حذف كل شيء
back = ⬅️ رجوع
delete-confirm = حذف كل شيء فعلًا؟ بعد الحذف لا يمكن استرجاع أي شيء.
delete-yes = نعم، احذف
delete-no = لا
data-deleted = تم حذف كل شيء. إذا كتبت لي مرة أخرى، نبدأ من جديد.

## عندما لا يناسب شيء (When something does not fit)

choose-option = الرجاء اختيار زر أو كتابة الرقم.
media-unsupported = لا أستطيع قراءة هذا بعد. الرجاء كتابة نص أو اختيار زر.
edited-unsupported = لا أستطيع قراءة الرسائل المعدّلة. الرجاء إرسال رسالة جديدة.
too-long = الرسالة طويلة جدًا. الرجاء كتابة رسالة أقصر (الحد الأقصى { $limit } حرف).
option-stale = هذا الزر قديم. هذه هي الخيارات الحالية.
unknown-command = لا أعرف هذا الأمر. للمساعدة اكتب /help.
help =
    طريقة الاستخدام:
    /start – البدء من جديد
    /menu – القائمة الرئيسية
    /language – تغيير اللغة
    /help – هذه المساعدة
    يمكنك أيضًا كتابة رقم الخيار.
error-apology = عذرًا، حدث خطأ. الرجاء المحاولة مرة أخرى.

## WhatsApp

# The button that opens a list of choices (at most 20 characters).
list-button = اختر

## Telegram command menu (the descriptions next to /start, /menu, /language, /help)

command-start = البدء من جديد
command-menu = القائمة الرئيسية
command-language = تغيير اللغة
command-help = مساعدة
