# Intake, short profile (Kurzprofil), local offers, my data (issue 7).

privacy-note-v3 =
    🔒 ሓበሬታኹም
    ኣነ እዚ እዕቅብ:
    • ቋንቋኹም
    • ኣብ ናይ መልእኽቲ ኣፕ ዘሎ ቁጽሪ ሕሳብኩም (ኣብ WhatsApp: ቁጽሪ ተሌፎንኩም)
    • መዓስ ከም ዝተሰማማዕኩምን ንመወዳእታ ግዜ መዓስ ከም ዝጸሓፍኩምን
    • ኣብ ዘረባና ኣበይ ከም ዘለኹምን ኣብኡ እንታይ ከም ዝመረጽኩምን
    • እንተ ሂብኩምዎ፡ ብዛዕባ ስራሕ ዝሃብኩምዎ መልስታት፡ ሓገዝ፡ ሞያ፡ ተሞክሮ፡ ምስክር ወረቐት፡ ጀርመንኛ፡ መንበሪ፡ ዝነብሩሉ ቦታ፡ ግዜ ስራሕ
    ዝጸሓፍኩምለይ መልእኽትታት ምስ መለስኩሎም ብኡንብኡ እድምስሶም እየ።
    መን ይርእዮ: ኣብ Landratsamt (ምምሕዳር ከባቢ) ዘሎ ጉጅለ ቤት ጽሕፈት ምውህሃድን ዝሕግዙኹም ኣማኸርትን ጥራይ።
    ነዊሕ ግዜ እንተዘይጸሓፍኩምለይ፡ ኩሉ እድምስሶ። ሓደ ሰሙን ቅድሚኡ ክሕብረኩም እየ።
    ምድምሳስ: ኣብ ዝኾነ እዋን ኣብ «ሓበሬታይ»።
    ትሰማምዑ ዶ?

intake-intro =
    💼 ብዛዕባ ስራሕ ቁሩብ ሓጸርቲ ሕቶታት ክሓተኩም እየ። ኣስታት 2 ደቒቕ ይወስድ።
    ንነፍሲ ወከፍ ሕቶ ክትሓልፍዎ ትኽእሉ ኢኹም። ድሕሪኡ ዝሰማምዑኹም ዕድላት ከርእየኩም እየ።
intake-start = ▶️ ምጅማር
intake-later = ደሓር
intake-profile =
    ፕሮፋይልኩም:
    { $profile }
intake-see-offers = ዕድላት ንዓይ
intake-change = ✏️ ምቕያር
intake-checked = ✅ { $label }
intake-done = ✔️ ተወዲኡ
intake-edit = ✏️ { $label }

intake-help-question = ብምንታይ ሓገዝ ትደልዩ? ሓደ ወይ ልዕሊኡ ምረጹ። ድሕሪኡ «ተወዲኡ» ምረጹ።
help-job_search = ስራሕ ምርካብ
help-apprenticeship = ሞያዊ ስልጠና
help-cv = CV ን መመልከቲን
help-interview = ቃለ-መሕትት ስራሕ
help-forms = ደብዳቤታትን ፎርማትን
help-recognition = ኣፍልጦ ምስክር ወረቐት
help-german_course = ኮርስ ጀርመንኛ

intake-field-question = ኣብ ኣየናይ መዳይ ትሰርሑ ወይ ክትሰርሑ ትደልዩ?
field-f1 = ሕርሻን ኣታኽልትን
field-f2 = ምህርቲን ምስራሕን
field-f3 = ህንጻ
field-f4 = IT ን ሳይንስን
field-f5 = መጓዓዝያ
field-f6 = ንግድን ሆቴልን
field-f7 = ቤት ጽሕፈትን ምምሕዳርን
field-f8 = ጥዕናን ማሕበራዊ ስራሕን
field-f9 = መራኸቢ ብዙሃንን ባህልን
field-f0 = ሰራዊት
intake-title-question = ሞያኹም እንታይ እዩ? ብቓላትኩም ጸሓፉ (ንኣብነት: ሰራሕ መግቢ፡ ኤሌክትሪሻን)።
intake-cut = መልስኹም ኣዝዩ ነዊሕ ነበረ። መጀመርታኡ ዓቂበዮ።

intake-experience-question = ኣብዚ መዳይ ክንደይ ግዜ ሰሪሕኩም?
exp-none = ገና ኣይሰራሕኩን
exp-short = ካብ 2 ዓመት ዝውሕድ
exp-mid = ካብ 2 ክሳብ 5 ዓመት
exp-long = ካብ 5 ዓመት ንላዕሊ

intake-qualification-question = እቲ ዝለዓለ ምስክር ወረቐትኩም እንታይ እዩ?
qual-none = የብለይን
qual-school = ቤት ትምህርቲ
qual-vocational = ሞያዊ ስልጠና
qual-university = ዩኒቨርሲቲ
intake-abroad-question = እዚ ምስክር ወረቐት ኣበይ ረኺብኩምዎ?
abroad-yes = ኣብ ወጻኢ
abroad-no = ኣብ ጀርመን

