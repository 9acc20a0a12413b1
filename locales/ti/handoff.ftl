# Lotse – ትግርኛ. ምስ ኣማኻሪ ምዝራብ (ናብ ሰብ ምትሕልላፍ)፡ ብኽልቲኡ ወገን ትርጉም።

## ንሰብ

handoff-opened-always =
    ሕቶኹም ናብ ኣማኸርትና ሰዲደዮ ኣለኹ። ሓደ ሰብ ኣብዚ ብቕልጡፍ መልሲ ክህበኩም እዩ።
handoff-opened-within =
    ሕቶኹም ናብ ኣማኸርትና ሰዲደዮ ኣለኹ። ሓደ ሰብ ኣብዚ መልሲ ክህበኩም እዩ።
    ኣማኸርቲ ብተደጋጋሚ ዝምልስሉ ግዜ፡ { $times }።
handoff-opened-outside =
    ሕቶኹም ናብ ኣማኸርትና ሰዲደዮ ኣለኹ። ሓደ ሰብ ኣብዚ መልሲ ክህበኩም እዩ።
    ኣማኸርቲ ብተደጋጋሚ ዝምልስሉ ግዜ፡ { $times }። ሕጂ ዝኾነ ሰብ የለን። መልሲ ደሓር ክመጸኩም እዩ።
handoff-ask-always =
    ሓደ ሰብ ኣብዚ ብቕልጡፍ መልሲ ክህበኩም እዩ።
    በጃኹም ሕቶኹም ጸሓፉ። ብቋንቋኹም ክትጽሕፉ ትኽእሉ ኢኹም፡ ኣነ ክትርጉም እየ።
handoff-ask-within =
    ሓደ ሰብ ኣብዚ መልሲ ክህበኩም እዩ።
    ኣማኸርቲ ብተደጋጋሚ ዝምልስሉ ግዜ፡ { $times }።
    በጃኹም ሕቶኹም ጸሓፉ። ብቋንቋኹም ክትጽሕፉ ትኽእሉ ኢኹም፡ ኣነ ክትርጉም እየ።
handoff-ask-outside =
    ሓደ ሰብ ኣብዚ መልሲ ክህበኩም እዩ።
    ኣማኸርቲ ብተደጋጋሚ ዝምልስሉ ግዜ፡ { $times }። ሕጂ ዝኾነ ሰብ የለን። መልሲ ደሓር ክመጸኩም እዩ።
    በጃኹም ሕቶኹም ጸሓፉ። ብቋንቋኹም ክትጽሕፉ ትኽእሉ ኢኹም፡ ኣነ ክትርጉም እየ።
handoff-chat = በጃኹም ንኣማኸርቲ መልእኽትኹም ጸሓፉ።
handoff-sent = ✓ ናብ ኣማኸርቲ ተላኢኹ።
handoff-end = ✖ ዝርርብ ወድእ
handoff-ended = ምስ ኣማኸርቲ ዝነበረ ዝርርብ ተወዲኡ። ኣብ ዝኾነ ግዜ ካብ ዝርዝር ደጊምኩም ክትሓቱ ትኽእሉ ኢኹም።
handoff-coach-reply =
    { $coach } (ኣማኻሪ):
    { $text }
handoff-coach-reply-untranslated =
    { $coach } (ኣማኻሪ):
    { $text }

    ⚠ ነዚ መልእኽቲ ክትርጉሞ ኣይከኣልኩን።
handoff-closed = { $coach } ዝርርብ ወዲኡ። እዚ ሓጊዙኩም ድዩ? 1 = ፈጺሙ፡ 5 = ብጣዕሚ።
handoff-rate = እቲ ዝርርብ ሓጊዙኩም ድዩ? 1 = ፈጺሙ፡ 5 = ብጣዕሚ።
handoff-thanks = ስለ መልስኹም የቐንየልና።
syn-handoff-end = ወድእ, መወዳእታ, ደው, stop

## For the coaches' group (always shown in German: coaches work in German)

handoff-group-card =
    🆕 Fall #{ $case } · { $alias }
    Sprache: { $language } · Kanal: { $channel }
    Passende Coaches: { $coaches }
    Termine: { $bookings }
    { $profile }
handoff-group-claim = ✋ Übernehmen
handoff-group-close = ✅ Abschließen
handoff-group-claimed = ✋ Übernommen von { $coach }
handoff-group-message =
    { $alias }: { $translation }

    Original ({ $language }): { $original }
handoff-group-untranslated =
    ⚠ Nicht übersetzt.
    { $alias } ({ $language }): { $original }
handoff-group-plain = { $alias }: { $original }
handoff-group-ended = Die Person hat das Gespräch beendet (Fall #{ $case }).
handoff-group-closed = ✅ Fall #{ $case } abgeschlossen von { $coach }.
handoff-group-rated = ⭐ Bewertung für Fall #{ $case }: { $rating } von 5
handoff-group-note-hint = Notiz (wird nicht gesendet).
handoff-group-no-case = Zu diesem Thema gibt es keinen offenen Fall. Die Nachricht wurde nicht gesendet.
handoff-group-not-member = Nur Mitglieder der Coach-Gruppe können Personen antworten.
handoff-group-escalated = ⏰ Fall #{ $case } wartet zu lange auf eine Antwort. Die Koordination ist informiert.
handoff-escalated =
    ⏰ Fall #{ $case } ({ $alias }) wartet zu lange auf eine Antwort.
    Thema: { $link }
