# The menu's heading right after the person agreed to the privacy note: the intake is offered once.
# $label is the menu button "Find work" (menu-find-work).
menu-intake-invite = Ich kann Ihnen ein paar kurze Fragen stellen. Dann finde ich Angebote, die zu Ihnen passen. Wählen Sie „{ $label }“.
