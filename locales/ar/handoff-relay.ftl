# Lotse – العربية. Handoff: the "Original" button under a translated reply, media from a coach.

## For the person

handoff-original-button = النص الأصلي
handoff-original =
    كتب { $coach } بالألمانية:
    { $text }
handoff-coach-media = أرسل لك { $coach } (مستشار) هذا.

## For the coaches' group (always shown in German: coaches work in German)

handoff-group-media = { $alias }: { $kind }
handoff-group-caption =
    { $kind }
    { $message }
handoff-group-blocked = ⛔ { $alias } hat den Bot blockiert oder den Chat gelöscht. Die letzte Antwort kam nicht an.
handoff-media-voice = 🎤 Sprachnachricht
handoff-media-audio = 🎵 Audio
handoff-media-photo = 📷 Foto
handoff-media-video = 🎬 Video
handoff-media-video_note = 🎬 Videonachricht
handoff-media-document = 📄 Dokument
handoff-media-location = 📍 Standort
handoff-media-sticker = Sticker
handoff-media-other = 📎 Anhang
handoff-group-media-missing = ⚠ Anhang nicht weitergeleitet (zu groß oder nicht abrufbar).
handoff-group-profile = 👤 Profil
handoff-group-profile-now =
    👤 Profil von { $alias } (Fall #{ $case }), Stand jetzt:
    { $profile }
