# Free text at the menu that fits no entry: asked once, then passed to a coach (flows/menu.py).

menu-unplaced =
    Bunu anlamadım. Düğmelerden birini mi kastediyorsunuz? O zaman onu seçin.
    Ya da sorunuzu tekrar yazın. O zaman onu bir danışmana iletirim.

# The same where there are no buttons (terminal chat): choose by number.
menu-unplaced-number =
    Bunu anlamadım. Lütfen bir seçeneğin numarasını yazın.
    Ya da sorunuzu tekrar yazın. O zaman onu bir danışmana iletirim.
