# The privacy note (v4: appointments, events, questions to coaches added; flows/consent.py).
# A change in substance gets a new key and a new CONSENT_VERSION: everyone is asked again.

privacy-note-v4 =
    🔒 Xogtaada
    Waxaan kaydiyaa:
    • luqaddaada
    • lambarka akoonkaaga ee barnaamijka fariimaha (WhatsApp-ka: lambarka taleefankaaga)
    • goorta aad ogolaatay iyo goorta ugu dambaysay ee aad wax qortay
    • meesha aad ka joogto wadahadalka iyo waxa aad halkaas ku dooratay
    • jawaabahaaga ku saabsan shaqada, haddii aad bixiso: caawimaad, xirfad, khibrad, shahaado, Jarmal, degenaansho, meesha aad deggan tahay, waqtiga shaqada
    • ballamaha aad qabsato iyo munaasabadaha aad isku diiwaangeliso
    • su'aalahaaga la-taliyayaasha iyo jawaabahooda, la turjumay
    Fariimaha kale ee aad ii soo qorto waan tirtiraa isla marka aan ka jawaabo.
    Yaa arka: Kaliya kooxda xafiiska isdhexgalka ee Landratsamt (xafiiska degmada) iyo la-taliyayaasha ku caawiya.
    Haddii aadan ii qorin muddo dheer, wax walba waan tirtiraa. Toddobaad ka hor waan kuu sheegayaa.
    Tirtirid: Waqti kasta, gudaha “Xogtayda”.
    Ma ogoshahay?
# Shown again (without the note above it) after an answer the bot could not use.
consent-question = Ma ogoshahay?
