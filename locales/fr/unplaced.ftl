# Free text at the menu that fits no entry: asked once, then passed to a coach (flows/menu.py).

menu-unplaced =
    Je n'ai pas compris. Vous voulez dire un des boutons ? Alors choisissez-le.
    Ou écrivez votre question encore une fois. Alors je la transmets à un coach.
