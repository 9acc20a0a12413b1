# Free text at the menu that fits no entry: asked once, then passed to a coach (flows/menu.py).

menu-unplaced =
    Das habe ich nicht verstanden. Meinen Sie einen Knopf? Dann wählen Sie ihn.
    Oder schreiben Sie Ihre Frage noch einmal. Dann gebe ich sie an einen Coach weiter.

# The same where there are no buttons (terminal chat): choose by number.
menu-unplaced-number =
    Das habe ich nicht verstanden. Bitte schreiben Sie die Nummer einer Auswahl.
    Oder schreiben Sie Ihre Frage noch einmal. Dann gebe ich sie an einen Coach weiter.
