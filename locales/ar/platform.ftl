# Lotse – العربية (Arabic). Platform texts: navigation, privacy note, staff menu, places.
# Same keys and arguments as the German source (locales/de/platform.ftl). Plain language (A2);
# the bot speaks as "I"; gender-neutral where possible (nouns, "الرجاء" + masdar, unvowelled pronouns).
# Right-to-left: a left-to-right mark { "\u200E" } stands right before each command and key name, so
# "/start" does not show as "start/"; a line never starts with one. Terms: docs/glossary.md.

## اختيار اللغة (Choosing a language)

language-choose = بأي لغة نتكلم؟

## عندما لا توجد أزرار (Where there are no buttons: terminal chat)

choose-number = الرجاء كتابة رقم الخيار.

## التنقل (Navigation buttons, at most 20 characters)

nav-back = { back }
nav-skip = ⏭ تخطّي
nav-cancel = ✖ إلغاء
nav-more = المزيد ▾
nav-previous = السابق ▴
cancelled = تم الإلغاء.

## حماية البيانات (Privacy, version 2026-12)

privacy-note-v2 =
    🔒 بياناتك
    أحفظ ما يلي:
    • لغتك
    • رقم حسابك في تطبيق المراسلة (في WhatsApp: رقم هاتفك)
    • متى وافقت ومتى كتبت لي آخر مرة
    • أين أنت في المحادثة وماذا اخترت فيها
    أحذف رسائلك إليّ بمجرد أن أرد عليها.
    من يرى ذلك: فقط فريق قسم الاندماج في مكتب المقاطعة (Landratsamt).
    الحذف: في أي وقت من خلال «بياناتي».
    هل هذا مقبول لك؟
consent-read-note = 📄 قراءة النص

## اسم التطبيق (Channel name, in "My data")

channel-telegram = Telegram
channel-whatsapp = WhatsApp
channel-terminal = محادثة الطرفية

## محادثة الطرفية (Terminal chat)

terminal-hint = الرجاء كتابة { "\u200E" }/start أو أي شيء. { "\u200E" }Ctrl-D ينهي المحادثة.

## قائمة المستشارين والتنسيق (Menu for coaches and coordinators)

staff-menu-coach = قائمة المستشار. ماذا نفعل الآن؟
staff-menu-coordinator = قائمة التنسيق. ماذا نفعل الآن؟
staff-hours = 📅 ساعات استشارتي
staff-hours-all = 📅 ساعات الاستشارة
staff-cases = 💬 الطلبات المفتوحة
staff-coaches = 👥 المستشارون
staff-broadcast = 📣 الإعلانات
staff-overview = 📊 نظرة عامة
staff-coming = هذا سيتوفر قريبًا. الرجاء اختيار شيء آخر.

## اختيار المكان (Choosing a place)

place-question = أين مكان سكنك؟ الرجاء كتابة اسم البلدة أو الرمز البريدي.
place-elsewhere = مكان آخر
place-unknown = لا أعرف هذا المكان. الرجاء الاختيار من القائمة.
