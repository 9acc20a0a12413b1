# The menu's heading right after the person agreed to the privacy note: the intake is offered once.
# $label is the menu button "Find work" (menu-find-work).
menu-intake-invite = Я могу задать вам несколько коротких вопросов. Потом я найду предложения, которые вам подходят. Выберите «{ $label }».
