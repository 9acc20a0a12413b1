# Free text at the menu that fits no entry: asked once, then passed to a coach (flows/menu.py).

menu-unplaced =
    Taas ma fahmin. Ma waxaad ula jeeddaa badhan? Markaas dooro.
    Ama mar kale qor su'aashaada. Markaas waxaan u gudbinayaa la-taliye.

# The same where there are no buttons (terminal chat): choose by number.
menu-unplaced-number =
    Taas ma fahmin. Fadlan qor lambarka doorashada.
    Ama mar kale qor su'aashaada. Markaas waxaan u gudbinayaa la-taliye.
