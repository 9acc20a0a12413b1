# The menu's heading right after the person agreed to the privacy note: the intake is offered once.
# $label is the menu button "Find work" (menu-find-work).
menu-intake-invite = Waxaan ku weydiin karaa su'aalo gaagaaban. Kadib waxaan kuu helayaa fursadaha kugu habboon. Fadlan dooro “{ $label }”.
