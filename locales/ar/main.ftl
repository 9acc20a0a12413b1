# Lotse – العربية (Arabic). Same keys and arguments as the German source (locales/de).
# Plain language: short sentences, level A2. Right-to-left; Fluent isolates the variables.
# Speak to the reader in forms that fit women and men: «الرجاء اختيار…», not «اختر».
# Commands: the description first, then { "\u200E" } right before the "/". "Back" points right: ➡️.
# Terms: docs/glossary.md. How to translate: docs/translating.md.

## الترحيب واللغة (Welcome and language)

welcome =
    مرحبًا! أنا لوتسه. 👋
    أساعدك في البحث عن عمل في ألمانيا.
    بأي لغة نتكلم؟
language-suggested = ربما لغتك هي { $language }. هل هذا صحيح؟ الرجاء اختيار لغتك.
language-set = حسنًا. سأكتب لك الآن بالعربية.

## حماية البيانات والموافقة (Privacy and consent)

consent-agree = ✅ أوافق
consent-decline = ليس الآن
consent-agree-now = ✅ أوافق الآن
consent-thanks = شكرًا! الآن يمكننا أن نبدأ.
consent-declined =
    حسنًا. أحفظ لغتك فقط.
    بدون موافقتك لا أستطيع حجز موعد لك ولا سؤال مستشار.
    يمكنك تغيير اللغة. ويمكنك الموافقة لاحقًا.
consent-withdrawn = تم سحب موافقتك. الآن أحفظ لغتك فقط.

## القائمة الرئيسية (Main menu)

menu-title = كيف يمكنني مساعدتك؟
menu-find-work = 💼 البحث عن عمل
menu-book = 📅 حجز موعد استشارة
menu-ask-coach = 💬 سؤال مستشار
menu-appointments = 🗓 مواعيدي
menu-language = 🌐 اللغة
menu-my-data = 🔒 بياناتي
feature-not-ready = هذا غير متوفر بعد. نحن نعمل عليه. الرجاء اختيار شيء آخر.

## بياناتي (My data)

my-data-consented =
    هذا ما أحفظه عنك:
    • اللغة: { $language }
    • تاريخ الموافقة: { $since }
    • التطبيق: { $channel }
my-data-no-consent =
    هذا ما أحفظه عنك:
    • اللغة: { $language }
    • التطبيق: { $channel }
    لا توجد موافقة منك. لا أحفظ شيئًا آخر.
my-data-withdraw = سحب الموافقة
my-data-delete = 🗑 حذف كل شيء
back = ➡️ رجوع
delete-confirm = هل أحذف كل شيء فعلًا؟ لا يمكن التراجع عن ذلك.
delete-yes = نعم، احذف
delete-no = لا
data-deleted = تم حذف كل شيء. إذا كتبت لي مرة أخرى، نبدأ من جديد.

## عندما لا يناسب شيء (When something does not fit)

choose-option = الرجاء اختيار زر أو كتابة الرقم.
media-unsupported = لا أستطيع قراءة هذا بعد. الرجاء كتابة نص أو اختيار زر.
edited-unsupported = لا أستطيع قراءة الرسائل المعدّلة. الرجاء إرسال رسالة جديدة.
too-long =
    الرسالة طويلة جدًا. الرجاء كتابة رسالة أقصر (الحد الأقصى { $limit ->
        [zero] { NUMBER($limit, useGrouping: 0) } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { NUMBER($limit, useGrouping: 0) } أحرف
        [many] { NUMBER($limit, useGrouping: 0) } حرفًا
       *[other] { NUMBER($limit, useGrouping: 0) } حرف
    }).
option-stale = هذا الزر قديم. هذه هي الخيارات الحالية.
unknown-command = لا أعرف هذا الأمر. للمساعدة، الرجاء كتابة { "\u200E" }/help.
help =
    طريقة الاستخدام:
    البدء من جديد – { "\u200E" }/start
    القائمة الرئيسية – { "\u200E" }/menu
    تغيير اللغة – { "\u200E" }/language
    هذه المساعدة – { "\u200E" }/help
    يمكنك أيضًا كتابة رقم الخيار.
error-apology = عذرًا، حدث خطأ. الرجاء المحاولة مرة أخرى.

## WhatsApp

# The button that opens a list of choices (at most 20 characters).
list-button = الخيارات

## Telegram command menu (the descriptions next to /start, /menu, /language, /help)

command-start = البدء من جديد
command-menu = القائمة الرئيسية
command-language = تغيير اللغة
command-help = مساعدة
