# Free text at the menu that fits no entry: asked once, then passed to a coach (flows/menu.py).

menu-unplaced =
    لم أفهم ذلك. هل المقصود أحد الأزرار؟ الرجاء اختياره.
    أو الرجاء كتابة السؤال مرة أخرى. عندها أرسله إلى مستشار.

# The same where there are no buttons (terminal chat): choose by number.
menu-unplaced-number =
    لم أفهم ذلك. الرجاء كتابة رقم الخيار.
    أو الرجاء كتابة السؤال مرة أخرى. عندها أرسله إلى مستشار.
