# The menu's heading right after the person agreed to the privacy note: the intake is offered once.
# $label is the menu button "Find work" (menu-find-work).
menu-intake-invite = Je peux vous poser quelques questions courtes. Ensuite je trouve les offres qui vous conviennent. Choisissez « { $label } ».
