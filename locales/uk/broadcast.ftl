# Лотсе – Українська. Оголошення та заходи: для людей і для координаторів.
# Проста мова (A2), «ви», бот говорить «я». Кнопки: не більше 20 символів.

## Оголошення (текст координатора, перекладений)

broadcast-message =
    📣 { $body }
broadcast-event =
    📣 { $body }

    📅 { $when }
    📍 { $place }
    👥 Місць: { $capacity }
broadcast-event-open =
    📣 { $body }

    📅 { $when }
    📍 { $place }
broadcast-yes = ✅ Я візьму участь
broadcast-no = Цього разу ні
broadcast-stop = 🔕 Відписатися
broadcast-cancel-place = ✖ Скасувати місце
broadcast-ok = 👍 OK

## Відповіді на захід

event-confirmed =
    ✅ У вас є місце: { $title }
    📅 { $when }
    📍 { $place }
    Я нагадаю вам за день.
event-waiting =
    Усі місця зайняті. Ви в списку очікування (номер { $position }).
    Якщо місце звільниться, я вам напишу.
event-already =
    У вас уже є місце: { $title }
    📅 { $when }
event-declined = Дякую за відповідь. Можливо, наступного разу!
event-cancelled = Я скасував ваше місце: { $title }. Дякую, що повідомили.
event-not-signed-up = Ви не записані на цей захід.
event-past = Цей захід уже минув.
event-gone = Цього заходу більше немає.
event-reminder =
    ⏰ Нагадування: завтра «{ $title }».
    📅 { $when }
    📍 { $place }
    Якщо ви не можете прийти, будь ласка, скасуйте своє місце.
event-moved-up =
    🎉 Звільнилося місце. Тепер у вас є місце: { $title }
    📅 { $when }
    📍 { $place }
    Якщо ви не можете прийти, будь ласка, скасуйте своє місце.

## Відписатися і підписатися знову

news-stopped =
    🔕 Я більше не надсилаю вам оголошень.
    Хочете отримувати їх знову? Натисніть кнопку або напишіть /start.
news-start = 🔔 Отримувати знову
news-started = 🔔 Ви знову отримуєте оголошення.

## Для координаторів: написати оголошення

bc-home = 📣 Оголошення. Напишіть нове або подивіться звіт про попереднє.
bc-new = ✍ Нове оголошення
bc-list-entry = #{ $id } { $title } · { $state }
bc-list = 📋 Усі оголошення
bc-text = Будь ласка, напишіть оголошення німецькою. Я перекладу його мовами отримувачів.
bc-too-long = Текст задовгий. Будь ласка, напишіть не більше 3000 символів.
bc-audience =
    Хто отримає оголошення?
    Мови: { $languages }
    Місця: { $towns }
    Рівень німецької: { $levels }
    Захід: { $event }
    Хто: { $role }
bc-by-language = 🌐 Мови
bc-by-place = 📍 Місця
bc-by-german = 🗣 Рівень німецької
bc-by-role = 👥 Хто
bc-by-event = 🎟 Учасники заходу
bc-continue = ➡ Далі
bc-role-all = усі
bc-role-people = лише люди
bc-role-coaches = лише коучі
bc-pick-languages = Які мови? Натисніть на мову, щоб вибрати її. Потім «Готово».
bc-pick-municipalities = Які місця? Натисніть на місце, щоб вибрати його. Потім «Готово».
bc-pick-german = Який рівень німецької (з анкети)? Натисніть на рівень. Потім «Готово».
bc-pick-event = Який захід? Оголошення отримають усі, хто має місце. Натисніть на один, потім «Готово».
bc-no-events = Майбутніх заходів немає.
bc-media-caption = Будь ласка, надішліть фото або документ із текстом оголошення як підписом.
bc-media-note = 📎 З фото або документом (у Telegram і WhatsApp).
bc-done = ✅ Готово
bc-event = Це захід, на який треба записатися?
bc-event-no = Ні, лише інформація
bc-event-yes = 📅 Так
bc-when = Коли захід? Напишіть дату й час, наприклад: 03.12.2026 18:00
bc-time-unknown = Я не розумію цей час, або він уже минув. Будь ласка, так: 03.12.2026 18:00
bc-place = Де захід? Напишіть місце або посилання для участі онлайн.
bc-capacity = Скільки є місць? Напишіть число.
bc-unlimited = Без обмеження
bc-capacity-unknown = Будь ласка, напишіть число, наприклад 20.
bc-preview-language =
    { $language } · { $by } · { $channels }

    { $text }
bc-made-source = оригінал
bc-made-machine = машинний переклад
bc-made-coordinator = ваш текст
bc-made-german = без перекладу: іде німецькою
bc-preview =
    Так виглядає оголошення (вище, для кожної мови).
    Отримувачі: { $recipients }
    Відписалися (не отримають): { $unsubscribed }
    Заблокували бота (не отримають): { $blocked }
bc-send-now = 📤 Надіслати зараз
bc-schedule = 🕒 Надіслати пізніше
bc-replace = ✏ Змінити переклад
bc-nobody = Ніхто не отримає це оголошення. Будь ласка, виберіть інших отримувачів.
bc-schedule-when = Коли його надіслати? Напишіть дату й час, наприклад: 03.12.2026 09:00
bc-replace-which = Який переклад ви хочете замінити?
bc-replace-text = Будь ласка, напишіть текст для { $language }. Я надішлю його так, як ви напишете.
bc-replaced = ✓ Я візьму ваш текст.
bc-started = 📤 Оголошення #{ $id } починається зараз. Поступ я покажу вам в одному повідомленні.
bc-scheduled = 🕒 Оголошення #{ $id } почнеться { $when }. До того часу ви можете його скасувати.
bc-gone = Такого оголошення немає.
bc-report =
    📣 #{ $id } { $title }
    Стан: { $state }
    Отримувачі: { $recipients }
    Доставлено: { $delivered }
    Ще надіслати: { $queued }
    Помилки: { $failed }
    Заблокували бота: { $blocked }
    Відписалися: { $unsubscribed }
    Чекають на 24-годинне вікно (WhatsApp): { $waiting }
    Записалися: { $signups }
    Список очікування: { $waitlist }
bc-refresh = 🔄 Оновити
bc-cancel = ✖ Скасувати
bc-csv = 📄 Учасники (CSV)
bc-cancel-cancelled = ✓ Оголошення скасовано. Ніхто його не отримав.
bc-cancel-stopped = ✓ Зупинено. Те, що ще не надіслано, більше не піде.
bc-cancel-finished = Його вже повністю надіслано. Скасувати вже не можна.
bc-cancel-unknown = Такого оголошення немає.
bc-state-scheduled = заплановано
bc-state-sending = надсилається
bc-state-paused = пауза (тихі години)
bc-state-done = готово
bc-state-cancelled = скасовано
broadcast-progress = 📤 Оголошення #{ $id }: надіслано { $sent }, залишилося { $remaining }.
broadcast-report =
    📣 Звіт про оголошення #{ $id }
    Доставлено: { $delivered }
    Помилки: { $failed }
    Заблокували бота: { $blocked }
    Відписалися: { $unsubscribed }
    Чекають на 24-годинне вікно (WhatsApp): { $waiting }
    Записалися: { $signups }
    Список очікування: { $waitlist }

## My data: announcements off or on again

my-data-news-off = 🔕 Без оголошень
my-data-news-on = 🔔 Знову оголошення
