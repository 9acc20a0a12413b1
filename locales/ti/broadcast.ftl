# ሎትሰ – ትግርኛ። መፍለጢታትን ፍጻመታትን: ንሰባትን ንኣወሃሃድትን።
# ቀሊል ቋንቋ (A2)፣ «ንስኹም»፣ እቲ ቦት ከም «ኣነ» ይዛረብ። መጠወቕታት ብዝበዝሐ 20 ፊደላት።

## መፍለጢ (ጽሑፍ ካብ ኣወሃሃዲ፣ ዝተተርጎመ)

broadcast-message =
    📣 { $body }
broadcast-event =
    📣 { $body }

    📅 { $when }
    📍 { $place }
    👥 ቦታታት: { $capacity }
broadcast-event-open =
    📣 { $body }

    📅 { $when }
    📍 { $place }
broadcast-yes = ✅ ክሳተፍ እየ
broadcast-no = ሎሚ ኣይኮነን
broadcast-stop = 🔕 ምቁራጽ
broadcast-cancel-place = ✖ ቦታይ ምስራዝ
broadcast-ok = 👍 ሕራይ

## መልስታት ንሓደ ፍጻመ

event-confirmed =
    ✅ ቦታ ኣለኩም: { $title }
    📅 { $when }
    📍 { $place }
    ሓደ መዓልቲ ቀደም ከዘኻኽረኩም እየ።
event-waiting =
    ኩሉ ቦታታት ተታሒዙ። ኣብ ዝርዝር ምጽባይ ኣለኹም (ቁጽሪ { $position })።
    ቦታ እንተተፈንፈነ፣ ክጽሕፈልኩም እየ።
event-already =
    ድሮ ቦታ ኣለኩም: { $title }
    📅 { $when }
event-declined = ስለ መልስኹም የቐንየልና። ምናልባት ካልእ ግዜ!
event-cancelled = ቦታኹም ሰሪዘዮ: { $title }። ስለ ዝሓበርኩምኒ የቐንየልና።
event-not-signed-up = ነዚ ፍጻመ ኣይተመዝገብኩምን።
event-past = እዚ ፍጻመ ድሮ ሓሊፉ እዩ።
event-gone = እዚ ፍጻመ ደጊም የለን።
event-reminder =
    ⏰ መዘኻኸሪ: ጽባሕ «{ $title }» እዩ።
    📅 { $when }
    📍 { $place }
    ክትመጹ እንተዘይክኢልኩም፣ በጃኹም ቦታኹም ሰርዙ።
event-moved-up =
    🎉 ቦታ ተፈንፊኑ። ሕጂ ቦታ ኣለኩም: { $title }
    📅 { $when }
    📍 { $place }
    ክትመጹ እንተዘይክኢልኩም፣ በጃኹም ቦታኹም ሰርዙ።

## ምቁራጽን ደጊምካ ምቕባልን

news-stopped =
    🔕 ደጊም መፍለጢታት ኣይሰደልኩምን እየ።
    ደጊምኩም ክትቕበልዎም ትደልዩ ዶ? እቲ መጠወቒ ጠውቑ ወይ /start ጸሓፉ።
news-start = 🔔 ደጊምካ ምቕባል
news-started = 🔔 ደጊምኩም መፍለጢታት ክትቕበሉ ኢኹም።

## ንኣወሃሃድቲ: መፍለጢ ምጽሓፍ

bc-home = 📣 መፍለጢታት። ሓድሽ ጸሓፉ ወይ ጸብጻብ ናይ ቀደም ርኣዩ።
bc-new = ✍ ሓድሽ መፍለጢ
bc-list-entry = #{ $id } { $title } · { $state }
bc-list = 📋 ኩሎም መፍለጢታት
bc-text = በጃኹም ነቲ መፍለጢ ብጀርመንኛ ጸሓፉ። ኣነ ናብ ቋንቋታት ተቐበልቲ ክትርጉሞ እየ።
bc-too-long = እቲ ጽሑፍ ኣዝዩ ነዊሕ እዩ። በጃኹም ብዝበዝሐ 3000 ፊደላት ጸሓፉ።
bc-audience =
    እቲ መፍለጢ ናብ መን ይኸይድ?
    ቋንቋታት: { $languages }
    ቦታታት: { $towns }
    ደረጃ ጀርመንኛ: { $levels }
    ፍጻመ: { $event }
    መን: { $role }
