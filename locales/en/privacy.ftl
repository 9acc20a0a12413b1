# The privacy note (v4: appointments, events, questions to coaches added; flows/consent.py).
# A change in substance gets a new key and a new CONSENT_VERSION: everyone is asked again.

privacy-note-v4 =
    🔒 Your data
    I store:
    • your language
    • your account number in the messenger (on WhatsApp: your phone number)
    • when you agreed and when you last wrote
    • where you are in our chat and what you chose there
    • your answers about work, if you give them: help, job, experience, qualification, German, residence, place, working hours
    • appointments you book and events you sign up for
    • your questions to the coaches and their answers, translated
    I delete your other messages to me as soon as I have answered them.
    Who sees this: only the team of the integration office at the Landratsamt (district office) and the coaches who help you.
    If you do not write to me for a long time, I delete everything. I tell you one week before.
    Delete: any time under “My data”.
    Do you agree?
# Shown again (without the note above it) after an answer the bot could not use.
consent-question = Do you agree?
