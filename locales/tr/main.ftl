# Lotse – Türkçe (Turkish). Same keys and arguments as the German source (locales/de).
# Plain language: short sentences, level A2. Polite form: «siz». The bot speaks as «ben».
# Terms: docs/glossary.md. How to translate: docs/translating.md.

## Karşılama ve dil (Welcome and language)

welcome =
    Merhaba! Ben Lotse. 👋
    Almanya'da iş bulmanıza yardım ediyorum.
    Hangi dili istiyorsunuz?
language-suggested = Belki { $language } yazıyorsunuz. Doğru mu? Lütfen dilinizi seçin.
language-set = Tamam. Bundan sonra Türkçe yazacağım.

## Gizlilik ve onay (Privacy and consent)

consent-agree = ✅ Onaylıyorum
consent-decline = Şimdi değil
consent-agree-now = ✅ Şimdi onaylıyorum
consent-thanks = Teşekkürler! Şimdi başlayabiliriz.
consent-declined =
    Tamam. Sadece dilinizi saklıyorum.
    Onayınız olmadan randevu alamam ve danışmana soru soramam.
    Dili değiştirebilirsiniz. Daha sonra onay verebilirsiniz.
consent-withdrawn = Onayınızı geri aldınız. Artık sadece dilinizi saklıyorum.

## Ana menü (Main menu)

menu-title = Ne yapmak istiyorsunuz?
menu-find-work = 💼 İş bul
menu-book = 📅 Randevu al
menu-ask-coach = 💬 Danışmana sor
menu-appointments = 🗓 Randevularım
menu-language = 🌐 Dil
menu-my-data = 🔒 Bilgilerim
feature-not-ready = Bu henüz hazır değil. Üzerinde çalışıyoruz. Lütfen başka bir şey seçin.

## Bilgilerim (My data)

my-data-consented =
    Sizin hakkınızda bunları saklıyorum:
    • Dil: { $language }
    • Onay tarihi: { $since }
    • Uygulama: { $channel }
my-data-no-consent =
    Sizin hakkınızda bunları saklıyorum:
    • Dil: { $language }
    • Uygulama: { $channel }
    Onay vermediniz. Başka bir şey saklamıyorum.
my-data-withdraw = Onayı geri al
my-data-delete = 🗑 Her şeyi sil
back = ⬅️ Geri
delete-confirm = Her şey gerçekten silinsin mi? Bu geri alınamaz.
delete-yes = Evet, sil
delete-no = Hayır
data-deleted = Her şey silindi. Tekrar yazarsanız baştan başlarız.

## Bir şey uymadığında (When something does not fit)

choose-option = Lütfen bir düğme seçin. Ya da numarayı yazın.
media-unsupported = Bunu henüz okuyamıyorum. Lütfen yazı yazın ya da bir düğme seçin.
edited-unsupported = Düzenlenmiş mesajları okuyamıyorum. Lütfen yeni bir mesaj gönderin.
too-long = Mesaj çok uzun. Lütfen daha kısa yazın (en fazla { NUMBER($limit, useGrouping: 0) } karakter).
option-stale = Bu düğme eski. İşte güncel seçenekler.
unknown-command = Bu komutu bilmiyorum. Yardım için /help yazın.
help =
    Nasıl çalışır:
    /start – baştan başla
    /menu – ana menü
    /language – dili değiştir
    /help – bu yardım
    Bir seçeneğin numarasını da yazabilirsiniz.
error-apology = Özür dilerim, bir sorun oldu. Lütfen tekrar deneyin.

## WhatsApp

# The button that opens a list of choices (at most 20 characters).
list-button = Seçin

## Telegram command menu (the descriptions next to /start, /menu, /language, /help)

command-start = Baştan başla
command-menu = Ana menü
command-language = Dili değiştir
command-help = Yardım