intake-german-question = ጀርመንኛኹም ክንደይ ጽቡቕ እዩ?
german-unknown = ኣይፈልጥን
intake-german-examples =
    ትርጉም ደረጃታት እዚ እዩ። ኣየናይ ይሰማማዕ?
    A1: ቀለልቲ ቃላትን ሓረጋትን እርዳእ። ንርእሰይ ከላልያ እኽእል።
    A2: ክዕድግን መገዲ ክሓትትን እኽእል።
    B1: ብዛዕባ ስራሐይን መዓልታዊ ህይወተይን ክዛረብ እኽእል።
    B2: ኣብ ስራሕ ጽቡቕ ክዛረብን ጽሑፋት ክርዳእን እኽእል።
    C1: ብቐሊሉ እዛረብ፡ ብዛዕባ ከቢድ ኣርእስታት እውን።
    C2: ከም ቋንቋ ኣደ ዳርጋ እዛረብ።

intake-residence-question =
    ኣየናይ ሰነድ መንበሪ ኣለኩም?
    እሓትት ኣለኹ፡ ምኽንያቱ ዝሰማምዑኹም ዕድላት ኣብኡ ይምርኮሱ። ነዚ ሕቶ ክትሓልፍዎ ትኽእሉ ኢኹም።
res-eu = ዜጋ ኤውሮጳዊ ሕብረት
res-permit = ፍቓድ መንበሪ
res-gestattung = መስርሕ ዑቕባ
res-duldung = Duldung
res-other = ካልእ / ኣይፈልጥን

intake-place-question = ኣበይ ትነብሩ? ስም ከተማ ወይ ቁጽሪ ፖስታ ጸሓፉ፡ ወይ ምረጹ።
intake-outside =
    ይቕሬታ፡ ዝነብሩሉ ቦታ ኣብ ከባቢ ስራሐይ ኣይኮነን።
    በጃኹም ናብ ምኽሪ ስደተኛታት (Migrationsberatung) ከምኡ እውን ናብ Jobcenter (ማእከል ስራሕ) ናይ ከባቢኹም ቅረቡ።
    ብሕቶታት ንቕጽል።

intake-availability-question = ከመይ ክትሰርሑ ትኽእሉ? ሓደ ወይ ልዕሊኡ ምረጹ። ድሕሪኡ «ተወዲኡ» ምረጹ።
avail-full_time = ምሉእ ግዜ
avail-part_time = ፍርቂ ግዜ
avail-shifts = ብፈረቓ
avail-minijob = ሚኒጆብ
intake-start-question = ካብ መዓስ ክትሰርሑ ትኽእሉ? ምረጹ፡ ወይ ዕለት ጸሓፉ።
start-now = ካብ ሕጂ
start-month = ድሕሪ ሓደ ወርሒ
start-later = ደሓር

intake-review =
    በጃኹም መልስታትኩም ተቐጻጸሩ:
    { $profile }
    ኩሉ ቅኑዕ ድዩ? ዝኾነ መልሲ ክትቕይሩ ትኽእሉ ኢኹም።
intake-confirm = ✅ ቅኑዕ እዩ
intake-thanks = የቐንየለይ! መልስታትኩም ዓቂበዮም።

profile-heading = ሓጺር ፕሮፋይል
profile-line = { $label }: { $value }
profile-help = ሓገዝ ኣብ
profile-field = መዳይ
profile-title = ሞያ
profile-experience = ተሞክሮ
profile-qualification = ምስክር ወረቐት
profile-german = ጀርመንኛ
profile-residence = መንበሪ
profile-place = ዝነብሩሉ ቦታ
profile-availability = ግዜ ስራሕ
profile-start = ካብ መዓስ
profile-abroad = (ኣብ ወጻኢ)
profile-in-germany = (ኣብ ጀርመን)
profile-outside = ካብ ከባቢ ወጻኢ

offers-found =
    { $count ->
        [one] እዚ ዕድል ይሰማማዐኩም:
       *[other] እዞም { $count } ዕድላት ይሰማምዑኹም:
    }

    { $offers }
offers-none = ሕጂ ዝሰማማዐኩም ዕድል የብለይን። ንሓደ ኣማኻሪ ክትሓቱ ትኽእሉ ኢኹም።
offers-menu = ናብ ዝርዝር
offers-german-only = (እዚ ጽሑፍ ብጀርመንኛ ጥራይ እዩ።)
offers-contact = ርክብ: { $value }
offers-address = ኣድራሻ: { $value }
offers-recognition-fallback =
    ▪️ ኣፍልጦ ምስክር ወረቐት (Anerkennung)
    መርበብ IQ ብዛዕባ ኣፍልጦ ናይ ወጻኢ ምስክር ወረቐት ብናጻ ምኽሪ ይህብ።
    https://www.anerkennung-in-deutschland.de

my-data-answers =
    { $data }
    መልስታትኩም:
    { $answers }
my-data-change = ✏️ መልስታት ምቕያር
my-data-export = 📄 ከም ፋይል
my-data-export-caption = ሓበሬታኹም ኣብ ሎትሰ
my-data-export-sent = ብዛዕባኹም ዝዕቅቦ ኩሉ ሓበሬታ ኣብዚ ፋይል ኣሎ (JSON)።
my-data-export-done = ተወዲኡ

retention-warning =
    ነዊሕ ግዜ ኣይጸሓፍኩምለይን። ድሕሪ ሓደ ሰሙን ፕሮፋይልኩምን መልስታትኩምን ክድምስሶም እየ።
    ዝኾነ ነገር ጸሓፉለይ፡ ፕሮፋይልኩም ይጸንሕ።
