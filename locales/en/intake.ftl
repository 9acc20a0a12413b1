# Intake, short profile (Kurzprofil), local offers, my data (issue 7).

privacy-note-v3 =
    🔒 Your data
    I store:
    • your language
    • your account number in the messenger (on WhatsApp: your phone number)
    • when you agreed and when you last wrote
    • where you are in our chat and what you chose there
    • your answers about work, if you give them: help, job, experience, qualification, German, residence, place, working hours
    I delete your messages to me as soon as I have answered them.
    Who sees this: only the team of the integration office at the Landratsamt (district office) and the coaches who help you.
    If you do not write to me for a long time, I delete everything. I tell you one week before.
    Delete: any time under “My data”.
    Do you agree?

intake-intro =
    💼 I will ask you a few short questions about work. It takes about 2 minutes.
    You can skip every question. Then I show you offers that fit.
intake-start = ▶️ Start
intake-later = Later
intake-profile =
    Your profile:
    { $profile }
intake-see-offers = Offers for me
intake-change = ✏️ Change
intake-checked = ✅ { $label }
intake-done = ✔️ Done
intake-edit = ✏️ { $label }

intake-help-question = What help do you want? Choose one or more. Then choose “Done”.
help-job_search = Find a job
help-apprenticeship = Apprenticeship
help-cv = CV and application
help-interview = Job interview
help-forms = Letters and forms
help-recognition = Diploma recognition
help-german_course = German course

intake-field-question = In which field do you work, or want to work?
field-f1 = Farming, gardening
field-f2 = Manufacturing
field-f3 = Construction
field-f4 = IT and science
field-f5 = Transport, logistics
field-f6 = Sales, hotels
field-f7 = Office, admin
field-f8 = Health, social care
field-f9 = Media, arts, culture
field-f0 = Military
intake-title-question = What is your job? Write it in your own words (for example: cook, electrician).
intake-cut = Your answer was very long. I saved the beginning.

intake-experience-question = How long have you worked in this field?
exp-none = Not yet
exp-short = Less than 2 years
exp-mid = 2 to 5 years
exp-long = More than 5 years

intake-qualification-question = What is your highest qualification?
qual-none = None
qual-school = School
qual-vocational = Vocational training
qual-university = University
intake-abroad-question = Where did you get this qualification?
abroad-yes = Abroad
abroad-no = In Germany

intake-german-question = How good is your German?
german-unknown = I don't know
intake-german-examples =
    This is what the levels mean. Which fits best?
    A1: I understand simple words and sentences. I can say who I am.
    A2: I can go shopping and ask the way.
    B1: I can talk about my work and my daily life.
    B2: I can take part in talks at work and understand texts.
    C1: I speak fluently, also about difficult topics.
    C2: I speak almost like a native speaker.

intake-residence-question =
    Which residence paper do you have?
    I ask because it decides which offers fit you. You can skip this question.
res-eu = EU citizen
res-permit = Residence permit
res-gestattung = Asylum procedure
res-duldung = Duldung
res-other = Other / don't know

intake-place-question = Where do you live? Write the town or the postcode, or choose.
intake-outside =
    I am sorry, I do not cover the place where you live.
    Please turn to the migration counselling (Migrationsberatung, MBE) and the Jobcenter (job centre) where you live.
    We go on with the questions.

intake-availability-question = How can you work? Choose one or more. Then choose “Done”.
avail-full_time = Full time
avail-part_time = Part time
avail-shifts = Shifts
avail-minijob = Mini-job
intake-start-question = From when can you work? Choose, or write a date.
start-now = Now
start-month = In one month
start-later = Later

intake-review =
    Please check your answers:
    { $profile }
    Is everything right? You can change any answer.
intake-confirm = ✅ That is right
intake-thanks = Thank you! I saved your answers.

profile-heading = Short profile
profile-line = { $label }: { $value }
profile-help = Help with
profile-field = Field
profile-title = Job
profile-experience = Experience
profile-qualification = Qualification
profile-german = German
profile-residence = Residence
profile-place = Place
profile-availability = Working hours
profile-start = From when
profile-abroad = (abroad)
profile-in-germany = (in Germany)
profile-outside = outside the district

offers-found =
    { $count ->
        [one] This offer fits you:
       *[other] These { $count } offers fit you:
    }

    { $offers }
offers-none = Right now I have no offer that fits. You are welcome to ask a coach.
offers-menu = To the menu
offers-german-only = (This text is only in German.)
offers-contact = Contact: { $value }
offers-address = Address: { $value }
offers-recognition-fallback =
    ▪️ Recognition of your qualification (Anerkennung)
    The IQ network gives free advice on the recognition of qualifications from abroad.
    https://www.anerkennung-in-deutschland.de

my-data-answers =
    { $data }
    Your answers:
    { $answers }
my-data-change = ✏️ Change answers
my-data-export = 📄 As a file
my-data-export-caption = Your data at Lotse
my-data-export-sent = Here is all the data I store about you, as a file (JSON).
my-data-export-done = Done

retention-warning =
    You have not written to me for a long time. In one week I will delete your profile and your answers.
    Write me anything, and your profile stays.
