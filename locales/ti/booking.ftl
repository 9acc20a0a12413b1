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
    በጃኹም ሒዝኩም ምጹ: መንነት ወረቐት፣ ሲቪ ከምኡ'ውን ምስክር ወረቐታት (እንተ ኣለኩም)።
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

booking-coach-booked = 📅 ሓድሽ ቆጸራ: { $day }, { $time }, { $place } (ሰብ { $person })።
booking-coach-moved = 🔁 ቆጸራ ተቐይሩ: { $day }, { $time }, { $place } (ሰብ { $person })።
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
