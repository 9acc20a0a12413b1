# Lotse – Türkçe. Bir danışmanla konuşma (insana aktarma), iki yönde çeviri.

## Kişi için

handoff-opened-always =
    Sorunuzu danışmanlarımıza ilettim. Bir insan size burada en kısa sürede cevap verecek.
handoff-opened-within =
    Sorunuzu danışmanlarımıza ilettim. Bir insan size burada cevap verecek.
    Danışmanlar genellikle şu saatlerde cevap verir: { $times }.
handoff-opened-outside =
    Sorunuzu danışmanlarımıza ilettim. Bir insan size burada cevap verecek.
    Danışmanlar genellikle şu saatlerde cevap verir: { $times }. Şu anda kimse yok. Cevabı daha sonra alacaksınız.
handoff-ask-always =
    Bir insan size burada en kısa sürede cevap verecek.
    Lütfen sorunuzu yazın. Kendi dilinizde yazabilirsiniz: ben çeviririm.
handoff-ask-within =
    Bir insan size burada cevap verecek.
    Danışmanlar genellikle şu saatlerde cevap verir: { $times }.
    Lütfen sorunuzu yazın. Kendi dilinizde yazabilirsiniz: ben çeviririm.
handoff-ask-outside =
    Bir insan size burada cevap verecek.
    Danışmanlar genellikle şu saatlerde cevap verir: { $times }. Şu anda kimse yok. Cevabı daha sonra alacaksınız.
    Lütfen sorunuzu yazın. Kendi dilinizde yazabilirsiniz: ben çeviririm.
handoff-chat = Lütfen danışmanlara mesajınızı yazın.
handoff-sent = ✓ Danışmanlara gönderildi.
handoff-end = ✖ Konuşmayı bitir
handoff-ended = Danışmanlarla konuşma bitti. İstediğiniz zaman menüden tekrar sorabilirsiniz.
handoff-coach-reply =
    { $coach } (danışman):
    { $text }
handoff-coach-reply-untranslated =
    { $coach } (danışman):
    { $text }

    ⚠ Bu mesajı çeviremedim.
handoff-closed = { $coach } konuşmayı bitirdi. Bu size yardımcı oldu mu? 1 = hiç, 5 = çok.
handoff-rate = Konuşma size yardımcı oldu mu? 1 = hiç, 5 = çok.
handoff-thanks = Cevabınız için teşekkür ederim.
syn-handoff-end = bitir, bitti, dur, kapat

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
