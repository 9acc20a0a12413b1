# Lotse – فارسی/دری (Farsi and Dari, one text for both). Same keys and arguments as the German source (locales/de).
# Plain language: short sentences, level A2. Right-to-left; Fluent isolates the variables.
# Most readers are Afghan: where Dari and Iranian Persian differ, use the word both understand,
# else the Dari word (معلومات, not اطلاعات). See docs/glossary.md.
# Commands: the description first, then { "\u200E" } right before the "/". "Back" points right: ➡️.
# Terms: docs/glossary.md. How to translate: docs/translating.md.

## خوش‌آمد و زبان (Welcome and language)

welcome =
    سلام! من لوتسه هستم. 👋
    من به شما در پیدا کردن کار در آلمان کمک می‌کنم.
    کدام زبان را می‌خواهید؟
language-suggested = شاید زبان شما { $language } باشد. درست است؟ لطفاً زبان خود را انتخاب کنید.
language-set = خوب. از حالا به فارسی/دری می‌نویسم.

## حفاظت از معلومات و موافقت (Privacy and consent)

consent-agree = ✅ موافق هستم
consent-decline = فعلاً نه
consent-agree-now = ✅ حالا موافقم
consent-thanks = تشکر! حالا می‌توانیم شروع کنیم.
consent-declined =
    خوب. فقط زبان شما را نگه می‌دارم.
    بدون موافقت شما نمی‌توانم برای شما وقت مشاوره بگیرم یا از مشاور سؤال کنم.
    شما می‌توانید زبان را تغییر دهید. بعداً هم می‌توانید موافقت کنید.
consent-withdrawn = موافقت شما پس گرفته شد. حالا فقط زبان شما را نگه می‌دارم.

## منوی اصلی (Main menu)

menu-title = چه کاری می‌خواهید انجام دهید؟
menu-find-work = 💼 پیدا کردن کار
menu-book = 📅 گرفتن وقت مشاوره
menu-ask-coach = 💬 سؤال از مشاور
menu-appointments = 🗓 وقت‌های مشاوره من
menu-language = 🌐 زبان
menu-my-data = 🔒 معلومات من
feature-not-ready = این هنوز آماده نیست. ما روی آن کار می‌کنیم. لطفاً چیز دیگری انتخاب کنید.

## معلومات من (My data)

my-data-consented =
    این معلومات شما را نگه می‌دارم:
    • زبان: { $language }
    • تاریخ موافقت: { $since }
    • پیام‌رسان: { $channel }
my-data-no-consent =
    این معلومات شما را نگه می‌دارم:
    • زبان: { $language }
    • پیام‌رسان: { $channel }
    شما موافقت نکرده‌اید. چیز دیگری نگه نمی‌دارم.
my-data-withdraw = پس گرفتن موافقت
my-data-delete = 🗑 پاک کردن همه
back = ➡️ برگشت
delete-confirm = واقعاً همه چیز پاک شود؟ بعد از آن نمی‌شود آن را برگرداند.
delete-yes = بله، پاک کن
delete-no = نه
data-deleted = همه چیز پاک شد. اگر دوباره بنویسید، از نو شروع می‌کنیم.

## وقتی چیزی درست نیست (When something does not fit)

choose-option = لطفاً یک دکمه را انتخاب کنید. یا شماره را بنویسید.
media-unsupported = این را هنوز نمی‌توانم بخوانم. لطفاً متن بنویسید یا یک دکمه را انتخاب کنید.
edited-unsupported = پیام‌های تغییرکرده را نمی‌توانم بخوانم. لطفاً یک پیام جدید بفرستید.
too-long = پیام خیلی طولانی است. لطفاً کوتاه‌تر بنویسید (حداکثر { NUMBER($limit, useGrouping: 0) } حرف).
option-stale = این دکمه قدیمی است. این‌ها انتخاب‌های تازه هستند.
unknown-command = این دستور را نمی‌شناسم. برای دیدن راهنما { "\u200E" }/help را بنویسید.
help =
    راهنما:
    شروع دوباره – { "\u200E" }/start
    منوی اصلی – { "\u200E" }/menu
    تغییر زبان – { "\u200E" }/language
    همین راهنما – { "\u200E" }/help
    شما می‌توانید شماره یک انتخاب را هم بنویسید.
error-apology = ببخشید، مشکلی پیش آمد. لطفاً دوباره امتحان کنید.

## WhatsApp

# The button that opens a list of choices (at most 20 characters).
list-button = انتخاب کنید

## Telegram command menu (the descriptions next to /start, /menu, /language, /help)

command-start = شروع دوباره
command-menu = منوی اصلی
command-language = تغییر زبان
command-help = راهنما
