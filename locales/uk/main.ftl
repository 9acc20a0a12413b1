# Lotse – українська (Ukrainian). Same keys and arguments as the German source (locales/de).
# Plain language: short sentences, level A2. Polite form: «ви» (lowercase, as in apps).
# Terms: docs/glossary.md. How to translate: docs/translating.md.

## Привітання і мова (Welcome and language)

welcome =
    Вітаю! Я Лотсе. 👋
    Я допомагаю вам шукати роботу в Німеччині.
    Якою мовою вам зручно?
language-suggested = Можливо, ваша мова — { $language }. Це правильно? Будь ласка, виберіть свою мову.
language-set = Добре. Тепер я пишу українською.

## Захист даних і згода (Privacy and consent)

consent-agree = ✅ Погоджуюсь
consent-decline = Не зараз
consent-agree-now = ✅ Тепер погоджуюсь
consent-thanks = Дякую! Тепер ми можемо почати.
consent-declined =
    Добре. Я зберігаю тільки вашу мову.
    Без вашої згоди я не можу записати вас на прийом і не можу запитати коуча.
    Ви можете змінити мову. Ви можете погодитися пізніше.
consent-withdrawn = Ви відкликали свою згоду. Тепер я зберігаю тільки вашу мову.

## Головне меню (Main menu)

menu-title = Що ви хочете зробити?
menu-find-work = 💼 Знайти роботу
menu-book = 📅 Запис на прийом
menu-ask-coach = 💬 Запитати коуча
menu-appointments = 🗓 Мої записи
menu-language = 🌐 Мова
menu-my-data = 🔒 Мої дані
feature-not-ready = Цього ще немає. Ми над цим працюємо. Будь ласка, виберіть щось інше.

## Мої дані (My data)

my-data-consented =
    Ось що я зберігаю про вас:
    • Мова: { $language }
    • Згоду надано: { $since }
    • Месенджер: { $channel }
my-data-no-consent =
    Ось що я зберігаю про вас:
    • Мова: { $language }
    • Месенджер: { $channel }
    Ви не дали згоди. Більше я нічого не зберігаю.
my-data-withdraw = Відкликати згоду
my-data-delete = 🗑 Видалити все
back = ⬅️ Назад
delete-confirm = Справді видалити все? Це не можна скасувати.
delete-yes = Так, видалити
delete-no = Ні
data-deleted = Усе видалено. Якщо ви напишете знову, ми почнемо спочатку.

## Коли щось не так (When something does not fit)

choose-option = Будь ласка, натисніть кнопку. Або напишіть номер.
media-unsupported = Я поки не можу це прочитати. Будь ласка, напишіть текст або натисніть кнопку.
edited-unsupported = Я не можу читати змінені повідомлення. Будь ласка, надішліть нове повідомлення.
too-long =
    Повідомлення задовге. Будь ласка, напишіть коротше (максимум { $limit ->
        [one] { NUMBER($limit, useGrouping: 0) } символ
        [few] { NUMBER($limit, useGrouping: 0) } символи
       *[many] { NUMBER($limit, useGrouping: 0) } символів
    }).
option-stale = Ця кнопка застаріла. Ось актуальний вибір.
unknown-command = Я не знаю цієї команди. Напишіть /help, щоб побачити довідку.
help =
    Як це працює:
    /start – почати спочатку
    /menu – головне меню
    /language – змінити мову
    /help – ця довідка
    Ви також можете написати номер варіанту.
error-apology = Вибачте, щось пішло не так. Будь ласка, спробуйте ще раз.

## WhatsApp

# The button that opens a list of choices (at most 20 characters).
list-button = Вибрати

## Telegram command menu (the descriptions next to /start, /menu, /language, /help)

command-start = Почати знову
command-menu = Головне меню
command-language = Змінити мову
command-help = Довідка
