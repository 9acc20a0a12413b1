# Intake, short profile (Kurzprofil), local offers, my data (issue 7).

privacy-note-v3 =
    🔒 Bilgileriniz
    Şunları saklıyorum:
    • dilinizi
    • mesajlaşma uygulamasındaki hesap numaranızı (WhatsApp'ta: telefon numaranızı)
    • ne zaman onay verdiğinizi ve en son ne zaman yazdığınızı
    • sohbette nerede olduğunuzu ve orada neyi seçtiğinizi
    • verirseniz iş ile ilgili cevaplarınızı: yardım, meslek, deneyim, diploma, Almanca, oturum, yaşadığınız yer, çalışma zamanı
    Bana yazdığınız mesajları, onlara cevap verir vermez siliyorum.
    Kim görüyor: Sadece Landratsamt (ilçe idaresi) içindeki entegrasyon bürosunun ekibi ve size yardım eden danışmanlar.
    Bana uzun süre yazmazsanız her şeyi silerim. Bir hafta önce size haber veririm.
    Silmek: İstediğiniz zaman “Bilgilerim” bölümünden.
    Onay veriyor musunuz?

intake-intro =
    💼 Size iş hakkında birkaç kısa soru soracağım. Yaklaşık 2 dakika sürer.
    Her soruyu atlayabilirsiniz. Sonra size uygun teklifleri gösteririm.
intake-start = ▶️ Başla
intake-later = Sonra
intake-profile =
    Profiliniz:
    { $profile }
intake-see-offers = Bana uygun teklifler
intake-change = ✏️ Değiştir
intake-checked = ✅ { $label }
intake-done = ✔️ Tamam
intake-edit = ✏️ { $label }

intake-help-question = Hangi konuda yardım istiyorsunuz? Bir veya birkaç tane seçin. Sonra “Tamam” seçin.
help-job_search = İş bulma
help-apprenticeship = Meslek eğitimi
help-cv = Özgeçmiş, başvuru
help-interview = İş görüşmesi
help-forms = Mektup ve formlar
help-recognition = Diploma denkliği
help-german_course = Almanca kursu

intake-field-question = Hangi alanda çalışıyorsunuz veya çalışmak istiyorsunuz?
field-f1 = Tarım, bahçecilik
field-f2 = Üretim, imalat
field-f3 = İnşaat
field-f4 = BT ve bilim
field-f5 = Ulaşım, lojistik
field-f6 = Ticaret, otel
field-f7 = Büro, yönetim
field-f8 = Sağlık, sosyal
field-f9 = Medya, kültür
field-f0 = Askeriye
intake-title-question = Mesleğiniz ne? Kendi kelimelerinizle yazın (örneğin: aşçı, elektrikçi).
intake-cut = Cevabınız çok uzundu. Başlangıcını kaydettim.

intake-experience-question = Bu alanda ne kadar çalıştınız?
exp-none = Henüz çalışmadım
exp-short = 2 yıldan az
exp-mid = 2 ile 5 yıl arası
exp-long = 5 yıldan fazla

intake-qualification-question = En yüksek diplomanız nedir?
qual-none = Diplomam yok
qual-school = Okul
qual-vocational = Meslek eğitimi
qual-university = Üniversite
intake-abroad-question = Bu diplomayı nerede aldınız?
abroad-yes = Yurt dışında
abroad-no = Almanya'da

intake-german-question = Almancanız ne kadar iyi?
german-unknown = Bilmiyorum
intake-german-examples =
    Seviyelerin anlamı şöyle. Hangisi en uygun?
    A1: Basit kelimeleri ve cümleleri anlarım. Kendimi tanıtabilirim.
    A2: Alışveriş yapabilir ve yol sorabilirim.
    B1: İşim ve günlük hayatım hakkında konuşabilirim.
    B2: İşte konuşmalara katılabilir ve metinleri anlayabilirim.
    C1: Akıcı konuşurum, zor konularda da.
    C2: Neredeyse ana dilim gibi konuşurum.

intake-residence-question =
    Hangi oturum belgeniz var?
    Soruyorum, çünkü size uygun teklifler buna bağlı. Bu soruyu atlayabilirsiniz.
res-eu = AB vatandaşı
res-permit = Oturma izni
res-gestattung = Sığınma süreci
res-duldung = Duldung
res-other = Başka / bilmiyorum

intake-place-question = Nerede oturuyorsunuz? Yerin adını veya posta kodunu yazın ya da seçin.
intake-outside =
    Üzgünüm, oturduğunuz yer benim bölgem değil.
    Lütfen oturduğunuz yerdeki göç danışmanlığına (Migrationsberatung) ve Jobcenter'a (iş merkezi) başvurun.
    Sorulara devam ediyoruz.

intake-availability-question = Nasıl çalışabilirsiniz? Bir veya birkaç tane seçin. Sonra “Tamam” seçin.
avail-full_time = Tam zamanlı
avail-part_time = Yarı zamanlı
avail-shifts = Vardiyalı
avail-minijob = Minijob
intake-start-question = Ne zamandan itibaren çalışabilirsiniz? Seçin veya bir tarih yazın.
start-now = Hemen
start-month = Bir ay sonra
start-later = Daha sonra

intake-review =
    Lütfen cevaplarınızı kontrol edin:
    { $profile }
    Her şey doğru mu? Her cevabı değiştirebilirsiniz.
intake-confirm = ✅ Doğru
intake-thanks = Teşekkürler! Cevaplarınızı kaydettim.

profile-heading = Kısa profil
profile-line = { $label }: { $value }
profile-help = Yardım konusu
profile-field = Alan
profile-title = Meslek
profile-experience = Deneyim
profile-qualification = Diploma
profile-german = Almanca
profile-residence = Oturum
profile-place = Yaşadığı yer
profile-availability = Çalışma zamanı
profile-start = Ne zamandan
profile-abroad = (yurt dışında)
profile-in-germany = (Almanya'da)
profile-outside = ilçe dışında

offers-found =
    Size uygun { $count } teklif:

    { $offers }
offers-none = Şu anda size uygun bir teklifim yok. Bir danışmana sorabilirsiniz.
offers-menu = Menüye
offers-german-only = (Bu metin sadece Almanca.)
offers-contact = İletişim: { $value }
offers-address = Adres: { $value }
offers-recognition-fallback =
    ▪️ Diploma denkliği (Anerkennung)
    IQ ağı, yurt dışı diplomalarının denkliği hakkında ücretsiz danışmanlık verir.
    https://www.anerkennung-in-deutschland.de

my-data-answers =
    { $data }
    Cevaplarınız:
    { $answers }
my-data-change = ✏️ Cevaplar
my-data-export = 📄 Dosya olarak
my-data-export-caption = Lotse'deki bilgileriniz
my-data-export-sent = Hakkınızda sakladığım bütün bilgiler bu dosyada (JSON).
my-data-export-done = Tamam

retention-warning =
    Uzun zamandır bana yazmadınız. Bir hafta sonra profilinizi ve cevaplarınızı sileceğim.
    Bana herhangi bir şey yazın, profiliniz kalır.
