# لوتسه – دری/فارسی. گرفتن وقت مشاوره، «وقت‌های مشاوره من»، یادآوری، پیام به مشاوران.

booking-details =
    📅 { $day }، { $time }
    📍 { $place }{ $address ->
        [none] { "" }
       *[other] ، { $address }
    }
    { $coach ->
        [none] 🧑 یک مشاور برای شما آنجاست.
       *[other] 🧑 مشاور: { $coach }
    }

booking-where = وقت مشاوره را کجا می‌خواهید؟
booking-online = 💻 آنلاین / تلفن
booking-any = 📍 هر جا
booking-slots = چه وقت برای شما خوب است؟ لطفاً یک وقت انتخاب کنید.
booking-slot = { $day }، { $time } · { $place }
booking-no-slots = حالا اینجا وقت خالی نیست. لطفاً بعداً دوباره امتحان کنید یا جای دیگری انتخاب کنید.
booking-time-unknown = این وقت را پیدا نمی‌کنم. لطفاً یک وقت از لیست انتخاب کنید.
booking-confirm =
    لطفاً وقت مشاوره خود را بررسی کنید:
    { booking-details }
booking-confirm-yes = ✅ تأیید
booking-taken = کسی همین حالا این وقت را گرفت. این‌ها وقت‌های خالی بعدی هستند.
booking-slot-gone = این وقت دیگر نیست. لطفاً وقت دیگری انتخاب کنید.
booking-limit = شما به اندازه کافی وقت مشاوره دارید. لطفاً اول یکی را لغو کنید.
booking-moved = وقت مشاوره شما را تغییر دادم.
booking-done =
    ✅ وقت مشاوره شما گرفته شد.
    { booking-details }
    لطفاً با خود بیاورید: کارت هویت، رزومه و مدارک تحصیلی (اگر دارید).{ $bring ->
        [abroad] { " " }لطفاً مدرک‌های کشور خود را هم بیاورید، با ترجمه اگر دارید.
       *[other] { "" }
    }
    فایل پایین را می‌توانید به تقویم خود اضافه کنید.
booking-to-menu = 🏠 منو

appointments-list = وقت‌های مشاوره شما:
appointments-none = شما وقت مشاوره ندارید.
appointment-details =
    وقت مشاوره شما:
    { booking-details }
appointment-cancel = ❌ لغو وقت
appointment-move = 🔁 تغییر وقت
appointment-cancel-confirm =
    آیا واقعاً می‌خواهید این وقت مشاوره را لغو کنید؟
    { booking-details }
appointment-cancel-yes = بله، لغو شود
appointment-cancel-no = نه، بماند
appointment-cancelled = وقت مشاوره شما لغو شد.
booking-appointment-gone = این وقت مشاوره دیگر وجود ندارد.

booking-reminder = ⏰ یادآوری: وقت مشاوره شما { $day } ساعت { $time }، { $place } است.
booking-day-cancelled = متأسفم، وقت مشاوره شما { $day } ساعت { $time } ({ $place }) برگزار نمی‌شود. لطفاً در منو وقت تازه بگیرید.

booking-coach-booked =
    📅 وقت تازه: { $day }، { $time }، { $place } (شخص { $person }).
    { $profile }
booking-coach-moved =
    🔁 وقت تغییر کرد به: { $day }، { $time }، { $place } (شخص { $person }).
    { $profile }
booking-coach-cancelled = ❌ وقت لغو شد: { $day }، { $time }، { $place } (شخص { $person }).

## Sprechstunden (Coaches und Koordination) / office hours for staff

staff-hours-title = ساعات مشاوره شما در دو هفته آینده. برای لغو، یک روز را انتخاب کنید.
staff-hours-none = در دو هفته آینده ساعات مشاوره نیست.
staff-hours-day = { $day }, { $start }–{ $end } · { $place } · { $booked }
staff-hours-nobody = خالی
staff-hours-cancel-confirm =
    { $day }, { $start }–{ $end }, { $place }
    گرفته شده: { $booked }
    این روز لغو شود؟ همه کسانی که وقت گرفته‌اند به زبان خود پیام می‌گیرند.
staff-hours-cancel-yes = ❌ لغو روز
staff-hours-cancelled = روز لغو شد. به همه کسانی که وقت گرفته بودند خبر می‌دهم.
staff-hours-gone = این روز دیگر در لیست شما نیست.

## پاسخ به یادآوری، روزهای لغوشده، تأیید بعد از دو بار نیامدن

reminder-come = ✅ می‌آیم
reminder-come-thanks = ممنون! به مشاور شما می‌گویم که می‌آیید.
booking-not-yours = این وقت را برای شما پیدا نمی‌کنم. چیزی را تغییر ندادم.
booking-reminder-past = این وقت شروع شده یا تمام شده است. چیزی را تغییر ندادم.
booking-day-cancelled-slots = متأسفم، وقت مشاوره شما { $day } ساعت { $time } ({ $place }) برگزار نمی‌شود. این‌ها وقت‌های آزاد بعدی هستند. لطفاً یک وقت انتخاب کنید.
booking-confirm-ask = لطفاً وقت مشاوره خود را { $day } ساعت { $time }، { $place } تأیید کنید. «می‌آیم» را بزنید. اگر تا نیمه‌شب امروز تأیید نکنید، جا را به کس دیگری می‌دهم.
booking-released = شما وقت مشاوره { $day } ساعت { $time } ({ $place }) را تأیید نکردید. برای همین جا را به کس دیگری دادم. می‌توانید در منو وقت تازه بگیرید.

## برای مشاوران

booking-coach-coming = ✅ شخص { $person } می‌آید: { $day }، { $time }، { $place }.
booking-coach-released = ❌ تأیید نشد، جا آزاد شد: { $day }، { $time }، { $place } (شخص { $person }).
booking-coach-unreachable = ⚠️ یادآوری برای شخص { $person } نرسید (پنجره واتس‌اپ بسته است یا ربات مسدود شده). وقت باقی می‌ماند: { $day }، { $time }، { $place }.
booking-coach-no-profile = هنوز پروفایل کوتاه نیست.
booking-attendance-ask = وقت { $day }، { $time }، { $place } (شخص { $person }): آیا شخص آمد؟
booking-attended = ✅ آمد
booking-no-show = ❌ نیامد
booking-attendance-saved = ممنون، ثبت کردم.
booking-attendance-refused = شما نمی‌توانید این وقت را ثبت کنید: جزو ساعت‌های مشاوره شما نیست.
booking-attendance-early = این وقت هنوز شروع نشده است.
