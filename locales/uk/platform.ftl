# Lotse – українська (Ukrainian). Platform texts: navigation, privacy note, staff menu, places.
# Same keys and arguments as the German source (locales/de/platform.ftl). Plain language (A2), "Ви";
# the bot speaks as "I". Terms: docs/glossary.md.

## Вибір мови (Choosing a language)

language-choose = Якою мовою вам зручно?

## Коли немає кнопок (Where there are no buttons: terminal chat)

choose-number = Будь ласка, напишіть номер варіанту.

## Навігація (Navigation buttons, at most 20 characters)

nav-back = { back }
nav-skip = ⏭ Пропустити
nav-cancel = ✖ Скасувати
nav-more = Більше ▾
nav-previous = Попередні ▴
cancelled = Скасовано.

## Захист даних (Privacy, version 2026-12)

privacy-note-v2 =
    🔒 Ваші дані
    Я зберігаю:
    • вашу мову
    • номер вашого акаунта в месенджері (у WhatsApp: ваш номер телефону)
    • коли ви дали згоду і коли востаннє писали
    • де ви зараз у розмові і що ви там вибрали
    Повідомлення, які ви мені пишете, я видаляю, щойно відповім на них.
    Хто це бачить: тільки команда відділу інтеграції в Landratsamt (районна адміністрація).
    Видалити: будь-коли в розділі «Мої дані».
    Ви згодні?
consent-read-note = 📄 Прочитати текст

## Назва месенджера (Channel name, in "My data")

channel-telegram = Telegram
channel-whatsapp = WhatsApp
channel-terminal = чат у терміналі

## Чат у терміналі (Terminal chat)

terminal-hint = Напишіть /start або будь-що. Ctrl-D завершує чат.

## Меню для коучів і координації (Menu for coaches and coordinators)

staff-menu-coach = Меню коуча. Що ви хочете зробити?
staff-menu-coordinator = Меню координації. Що ви хочете зробити?
staff-hours = 📅 Мої години прийому
staff-hours-all = 📅 Години прийому
staff-cases = 💬 Відкриті запити
staff-coaches = 👥 Коучі
staff-broadcast = 📣 Оголошення
staff-overview = 📊 Огляд
staff-coming = Це буде скоро. Будь ласка, виберіть щось інше.

## Вибір місця (Choosing a place)

place-question = Де ви живете? Напишіть назву міста чи села або поштовий індекс.
place-elsewhere = Інше місце
place-unknown = Я не знаю цього місця. Будь ласка, виберіть зі списку.
