# Intake, short profile (Kurzprofil), local offers, my data (issue 7).

privacy-note-v3 =
    🔒 Ваши данные
    Я сохраняю:
    • ваш язык
    • номер вашего аккаунта в мессенджере (в WhatsApp: ваш номер телефона)
    • когда вы дали согласие и когда писали в последний раз
    • где вы сейчас в разговоре и что вы там выбрали
    • ваши ответы о работе, если вы их даёте: помощь, профессия, опыт, образование, немецкий, пребывание, место жительства, время работы
    Сообщения, которые вы мне пишете, я удаляю, как только отвечу на них.
    Кто это видит: только команда отдела интеграции в Landratsamt (районная администрация) и коучи (консультанты по работе), которые вам помогают.
    Если вы долго мне не пишете, я удаляю всё. За неделю до этого я вам скажу.
    Удалить: в любое время в разделе «Мои данные».
    Вы согласны?

intake-intro =
    💼 Я задам вам несколько коротких вопросов о работе. Это займёт примерно 2 минуты.
    Любой вопрос можно пропустить. Потом я покажу вам подходящие предложения.
intake-start = ▶️ Начать
intake-later = Позже
intake-profile =
    Ваш профиль:
    { $profile }
intake-see-offers = Предложения для меня
intake-change = ✏️ Изменить
intake-checked = ✅ { $label }
intake-done = ✔️ Готово
intake-edit = ✏️ { $label }

intake-help-question = С чем вам нужна помощь? Выберите одно или несколько. Потом выберите «Готово».
help-job_search = Найти работу
help-apprenticeship = Профобучение
help-cv = Резюме и документы
help-interview = Собеседование
help-forms = Письма и бланки
help-recognition = Признание диплома
help-german_course = Курс немецкого

intake-field-question = В какой области вы работаете или хотите работать?
field-f1 = Сельское хозяйство
field-f2 = Производство
field-f3 = Строительство
field-f4 = IT и наука
field-f5 = Транспорт, логистика
field-f6 = Торговля, гостиницы
field-f7 = Офис, администрация
field-f8 = Медицина, соцсфера
field-f9 = Медиа, культура
field-f0 = Армия
intake-title-question = Какая у вас профессия? Напишите своими словами (например: повар, электрик).
intake-cut = Ваш ответ был очень длинный. Я сохранил начало.

intake-experience-question = Сколько времени вы работали в этой области?
exp-none = Ещё не работал(а)
exp-short = Меньше 2 лет
exp-mid = От 2 до 5 лет
exp-long = Больше 5 лет

intake-qualification-question = Какое у вас самое высокое образование?
qual-none = Без образования
qual-school = Школа
qual-vocational = Профобразование
qual-university = Университет
intake-abroad-question = Где вы получили это образование?
abroad-yes = За границей
abroad-no = В Германии

intake-german-question = Насколько хорошо вы знаете немецкий?
german-unknown = Не знаю
intake-german-examples =
    Вот что значат уровни. Что подходит лучше всего?
    A1: Я понимаю простые слова и предложения. Могу рассказать о себе.
    A2: Я могу делать покупки и спросить дорогу.
    B1: Я могу говорить о своей работе и повседневной жизни.
    B2: Я могу участвовать в разговорах на работе и понимать тексты.
    C1: Я говорю свободно, также на сложные темы.
    C2: Я говорю почти как носитель языка.

intake-residence-question =
    Какой у вас документ о пребывании?
    Я спрашиваю, потому что от этого зависит, какие предложения вам подходят. Этот вопрос можно пропустить.
res-eu = Гражданин ЕС
res-permit = Вид на жительство
res-gestattung = Процедура убежища
res-duldung = Duldung
res-other = Другое / не знаю

intake-place-question = Где вы живёте? Напишите населённый пункт или почтовый индекс, или выберите.
intake-outside =
    К сожалению, ваше место жительства не входит в мой район.
    Пожалуйста, обратитесь в миграционную консультацию (Migrationsberatung) и в Jobcenter (центр занятости) по месту жительства.
    Продолжаем вопросы.

intake-availability-question = Как вы можете работать? Выберите одно или несколько. Потом выберите «Готово».
avail-full_time = Полный день
avail-part_time = Неполный день
avail-shifts = Сменная работа
avail-minijob = Миниджоб
intake-start-question = С какого времени вы можете работать? Выберите или напишите дату.
start-now = Сразу
start-month = Через месяц
start-later = Позже

intake-review =
    Пожалуйста, проверьте ваши ответы:
    { $profile }
    Всё правильно? Вы можете изменить любой ответ.
intake-confirm = ✅ Всё правильно
intake-thanks = Спасибо! Я сохранил ваши ответы.

profile-heading = Краткий профиль
profile-line = { $label }: { $value }
profile-help = Помощь с
profile-field = Область
profile-title = Профессия
profile-experience = Опыт
profile-qualification = Образование
profile-german = Немецкий
profile-residence = Пребывание
profile-place = Место жительства
profile-availability = Время работы
profile-start = С какого времени
profile-abroad = (за границей)
profile-in-germany = (в Германии)
profile-outside = вне района

offers-found =
    { $count ->
        [one] Вам подходит { $count } предложение:
        [few] Вам подходят { $count } предложения:
        [many] Вам подходят { $count } предложений:
       *[other] Вам подходят { $count } предложения:
    }

    { $offers }
offers-none = Сейчас у меня нет подходящего предложения. Вы можете спросить коуча.
offers-menu = В меню
offers-german-only = (Этот текст есть только на немецком.)
offers-contact = Контакт: { $value }
offers-address = Адрес: { $value }
offers-recognition-fallback =
    ▪️ Признание диплома (Anerkennung)
    Сеть IQ бесплатно консультирует по признанию дипломов из-за границы.
    https://www.anerkennung-in-deutschland.de

my-data-answers =
    { $data }
    Ваши ответы:
    { $answers }
my-data-change = ✏️ Изменить ответы
my-data-export = 📄 Как файл
my-data-export-caption = Ваши данные в Лотсе
my-data-export-sent = Вот все данные, которые я храню о вас, в файле (JSON).
my-data-export-done = Готово

retention-warning =
    Вы давно мне не писали. Через неделю я удалю ваш профиль и ваши ответы.
    Напишите мне что угодно, и ваш профиль останется.
