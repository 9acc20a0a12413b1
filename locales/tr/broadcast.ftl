# Lotse – Türkçe. Duyurular ve etkinlikler: kişiler ve koordinatörler için.
# Sade dil (A2), "siz", bot "ben" diye konuşur. Düğmeler en fazla 20 karakter.

## Duyuru (metin bir koordinatörden, çevrilmiş)

broadcast-message =
    📣 { $body }
broadcast-event =
    📣 { $body }

    📅 { $when }
    📍 { $place }
    👥 Yer sayısı: { $capacity }
broadcast-event-open =
    📣 { $body }

    📅 { $when }
    📍 { $place }
broadcast-yes = ✅ Katılıyorum
broadcast-no = Bu sefer değil
broadcast-stop = 🔕 Abonelikten çık
broadcast-cancel-place = ✖ Yerimi iptal et
broadcast-ok = 👍 Tamam

## Bir etkinliğe cevaplar

event-confirmed =
    ✅ Bir yeriniz var: { $title }
    📅 { $when }
    📍 { $place }
    Bir gün önce size hatırlatırım.
event-waiting =
    Bütün yerler dolu. Bekleme listesindesiniz (sıra { $position }).
    Bir yer boşalırsa size yazarım.
event-already =
    Zaten bir yeriniz var: { $title }
    📅 { $when }
event-declined = Cevabınız için teşekkürler. Belki bir dahaki sefere!
event-cancelled = Yerinizi iptal ettim: { $title }. Haber verdiğiniz için teşekkürler.
event-not-signed-up = Bu etkinliğe kayıtlı değilsiniz.
event-past = Bu etkinlik geçti.
event-gone = Bu etkinlik artık yok.
event-reminder =
    ⏰ Hatırlatma: yarın "{ $title }" var.
    📅 { $when }
    📍 { $place }
    Gelemezseniz lütfen yerinizi iptal edin.
event-moved-up =
    🎉 Bir yer boşaldı. Artık bir yeriniz var: { $title }
    📅 { $when }
    📍 { $place }
    Gelemezseniz lütfen yerinizi iptal edin.

## Abonelikten çıkmak ve tekrar abone olmak

news-stopped =
    🔕 Size artık duyuru göndermiyorum.
    Tekrar almak ister misiniz? Düğmeye basın veya /start yazın.
news-start = 🔔 Tekrar al
news-started = 🔔 Artık yine duyuru alıyorsunuz.

## Koordinatörler için: duyuru yazmak

bc-home = 📣 Duyurular. Yeni bir duyuru yazın veya eski bir duyurunun raporuna bakın.
bc-new = ✍ Yeni duyuru
bc-list-entry = #{ $id } { $title } · { $state }
bc-list = 📋 Bütün duyurular
bc-text = Lütfen duyuruyu Almanca yazın. Ben onu alıcıların dillerine çeviririm.
bc-too-long = Metin çok uzun. Lütfen en fazla 3000 karakter yazın.
bc-audience =
    Duyuruyu kim alacak?
    Diller: { $languages }
    Yerler: { $towns }
    Almanca seviyesi: { $levels }
    Etkinlik: { $event }
    Kim: { $role }
