# Free text at the menu that fits no entry: asked once, then passed to a coach (flows/menu.py).

menu-unplaced =
    Min ev fêm nekir. Mebesta we bişkokek e? Wê hilbijêrin.
    An jî pirsa xwe dîsa binivîsin. Wê demê ez ê wê bidim şêwirmendekî.

# The same where there are no buttons (terminal chat): choose by number.
menu-unplaced-number =
    Min ev fêm nekir. Ji kerema xwe hejmara vebijarkekê binivîsin.
    An jî pirsa xwe dîsa binivîsin. Wê demê ez ê wê bidim şêwirmendekî.
