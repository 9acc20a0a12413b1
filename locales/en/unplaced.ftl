# Free text at the menu that fits no entry: asked once, then passed to a coach (flows/menu.py).

menu-unplaced =
    I did not understand that. Do you mean one of the buttons? Then choose it.
    Or write your question again. Then I pass it to a coach.

# The same where there are no buttons (terminal chat): choose by number.
menu-unplaced-number =
    I did not understand that. Please write the number of your choice.
    Or write your question again. Then I pass it to a coach.
