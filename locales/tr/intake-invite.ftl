# The menu's heading right after the person agreed to the privacy note: the intake is offered once.
# $label is the menu button "Find work" (menu-find-work).
menu-intake-invite = Size birkaç kısa soru sorabilirim. Sonra size uygun teklifleri bulurum. “{ $label }” seçin.
