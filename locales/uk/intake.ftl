# Intake, short profile (Kurzprofil), local offers, my data (issue 7).

privacy-note-v3 =
    🔒 Ваші дані
    Я зберігаю:
    • вашу мову
    • номер вашого акаунта в месенджері (у WhatsApp: ваш номер телефону)
    • коли ви дали згоду і коли востаннє писали
    • де ви зараз у розмові і що ви там вибрали
    • ваші відповіді про роботу, якщо ви їх даєте: допомога, професія, досвід, освіта, німецька, перебування, місце проживання, час роботи
    Повідомлення, які ви мені пишете, я видаляю, щойно відповім на них.
    Хто це бачить: тільки команда відділу інтеграції в Landratsamt (районна адміністрація) і коучі (консультанти з роботи), які вам допомагають.
    Якщо ви довго мені не пишете, я видаляю все. За тиждень до цього я вам скажу.
    Видалити: будь-коли в розділі «Мої дані».
    Ви згодні?

intake-intro =
    💼 Я поставлю вам кілька коротких запитань про роботу. Це займе приблизно 2 хвилини.
    Кожне запитання можна пропустити. Потім я покажу вам пропозиції, які підходять.
intake-start = ▶️ Почати
intake-later = Пізніше
intake-profile =
    Ваш профіль:
    { $profile }
intake-see-offers = Пропозиції для мене
intake-change = ✏️ Змінити
intake-checked = ✅ { $label }
intake-done = ✔️ Готово
intake-edit = ✏️ { $label }

intake-help-question = З чим вам потрібна допомога? Виберіть одне або кілька. Потім виберіть «Готово».
help-job_search = Знайти роботу
help-apprenticeship = Професійне навчання
help-cv = Резюме і документи
help-interview = Співбесіда
help-forms = Листи і бланки
help-recognition = Визнання диплома
help-german_course = Курс німецької

intake-field-question = У якій галузі ви працюєте або хочете працювати?
field-f1 = Аграрна сфера
field-f2 = Виробництво
field-f3 = Будівництво
field-f4 = IT і наука
field-f5 = Транспорт, логістика
field-f6 = Торгівля, готелі
field-f7 = Офіс, адміністрація
field-f8 = Медицина, соцсфера
field-f9 = Медіа, культура
field-f0 = Армія
intake-title-question = Яка ваша професія? Напишіть своїми словами (наприклад: кухар, електрик).
intake-cut = Ваша відповідь була дуже довга. Я зберіг початок.

intake-experience-question = Скільки часу ви працювали в цій галузі?
exp-none = Ще не працював(-ла)
exp-short = Менше 2 років
exp-mid = Від 2 до 5 років
exp-long = Більше 5 років

intake-qualification-question = Яка у вас найвища освіта?
qual-none = Без освіти
qual-school = Школа
qual-vocational = Професійна освіта
qual-university = Університет
intake-abroad-question = Де ви отримали цю освіту?
abroad-yes = За кордоном
abroad-no = У Німеччині

intake-german-question = Наскільки добре ви знаєте німецьку?
german-unknown = Не знаю
intake-german-examples =
    Ось що означають рівні. Що підходить найкраще?
    A1: Я розумію прості слова і речення. Можу розповісти про себе.
    A2: Я можу робити покупки і запитати дорогу.
    B1: Я можу говорити про свою роботу і щоденне життя.
    B2: Я можу брати участь у розмовах на роботі і розуміти тексти.
    C1: Я говорю вільно, також на складні теми.
    C2: Я говорю майже як носій мови.

intake-residence-question =
    Який у вас документ про перебування?
    Я питаю, бо від цього залежить, які пропозиції вам підходять. Це запитання можна пропустити.
res-eu = Громадянин ЄС
res-permit = Дозвіл на проживання
res-gestattung = Процедура притулку
res-duldung = Duldung
res-other = Інше / не знаю

intake-place-question = Де ви живете? Напишіть населений пункт або поштовий індекс, або виберіть.
intake-outside =
    На жаль, ваше місце проживання не входить у мій район.
    Будь ласка, зверніться до міграційної консультації (Migrationsberatung) і до Jobcenter (центр зайнятості) за місцем проживання.
    Продовжуємо запитання.

intake-availability-question = Як ви можете працювати? Виберіть одне або кілька. Потім виберіть «Готово».
avail-full_time = Повний день
avail-part_time = Неповний день
avail-shifts = Змінна робота
avail-minijob = Мініджоб
intake-start-question = З якого часу ви можете працювати? Виберіть або напишіть дату.
start-now = Одразу
start-month = Через місяць
start-later = Пізніше

intake-review =
    Будь ласка, перевірте ваші відповіді:
    { $profile }
    Усе правильно? Ви можете змінити будь-яку відповідь.
intake-confirm = ✅ Усе правильно
intake-thanks = Дякую! Я зберіг ваші відповіді.

profile-heading = Короткий профіль
profile-line = { $label }: { $value }
profile-help = Допомога з
profile-field = Галузь
profile-title = Професія
profile-experience = Досвід
profile-qualification = Освіта
profile-german = Німецька
profile-residence = Перебування
profile-place = Місце проживання
profile-availability = Час роботи
profile-start = З якого часу
profile-abroad = (за кордоном)
profile-in-germany = (у Німеччині)
profile-outside = поза районом

offers-found =
    { $count ->
        [one] Вам підходить { $count } пропозиція:
        [few] Вам підходять { $count } пропозиції:
        [many] Вам підходять { $count } пропозицій:
       *[other] Вам підходять { $count } пропозиції:
    }

    { $offers }
offers-none = Зараз у мене немає пропозиції, яка підходить. Ви можете запитати коуча.
offers-menu = До меню
offers-german-only = (Цей текст є тільки німецькою.)
offers-contact = Контакт: { $value }
offers-address = Адреса: { $value }
offers-recognition-fallback =
    ▪️ Визнання диплома (Anerkennung)
    Мережа IQ безкоштовно консультує щодо визнання дипломів з-за кордону.
    https://www.anerkennung-in-deutschland.de

my-data-answers =
    { $data }
    Ваші відповіді:
    { $answers }
my-data-change = ✏️ Змінити відповіді
my-data-export = 📄 Як файл
my-data-export-caption = Ваші дані в Лотсе
my-data-export-sent = Ось усі дані, які я зберігаю про вас, у файлі (JSON).
my-data-export-done = Готово

retention-warning =
    Ви давно мені не писали. Через тиждень я видалю ваш профіль і ваші відповіді.
    Напишіть мені будь-що, і ваш профіль залишиться.
