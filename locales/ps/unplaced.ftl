# Free text at the menu that fits no entry: asked once, then passed to a coach (flows/menu.py).

menu-unplaced =
    زه پرې ونه پوهېدم. آیا مو مطلب یوه تڼۍ ده؟ مهرباني وکړئ هغه وټاکئ.
    یا خپله پوښتنه بیا ولیکئ. بیا به یې یو سلاکار ته ورکړم.

# The same where there are no buttons (terminal chat): choose by number.
menu-unplaced-number =
    زه پرې ونه پوهېدم. مهرباني وکړئ د یوه انتخاب شمېره ولیکئ.
    یا خپله پوښتنه بیا ولیکئ. بیا به یې یو سلاکار ته ورکړم.
