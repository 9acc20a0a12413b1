# Lotse – Kurmancî. Daxuyanî û çalakî: ji bo mirovan û ji bo koordînatoran.
# Zimanê sade (A2), "hûn", bot wek "ez" diaxive. Bişkok herî zêde 20 tîp.

## Daxuyanî (nivîs ji koordînatorekî ye, wergerandî)

broadcast-message =
    📣 { $body }
broadcast-event =
    📣 { $body }

    📅 { $when }
    📍 { $place }
    👥 Cih: { $capacity }
broadcast-event-open =
    📣 { $body }

    📅 { $when }
    📍 { $place }
broadcast-yes = ✅ Ez beşdar dibim
broadcast-no = Vê carê na
broadcast-stop = 🔕 Abonetiyê rake
broadcast-cancel-place = ✖ Cih betal bike
broadcast-ok = 👍 Baş e

## Bersiv ji bo çalakiyekê

event-confirmed =
    ✅ Cihekî we heye: { $title }
    📅 { $when }
    📍 { $place }
    Rojek berê ez ê bîne bîra we.
event-waiting =
    Hemû cih tije ne. Hûn di lîsteya bendewariyê de ne (hejmar { $position }).
    Heke cihek vala bibe, ez ê ji we re binivîsim.
event-already =
    Jixwe cihekî we heye: { $title }
    📅 { $when }
event-declined = Spas ji bo bersiva we. Belkî cara din!
event-cancelled = Min cihê we betal kir: { $title }. Spas ku we ji min re got.
event-not-signed-up = Hûn ji bo vê çalakiyê qeyd nebûne.
event-past = Ev çalakî êdî derbas bûye.
event-gone = Ev çalakî êdî tune ye.
event-reminder =
    ⏰ Bîranîn: sibê "{ $title }" e.
    📅 { $when }
    📍 { $place }
    Heke hûn nikarin werin, ji kerema xwe cihê xwe betal bikin.
event-moved-up =
    🎉 Cihek vala bû. Niha cihekî we heye: { $title }
    📅 { $when }
    📍 { $place }
    Heke hûn nikarin werin, ji kerema xwe cihê xwe betal bikin.

## Abonetî rakirin û dîsa abone bûn

news-stopped =
    🔕 Ez êdî daxuyaniyan ji we re naşînim.
    Hûn dixwazin dîsa bistînin? Bişkokê bitikînin an /start binivîsin.
news-start = 🔔 Dîsa bistînin
news-started = 🔔 Hûn dîsa daxuyaniyan distînin.

## Ji bo koordînatoran: daxuyaniyek nivîsandin

bc-home = 📣 Daxuyanî. Yeke nû binivîsin an rapora yeke berê bibînin.
bc-new = ✍ Daxuyaniya nû
bc-list-entry = #{ $id } { $title } · { $state }
bc-list = 📋 Hemû daxuyanî
bc-text = Ji kerema xwe daxuyaniyê bi almanî binivîsin. Ez ê wê wergerînim zimanên wergiran.
bc-too-long = Nivîs pir dirêj e. Ji kerema xwe herî zêde 3000 tîpan binivîsin.
bc-audience =
    Daxuyanî ji kê re diçe?
    Ziman: { $languages }
    Cih: { $towns }
    Asta almanî: { $levels }
    Çalakî: { $event }
    Kî: { $role }
bc-by-language = 🌐 Ziman
bc-by-place = 📍 Cih
bc-by-german = 🗣 Asta almanî
bc-by-role = 👥 Kî
bc-by-event = 🎟 Beşdarên çalakiyekê
bc-continue = ➡ Berdewam
bc-role-all = her kes
bc-role-people = tenê mirov
bc-role-coaches = tenê şêwirmend
bc-pick-languages = Kîjan ziman? Ji bo hilbijartinê zimanekî bitikînin. Paşê "Qediya".
bc-pick-municipalities = Kîjan cih? Ji bo hilbijartinê cihekî bitikînin. Paşê "Qediya".
bc-pick-german = Kîjan asta almanî (ji pirsnameyê)? Astekê bitikînin. Paşê "Qediya".
bc-pick-event = Kîjan çalakî? Ragihandin diçe ji hemû kesên ku cihê wan heye re. Yekê bitikînin, paşê "Qediya".
bc-no-events = Çalakiyên bên tune ne.
bc-media-caption = Ji kerema xwe wêneyê an belgeyê bi nivîsa daxuyaniyê wek binnivîs bişînin.
bc-media-note = 📎 Bi wêne an belgeyê (li Telegram û WhatsApp).
bc-done = ✅ Qediya
bc-event = Ev çalakiyek e ku mirov xwe tê de qeyd dike?
bc-event-no = Na, tenê agahî
bc-event-yes = 📅 Erê
bc-when = Çalakî kengê ye? Dîrok û saetê binivîsin, wek mînak: 03.12.2026 18:00
bc-time-unknown = Ez vê demê fam nakim, an derbas bûye. Ji kerema xwe wiha: 03.12.2026 18:00
bc-place = Çalakî li ku ye? Cih an girêdana beşdariya online binivîsin.
bc-capacity = Çend cih hene? Hejmarekê binivîsin.
bc-unlimited = Bê sînor
bc-capacity-unknown = Ji kerema xwe hejmarekê binivîsin, wek mînak 20.
bc-preview-language =
    { $language } · { $by } · { $channels }

    { $text }
