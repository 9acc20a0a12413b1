# Free text at the menu that fits no entry: asked once, then passed to a coach (flows/menu.py).

menu-unplaced =
    Я этого не понял. Вы имеете в виду одну из кнопок? Тогда нажмите её.
    Или напишите свой вопрос ещё раз. Тогда я передам его коучу.

# The same where there are no buttons (terminal chat): choose by number.
menu-unplaced-number =
    Я этого не понял. Пожалуйста, напишите номер варианта.
    Или напишите свой вопрос ещё раз. Тогда я передам его коучу.
