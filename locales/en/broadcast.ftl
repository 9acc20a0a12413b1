# Lotse – English. Announcements and events: for people and for coordinators.
# Plain language (A2); the bot speaks as "I". Buttons at most 20 characters.

## The announcement (the text is a coordinator's, translated)

broadcast-message =
    📣 { $body }
broadcast-event =
    📣 { $body }

    📅 { $when }
    📍 { $place }
    👥 Places: { $capacity }
broadcast-event-open =
    📣 { $body }

    📅 { $when }
    📍 { $place }
broadcast-yes = ✅ I'll take part
broadcast-no = Not this time
broadcast-stop = 🔕 Unsubscribe
broadcast-cancel-place = ✖ Cancel my place
broadcast-ok = 👍 OK

## Answers to an event

event-confirmed =
    ✅ You have a place: { $title }
    📅 { $when }
    📍 { $place }
    I will remind you one day before.
event-waiting =
    All places are taken. You are on the waiting list (number { $position }).
    If a place becomes free, I will write to you.
event-already =
    You already have a place: { $title }
    📅 { $when }
event-declined = Thank you for your answer. Maybe next time!
event-cancelled = I have cancelled your place: { $title }. Thank you for telling me.
event-not-signed-up = You are not signed up for this event.
event-past = This event is already over.
event-gone = This event does not exist any more.
event-reminder =
    ⏰ Reminder: tomorrow is "{ $title }".
    📅 { $when }
    📍 { $place }
    If you cannot come, please cancel your place.
event-moved-up =
    🎉 A place has become free. Now you have a place: { $title }
    📅 { $when }
    📍 { $place }
    If you cannot come, please cancel your place.

## Unsubscribing and subscribing again

news-stopped =
    🔕 I will not send you announcements any more.
    Do you want them again? Press the button or write /start.
news-start = 🔔 Get them again
news-started = 🔔 You will get announcements again.

## For coordinators: writing an announcement

bc-home = 📣 Announcements. Write a new one or see the report of an earlier one.
bc-new = ✍ New announcement
bc-list-entry = #{ $id } { $title } · { $state }
bc-list = 📋 All announcements
bc-text = Please write the announcement in German. I will translate it into the languages of the recipients.
bc-too-long = The text is too long. Please write at most 3000 characters.
bc-audience =
    Who gets the announcement?
    Languages: { $languages }
    Places: { $towns }
    German level: { $levels }
    Event: { $event }
    Who: { $role }
bc-by-language = 🌐 Languages
bc-by-place = 📍 Places
bc-by-german = 🗣 German level
bc-by-role = 👥 Who
bc-by-event = 🎟 Participants of an event
bc-continue = ➡ Continue
bc-role-all = everyone
bc-role-people = only people
bc-role-coaches = only coaches
bc-pick-languages = Which languages? Press a language to choose it. Then "Done".
bc-pick-municipalities = Which places? Press a place to choose it. Then "Done".
bc-pick-german = Which German level (from the questionnaire)? Press a level. Then "Done".
bc-pick-event = Which event? The announcement goes to everyone with a place. Press one, then "Done".
bc-no-events = There are no upcoming events.
bc-media-caption = Please send the photo or document with the text of the announcement as its caption.
bc-media-note = 📎 With a photo or document (on Telegram and WhatsApp).
bc-done = ✅ Done
bc-event = Is this an event people sign up for?
bc-event-no = No, only info
bc-event-yes = 📅 Yes
bc-when = When is the event? Write the date and time, for example: 03.12.2026 18:00
bc-time-unknown = I do not understand this time, or it is over. Please like this: 03.12.2026 18:00
bc-place = Where is the event? Write the place or the link for an online meeting.
bc-capacity = How many places are there? Write a number.
bc-unlimited = No limit
bc-capacity-unknown = Please write a number, for example 20.
bc-preview-language =
    { $language } · { $by } · { $channels }

    { $text }
bc-made-source = original
bc-made-machine = machine translation
bc-made-coordinator = your text
bc-made-german = not translated: goes in German
bc-preview =
    This is how the announcement looks (above, per language).
    Recipients: { $recipients }
    Unsubscribed (do not get it): { $unsubscribed }
    Blocked the bot (do not get it): { $blocked }
bc-send-now = 📤 Send now
bc-schedule = 🕒 Send later
bc-replace = ✏ Change translation
bc-nobody = Nobody gets this announcement. Please choose other recipients.
bc-schedule-when = When should I send it? Write the date and time, for example: 03.12.2026 09:00
bc-replace-which = Which translation do you want to replace?
bc-replace-text = Please write the text for { $language }. I will send it as you write it.
bc-replaced = ✓ I will use your text.
bc-started = 📤 Announcement #{ $id } starts now. I will show you the progress in one message.
bc-scheduled = 🕒 Announcement #{ $id } starts on { $when }. Until then you can cancel it.
bc-gone = This announcement does not exist.
bc-report =
    📣 #{ $id } { $title }
    State: { $state }
    Recipients: { $recipients }
    Delivered: { $delivered }
    Still to send: { $queued }
    Failed: { $failed }
    Blocked the bot: { $blocked }
    Unsubscribed: { $unsubscribed }
    Waiting for the 24-hour window (WhatsApp): { $waiting }
    Sign-ups: { $signups }
    Waiting list: { $waitlist }
bc-refresh = 🔄 Refresh
bc-cancel = ✖ Cancel it
bc-csv = 📄 Participants (CSV)
bc-cancel-cancelled = ✓ The announcement is cancelled. Nobody got it.
bc-cancel-stopped = ✓ Stopped. What was not sent yet will not go out.
bc-cancel-finished = It has been sent completely. It cannot be cancelled any more.
bc-cancel-unknown = This announcement does not exist.
bc-state-scheduled = planned
bc-state-sending = sending
bc-state-paused = paused (quiet hours)
bc-state-done = done
bc-state-cancelled = cancelled
broadcast-progress = 📤 Announcement #{ $id }: { $sent } sent, { $remaining } still to go.
broadcast-report =
    📣 Report on announcement #{ $id }
    Delivered: { $delivered }
    Failed: { $failed }
    Blocked the bot: { $blocked }
    Unsubscribed: { $unsubscribed }
    Waiting for the 24-hour window (WhatsApp): { $waiting }
    Sign-ups: { $signups }
    Waiting list: { $waitlist }

## My data: announcements off or on again

my-data-news-off = 🔕 Announcements off
my-data-news-on = 🔔 Announcements on
