# The menu's heading right after the person agreed to the privacy note: the intake is offered once.
# $label is the menu button "Find work" (menu-find-work).
menu-intake-invite = می‌توانم چند سوال کوتاه از شما بپرسم. بعد پیشنهادهای مناسب شما را پیدا می‌کنم. «{ $label }» را انتخاب کنید.