bc-by-language = 🌐 ቋንቋታት
bc-by-place = 📍 ቦታታት
bc-by-german = 🗣 ደረጃ ጀርመንኛ
bc-by-role = 👥 መን
bc-by-event = 🎟 ተሳተፍቲ ናይ ሓደ ፍጻመ
bc-continue = ➡ ቀጽል
bc-role-all = ኩሎም
bc-role-people = ሰባት ጥራይ
bc-role-coaches = ኣማኸርቲ ጥራይ
bc-pick-languages = ኣየኖት ቋንቋታት? ንምምራጽ ሓደ ቋንቋ ጠውቑ። ድሕሪኡ «ተወዲኡ»።
bc-pick-municipalities = ኣየኖት ቦታታት? ንምምራጽ ሓደ ቦታ ጠውቑ። ድሕሪኡ «ተወዲኡ»።
bc-pick-german = ኣየናይ ደረጃ ጀርመንኛ (ካብ ሕቶታት)? ሓደ ደረጃ ጠውቑ። ድሕሪኡ «ተወዲኡ»።
bc-pick-event = ኣየናይ ፍጻመ? እቲ መፍለጢ ናብ ኩሎም ቦታ ዘለዎም ይኸይድ። ሓደ ጠውቑ፣ ድሕሪኡ «ተወዲኡ»።
bc-no-events = ዝመጽእ ፍጻመ የለን።
bc-media-caption = በጃኹም ነቲ ስእሊ ወይ ሰነድ ምስ ጽሑፍ ናይቲ መፍለጢ ከም መግለጺ ስደድዎ።
bc-media-note = 📎 ምስ ስእሊ ወይ ሰነድ (ኣብ Telegram ከምኡውን WhatsApp)።
bc-done = ✅ ተወዲኡ
bc-event = እዚ ሰባት ዝምዝገብሉ ፍጻመ ድዩ?
bc-event-no = ኣይፋል፣ ሓበሬታ ጥራይ
bc-event-yes = 📅 እወ
bc-when = እቲ ፍጻመ መዓስ እዩ? ዕለትን ሰዓትን ጸሓፉ፣ ንኣብነት: 03.12.2026 18:00
bc-time-unknown = ነዚ ግዜ ኣይተረደኣንን፣ ወይ ሓሊፉ እዩ። በጃኹም ከምዚ: 03.12.2026 18:00
bc-place = እቲ ፍጻመ ኣበይ እዩ? ቦታ ወይ መላግቦ ናይ ኦንላይን ተሳትፎ ጸሓፉ።
bc-capacity = ክንደይ ቦታታት ኣለዉ? ቁጽሪ ጸሓፉ።
bc-unlimited = ደረት የብሉን
bc-capacity-unknown = በጃኹም ቁጽሪ ጸሓፉ፣ ንኣብነት 20።
bc-preview-language =
    { $language } · { $by } · { $channels }

    { $text }
bc-made-source = መበቆል
bc-made-machine = ብማሽን ዝተተርጎመ
bc-made-coordinator = ናትኩም ጽሑፍ
bc-made-german = ኣይተተርጎመን: ብጀርመንኛ ይኸይድ
bc-preview =
    እቲ መፍለጢ ከምዚ ይመስል (ኣብ ላዕሊ፣ ንነፍሲ ወከፍ ቋንቋ)።
    ተቐበልቲ: { $recipients }
    ዝቖረጹ (ኣይቕበሉን): { $unsubscribed }
    ነቲ ቦት ዝዓገቱ (ኣይቕበሉን): { $blocked }
bc-send-now = 📤 ሕጂ ስደድ
bc-schedule = 🕒 ደሓር ስደድ
bc-replace = ✏ ትርጉም ምቕያር
bc-nobody = ነዚ መፍለጢ ዝቕበሎ ሰብ የለን። በጃኹም ካልኦት ተቐበልቲ ምረጹ።
bc-schedule-when = መዓስ ክሰዶ? ዕለትን ሰዓትን ጸሓፉ፣ ንኣብነት: 03.12.2026 09:00
bc-replace-which = ኣየናይ ትርጉም ክትቕይሩ ትደልዩ?
bc-replace-text = በጃኹም ጽሑፍ ን{ $language } ጸሓፉ። ከምቲ ዝጸሓፍኩምዎ ክሰዶ እየ።
bc-replaced = ✓ ናትኩም ጽሑፍ ክወስድ እየ።
bc-started = 📤 መፍለጢ #{ $id } ሕጂ ይጅምር። ምዕባለ ኣብ ሓደ መልእኽቲ ከርእየኩም እየ።
bc-scheduled = 🕒 መፍለጢ #{ $id } ኣብ { $when } ይጅምር። ክሳብ ሽዑ ክትሰርዝዎ ትኽእሉ ኢኹም።
bc-gone = እዚ መፍለጢ የለን።
bc-report =
    📣 #{ $id } { $title }
    ኩነታት: { $state }
    ተቐበልቲ: { $recipients }
    በጺሑ: { $delivered }
    ገና ዝስደድ: { $queued }
    ኣይሰለጠን: { $failed }
    ነቲ ቦት ዝዓገቱ: { $blocked }
    ዝቖረጹ: { $unsubscribed }
    ንመስኮት 24 ሰዓት ዝጽበዩ (WhatsApp): { $waiting }
    ምዝገባታት: { $signups }
    ዝርዝር ምጽባይ: { $waitlist }
bc-refresh = 🔄 ምሕዳስ
bc-cancel = ✖ ምስራዝ
bc-csv = 📄 ተሳተፍቲ (CSV)
bc-cancel-cancelled = ✓ እቲ መፍለጢ ተሰሪዙ። ዝተቐበሎ የለን።
bc-cancel-stopped = ✓ ደው ኢሉ። ገና ዘይተሰደ ደጊም ኣይኸይድን።
bc-cancel-finished = ብምሉኡ ተሰዲዱ እዩ። ደጊም ክስረዝ ኣይክእልን።
bc-cancel-unknown = እዚ መፍለጢ የለን።
bc-state-scheduled = ተመዲቡ
bc-state-sending = ይስደድ ኣሎ
bc-state-paused = ዕረፍቲ (ህዱእ ሰዓታት)
bc-state-done = ተወዲኡ
bc-state-cancelled = ተሰሪዙ
broadcast-progress = 📤 መፍለጢ #{ $id }: { $sent } ተሰዲዱ፣ { $remaining } ተሪፉ።
broadcast-report =
    📣 ጸብጻብ መፍለጢ #{ $id }
    በጺሑ: { $delivered }
    ኣይሰለጠን: { $failed }
    ነቲ ቦት ዝዓገቱ: { $blocked }
    ዝቖረጹ: { $unsubscribed }
    ንመስኮት 24 ሰዓት ዝጽበዩ (WhatsApp): { $waiting }
    ምዝገባታት: { $signups }
    ዝርዝር ምጽባይ: { $waitlist }

## My data: announcements off or on again

my-data-news-off = 🔕 መፍለጢታት ኣቋርጽ
my-data-news-on = 🔔 መፍለጢታት ቀጽል
