# The privacy note (v4: appointments, events, questions to coaches added; flows/consent.py).
# A change in substance gets a new key and a new CONSENT_VERSION: everyone is asked again.

privacy-note-v4 =
    🔒 ሓበሬታኹም
    ኣነ እዚ እዕቅብ:
    • ቋንቋኹም
    • ኣብ ናይ መልእኽቲ ኣፕ ዘሎ ቁጽሪ ሕሳብኩም (ኣብ WhatsApp: ቁጽሪ ተሌፎንኩም)
    • መዓስ ከም ዝተሰማማዕኩምን ንመወዳእታ ግዜ መዓስ ከም ዝጸሓፍኩምን
    • ኣብ ዘረባና ኣበይ ከም ዘለኹምን ኣብኡ እንታይ ከም ዝመረጽኩምን
    • እንተ ሂብኩምዎ፡ ብዛዕባ ስራሕ ዝሃብኩምዎ መልስታት፡ ሓገዝ፡ ሞያ፡ ተሞክሮ፡ ምስክር ወረቐት፡ ጀርመንኛ፡ መንበሪ፡ ዝነብሩሉ ቦታ፡ ግዜ ስራሕ
    • እትሕዝዎም ቆጸራታትን እትምዝገቡሎም መደባትን
    • ናብ ኣማኸርቲ እትሓትዎም ሕቶታትን መልሶምን፡ ተተርጒሙ
    ካልእ ዝጸሓፍኩምለይ መልእኽትታት ምስ መለስኩሎም ብኡንብኡ እድምስሶም እየ።
    መን ይርእዮ: ኣብ Landratsamt (ምምሕዳር ከባቢ) ዘሎ ጉጅለ ቤት ጽሕፈት ምውህሃድን ዝሕግዙኹም ኣማኸርትን ጥራይ።
    ነዊሕ ግዜ እንተዘይጸሓፍኩምለይ፡ ኩሉ እድምስሶ። ሓደ ሰሙን ቅድሚኡ ክሕብረኩም እየ።
    ምድምሳስ: ኣብ ዝኾነ እዋን ኣብ «ሓበሬታይ»።
    ትሰማምዑ ዶ?
# Shown again (without the note above it) after an answer the bot could not use.
consent-question = ትሰማምዑ ዶ?
