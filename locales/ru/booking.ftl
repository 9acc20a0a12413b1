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
    Пожалуйста, возьмите с собой: удостоверение личности, резюме и дипломы (если они есть).
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

booking-coach-booked = 📅 Новая запись: { $day }, { $time }, { $place } (человек { $person }).
booking-coach-moved = 🔁 Запись перенесена на: { $day }, { $time }, { $place } (человек { $person }).
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
