# Free text at the menu that fits no entry: asked once, then passed to a coach (flows/menu.py).

menu-unplaced =
    እዚ ኣይተረደኣንን። ሓደ ካብ መጠወቕታት ማለትኩም ድዩ? በጃኹም ምረጽዎ።
    ወይ ሕቶኹም ደጊምኩም ጸሓፉ። ሽዑ ናብ ኣማኻሪ ክሰዶ እየ።
