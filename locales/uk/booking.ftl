# Lotse – Українська. Запис на прийом, «Мої записи», нагадування, повідомлення коучам.

booking-details =
    📅 { $day }, { $time }
    📍 { $place }{ $address ->
        [none] { "" }
       *[other] , { $address }
    }
    { $coach ->
        [none] 🧑 Вас прийме коуч.
       *[other] 🧑 Коуч: { $coach }
    }

booking-where = Де ви хочете записатися на прийом?
booking-online = 💻 Онлайн / телефон
booking-any = 📍 Будь-де
booking-slots = Коли вам зручно? Будь ласка, виберіть час.
booking-slot = { $day }, { $time } · { $place }
booking-no-slots = Зараз тут немає вільного часу. Будь ласка, спробуйте пізніше або виберіть інше місце.
booking-time-unknown = Я не знаходжу цей час. Будь ласка, виберіть час зі списку.
booking-confirm =
    Будь ласка, перевірте ваш запис:
    { booking-details }
booking-confirm-yes = ✅ Підтвердити
booking-taken = Цей час щойно зайняли. Ось наступні вільні години.
booking-slot-gone = Цього часу вже немає. Будь ласка, виберіть інший час.
booking-limit = У вас вже достатньо записів. Будь ласка, спочатку скасуйте один.
booking-moved = Я переніс ваш запис.
booking-done =
    ✅ Ваш запис готовий.
    { booking-details }
    Будь ласка, візьміть із собою: посвідчення особи, резюме та дипломи (якщо вони є).{ $bring ->
        [abroad] { " " }Будь ласка, візьміть також документи про освіту з вашої країни, з перекладом, якщо він у вас є.
       *[other] { "" }
    }
    Файл нижче можна додати у ваш календар.
booking-to-menu = 🏠 Меню

appointments-list = Ваші записи:
appointments-none = У вас немає записів.
appointment-details =
    Ваш запис:
    { booking-details }
appointment-cancel = ❌ Скасувати
appointment-move = 🔁 Перенести
appointment-cancel-confirm =
    Ви справді хочете скасувати цей запис?
    { booking-details }
appointment-cancel-yes = Так, скасувати
appointment-cancel-no = Ні, залишити
appointment-cancelled = Ваш запис скасовано.
booking-appointment-gone = Цього запису вже немає.

booking-reminder = ⏰ Нагадування: ваш запис { $day } о { $time }, { $place }.
booking-day-cancelled = На жаль, ваш запис { $day } о { $time } ({ $place }) не відбудеться. Будь ласка, запишіться знову через меню.

booking-coach-booked =
    📅 Новий запис: { $day }, { $time }, { $place } (особа { $person }).
    { $profile }
booking-coach-moved =
    🔁 Запис перенесено на: { $day }, { $time }, { $place } (особа { $person }).
    { $profile }
booking-coach-cancelled = ❌ Запис скасовано: { $day }, { $time }, { $place } (особа { $person }).

## Sprechstunden (Coaches und Koordination) / office hours for staff

staff-hours-title = Ваші години прийому на наступні два тижні. Виберіть день, щоб його скасувати.
staff-hours-none = У наступні два тижні немає годин прийому.
staff-hours-day = { $day }, { $start }–{ $end } · { $place } · { $booked }
staff-hours-nobody = вільно
staff-hours-cancel-confirm =
    { $day }, { $start }–{ $end }, { $place }
    Записи: { $booked }
    Скасувати цей день? Усі, хто записався, отримають повідомлення своєю мовою.
staff-hours-cancel-yes = ❌ Скасувати день
staff-hours-cancelled = День скасовано. Я повідомлю всіх, хто записався.
staff-hours-gone = Цього дня вже немає у вашому списку.

## Відповіді на нагадування, скасовані дні, підтвердження після двох неявок

reminder-come = ✅ Я прийду
reminder-come-thanks = Дякую! Я скажу вашому коучу, що ви прийдете.
booking-not-yours = Я не знаходжу у вас цей запис. Я нічого не змінив.
booking-reminder-past = Цей запис уже почався або минув. Я нічого не змінив.
booking-day-cancelled-slots = На жаль, ваш запис { $day } о { $time } ({ $place }) не відбудеться. Ось наступний вільний час. Будь ласка, виберіть час.
booking-confirm-ask = Будь ласка, підтвердьте ваш запис { $day } о { $time }, { $place }. Натисніть «Я прийду». Якщо ви не підтвердите до півночі сьогодні, я віддам місце іншій людині.
booking-released = Ви не підтвердили ваш запис { $day } о { $time } ({ $place }). Тому я віддав місце іншій людині. Ви можете записатися знову через меню.

## Для коучів

booking-coach-coming = ✅ Особа { $person } прийде: { $day }, { $time }, { $place }.
booking-coach-released = ❌ Не підтверджено, місце вільне: { $day }, { $time }, { $place } (особа { $person }).
booking-coach-unreachable = ⚠️ Нагадування особі { $person } не доставлено (вікно WhatsApp закрите або бот заблоковано). Запис залишається: { $day }, { $time }, { $place }.
booking-coach-no-profile = Короткого профілю ще немає.
booking-attendance-ask = Запис { $day }, { $time }, { $place } (особа { $person }): людина прийшла?
booking-attended = ✅ Прийшла
booking-no-show = ❌ Не прийшла
booking-attendance-saved = Дякую, я записав.
booking-attendance-refused = Ви не можете позначити цей запис: це не ваші години прийому.
booking-attendance-early = Цей запис ще не почався.
