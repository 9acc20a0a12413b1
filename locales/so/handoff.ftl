# Lotse – Soomaali. La hadalka la-taliye (u gudbinta qof), turjumaad labada dhinac.

## Qofka

handoff-opened-always =
    Su'aashaada waxaan u gudbiyey la-taliyayaashayada. Qof ayaa halkan kaaga jawaabi doona sida ugu dhakhsaha badan.
handoff-opened-within =
    Su'aashaada waxaan u gudbiyey la-taliyayaashayada. Qof ayaa halkan kaaga jawaabi doona.
    La-taliyayaashu badanaa waxay jawaabaan: { $times }.
handoff-opened-outside =
    Su'aashaada waxaan u gudbiyey la-taliyayaashayada. Qof ayaa halkan kaaga jawaabi doona.
    La-taliyayaashu badanaa waxay jawaabaan: { $times }. Hadda qofna ma joogo. Jawaabta goor dambe ayaad heli doontaa.
handoff-ask-always =
    Qof ayaa halkan kaaga jawaabi doona sida ugu dhakhsaha badan.
    Fadlan qor su'aashaada. Waxaad ku qori kartaa luqaddaada: anigaa turjumaya.
handoff-ask-within =
    Qof ayaa halkan kaaga jawaabi doona.
    La-taliyayaashu badanaa waxay jawaabaan: { $times }.
    Fadlan qor su'aashaada. Waxaad ku qori kartaa luqaddaada: anigaa turjumaya.
handoff-ask-outside =
    Qof ayaa halkan kaaga jawaabi doona.
    La-taliyayaashu badanaa waxay jawaabaan: { $times }. Hadda qofna ma joogo. Jawaabta goor dambe ayaad heli doontaa.
    Fadlan qor su'aashaada. Waxaad ku qori kartaa luqaddaada: anigaa turjumaya.
handoff-chat = Fadlan u qor fariintaada la-taliyayaasha.
handoff-sent = ✓ Waxaa loo diray la-taliyayaasha.
handoff-end = ✖ Dhammee wadahadalka
handoff-ended = Wadahadalka la-taliyayaasha wuu dhammaaday. Mar kasta waad ka weydiin kartaa liiska mar kale.
handoff-coach-reply =
    { $coach } (la-taliye):
    { $text }
handoff-coach-reply-untranslated =
    { $coach } (la-taliye):
    { $text }

    ⚠ Ma aan turjumi karin fariintan.
handoff-closed = { $coach } wuu dhammeeyey wadahadalka. Ma ku caawiyey? 1 = gabi ahaanba maya, 5 = aad iyo aad.
handoff-rate = Wadahadalku ma ku caawiyey? 1 = gabi ahaanba maya, 5 = aad iyo aad.
handoff-thanks = Waad ku mahadsan tahay jawaabtaada.
syn-handoff-end = dhammee, jooji, stop

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
