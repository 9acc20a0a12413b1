# The menu's heading right after the person agreed to the privacy note: the intake is offered once.
# $label is the menu button "Find work" (menu-find-work).
menu-intake-invite = Ez dikarim çend pirsên kurt ji we bipirsim. Paşê ez pêşniyarên guncav ji we re dibînim. “{ $label }” hilbijêrin.
