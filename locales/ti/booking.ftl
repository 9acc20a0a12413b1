# ሎትሰ – ትግርኛ። ቆጸራ ምሓዝ፣ «ቆጸራታተይ»፣ መዘኻኸሪ፣ ናብ ኣማኸርቲ መልእኽቲ።

booking-details =
    📅 { $day }, { $time }
    📍 { $place }{ $address ->
        [none] { "" }
       *[other] , { $address }
    }
    { $coach ->
        [none] 🧑 ኣማኻሪ ኣብኡ ክጸንሓኩም እዩ።
       *[other] 🧑 ኣማኻሪ: { $coach }
    }

booking-where = ቆጸራ ኣበይ ትደልዩ?
booking-online = 💻 ኦንላይን / ተሌፎን
booking-any = 📍 ዝኾነ ቦታ
booking-slots = መዓስ ይጥዓመኩም? በጃኹም ሰዓት ምረጹ።
booking-slot = { $day }, { $time } · { $place }
booking-no-slots = ሕጂ ኣብዚ ነጻ ቆጸራ የለን። በጃኹም ደሓር ደጊምኩም ፈትኑ ወይ ካልእ ቦታ ምረጹ።
booking-time-unknown = ነዚ ሰዓት ኣይረኽቦን። በጃኹም ካብቲ ዝርዝር ሰዓት ምረጹ።
booking-confirm =
    በጃኹም ቆጸራኹም ርኣዩ:
    { booking-details }
booking-confirm-yes = ✅ የረጋግጽ
booking-taken = ሓደ ሰብ ሕጂ ነዚ ሰዓት ሒዝዎ። እዞም ዝቕጽሉ ነጻ ሰዓታት እዮም።
booking-slot-gone = እዚ ሰዓት ደጊም የለን። በጃኹም ካልእ ሰዓት ምረጹ።
booking-limit = ኣኺሉ ቆጸራታት ኣለኩም። በጃኹም መጀመርያ ሓደ ሰርዙ።
booking-moved = ቆጸራኹም ቀይረዮ ኣለኹ።
booking-done =
    ✅ ቆጸራኹም ተታሒዙ።
    { booking-details }
    በጃኹም ሒዝኩም ምጹ: መንነት ወረቐት፣ ሲቪ ከምኡ'ውን ምስክር ወረቐታት (እንተ ኣለኩም)።{ $bring ->
        [abroad] { " " }በጃኹም ካብ ሃገርኩም ዝረኸብኩምዎ ሰነዳት እውን ኣምጽኡ፣ ትርጉም እንተሎኩም ምስኡ።
       *[other] { "" }
    }
    ነቲ ኣብ ታሕቲ ዘሎ ፋይል ኣብ ዓውደ-ኣዋርሕኹም ክትውስኽዎ ትኽእሉ ኢኹም።
booking-to-menu = 🏠 ዝርዝር

appointments-list = ቆጸራታትኩም:
appointments-none = ቆጸራ የብልኩምን።
appointment-details =
    ቆጸራኹም:
    { booking-details }
appointment-cancel = ❌ ቆጸራ ምስራዝ
appointment-move = 🔁 ቆጸራ ምቕያር
appointment-cancel-confirm =
    ብሓቂ ነዚ ቆጸራ ክትሰርዝዎ ትደልዩ ዶ?
    { booking-details }
appointment-cancel-yes = እወ፣ ይሰረዝ
appointment-cancel-no = ኣይፋል፣ ይጽናሕ
appointment-cancelled = ቆጸራኹም ተሰሪዙ።
booking-appointment-gone = እዚ ቆጸራ ደጊም የለን።

booking-reminder = ⏰ መዘኻኸሪ: ቆጸራኹም { $day } ሰዓት { $time }፣ { $place } እዩ።
booking-day-cancelled = ይቕሬታ፣ ቆጸራኹም { $day } ሰዓት { $time } ({ $place }) ኣይክካየድን እዩ። በጃኹም ኣብቲ ዝርዝር ሓድሽ ቆጸራ ሓዙ።

booking-coach-booked =
    📅 ሓድሽ ቆጸራ: { $day }, { $time }, { $place } (ሰብ { $person })።
    { $profile }
booking-coach-moved =
    🔁 ቆጸራ ተቐይሩ: { $day }, { $time }, { $place } (ሰብ { $person })።
    { $profile }
