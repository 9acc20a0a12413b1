# لوتسه – فارسی/دری. اعلان‌ها و برنامه‌ها: برای مردم و برای هماهنگ‌کننده‌ها.
# زبان ساده (A2)، «شما»، بات با «من» صحبت می‌کند. دکمه‌ها حداکثر ۲۰ حرف.

## اعلان (متن از یک هماهنگ‌کننده، ترجمه‌شده)

broadcast-message =
    📣 { $body }
broadcast-event =
    📣 { $body }

    📅 { $when }
    📍 { $place }
    👥 تعداد جاها: { $capacity }
broadcast-event-open =
    📣 { $body }

    📅 { $when }
    📍 { $place }
broadcast-yes = ✅ شرکت می‌کنم
broadcast-no = این بار نه
broadcast-stop = 🔕 لغو اشتراک
broadcast-cancel-place = ✖ لغو جای من
broadcast-ok = 👍 خوب

## جواب‌ها به یک برنامه

event-confirmed =
    ✅ شما یک جا دارید: { $title }
    📅 { $when }
    📍 { $place }
    یک روز پیش به شما یادآوری می‌کنم.
event-waiting =
    همه جاها پر است. شما در لیست انتظار هستید (شماره { $position }).
    اگر جایی خالی شود، به شما می‌نویسم.
event-already =
    شما از قبل یک جا دارید: { $title }
    📅 { $when }
event-declined = از جواب شما تشکر. شاید دفعه بعد!
event-cancelled = جای شما را لغو کردم: { $title }. تشکر که خبر دادید.
event-not-signed-up = شما برای این برنامه ثبت نام نکرده‌اید.
event-past = این برنامه تمام شده است.
event-gone = این برنامه دیگر وجود ندارد.
event-reminder =
    ⏰ یادآوری: فردا «{ $title }» است.
    📅 { $when }
    📍 { $place }
    اگر نمی‌توانید بیایید، لطفاً جای خود را لغو کنید.
event-moved-up =
    🎉 یک جا خالی شد. حالا شما یک جا دارید: { $title }
    📅 { $when }
    📍 { $place }
    اگر نمی‌توانید بیایید، لطفاً جای خود را لغو کنید.

## لغو اشتراک و اشتراک دوباره

news-stopped =
    🔕 دیگر برای شما اعلان نمی‌فرستم.
    دوباره می‌خواهید؟ دکمه را بزنید یا بنویسید: { "\u200E" }/start
news-start = 🔔 دوباره دریافت
news-started = 🔔 شما دوباره اعلان‌ها را دریافت می‌کنید.

## برای هماهنگ‌کننده‌ها: نوشتن اعلان

bc-home = 📣 اعلان‌ها. یک اعلان تازه بنویسید یا گزارش یک اعلان قبلی را ببینید.
bc-new = ✍ اعلان تازه
bc-list-entry = #{ $id } { $title } · { $state }
bc-list = 📋 همه اعلان‌ها
bc-text = لطفاً اعلان را به آلمانی بنویسید. من آن را به زبان‌های گیرندگان ترجمه می‌کنم.
bc-too-long = متن خیلی طولانی است. لطفاً حداکثر 3000 حرف بنویسید.
bc-audience =
    اعلان به چه کسانی برسد؟
    زبان‌ها: { $languages }
    جاها: { $towns }
    سطح آلمانی: { $levels }
    رویداد: { $event }
    چه کسی: { $role }
bc-by-language = 🌐 زبان‌ها
bc-by-place = 📍 جاها
bc-by-german = 🗣 سطح آلمانی
bc-by-role = 👥 چه کسی
bc-by-event = 🎟 شرکت‌کنندگان یک رویداد
bc-continue = ⬅ ادامه
bc-role-all = همه
bc-role-people = فقط مردم
bc-role-coaches = فقط مشاوران
bc-pick-languages = کدام زبان‌ها؟ برای انتخاب، روی یک زبان بزنید. بعد «تمام».
bc-pick-municipalities = کدام جاها؟ برای انتخاب، روی یک جا بزنید. بعد «تمام».
bc-pick-german = کدام سطح آلمانی (از پرسشنامه)؟ روی یک سطح بزنید. بعد «تمام».
bc-pick-event = کدام رویداد؟ اعلان به همه کسانی می‌رود که جا دارند. روی یکی بزنید، بعد «تمام».
bc-no-events = رویداد پیش رویی وجود ندارد.
bc-media-caption = لطفاً عکس یا سند را با متن اعلان به عنوان توضیح بفرستید.
bc-media-note = 📎 با عکس یا سند (در Telegram و WhatsApp).
bc-done = ✅ تمام
bc-event = آیا این برنامه‌ای است که باید برای آن ثبت نام کرد؟
bc-event-no = نه، فقط معلومات
bc-event-yes = 📅 بله
bc-when = برنامه چه وقت است؟ تاریخ و ساعت را بنویسید، مثلاً: 03.12.2026 18:00
bc-time-unknown = این زمان را نمی‌فهمم، یا گذشته است. لطفاً این طور: 03.12.2026 18:00
bc-place = برنامه کجاست؟ جا یا لینک شرکت آنلاین را بنویسید.
bc-capacity = چند جا وجود دارد؟ یک عدد بنویسید.
bc-unlimited = بدون حد
bc-capacity-unknown = لطفاً یک عدد بنویسید، مثلاً 20.
bc-preview-language =
    { $language } · { $by } · { $channels }

    { $text }
