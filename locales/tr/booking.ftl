# Lotse – Türkçe. Randevu almak, „Randevularım“, hatırlatmalar, danışmanlara mesajlar.

booking-details =
    📅 { $day }, { $time }
    📍 { $place }{ $address ->
        [none] { "" }
       *[other] , { $address }
    }
    { $coach ->
        [none] 🧑 Bir danışman sizin için orada olacak.
       *[other] 🧑 Danışman: { $coach }
    }

booking-where = Randevuyu nerede istiyorsunuz?
booking-online = 💻 Online / telefon
booking-any = 📍 Fark etmez
booking-slots = Size ne zaman uygun? Lütfen bir saat seçin.
booking-slot = { $day }, { $time } · { $place }
booking-no-slots = Şu anda burada boş randevu yok. Lütfen daha sonra tekrar deneyin veya başka bir yer seçin.
booking-time-unknown = Bu saati bulamıyorum. Lütfen listeden bir saat seçin.
booking-confirm =
    Lütfen randevunuzu kontrol edin:
    { booking-details }
booking-confirm-yes = ✅ Onayla
booking-taken = Bu saati az önce başka biri aldı. Sıradaki boş saatler burada.
booking-slot-gone = Bu saat artık yok. Lütfen başka bir saat seçin.
booking-limit = Yeterince randevunuz var. Lütfen önce birini iptal edin.
booking-moved = Randevunuzu değiştirdim.
booking-done =
    ✅ Randevunuz alındı.
    { booking-details }
    Lütfen yanınızda getirin: kimlik, özgeçmiş ve diplomalar (varsa).{ $bring ->
        [abroad] { " " }Lütfen ülkenizden aldığınız belgeleri de getirin, varsa çevirisiyle birlikte.
       *[other] { "" }
    }
    Aşağıdaki dosyayı takviminize ekleyebilirsiniz.
booking-to-menu = 🏠 Menü

appointments-list = Randevularınız:
appointments-none = Randevunuz yok.
appointment-details =
    Randevunuz:
    { booking-details }
appointment-cancel = ❌ İptal et
appointment-move = 🔁 Değiştir
appointment-cancel-confirm =
    Bu randevuyu gerçekten iptal etmek istiyor musunuz?
    { booking-details }
appointment-cancel-yes = Evet, iptal et
appointment-cancel-no = Hayır, kalsın
appointment-cancelled = Randevunuz iptal edildi.
booking-appointment-gone = Bu randevu artık yok.

booking-reminder = ⏰ Hatırlatma: randevunuz { $day }, saat { $time }, { $place }.
booking-day-cancelled = Üzgünüm, { $day } saat { $time } randevunuz ({ $place }) yapılamayacak. Lütfen menüden yeni bir randevu alın.

booking-coach-booked =
    📅 Yeni randevu: { $day }, { $time }, { $place } (kişi { $person }).
    { $profile }
booking-coach-moved =
    🔁 Randevu değişti: { $day }, { $time }, { $place } (kişi { $person }).
    { $profile }
booking-coach-cancelled = ❌ Randevu iptal edildi: { $day }, { $time }, { $place } (kişi { $person }).

## Sprechstunden (Coaches und Koordination) / office hours for staff

staff-hours-title = Önümüzdeki iki haftadaki görüşme saatleriniz. İptal etmek için bir gün seçin.
staff-hours-none = Önümüzdeki iki haftada görüşme saati yok.
staff-hours-day = { $day }, { $start }–{ $end } · { $place } · { $booked }
staff-hours-nobody = boş
staff-hours-cancel-confirm =
    { $day }, { $start }–{ $end }, { $place }
    Alınan: { $booked }
    Bu gün iptal edilsin mi? Randevu alan herkes kendi dilinde bir mesaj alır.
staff-hours-cancel-yes = ❌ Günü iptal et
staff-hours-cancelled = Gün iptal edildi. Randevu alan herkese haber veriyorum.
staff-hours-gone = Bu gün artık listenizde yok.

## Hatırlatmalara cevaplar, iptal edilen günler, iki kez gelmedikten sonra onay

reminder-come = ✅ Geleceğim
reminder-come-thanks = Teşekkürler! Danışmanınıza geleceğinizi söyleyeceğim.
booking-not-yours = Bu randevuyu sizde bulamıyorum. Hiçbir şeyi değiştirmedim.
booking-reminder-past = Bu randevu başladı veya bitti. Hiçbir şeyi değiştirmedim.
booking-day-cancelled-slots = Üzgünüm, { $day } saat { $time } randevunuz ({ $place }) yapılamayacak. Sonraki boş saatler burada. Lütfen bir saat seçin.
booking-confirm-ask = Lütfen { $day } saat { $time } randevunuzu onaylayın, { $place }. “Geleceğim” düğmesine basın. Bugün gece yarısına kadar onaylamazsanız, yeri başka birine veririm.
booking-released = { $day } saat { $time } randevunuzu ({ $place }) onaylamadınız. Bu yüzden yeri başka birine verdim. Menüden yeni bir randevu alabilirsiniz.

## Danışmanlar için

booking-coach-coming = ✅ Kişi { $person } geliyor: { $day }, { $time }, { $place }.
booking-coach-released = ❌ Onaylanmadı, yer boşaldı: { $day }, { $time }, { $place } (kişi { $person }).
booking-coach-unreachable = ⚠️ Kişi { $person } için hatırlatma ulaşmadı (WhatsApp penceresi kapalı veya bot engellendi). Randevu duruyor: { $day }, { $time }, { $place }.
booking-coach-no-profile = Henüz kısa profil yok.
booking-attendance-ask = Randevu { $day }, { $time }, { $place } (kişi { $person }): kişi geldi mi?
booking-attended = ✅ Geldi
booking-no-show = ❌ Gelmedi
booking-attendance-saved = Teşekkürler, kaydettim.
booking-attendance-refused = Bu randevuyu işaretleyemezsiniz: sizin görüşme saatlerinizden değil.
booking-attendance-early = Bu randevu henüz başlamadı.
