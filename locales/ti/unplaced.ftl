# Free text at the menu that fits no entry: asked once, then passed to a coach (flows/menu.py).

menu-unplaced =
    እዚ ኣይተረደኣንን። ሓደ ካብ መጠወቕታት ማለትኩም ድዩ? በጃኹም ምረጽዎ።
    ወይ ሕቶኹም ደጊምኩም ጸሓፉ። ሽዑ ናብ ኣማኻሪ ክሰዶ እየ።

# The same where there are no buttons (terminal chat): choose by number.
menu-unplaced-number =
    እዚ ኣይተረደኣንን። በጃኹም ቁጽሪ ሓደ ምርጫ ጸሓፉ።
    ወይ ሕቶኹም ደጊምኩም ጸሓፉ። ሽዑ ናብ ኣማኻሪ ክሰዶ እየ።
