# The menu's heading right after the person agreed to the privacy note: the intake is offered once.
# $label is the menu button "Find work" (menu-find-work).
menu-intake-invite = Я можу поставити вам кілька коротких запитань. Потім я знайду пропозиції, які вам підходять. Виберіть «{ $label }».
