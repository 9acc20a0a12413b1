# Free text at the menu that fits no entry: asked once, then passed to a coach (flows/menu.py).

menu-unplaced =
    لم أفهم ذلك. هل المقصود أحد الأزرار؟ الرجاء اختياره.
    أو الرجاء كتابة السؤال مرة أخرى. عندها أرسله إلى مستشار.
