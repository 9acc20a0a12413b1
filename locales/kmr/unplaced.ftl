# Free text at the menu that fits no entry: asked once, then passed to a coach (flows/menu.py).

menu-unplaced =
    Min ev fêm nekir. Mebesta we bişkokek e? Wê hilbijêrin.
    An jî pirsa xwe dîsa binivîsin. Wê demê ez ê wê bidim şêwirmendekî.
