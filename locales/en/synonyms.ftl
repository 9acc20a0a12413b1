# Words people type for a choice (comma-separated). Key: syn-<button key>.
# A word also fits when a typed word starts with it ("working" fits "work").
# German and English count in every language; only words that clearly mean one choice.

syn-menu-find-work = work, job, find work, job search
syn-menu-book = office hour, appointment, book, counselling
syn-menu-ask-coach = coach, question, ask, adviser, advisor
syn-menu-appointments = my appointments, appointments
syn-menu-language = language, change language
syn-menu-my-data = data, privacy, my data
syn-consent-agree = yes, agree, okay, ok, accept
syn-consent-decline = no, not now, later, don't, do not, not agree, disagree, nicht
syn-consent-agree-now = yes, agree, okay, ok
syn-my-data-delete = delete, delete everything
syn-my-data-withdraw = take back, withdraw
syn-delete-yes = yes, yes delete
syn-delete-no = no
syn-nav-back = back
syn-nav-skip = skip, next
syn-nav-cancel = cancel, stop
syn-nav-more = more
syn-nav-previous = previous

# Words that make a sentence (five words or more) a question for a coach, not a choice: letters and
# authorities. German and English count too. Here: only words for an official letter or an office.
syn-question-words = letter, authorit, immigration office, foreigners office, job centre
