# The menu's heading right after the person agreed to the privacy note: the intake is offered once.
# $label is the menu button "Find work" (menu-find-work).
menu-intake-invite = زه کولی شم تاسو څخه څو لنډې پوښتنې وکړم. بیا درته مناسب وړاندیزونه پیدا کوم. «{ $label }» وټاکئ.
