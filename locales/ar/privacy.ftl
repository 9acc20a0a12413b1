# The privacy note (v4: appointments, events, questions to coaches added; flows/consent.py).
# A change in substance gets a new key and a new CONSENT_VERSION: everyone is asked again.

privacy-note-v4 =
    🔒 بياناتك
    أحفظ ما يلي:
    • لغتك
    • رقم حسابك في تطبيق المراسلة (في WhatsApp: رقم هاتفك)
    • متى وافقت ومتى كتبت لي آخر مرة
    • أين أنت في المحادثة وماذا اخترت فيها
    • إجاباتك عن العمل، إذا أعطيتها: المساعدة، المهنة، الخبرة، الشهادة، الألمانية، الإقامة، مكان السكن، وقت العمل
    • المواعيد التي تحجزها والفعاليات التي تسجّل فيها
    • أسئلتك إلى المستشارين وإجاباتهم، مترجمة
    أحذف رسائلك الأخرى إليّ بمجرد أن أرد عليها.
    من يرى ذلك: فقط فريق قسم الاندماج في مكتب المقاطعة (Landratsamt) والمستشارون الذين يساعدونك.
    إذا لم تكتب لي مدة طويلة، أحذف كل شيء. أخبرك بذلك قبل أسبوع.
    الحذف: في أي وقت من خلال «بياناتي».
    هل هذا مقبول لك؟
# Shown again (without the note above it) after an answer the bot could not use.
consent-question = هل هذا مقبول لك؟
