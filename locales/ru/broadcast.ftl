# Лотсе – Русский. Объявления и мероприятия: для людей и для координаторов.
# Простой язык (A2), «вы», бот говорит «я». Кнопки: не больше 20 символов.

## Объявление (текст координатора, переведённый)

broadcast-message =
    📣 { $body }
broadcast-event =
    📣 { $body }

    📅 { $when }
    📍 { $place }
    👥 Мест: { $capacity }
broadcast-event-open =
    📣 { $body }

    📅 { $when }
    📍 { $place }
broadcast-yes = ✅ Я приду
broadcast-no = В этот раз нет
broadcast-stop = 🔕 Отписаться
broadcast-cancel-place = ✖ Отменить место
broadcast-ok = 👍 OK

## Ответы на мероприятие

event-confirmed =
    ✅ У вас есть место: { $title }
    📅 { $when }
    📍 { $place }
    Я напомню вам за день.
event-waiting =
    Все места заняты. Вы в списке ожидания (номер { $position }).
    Если место освободится, я вам напишу.
event-already =
    У вас уже есть место: { $title }
    📅 { $when }
event-declined = Спасибо за ответ. Может быть, в следующий раз!
event-cancelled = Я отменил ваше место: { $title }. Спасибо, что сообщили.
event-not-signed-up = Вы не записаны на это мероприятие.
event-past = Это мероприятие уже прошло.
event-gone = Этого мероприятия больше нет.
event-reminder =
    ⏰ Напоминание: завтра «{ $title }».
    📅 { $when }
    📍 { $place }
    Если вы не можете прийти, пожалуйста, отмените своё место.
event-moved-up =
    🎉 Освободилось место. Теперь у вас есть место: { $title }
    📅 { $when }
    📍 { $place }
    Если вы не можете прийти, пожалуйста, отмените своё место.

## Отписаться и подписаться снова

news-stopped =
    🔕 Я больше не присылаю вам объявления.
    Хотите получать их снова? Нажмите кнопку или напишите /start.
news-start = 🔔 Получать снова
news-started = 🔔 Вы снова получаете объявления.

## Для координаторов: написать объявление

bc-home = 📣 Объявления. Напишите новое или посмотрите отчёт о прошлом.
bc-new = ✍ Новое объявление
bc-list-entry = #{ $id } { $title } · { $state }
bc-list = 📋 Все объявления
bc-text = Пожалуйста, напишите объявление на немецком. Я переведу его на языки получателей.
bc-too-long = Текст слишком длинный. Пожалуйста, напишите не больше 3000 символов.
bc-audience =
    Кто получит объявление?
    Языки: { $languages }
    Места: { $towns }
    Уровень немецкого: { $levels }
    Кто: { $role }
bc-by-language = 🌐 Языки
bc-by-place = 📍 Места
bc-by-german = 🗣 Уровень немецкого
bc-by-role = 👥 Кто
bc-continue = ➡ Дальше
bc-role-all = все
bc-role-people = только люди
bc-role-coaches = только коучи
bc-pick-languages = Какие языки? Нажмите на язык, чтобы выбрать его. Потом «Готово».
bc-pick-municipalities = Какие места? Нажмите на место, чтобы выбрать его. Потом «Готово».
bc-pick-german = Какой уровень немецкого (из анкеты)? Нажмите на уровень. Потом «Готово».
bc-media-caption = Пожалуйста, отправьте фото или документ с текстом объявления в подписи.
bc-media-note = 📎 С фото или документом (в Telegram и WhatsApp).
bc-done = ✅ Готово
bc-event = Это мероприятие, на которое нужно записаться?
bc-event-no = Нет, только инфо
bc-event-yes = 📅 Да
bc-when = Когда мероприятие? Напишите дату и время, например: 03.12.2026 18:00
bc-time-unknown = Я не понимаю это время, или оно уже прошло. Пожалуйста, так: 03.12.2026 18:00
bc-place = Где мероприятие? Напишите место или ссылку для участия онлайн.
bc-capacity = Сколько есть мест? Напишите число.
bc-unlimited = Без ограничения
bc-capacity-unknown = Пожалуйста, напишите число, например 20.
bc-preview-language =
    { $language } · { $by } · { $channels }

    { $text }
bc-made-source = оригинал
bc-made-machine = машинный перевод
bc-made-coordinator = ваш текст
bc-made-german = без перевода: идёт на немецком
bc-preview =
    Так выглядит объявление (выше, для каждого языка).
    Получатели: { $recipients }
    Отписались (не получат): { $unsubscribed }
    Заблокировали бота (не получат): { $blocked }
bc-send-now = 📤 Отправить сейчас
bc-schedule = 🕒 Отправить позже
bc-replace = ✏ Изменить перевод
bc-nobody = Никто не получит это объявление. Пожалуйста, выберите других получателей.
bc-schedule-when = Когда его отправить? Напишите дату и время, например: 03.12.2026 09:00
bc-replace-which = Какой перевод вы хотите заменить?
bc-replace-text = Пожалуйста, напишите текст для { $language }. Я отправлю его так, как вы напишете.
bc-replaced = ✓ Я возьму ваш текст.
bc-started = 📤 Объявление #{ $id } начинается сейчас. Ход отправки я покажу вам в одном сообщении.
bc-scheduled = 🕒 Объявление #{ $id } начнётся { $when }. До этого вы можете его отменить.
bc-gone = Такого объявления нет.
bc-report =
    📣 #{ $id } { $title }
    Статус: { $state }
    Получатели: { $recipients }
    Доставлено: { $delivered }
    Ещё отправить: { $queued }
    Ошибки: { $failed }
    Заблокировали бота: { $blocked }
    Отписались: { $unsubscribed }
    Ждут 24-часового окна (WhatsApp): { $waiting }
    Записались: { $signups }
    Список ожидания: { $waitlist }
bc-refresh = 🔄 Обновить
bc-cancel = ✖ Отменить
bc-csv = 📄 Участники (CSV)
bc-cancel-cancelled = ✓ Объявление отменено. Никто его не получил.
bc-cancel-stopped = ✓ Остановлено. То, что ещё не отправлено, больше не уйдёт.
bc-cancel-finished = Оно уже полностью отправлено. Отменить уже нельзя.
bc-cancel-unknown = Такого объявления нет.
bc-state-scheduled = запланировано
bc-state-sending = отправляется
bc-state-paused = пауза (тихие часы)
bc-state-done = готово
bc-state-cancelled = отменено
broadcast-progress = 📤 Объявление #{ $id }: отправлено { $sent }, осталось { $remaining }.
broadcast-report =
    📣 Отчёт об объявлении #{ $id }
    Доставлено: { $delivered }
    Ошибки: { $failed }
    Заблокировали бота: { $blocked }
    Отписались: { $unsubscribed }
    Ждут 24-часового окна (WhatsApp): { $waiting }
    Записались: { $signups }
    Список ожидания: { $waitlist }

## My data: announcements off or on again

my-data-news-off = 🔕 Без объявлений
my-data-news-on = 🔔 Снова объявления
