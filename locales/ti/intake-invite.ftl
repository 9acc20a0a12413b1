# The menu's heading right after the person agreed to the privacy note: the intake is offered once.
# $label is the menu button "Find work" (menu-find-work).
menu-intake-invite = ቁሩብ ሓጸርቲ ሕቶታት ክሓተኩም እኽእል እየ። ድሕሪኡ ዝሰማምዑኹም ዕድላት ክረኽበልኩም እየ። “{ $label }” ምረጹ።
