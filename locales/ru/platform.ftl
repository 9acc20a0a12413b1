# Lotse – русский (Russian). Platform texts: navigation, privacy note, staff menu, places.
# Same keys and arguments as the German source (locales/de/platform.ftl). Plain language (A2), "Вы";
# the bot speaks as "I". Terms: docs/glossary.md.

## Выбор языка (Choosing a language)

language-choose = На каком языке вам удобно?

## Когда нет кнопок (Where there are no buttons: terminal chat)

choose-number = Пожалуйста, напишите номер варианта.

## Навигация (Navigation buttons, at most 20 characters)

nav-back = { back }
nav-skip = ⏭ Пропустить
nav-cancel = ✖ Отменить
nav-more = Ещё ▾
nav-previous = Предыдущие ▴
cancelled = Отменено.

## Защита данных (Privacy, version 2026-12)

privacy-note-v2 =
    🔒 Ваши данные
    Я сохраняю:
    • ваш язык
    • номер вашего аккаунта в мессенджере (в WhatsApp: ваш номер телефона)
    • когда вы дали согласие и когда писали в последний раз
    • где вы сейчас в разговоре и что вы там выбрали
    Сообщения, которые вы мне пишете, я удаляю, как только отвечу на них.
    Кто это видит: только команда отдела интеграции в Landratsamt (районная администрация).
    Удалить: в любое время в разделе «Мои данные».
    Вы согласны?
consent-read-note = 📄 Прочитать текст

## Название мессенджера (Channel name, in "My data")

channel-telegram = Telegram
channel-whatsapp = WhatsApp
channel-terminal = чат в терминале

## Чат в терминале (Terminal chat)

terminal-hint = Напишите /start или что угодно. Ctrl-D завершает чат.

## Меню для коучей и координации (Menu for coaches and coordinators)

staff-menu-coach = Меню коуча. Что вы хотите сделать?
staff-menu-coordinator = Меню координации. Что вы хотите сделать?
staff-hours = 📅 Мои часы приёма
staff-hours-all = 📅 Часы приёма
staff-cases = 💬 Открытые запросы
staff-coaches = 👥 Коучи
staff-broadcast = 📣 Объявления
staff-overview = 📊 Обзор
staff-coming = Это скоро будет. Пожалуйста, выберите что-нибудь другое.

## Выбор места (Choosing a place)

place-question = Где вы живёте? Напишите название города или деревни или почтовый индекс.
place-elsewhere = Другое место
place-unknown = Я не знаю это место. Пожалуйста, выберите из списка.
