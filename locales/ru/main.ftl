# Lotse – русский (Russian). Same keys and arguments as the German source (locales/de).
# Plain language: short sentences, level A2. Polite form: «вы» (lowercase, as in apps).
# Terms: docs/glossary.md. How to translate: docs/translating.md.

## Приветствие и язык (Welcome and language)

welcome =
    Здравствуйте! Я Лотсе. 👋
    Я помогаю вам искать работу в Германии.
    На каком языке вам удобно?
language-suggested = Возможно, ваш язык — { $language }. Это так? Пожалуйста, выберите свой язык.
language-set = Хорошо. Теперь я пишу по-русски.

## Защита данных и согласие (Privacy and consent)

consent-agree = ✅ Соглашаюсь
consent-decline = Не сейчас
consent-agree-now = ✅ Теперь соглашаюсь
consent-thanks = Спасибо! Теперь мы можем начать.
consent-declined =
    Хорошо. Я сохраняю только ваш язык.
    Без вашего согласия я не могу записать вас на приём и не могу спросить коуча.
    Вы можете поменять язык. Вы можете согласиться позже.
consent-withdrawn = Вы отозвали своё согласие. Теперь я сохраняю только ваш язык.

## Главное меню (Main menu)

menu-title = Что вы хотите сделать?
menu-find-work = 💼 Найти работу
menu-book = 📅 Запись на приём
menu-ask-coach = 💬 Спросить коуча
menu-appointments = 🗓 Мои записи
menu-language = 🌐 Язык
menu-my-data = 🔒 Мои данные
feature-not-ready = Этого пока нет. Мы над этим работаем. Пожалуйста, выберите что-нибудь другое.

## Мои данные (My data)

my-data-consented =
    Вот что я сохраняю о вас:
    • Язык: { $language }
    • Согласие дано: { $since }
    • Мессенджер: { $channel }
my-data-no-consent =
    Вот что я сохраняю о вас:
    • Язык: { $language }
    • Мессенджер: { $channel }
    Вы не дали согласия. Больше я ничего не сохраняю.
my-data-withdraw = Отозвать согласие
my-data-delete = 🗑 Удалить всё
back = ⬅️ Назад
delete-confirm = Точно удалить всё? Это нельзя отменить.
delete-yes = Да, удалить
delete-no = Нет
data-deleted = Всё удалено. Если вы напишете снова, мы начнём сначала.

## Если что-то не так (When something does not fit)

choose-option = Пожалуйста, нажмите кнопку. Или напишите номер.
media-unsupported = Я пока не могу это прочитать. Пожалуйста, напишите текст или нажмите кнопку.
edited-unsupported = Я не могу читать изменённые сообщения. Пожалуйста, отправьте новое сообщение.
too-long =
    Сообщение слишком длинное. Пожалуйста, напишите короче (максимум { $limit ->
        [one] { NUMBER($limit, useGrouping: 0) } символ
        [few] { NUMBER($limit, useGrouping: 0) } символа
       *[many] { NUMBER($limit, useGrouping: 0) } символов
    }).
option-stale = Эта кнопка устарела. Вот актуальный выбор.
unknown-command = Я не знаю эту команду. Напишите /help, чтобы открыть справку.
help =
    Как это работает:
    /start – начать сначала
    /menu – главное меню
    /language – сменить язык
    /help – эта справка
    Вы также можете написать номер варианта.
error-apology = Извините, что-то пошло не так. Пожалуйста, попробуйте ещё раз.

## WhatsApp

# The button that opens a list of choices (at most 20 characters).
list-button = Выбрать

## Telegram command menu (the descriptions next to /start, /menu, /language, /help)

command-start = Начать заново
command-menu = Главное меню
command-language = Сменить язык
command-help = Справка