bc-made-source = اصلی
bc-made-machine = ترجمه ماشینی
bc-made-coordinator = متن شما
bc-made-german = بدون ترجمه: به آلمانی می‌رود
bc-preview =
    اعلان این طور دیده می‌شود (بالا، برای هر زبان).
    گیرندگان: { $recipients }
    اشتراک را لغو کرده‌اند (دریافت نمی‌کنند): { $unsubscribed }
    بات را بلاک کرده‌اند (دریافت نمی‌کنند): { $blocked }
bc-send-now = 📤 همین حالا بفرست
bc-schedule = 🕒 بعداً بفرست
bc-replace = ✏ تغییر ترجمه
bc-nobody = هیچ کس این اعلان را دریافت نمی‌کند. لطفاً گیرندگان دیگری انتخاب کنید.
bc-schedule-when = چه وقت آن را بفرستم؟ تاریخ و ساعت را بنویسید، مثلاً: 03.12.2026 09:00
bc-replace-which = کدام ترجمه را می‌خواهید عوض کنید؟
bc-replace-text = لطفاً متن را برای { $language } بنویسید. آن را همان طور که می‌نویسید می‌فرستم.
bc-replaced = ✓ متن شما را می‌گیرم.
bc-started = 📤 اعلان #{ $id } حالا شروع می‌شود. پیشرفت را در یک پیام به شما نشان می‌دهم.
bc-scheduled = 🕒 اعلان #{ $id } در { $when } شروع می‌شود. تا آن وقت می‌توانید آن را لغو کنید.
bc-gone = این اعلان وجود ندارد.
bc-report =
    📣 #{ $id } { $title }
    وضعیت: { $state }
    گیرندگان: { $recipients }
    رسید: { $delivered }
    هنوز باید فرستاده شود: { $queued }
    ناموفق: { $failed }
    بات را بلاک کرده‌اند: { $blocked }
    اشتراک را لغو کرده‌اند: { $unsubscribed }
    منتظر پنجره ۲۴ ساعته (WhatsApp): { $waiting }
    ثبت نام‌ها: { $signups }
    لیست انتظار: { $waitlist }
bc-refresh = 🔄 تازه کردن
bc-cancel = ✖ لغو
bc-csv = 📄 شرکت‌کنندگان (CSV)
bc-cancel-cancelled = ✓ اعلان لغو شد. هیچ کس آن را دریافت نکرد.
bc-cancel-stopped = ✓ متوقف شد. آنچه هنوز فرستاده نشده بود، دیگر نمی‌رود.
bc-cancel-finished = کاملاً فرستاده شده است. دیگر نمی‌شود لغو کرد.
bc-cancel-unknown = این اعلان وجود ندارد.
bc-state-scheduled = برنامه‌ریزی شده
bc-state-sending = در حال فرستادن
bc-state-paused = توقف (ساعات آرام)
bc-state-done = تمام شد
bc-state-cancelled = لغو شد
broadcast-progress = 📤 اعلان #{ $id }: { $sent } فرستاده شد، { $remaining } مانده.
broadcast-report =
    📣 گزارش اعلان #{ $id }
    رسید: { $delivered }
    ناموفق: { $failed }
    بات را بلاک کرده‌اند: { $blocked }
    اشتراک را لغو کرده‌اند: { $unsubscribed }
    منتظر پنجره ۲۴ ساعته (WhatsApp): { $waiting }
    ثبت نام‌ها: { $signups }
    لیست انتظار: { $waitlist }

## My data: announcements off or on again

my-data-news-off = 🔕 اعلان‌ها خاموش
my-data-news-on = 🔔 اعلان‌ها روشن
