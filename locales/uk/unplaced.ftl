# Free text at the menu that fits no entry: asked once, then passed to a coach (flows/menu.py).

menu-unplaced =
    Я цього не зрозумів. Ви маєте на увазі одну з кнопок? Тоді натисніть її.
    Або напишіть своє питання ще раз. Тоді я передам його коучу.

# The same where there are no buttons (terminal chat): choose by number.
menu-unplaced-number =
    Я цього не зрозумів. Будь ласка, напишіть номер варіанту.
    Або напишіть своє питання ще раз. Тоді я передам його коучу.
