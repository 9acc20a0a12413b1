# The menu's heading right after the person agreed to the privacy note: the intake is offered once.
# $label is the menu button "Find work" (menu-find-work).
menu-intake-invite = I can ask you a few short questions. Then I find offers that fit you. Choose “{ $label }”.