bc-made-source = orîjînal
bc-made-machine = wergera makîneyê
bc-made-coordinator = nivîsa we
bc-made-german = nehatiye wergerandin: bi almanî diçe
bc-preview =
    Daxuyanî wiha xuya dike (li jor, ji bo her zimanî).
    Wergir: { $recipients }
    Abonetî rakirine (nastînin): { $unsubscribed }
    Bot asteng kirine (nastînin): { $blocked }
bc-send-now = 📤 Niha bişîne
bc-schedule = 🕒 Paşê bişîne
bc-replace = ✏ Wergerê biguherîne
bc-nobody = Kes vê daxuyaniyê nastîne. Ji kerema xwe wergirên din hilbijêrin.
bc-schedule-when = Ez kengê bişînim? Dîrok û saetê binivîsin, wek mînak: 03.12.2026 09:00
bc-replace-which = Hûn dixwazin kîjan wergerê biguherînin?
bc-replace-text = Ji kerema xwe nivîsa ji bo { $language } binivîsin. Ez ê wê wek ku hûn dinivîsin bişînim.
bc-replaced = ✓ Ez nivîsa we digirim.
bc-started = 📤 Daxuyanî #{ $id } niha dest pê dike. Ez ê pêşketinê di peyamekê de nîşanî we bidim.
bc-scheduled = 🕒 Daxuyanî #{ $id } di { $when } de dest pê dike. Heta wê demê hûn dikarin wê betal bikin.
bc-gone = Ev daxuyanî tune ye.
bc-report =
    📣 #{ $id } { $title }
    Rewş: { $state }
    Wergir: { $recipients }
    Gihîşt: { $delivered }
    Hê bê şandin: { $queued }
    Bi ser neket: { $failed }
    Bot asteng kirine: { $blocked }
    Abonetî rakirine: { $unsubscribed }
    Li benda pencereya 24 saetan (WhatsApp): { $waiting }
    Qeyd: { $signups }
    Lîsteya bendewariyê: { $waitlist }
bc-refresh = 🔄 Nû bike
bc-cancel = ✖ Betal bike
bc-csv = 📄 Beşdar (CSV)
bc-cancel-cancelled = ✓ Daxuyanî betal bû. Kesî ew nestand.
bc-cancel-stopped = ✓ Rawestiya. Ya ku hê nehatibû şandin, êdî naçe.
bc-cancel-finished = Bi temamî hatiye şandin. Êdî nayê betalkirin.
bc-cancel-unknown = Ev daxuyanî tune ye.
bc-state-scheduled = plankirî
bc-state-sending = tê şandin
bc-state-paused = navber (demên aram)
bc-state-done = qediya
bc-state-cancelled = betal bû
broadcast-progress = 📤 Daxuyanî #{ $id }: { $sent } hatin şandin, { $remaining } man.
broadcast-report =
    📣 Rapora daxuyaniyê #{ $id }
    Gihîşt: { $delivered }
    Bi ser neket: { $failed }
    Bot asteng kirine: { $blocked }
    Abonetî rakirine: { $unsubscribed }
    Li benda pencereya 24 saetan (WhatsApp): { $waiting }
    Qeyd: { $signups }
    Lîsteya bendewariyê: { $waitlist }

## My data: announcements off or on again

my-data-news-off = 🔕 Daxuyanî girtî
my-data-news-on = 🔔 Daxuyanî vekirî
