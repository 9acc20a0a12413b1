# Lotse – Soomaali. Ogeysiisyo iyo munaasabado: dadka iyo isku-duwayaasha.
# Luqad fudud (A2), erayo edeb leh, bot-ku wuxuu u hadlaa sida "aniga". Badhamada ugu badnaan 20 xaraf.

## Ogeysiiska (qoraalka waa isku-duwe, la turjumay)

broadcast-message =
    📣 { $body }
broadcast-event =
    📣 { $body }

    📅 { $when }
    📍 { $place }
    👥 Meelaha: { $capacity }
broadcast-event-open =
    📣 { $body }

    📅 { $when }
    📍 { $place }
broadcast-yes = ✅ Waan imanayaa
broadcast-no = Markan maya
broadcast-stop = 🔕 Iska jooji
broadcast-cancel-place = ✖ Meeshayda jooji
broadcast-ok = 👍 Hagaag

## Jawaabaha munaasabad

event-confirmed =
    ✅ Meel ayaad haysataa: { $title }
    📅 { $when }
    📍 { $place }
    Maalin ka hor ayaan ku xusuusin doonaa.
event-waiting =
    Meelaha oo dhan waa buuxaan. Waxaad ku jirtaa liiska sugitaanka (lambar { $position }).
    Haddii meel bannaanaato, waan kuu qori doonaa.
event-already =
    Horey ayaad meel u haysataa: { $title }
    📅 { $when }
event-declined = Waad ku mahadsan tahay jawaabtaada. Malaha mar kale!
event-cancelled = Meeshaada waan joojiyay: { $title }. Waad ku mahadsan tahay inaad ii sheegtay.
event-not-signed-up = Munaasabaddan uma diiwaangashanid.
event-past = Munaasabaddan way dhammaatay.
event-gone = Munaasabaddan hadda ma jirto.
event-reminder =
    ⏰ Xusuusin: berri waa "{ $title }".
    📅 { $when }
    📍 { $place }
    Haddii aadan iman karin, fadlan meeshaada jooji.
event-moved-up =
    🎉 Meel ayaa bannaanaatay. Hadda meel ayaad haysataa: { $title }
    📅 { $when }
    📍 { $place }
    Haddii aadan iman karin, fadlan meeshaada jooji.

## Joojinta iyo dib u bilaabista

news-stopped =
    🔕 Ogeysiisyo dambe kuuma soo diri doono.
    Ma rabtaa inaad mar kale hesho? Riix badhanka ama qor /start.
news-start = 🔔 Mar kale hel
news-started = 🔔 Mar kale ayaad heli doontaa ogeysiisyada.

## Isku-duwayaasha: qorista ogeysiis

bc-home = 📣 Ogeysiisyo. Qor mid cusub ama eeg warbixinta mid hore.
bc-new = ✍ Ogeysiis cusub
bc-list-entry = #{ $id } { $title } · { $state }
bc-list = 📋 Ogeysiisyada
bc-text = Fadlan ogeysiiska ku qor Jarmal. Waxaan u turjumi doonaa luqadaha dadka helaya.
bc-too-long = Qoraalku aad buu u dheer yahay. Fadlan qor ugu badnaan 3000 xaraf.
bc-audience =
    Yaa helaya ogeysiiska?
    Luqadaha: { $languages }
    Meelaha: { $towns }
    Heerka Jarmalka: { $levels }
    Munaasabad: { $event }
    Yaa: { $role }