booking-coach-cancelled = ❌ ቆጸራ ተሰሪዙ: { $day }, { $time }, { $place } (ሰብ { $person })።

## Sprechstunden (Coaches und Koordination) / office hours for staff

staff-hours-title = ናይ ምኽሪ ሰዓታትኩም ኣብ ዝመጽእ ክልተ ሰሙን። ንምስራዝ መዓልቲ ምረጹ።
staff-hours-none = ኣብ ዝመጽእ ክልተ ሰሙን ናይ ምኽሪ ሰዓታት የለን።
staff-hours-day = { $day }, { $start }–{ $end } · { $place } · { $booked }
staff-hours-nobody = ነጻ
staff-hours-cancel-confirm =
    { $day }, { $start }–{ $end }, { $place }
    ዝተሓዘ: { $booked }
    እዛ መዓልቲ ትሰረዝ ዶ? ኩሎም ቆጸራ ዝሓዙ ብቋንቋኦም መልእኽቲ ክበጽሖም እዩ።
staff-hours-cancel-yes = ❌ መዓልቲ ምስራዝ
staff-hours-cancelled = እታ መዓልቲ ተሰሪዛ። ንኹሎም ቆጸራ ዝሓዙ ክሕብሮም እየ።
staff-hours-gone = እዛ መዓልቲ ደጊም ኣብ ዝርዝርኩም የላን።

## መልሲ ንመዘኻኸሪ፣ ዝተሰረዙ መዓልትታት፣ ድሕሪ ክልተ ግዜ ዘይምምጻእ ምርግጋጽ

reminder-come = ✅ ክመጽእ እየ
reminder-come-thanks = የቐንየለይ! ንኣማኻሪኹም ከም ትመጹ ክነግሮ እየ።
booking-not-yours = ነዚ ቆጸራ ኣብ ናትኩም ኣይረኸብኩዎን። ዋላ ሓንቲ ኣይቀየርኩን።
booking-reminder-past = እዚ ቆጸራ ጀሚሩ ወይ ሓሊፉ እዩ። ዋላ ሓንቲ ኣይቀየርኩን።
booking-day-cancelled-slots = ይቕሬታ፣ ቆጸራኹም { $day } ሰዓት { $time } ({ $place }) ኣይክካየድን እዩ። እዚኦም ዝቕጽሉ ነጻ ግዜታት እዮም። በጃኹም ሓደ ግዜ ምረጹ።
booking-confirm-ask = በጃኹም ቆጸራኹም { $day } ሰዓት { $time }፣ { $place } ኣረጋግጹ። «ክመጽእ እየ» ጠውቑ። ክሳብ ፍርቂ ለይቲ ሎሚ እንተ ዘየረጋገጽኩም፣ ነቲ ቦታ ንካልእ ሰብ ክህቦ እየ።
booking-released = ቆጸራኹም { $day } ሰዓት { $time } ({ $place }) ኣየረጋገጽኩምን። ስለዚ ነቲ ቦታ ንካልእ ሰብ ሂበዮ። ኣብቲ ዝርዝር ሓድሽ ቆጸራ ክትሕዙ ትኽእሉ ኢኹም።

## ንኣማኸርቲ

booking-coach-coming = ✅ ሰብ { $person } ይመጽእ እዩ: { $day }, { $time }, { $place }።
booking-coach-released = ❌ ኣይተረጋገጸን፣ ቦታ ነጻ እዩ: { $day }, { $time }, { $place } (ሰብ { $person })።
booking-coach-unreachable = ⚠️ መዘኻኸሪ ንሰብ { $person } ኣይበጽሐን (መስኮት WhatsApp ዕጹው እዩ ወይ ቦት ተዓጽዩ)። ቆጸራ ይጸንሕ: { $day }, { $time }, { $place }።
booking-coach-no-profile = ገና ሓጺር መግለጺ የለን።
booking-attendance-ask = ቆጸራ { $day }, { $time }, { $place } (ሰብ { $person }): እቲ ሰብ መጺኡ ድዩ?
booking-attended = ✅ መጺኡ
booking-no-show = ❌ ኣይመጸን
booking-attendance-saved = የቐንየለይ፣ መዝጊበዮ።
booking-attendance-refused = ነዚ ቆጸራ ክትምዝግቡ ኣይትኽእሉን: ካብ ሰዓታት ምኽሪ ናትኩም ኣይኮነን።
booking-attendance-early = እዚ ቆጸራ ገና ኣይጀመረን።
