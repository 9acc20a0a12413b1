# The privacy note (v4: appointments, events, questions to coaches added; flows/consent.py).
# A change in substance gets a new key and a new CONSENT_VERSION: everyone is asked again.

privacy-note-v4 =
    🔒 Bilgileriniz
    Şunları saklıyorum:
    • dilinizi
    • mesajlaşma uygulamasındaki hesap numaranızı (WhatsApp'ta: telefon numaranızı)
    • ne zaman onay verdiğinizi ve en son ne zaman yazdığınızı
    • sohbette nerede olduğunuzu ve orada neyi seçtiğinizi
    • verirseniz iş ile ilgili cevaplarınızı: yardım, meslek, deneyim, diploma, Almanca, oturum, yaşadığınız yer, çalışma zamanı
    • aldığınız randevuları ve kaydolduğunuz etkinlikleri
    • danışmanlara sorularınızı ve onların cevaplarını, çevrilmiş olarak
    Bana yazdığınız diğer mesajları, onlara cevap verir vermez siliyorum.
    Kim görüyor: Sadece Landratsamt (ilçe idaresi) içindeki entegrasyon bürosunun ekibi ve size yardım eden danışmanlar.
    Bana uzun süre yazmazsanız her şeyi silerim. Bir hafta önce size haber veririm.
    Silmek: İstediğiniz zaman “Bilgilerim” bölümünden.
    Onay veriyor musunuz?
# Shown again (without the note above it) after an answer the bot could not use.
consent-question = Onay veriyor musunuz?
