# The menu's heading right after the person agreed to the privacy note: the intake is offered once.
# $label is the menu button "Find work" (menu-find-work).
menu-intake-invite = يمكنني أن أطرح عليك بعض الأسئلة القصيرة. بعد ذلك أجد لك العروض المناسبة. الرجاء اختيار «{ $label }».