bc-by-language = 🌐 Luqadaha
bc-by-place = 📍 Meelaha
bc-by-german = 🗣 Heerka Jarmalka
bc-by-role = 👥 Yaa
bc-by-event = 🎟 Ka-qaybgalayaasha munaasabad
bc-continue = ➡ Sii wad
bc-role-all = qof walba
bc-role-people = dadka oo kaliya
bc-role-coaches = la-taliyayaasha oo kaliya
bc-pick-languages = Luqadee? Riix luqad si aad u doorato. Kadib "Dhammaad".
bc-pick-municipalities = Meelahee? Riix meel si aad u doorato. Kadib "Dhammaad".
bc-pick-german = Heerka Jarmalka kee (su'aalaha)? Riix heer. Kadib "Dhammaad".
bc-pick-event = Munaasabaddee? Ogeysiisku wuxuu u tagayaa qof kasta oo boos leh. Riix mid, kadib "Dhammaad".
bc-no-events = Ma jiraan munaasabado soo socda.
bc-media-caption = Fadlan u dir sawirka ama dukumeentiga adigoo qoraalka ogeysiiska ku qoraya qoraal-hoosaad ahaan.
bc-media-note = 📎 Sawir ama dukumeenti (Telegram iyo WhatsApp).
bc-done = ✅ Dhammaad
bc-event = Tani ma munaasabad la isu diiwaangeliyo baa?
bc-event-no = Maya, macluumaad
bc-event-yes = 📅 Haa
bc-when = Goorma ayay munaasabaddu tahay? Qor taariikhda iyo saacadda, tusaale: 03.12.2026 18:00
bc-time-unknown = Waqtigan ma fahmin, ama wuu dhaafay. Fadlan sidan: 03.12.2026 18:00
bc-place = Xaggee ayay munaasabaddu tahay? Qor meesha ama xiriirka ka qaybgalka online-ka.
bc-capacity = Immisa meelood ayaa jira? Qor tiro.
bc-unlimited = Xad la'aan
bc-capacity-unknown = Fadlan qor tiro, tusaale 20.
bc-preview-language =
    { $language } · { $by } · { $channels }

    { $text }
bc-made-source = asalka
bc-made-machine = turjumaad mashiin
bc-made-coordinator = qoraalkaaga
bc-made-german = lama turjumin: Jarmal ayuu ku baxayaa
bc-preview =
    Sidan ayuu ogeysiisku u muuqdaa (kor, luqad kasta).
    Dadka helaya: { $recipients }
    Iska joojiyay (ma helayaan): { $unsubscribed }
    Xannibay bot-ka (ma helayaan): { $blocked }
bc-send-now = 📤 Hadda dir
bc-schedule = 🕒 Goor dambe dir
bc-replace = ✏ Beddel turjumaadda
bc-nobody = Qofna ma helayo ogeysiiskan. Fadlan dooro dad kale.
bc-schedule-when = Goorma ayaan diraa? Qor taariikhda iyo saacadda, tusaale: 03.12.2026 09:00
bc-replace-which = Turjumaaddee ayaad rabtaa inaad beddesho?
bc-replace-text = Fadlan qor qoraalka { $language }. Sida aad u qorto ayaan u diri doonaa.
bc-replaced = ✓ Qoraalkaaga ayaan qaadanayaa.
bc-started = 📤 Ogeysiiska #{ $id } hadda ayuu bilaabmayaa. Horumarka hal fariin ayaan kugu tusi doonaa.
bc-scheduled = 🕒 Ogeysiiska #{ $id } wuxuu bilaabmayaa { $when }. Ilaa markaas waad joojin kartaa.
bc-gone = Ogeysiiskan ma jiro.
bc-report =
    📣 #{ $id } { $title }
    Xaaladda: { $state }
    Dadka helaya: { $recipients }
    La gaarsiiyay: { $delivered }
    Weli la dirayo: { $queued }
    Guuldarraystay: { $failed }
    Xannibay bot-ka: { $blocked }
    Iska joojiyay: { $unsubscribed }
    Sugaya daaqadda 24-ka saac (WhatsApp): { $waiting }
    Diiwaangelinta: { $signups }
    Liiska sugitaanka: { $waitlist }
bc-refresh = 🔄 Cusboonaysii
bc-cancel = ✖ Jooji
bc-csv = 📄 Liiska (CSV)
bc-cancel-cancelled = ✓ Ogeysiiska waa la joojiyay. Qofna ma helin.
bc-cancel-stopped = ✓ Waa la joojiyay. Wixii aan weli la dirin ma baxayaan.
bc-cancel-finished = Gebi ahaanba waa la diray. Lama joojin karo.
bc-cancel-unknown = Ogeysiiskan ma jiro.
bc-state-scheduled = la qorsheeyay
bc-state-sending = waa la dirayaa
bc-state-paused = nasasho (saacadaha degganaanshaha)
bc-state-done = dhammaaday
bc-state-cancelled = la joojiyay
broadcast-progress = 📤 Ogeysiiska #{ $id }: { $sent } la diray, { $remaining } ayaa haray.
broadcast-report =
    📣 Warbixinta ogeysiiska #{ $id }
    La gaarsiiyay: { $delivered }
    Guuldarraystay: { $failed }
    Xannibay bot-ka: { $blocked }
    Iska joojiyay: { $unsubscribed }
    Sugaya daaqadda 24-ka saac (WhatsApp): { $waiting }
    Diiwaangelinta: { $signups }
    Liiska sugitaanka: { $waitlist }

## My data: announcements off or on again

my-data-news-off = 🔕 Ogeysiis la'aan
my-data-news-on = 🔔 Ogeysiisyo haa
