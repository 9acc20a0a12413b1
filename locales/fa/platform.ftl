# Lotse – فارسی/دری (Farsi and Dari, one text; Dari wording where they differ, most readers are Afghan).
# Platform texts: navigation, privacy note, staff menu, places. Same keys and arguments as the German
# source (locales/de/platform.ftl). Plain language (A2), "شما"; the bot speaks as "I".
# Right-to-left: a left-to-right mark { "\u200E" } stands right before each command and key name.
# Terms: docs/glossary.md.

## انتخاب زبان (Choosing a language)

language-choose = کدام زبان را می‌خواهید؟

## وقتی دکمه نیست (Where there are no buttons: terminal chat)

choose-number = لطفاً شماره یک انتخاب را بنویسید.

## رفتن و برگشتن (Navigation buttons, at most 20 characters)

nav-back = { back }
nav-skip = ⏭ رد شدن
nav-cancel = ✖ لغو
nav-more = بیشتر ▾
nav-previous = قبلی ▴
cancelled = لغو شد.

## حفاظت از معلومات (Privacy, version 2026-12)

privacy-note-v2 =
    🔒 معلومات شما
    این‌ها را نگه می‌دارم:
    • زبان شما
    • شماره حساب شما در پیام‌رسان (در WhatsApp: شماره تلفن شما)
    • چه وقت موافقت کردید و آخرین بار چه وقت نوشتید
    • در کجای گفتگو هستید و آنجا چه چیزی را انتخاب کردید
    پیام‌هایی را که برایم می‌نویسید، به محض اینکه به آن‌ها جواب دادم، پاک می‌کنم.
    چه کسی این را می‌بیند: فقط تیم دفتر ادغام در اداره ناحیه (Landratsamt).
    پاک کردن: هر وقت خواستید، در «معلومات من».
    آیا موافق هستید؟
consent-read-note = 📄 خواندن متن

## نام پیام‌رسان (Channel name, in "My data")

channel-telegram = Telegram
channel-whatsapp = WhatsApp
channel-terminal = چت در ترمینال

## چت در ترمینال (Terminal chat)

terminal-hint = لطفاً { "\u200E" }/start یا هر چیز دیگری بنویسید. با { "\u200E" }Ctrl-D چت تمام می‌شود.

## منو برای مشاوران و هماهنگی (Menu for coaches and coordinators)

staff-menu-coach = منوی مشاور. چه کاری می‌خواهید انجام دهید؟
staff-menu-coordinator = منوی هماهنگی. چه کاری می‌خواهید انجام دهید؟
staff-hours = 📅 ساعات مشاوره من
staff-hours-all = 📅 ساعات مشاوره
staff-cases = 💬 درخواست‌های باز
staff-coaches = 👥 مشاوران
staff-broadcast = 📣 اطلاعیه‌ها
staff-overview = 📊 نمای کلی
staff-coming = این به‌زودی آماده می‌شود. لطفاً چیز دیگری انتخاب کنید.

## انتخاب محل (Choosing a place)

place-question = در کدام محل زندگی می‌کنید؟ نام آن یا کد پستی را بنویسید.
place-elsewhere = جای دیگر
place-unknown = این محل را نمی‌شناسم. لطفاً از فهرست انتخاب کنید.
