# Lotse – Kurmancî. Randevû girtin, „Randevûyên min“, bîranîn, peyamên ji şêwirmendan re.

booking-details =
    📅 { $day }, { $time }
    📍 { $place }{ $address ->
        [none] { "" }
       *[other] , { $address }
    }
    { $coach ->
        [none] 🧑 Şêwirmendek dê li wir ji bo we be.
       *[other] 🧑 Şêwirmend: { $coach }
    }

booking-where = Hûn randevûyê li ku dixwazin?
booking-online = 💻 Online / telefon
booking-any = 📍 Li her derê
booking-slots = Kengê ji bo we baş e? Ji kerema xwe demekê hilbijêrin.
booking-slot = { $day }, { $time } · { $place }
booking-no-slots = Niha li vir randevûyên vala tune ne. Ji kerema xwe paşê dîsa biceribînin an cihekî din hilbijêrin.
booking-time-unknown = Ez vê demê nabînim. Ji kerema xwe ji lîsteyê demekê hilbijêrin.
booking-confirm =
    Ji kerema xwe randevûya xwe kontrol bikin:
    { booking-details }
booking-confirm-yes = ✅ Erê bike
booking-taken = Kesekî niha ev dem girt. Va ne demên vala yên din.
booking-slot-gone = Ev dem êdî tune ye. Ji kerema xwe demeke din hilbijêrin.
booking-limit = We jixwe têra xwe randevû hene. Ji kerema xwe pêşî yekê betal bikin.
booking-moved = Min randevûya we guhert.
booking-done =
    ✅ Randevûya we hate girtin.
    { booking-details }
    Ji kerema xwe bînin: nasname, CV û bawernameyan (heke we hebin).{ $bring ->
        [abroad] { " " }Ji kerema xwe belgeyên ji welatê xwe jî bînin, bi wergerê heke we hebe.
       *[other] { "" }
    }
    Hûn dikarin pelê jêrîn li salnameya xwe zêde bikin.
booking-to-menu = 🏠 Menû

appointments-list = Randevûyên we:
appointments-none = Randevûyên we tune ne.
appointment-details =
    Randevûya we:
    { booking-details }
appointment-cancel = ❌ Betal bike
appointment-move = 🔁 Biguherîne
appointment-cancel-confirm =
    Hûn bi rastî dixwazin vê randevûyê betal bikin?
    { booking-details }
appointment-cancel-yes = Erê, betal bike
appointment-cancel-no = Na, bimîne
appointment-cancelled = Randevûya we hate betalkirin.
booking-appointment-gone = Ev randevû êdî tune ye.

booking-reminder = ⏰ Bîranîn: randevûya we { $day } saet { $time }, { $place } e.
booking-day-cancelled = Mixabin, randevûya we ya { $day } saet { $time } ({ $place }) nabe. Ji kerema xwe di menûyê de randevûyeke nû bigirin.

booking-coach-booked =
    📅 Randevûya nû: { $day }, { $time }, { $place } (kes { $person }).
    { $profile }
booking-coach-moved =
    🔁 Randevû hate guhertin: { $day }, { $time }, { $place } (kes { $person }).
    { $profile }
booking-coach-cancelled = ❌ Randevû hate betalkirin: { $day }, { $time }, { $place } (kes { $person }).

## Sprechstunden (Coaches und Koordination) / office hours for staff

staff-hours-title = Demên şêwirê yên we di du hefteyên bê de. Ji bo betalkirinê rojekê hilbijêrin.
staff-hours-none = Di du hefteyên bê de demên şêwirê tune ne.
staff-hours-day = { $day }, { $start }–{ $end } · { $place } · { $booked }
staff-hours-nobody = vala
staff-hours-cancel-confirm =
    { $day }, { $start }–{ $end }, { $place }
    Girtî: { $booked }
    Vê rojê betal bikin? Her kesê ku randevû girtiye bi zimanê xwe peyamekê distîne.
staff-hours-cancel-yes = ❌ Rojê betal bike
staff-hours-cancelled = Roj hate betalkirin. Ez ê ji her kesê ku randevû girtibû re bibêjim.
staff-hours-gone = Ev roj êdî di lîsteya we de tune ye.

## Bersiv ji bîranînan re, rojên betalkirî, piştî du caran nehatinê erê kirin

reminder-come = ✅ Ez têm
reminder-come-thanks = Spas! Ez ê ji şêwirmendê we re bibêjim ku hûn tên.
booking-not-yours = Ez vê randevûyê ji bo we nabînim. Min tiştek neguherand.
booking-reminder-past = Ev randevû dest pê kiriye an qediyaye. Min tiştek neguherand.
booking-day-cancelled-slots = Mixabin, randevûya we ya { $day } saet { $time } ({ $place }) nabe. Ev demên vala yên din in. Ji kerema xwe demekê hilbijêrin.
booking-confirm-ask = Ji kerema xwe randevûya xwe ya { $day } saet { $time }, { $place } erê bikin. «Ez têm» bikirtînin. Heke hûn heta nîvê şevê îro erê nekin, ez ê cih bidim kesekî din.
booking-released = We randevûya xwe ya { $day } saet { $time } ({ $place }) erê nekir. Loma min cih da kesekî din. Hûn dikarin di menûyê de randevûyeke nû bigirin.

## Ji şêwirmendan re

booking-coach-coming = ✅ Kes { $person } tê: { $day }, { $time }, { $place }.
booking-coach-released = ❌ Erê nebû, cih vala ye: { $day }, { $time }, { $place } (kes { $person }).
booking-coach-unreachable = ⚠️ Bîranîn negihîşt kes { $person } (pencereya WhatsAppê girtî ye an bot hatiye astengkirin). Randevû dimîne: { $day }, { $time }, { $place }.
booking-coach-no-profile = Hîn profîla kurt tune.
booking-attendance-ask = Randevû { $day }, { $time }, { $place } (kes { $person }): kes hat?
booking-attended = ✅ Hat
booking-no-show = ❌ Nehat
booking-attendance-saved = Spas, min ew tomar kir.
booking-attendance-refused = Hûn nikarin vê randevûyê tomar bikin: ew ne ji demên şêwirê we ye.
booking-attendance-early = Ev randevû hîn dest pê nekiriye.
