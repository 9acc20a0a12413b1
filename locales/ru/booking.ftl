# Lotse – Русский. Запись на приём, «Мои записи», напоминания, сообщения коучам.

booking-details =
    📅 { $day }, { $time }
    📍 { $place }{ $address ->
        [none] { "" }
       *[other] , { $address }
    }
    { $coach ->
        [none] 🧑 Вас примет коуч.
       *[other] 🧑 Коуч: { $coach }
    }

booking-where = Где вы хотите записаться на приём?
booking-online = 💻 Онлайн / телефон
booking-any = 📍 Где угодно
booking-slots = Когда вам удобно? Пожалуйста, выберите время.
booking-slot = { $day }, { $time } · { $place }
booking-no-slots = Сейчас здесь нет свободного времени. Пожалуйста, попробуйте позже или выберите другое место.
booking-time-unknown = Я не нахожу это время. Пожалуйста, выберите время из списка.
booking-confirm =
    Пожалуйста, проверьте вашу запись:
    { booking-details }
booking-confirm-yes = ✅ Подтвердить
booking-taken = Это время только что заняли. Вот следующее свободное время.
booking-slot-gone = Этого времени больше нет. Пожалуйста, выберите другое время.
booking-limit = У вас уже достаточно записей. Пожалуйста, сначала отмените одну.
booking-moved = Я перенёс вашу запись.
booking-done =
    ✅ Вы записаны.
    { booking-details }
    Пожалуйста, возьмите с собой: удостоверение личности, резюме и дипломы (если они есть).{ $bring ->
        [abroad] { " " }Пожалуйста, возьмите также документы об образовании из вашей страны, с переводом, если он у вас есть.
       *[other] { "" }
    }
    Файл ниже можно добавить в ваш календарь.
booking-to-menu = 🏠 Меню

appointments-list = Ваши записи:
appointments-none = У вас нет записей.
appointment-details =
    Ваша запись:
    { booking-details }
appointment-cancel = ❌ Отменить
appointment-move = 🔁 Перенести
appointment-cancel-confirm =
    Вы правда хотите отменить эту запись?
    { booking-details }
appointment-cancel-yes = Да, отменить
appointment-cancel-no = Нет, оставить
appointment-cancelled = Ваша запись отменена.
booking-appointment-gone = Этой записи больше нет.

booking-reminder = ⏰ Напоминание: ваша запись { $day } в { $time }, { $place }.
booking-day-cancelled = К сожалению, ваша запись { $day } в { $time } ({ $place }) не состоится. Пожалуйста, запишитесь снова через меню.

booking-coach-booked =
    📅 Новая запись: { $day }, { $time }, { $place } (человек { $person }).
    { $profile }
booking-coach-moved =
    🔁 Запись перенесена на: { $day }, { $time }, { $place } (человек { $person }).
    { $profile }
booking-coach-cancelled = ❌ Запись отменена: { $day }, { $time }, { $place } (человек { $person }).

## Sprechstunden (Coaches und Koordination) / office hours for staff

staff-hours-title = Ваши часы приёма на следующие две недели. Выберите день, чтобы его отменить.
staff-hours-none = В следующие две недели нет часов приёма.
staff-hours-day = { $day }, { $start }–{ $end } · { $place } · { $booked }
staff-hours-nobody = свободно
staff-hours-cancel-confirm =
    { $day }, { $start }–{ $end }, { $place }
    Записи: { $booked }
    Отменить этот день? Все, кто записался, получат сообщение на своём языке.
staff-hours-cancel-yes = ❌ Отменить день
staff-hours-cancelled = День отменён. Я сообщу всем, кто записался.
staff-hours-gone = Этого дня больше нет в вашем списке.

## Ответы на напоминания, отменённые дни, подтверждение после двух неявок

reminder-come = ✅ Я приду
reminder-come-thanks = Спасибо! Я скажу вашему коучу, что вы придёте.
booking-not-yours = Я не нахожу у вас эту запись. Я ничего не изменил.
booking-reminder-past = Эта запись уже началась или прошла. Я ничего не изменил.
booking-day-cancelled-slots = К сожалению, ваша запись { $day } в { $time } ({ $place }) не состоится. Вот следующее свободное время. Пожалуйста, выберите время.
booking-confirm-ask = Пожалуйста, подтвердите вашу запись { $day } в { $time }, { $place }. Нажмите «Я приду». Если вы не подтвердите до полуночи сегодня, я отдам место другому человеку.
booking-released = Вы не подтвердили вашу запись { $day } в { $time } ({ $place }). Поэтому я отдал место другому человеку. Вы можете записаться снова через меню.

## Для коучей

booking-coach-coming = ✅ Человек { $person } придёт: { $day }, { $time }, { $place }.
booking-coach-released = ❌ Не подтверждено, место свободно: { $day }, { $time }, { $place } (человек { $person }).
booking-coach-unreachable = ⚠️ Напоминание человеку { $person } не доставлено (окно WhatsApp закрыто или бот заблокирован). Запись остаётся: { $day }, { $time }, { $place }.
booking-coach-no-profile = Краткого профиля пока нет.
booking-attendance-ask = Запись { $day }, { $time }, { $place } (человек { $person }): человек пришёл?
booking-attended = ✅ Пришёл
booking-no-show = ❌ Не пришёл
booking-attendance-saved = Спасибо, я записал.
booking-attendance-refused = Вы не можете отметить эту запись: это не ваши часы приёма.
booking-attendance-early = Эта запись ещё не началась.
