# The privacy note (v4: appointments, events, questions to coaches added; flows/consent.py).
# A change in substance gets a new key and a new CONSENT_VERSION: everyone is asked again.

privacy-note-v4 =
    🔒 Agahiyên we
    Ez van tomar dikim:
    • zimanê we
    • hejmara hesabê we di sepana peyaman de (di WhatsAppê de: hejmara telefona we)
    • we kengî razîbûna xwe da û cara dawî kengî nivîsî
    • hûn di axaftinê de li ku ne û we li wir çi hilbijart
    • bersivên we yên li ser kar, heke hûn bidin: alîkarî, pîşe, ezmûn, dîploma, almanî, rûniştin, cihê jiyanê, dema kar
    • randevûyên ku hûn digirin û çalakiyên ku hûn xwe lê qeyd dikin
    • pirsên we ji şêwirmendan re û bersivên wan, wergerandî
    Ez peyamên din ên ku hûn ji min re dinivîsin jê dibim, hema ku min bersiva wan da.
    Kî dibîne: Tenê tîma nivîsgeha entegrasyonê ya li Landratsamt (rêveberiya navçeyê) û şêwirmendên ku alîkariya we dikin.
    Heke hûn demeke dirêj ji min re nenivîsin, ez her tiştî jê dibim. Hefteyek berê ez ê ji we re bibêjim.
    Jêbirin: Her dem di beşa “Agahiyên min” de.
    Hûn razî ne?
# Shown again (without the note above it) after an answer the bot could not use.
consent-question = Hûn razî ne?
