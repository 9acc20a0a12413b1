# Lotse – Soomaali. Ballan qabsasho, „Ballamahayga“, xusuusin, fariimo la-taliyayaasha.

booking-details =
    📅 { $day }, { $time }
    📍 { $place }{ $address ->
        [none] { "" }
       *[other] , { $address }
    }
    { $coach ->
        [none] 🧑 La-taliye ayaa halkaas idiinku sugi doona.
       *[other] 🧑 La-taliye: { $coach }
    }

booking-where = Xaggee ballanta ka rabtaan?
booking-online = 💻 Online / telefoon
booking-any = 📍 Meel kasta
booking-slots = Goorma ayaa idin ku habboon? Fadlan dooro waqti.
booking-slot = { $day }, { $time } · { $place }
booking-no-slots = Hadda halkan ballan bannaan ma jiro. Fadlan mar kale isku day goor dambe ama dooro meel kale.
booking-time-unknown = Waqtigan ma helayo. Fadlan liiska ka dooro waqti.
booking-confirm =
    Fadlan hubi ballantaada:
    { booking-details }
booking-confirm-yes = ✅ Xaqiiji
booking-taken = Qof kale ayaa hadda qaatay waqtigan. Kuwani waa waqtiyada bannaan ee xiga.
booking-slot-gone = Waqtigan hadda ma jiro. Fadlan dooro waqti kale.
booking-limit = Ballamo kugu filan ayaad haysataa. Fadlan marka hore mid jooji.
booking-moved = Ballantaada waan beddelay.
booking-done =
    ✅ Ballantaada waa la qabtay.
    { booking-details }
    Fadlan keen: aqoonsiga, CV-ga iyo shahaadooyinka (haddii aad haysato).{ $bring ->
        [abroad] { " " }Fadlan sidoo kale keen shahaadooyinka dalkaaga, iyo turjumaad haddii aad haysatid.
       *[other] { "" }
    }
    Faylka hoose waxaad ku dari kartaa jadwalkaaga.
booking-to-menu = 🏠 Liiska

appointments-list = Ballamahaaga:
appointments-none = Ballan ma haysatid.
appointment-details =
    Ballantaada:
    { booking-details }
appointment-cancel = ❌ Jooji ballanta
appointment-move = 🔁 Beddel ballanta
appointment-cancel-confirm =
    Ma hubtaa inaad joojinayso ballantan?
    { booking-details }
appointment-cancel-yes = Haa, jooji
appointment-cancel-no = Maya, hay
appointment-cancelled = Ballantaada waa la joojiyay.
booking-appointment-gone = Ballantan hadda ma jirto.

booking-reminder = ⏰ Xusuusin: ballantaadu waa { $day } saacadda { $time }, { $place }.
booking-day-cancelled = Waan ka xumahay, ballantaada { $day } saacadda { $time } ({ $place }) ma dhici doonto. Fadlan liiska ka qabso ballan cusub.

booking-coach-booked =
    📅 Ballan cusub: { $day }, { $time }, { $place } (qof { $person }).
    { $profile }
booking-coach-moved =
    🔁 Ballanta waa la beddelay: { $day }, { $time }, { $place } (qof { $person }).
    { $profile }
booking-coach-cancelled = ❌ Ballanta waa la joojiyay: { $day }, { $time }, { $place } (qof { $person }).

## Sprechstunden (Coaches und Koordination) / office hours for staff

staff-hours-title = Saacadaha la-talintaada labada toddobaad ee soo socda. Dooro maalin si aad u joojiso.
staff-hours-none = Labada toddobaad ee soo socda ma jiraan saacado la-talin.
staff-hours-day = { $day }, { $start }–{ $end } · { $place } · { $booked }
staff-hours-nobody = bannaan
staff-hours-cancel-confirm =
    { $day }, { $start }–{ $end }, { $place }
    La qabsaday: { $booked }
    Ma la joojiyaa maalintan? Qof kasta oo ballan qabsaday wuxuu helayaa fariin luqaddiisa ah.
staff-hours-cancel-yes = ❌ Jooji maalinta
staff-hours-cancelled = Maalinta waa la joojiyay. Waan u sheegayaa qof kasta oo ballan qabsaday.
staff-hours-gone = Maalintan kuma jirto liiskaaga.

## Jawaabaha xusuusinta, maalmaha la joojiyay, xaqiijin kadib laba jeer oo aan la iman

reminder-come = ✅ Waan imanayaa
reminder-come-thanks = Mahadsanid! Waxaan u sheegayaa la-taliyahaaga inaad imanaysid.
booking-not-yours = Ballantan kuma helayo adiga. Waxba ma beddelin.
booking-reminder-past = Ballantani way bilaabatay ama way dhammaatay. Waxba ma beddelin.
booking-day-cancelled-slots = Waan ka xumahay, ballantaada { $day } saacadda { $time } ({ $place }) ma dhici doonto. Kuwani waa waqtiyada bannaan ee xiga. Fadlan dooro waqti.
booking-confirm-ask = Fadlan xaqiiji ballantaada { $day } saacadda { $time }, { $place }. Riix “Waan imanayaa”. Haddii aadan xaqiijin ilaa saqda dhexe maanta, booska waxaan siinayaa qof kale.
booking-released = Ma aadan xaqiijin ballantaada { $day } saacadda { $time } ({ $place }). Sidaas darteed booska waxaan siiyay qof kale. Liiska ayaad ka qabsan kartaa ballan cusub.

## La-taliyayaasha

booking-coach-coming = ✅ Qofka { $person } wuu imanayaa: { $day }, { $time }, { $place }.
booking-coach-released = ❌ Lama xaqiijin, booska waa bannaan: { $day }, { $time }, { $place } (qof { $person }).
booking-coach-unreachable = ⚠️ Xusuusinta qofka { $person } ma gaarin (daaqadda WhatsApp waa xiran tahay ama bot-ka waa la xannibay). Ballantu way sii jirtaa: { $day }, { $time }, { $place }.
booking-coach-no-profile = Weli ma jiro profile gaaban.
booking-attendance-ask = Ballan { $day }, { $time }, { $place } (qof { $person }): qofku ma yimid?
booking-attended = ✅ Wuu yimid
booking-no-show = ❌ Ma iman
booking-attendance-saved = Mahadsanid, waan diiwaangeliyay.
booking-attendance-refused = Ballantan ma calaamadin kartid: kama mid aha saacadahaaga la-talinta.
booking-attendance-early = Ballantani weli ma bilaaban.