bc-by-language = 🌐 Diller
bc-by-place = 📍 Yerler
bc-by-german = 🗣 Almanca seviyesi
bc-by-role = 👥 Kim
bc-by-event = 🎟 Bir etkinliğin katılımcıları
bc-continue = ➡ Devam
bc-role-all = herkes
bc-role-people = sadece kişiler
bc-role-coaches = sadece danışmanlar
bc-pick-languages = Hangi diller? Seçmek için bir dile basın. Sonra "Bitti".
bc-pick-municipalities = Hangi yerler? Seçmek için bir yere basın. Sonra "Bitti".
bc-pick-german = Hangi Almanca seviyesi (ankette)? Bir seviyeye basın. Sonra "Bitti".
bc-pick-event = Hangi etkinlik? Duyuru yeri olan herkese gider. Birine basın, sonra "Bitti".
bc-no-events = Yaklaşan etkinlik yok.
bc-media-caption = Lütfen fotoğrafı veya belgeyi, duyuru metnini açıklama olarak yazıp gönderin.
bc-media-note = 📎 Fotoğraf veya belge ile (Telegram ve WhatsApp'ta).
bc-done = ✅ Bitti
bc-event = Bu, kayıt olunan bir etkinlik mi?
bc-event-no = Hayır, sadece bilgi
bc-event-yes = 📅 Evet
bc-when = Etkinlik ne zaman? Tarihi ve saati yazın, örneğin: 03.12.2026 18:00
bc-time-unknown = Bu zamanı anlamıyorum veya geçti. Lütfen şöyle: 03.12.2026 18:00
bc-place = Etkinlik nerede? Yeri veya çevrim içi katılım bağlantısını yazın.
bc-capacity = Kaç yer var? Bir sayı yazın.
bc-unlimited = Sınırsız
bc-capacity-unknown = Lütfen bir sayı yazın, örneğin 20.
bc-preview-language =
    { $language } · { $by } · { $channels }

    { $text }
bc-made-source = orijinal
bc-made-machine = makine çevirisi
bc-made-coordinator = sizin metniniz
bc-made-german = çevrilmedi: Almanca gider
bc-preview =
    Duyuru böyle görünüyor (yukarıda, her dil için).
    Alıcılar: { $recipients }
    Abonelikten çıkanlar (almazlar): { $unsubscribed }
    Botu engelleyenler (almazlar): { $blocked }
bc-send-now = 📤 Şimdi gönder
bc-schedule = 🕒 Sonra gönder
bc-replace = ✏ Çeviriyi değiştir
bc-nobody = Bu duyuruyu kimse almıyor. Lütfen başka alıcılar seçin.
bc-schedule-when = Ne zaman göndereyim? Tarihi ve saati yazın, örneğin: 03.12.2026 09:00
bc-replace-which = Hangi çeviriyi değiştirmek istiyorsunuz?
bc-replace-text = Lütfen { $language } için metni yazın. Onu yazdığınız gibi gönderirim.
bc-replaced = ✓ Sizin metninizi kullanırım.
bc-started = 📤 Duyuru #{ $id } şimdi başlıyor. İlerlemeyi size tek bir mesajda gösteririm.
bc-scheduled = 🕒 Duyuru #{ $id } { $when } tarihinde başlar. O zamana kadar iptal edebilirsiniz.
bc-gone = Böyle bir duyuru yok.
bc-report =
    📣 #{ $id } { $title }
    Durum: { $state }
    Alıcılar: { $recipients }
    Teslim edildi: { $delivered }
    Gönderilecek: { $queued }
    Başarısız: { $failed }
    Botu engelleyenler: { $blocked }
    Abonelikten çıkanlar: { $unsubscribed }
    24 saatlik pencereyi bekleyenler (WhatsApp): { $waiting }
    Kayıtlar: { $signups }
    Bekleme listesi: { $waitlist }
bc-refresh = 🔄 Yenile
bc-cancel = ✖ İptal et
bc-csv = 📄 Katılımcılar (CSV)
bc-cancel-cancelled = ✓ Duyuru iptal edildi. Kimse almadı.
bc-cancel-stopped = ✓ Durduruldu. Henüz gönderilmeyenler artık gitmez.
bc-cancel-finished = Duyuru tamamen gönderildi. Artık iptal edilemez.
bc-cancel-unknown = Böyle bir duyuru yok.
bc-state-scheduled = planlandı
bc-state-sending = gönderiliyor
bc-state-paused = mola (sessiz saatler)
bc-state-done = bitti
bc-state-cancelled = iptal edildi
broadcast-progress = 📤 Duyuru #{ $id }: { $sent } gönderildi, { $remaining } kaldı.
broadcast-report =
    📣 Duyuru #{ $id } raporu
    Teslim edildi: { $delivered }
    Başarısız: { $failed }
    Botu engelleyenler: { $blocked }
    Abonelikten çıkanlar: { $unsubscribed }
    24 saatlik pencereyi bekleyenler (WhatsApp): { $waiting }
    Kayıtlar: { $signups }
    Bekleme listesi: { $waitlist }

## My data: announcements off or on again

my-data-news-off = 🔕 Duyurular kapalı
my-data-news-on = 🔔 Duyurular açık
