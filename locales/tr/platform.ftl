# Lotse – Türkçe (Turkish). Platform texts: navigation, privacy note, staff menu, places.
# Same keys and arguments as the German source (locales/de/platform.ftl). Plain language (A2), "siz";
# the bot speaks as "I". Buttons use the short form like the main menu ("İş bul"). Terms: docs/glossary.md.

## Dil seçimi (Choosing a language)

language-choose = Hangi dili istiyorsunuz?

## Düğme olmadığında (Where there are no buttons: terminal chat)

choose-number = Lütfen bir seçeneğin numarasını yazın.

## Gezinme (Navigation buttons, at most 20 characters)

nav-back = { back }
nav-skip = ⏭ Atla
nav-cancel = ✖ İptal
nav-more = Daha fazla ▾
nav-previous = Öncekiler ▴
cancelled = İptal edildi.

## Gizlilik (Privacy, version 2026-12)

privacy-note-v2 =
    🔒 Bilgileriniz
    Şunları saklıyorum:
    • dilinizi
    • mesajlaşma uygulamasındaki hesap numaranızı (WhatsApp'ta: telefon numaranızı)
    • ne zaman onay verdiğinizi ve en son ne zaman yazdığınızı
    • sohbette nerede olduğunuzu ve orada neyi seçtiğinizi
    Bana yazdığınız mesajları, onlara cevap verir vermez siliyorum.
    Kim görüyor: Sadece Landratsamt (ilçe idaresi) içindeki entegrasyon bürosunun ekibi.
    Silmek: İstediğiniz zaman “Bilgilerim” bölümünden.
    Onay veriyor musunuz?
consent-read-note = 📄 Metni oku

## Uygulamanın adı (Channel name, in "My data")

channel-telegram = Telegram
channel-whatsapp = WhatsApp
channel-terminal = terminal sohbeti

## Terminal sohbeti (Terminal chat)

terminal-hint = /start ya da herhangi bir şey yazın. Ctrl-D sohbeti bitirir.

## Danışmanlar ve koordinasyon için menü (Menu for coaches and coordinators)

staff-menu-coach = Danışman menüsü. Ne yapmak istiyorsunuz?
staff-menu-coordinator = Koordinasyon menüsü. Ne yapmak istiyorsunuz?
staff-hours = 📅 Görüşme saatlerim
staff-hours-all = 📅 Görüşme saatleri
staff-cases = 💬 Açık talepler
staff-coaches = 👥 Danışmanlar
staff-broadcast = 📣 Duyurular
staff-overview = 📊 Genel bakış
staff-coming = Bu yakında gelecek. Lütfen başka bir şey seçin.

## Yer seçimi (Choosing a place)

place-question = Nerede oturuyorsunuz? Yerin adını ya da posta kodunu yazın.
place-elsewhere = Başka bir yer
place-unknown = Bu yeri bilmiyorum. Lütfen listeden seçin.
