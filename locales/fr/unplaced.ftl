# Free text at the menu that fits no entry: asked once, then passed to a coach (flows/menu.py).

menu-unplaced =
    Je n'ai pas compris. Vous voulez dire un des boutons ? Alors choisissez-le.
    Ou écrivez votre question encore une fois. Alors je la transmets à un coach.

# The same where there are no buttons (terminal chat): choose by number.
menu-unplaced-number =
    Je n'ai pas compris. Écrivez le numéro d'un choix, s'il vous plaît.
    Ou écrivez votre question encore une fois. Alors je la transmets à un coach.
