# Lotse – English. Booking appointments, "My appointments", reminders, messages to coaches.

## What describes an appointment (used in several messages)

booking-details =
    📅 { $day }, { $time }
    📍 { $place }{ $address ->
        [none] { "" }
       *[other] , { $address }
    }
    { $coach ->
        [none] 🧑 A coach will be there for you.
       *[other] 🧑 Coach: { $coach }
    }

## Booking

booking-where = Where would you like an appointment?
booking-online = 💻 Online / phone
booking-any = 📍 Anywhere
booking-slots = When is good for you? Please choose a time.
booking-slot = { $day }, { $time } · { $place }
booking-no-slots = There are no free appointments here at the moment. Please try again later or choose another place.
booking-time-unknown = I cannot find this time. Please choose a time from the list.
booking-confirm =
    Please check your appointment:
    { booking-details }
booking-confirm-yes = ✅ Confirm
booking-taken = Someone just took this time. Here are the next free times.
booking-slot-gone = This time is not available any more. Please choose another time.
booking-limit = You already have enough appointments. Please cancel one first.
booking-moved = I have moved your appointment.
booking-done =
    ✅ Your appointment is booked.
    { booking-details }
    Please bring: your ID, your CV and your certificates (if you have them).{ $bring ->
        [abroad] { " " }Please also bring certificates from your home country, with a translation if you have one.
       *[other] { "" }
    }
    You can add the file below to your calendar.
booking-to-menu = 🏠 Menu

## My appointments

appointments-list = Your appointments:
appointments-none = You have no appointments.
appointment-details =
    Your appointment:
    { booking-details }
appointment-cancel = ❌ Cancel it
appointment-move = 🔁 Move it
appointment-cancel-confirm =
    Do you really want to cancel this appointment?
    { booking-details }
appointment-cancel-yes = Yes, cancel
appointment-cancel-no = No, keep it
appointment-cancelled = Your appointment is cancelled.
booking-appointment-gone = This appointment does not exist any more.

## Later (reminder, cancelled day)

booking-reminder = ⏰ Reminder: your appointment is on { $day } at { $time }, { $place }.
booking-day-cancelled = Sorry, your appointment on { $day } at { $time } ({ $place }) cannot take place. Please book a new appointment in the menu.

## To coaches

booking-coach-booked =
    📅 New appointment: { $day }, { $time }, { $place } (person { $person }).
    { $profile }
booking-coach-moved =
    🔁 Appointment moved to: { $day }, { $time }, { $place } (person { $person }).
    { $profile }
booking-coach-cancelled = ❌ Appointment cancelled: { $day }, { $time }, { $place } (person { $person }).

## Sprechstunden (Coaches und Koordination) / office hours for staff

staff-hours-title = Your office hours in the next two weeks. Choose a day to cancel it.
staff-hours-none = There are no office hours in the next two weeks.
staff-hours-day = { $day }, { $start }–{ $end } · { $place } · { $booked }
staff-hours-nobody = free
staff-hours-cancel-confirm =
    { $day }, { $start }–{ $end }, { $place }
    Booked: { $booked }
    Cancel this day? Everyone who booked gets a message in their language.
staff-hours-cancel-yes = ❌ Cancel the day
staff-hours-cancelled = The day is cancelled. I will tell everyone who had booked.
staff-hours-gone = This day is no longer in your list.

## Answers to reminders, cancelled days, confirming after two no-shows

reminder-come = ✅ I'll come
reminder-come-thanks = Thank you! I will tell your coach that you are coming.
booking-not-yours = I cannot find this appointment for you. I have changed nothing.
booking-reminder-past = This appointment has already started or is over. I have changed nothing.
booking-day-cancelled-slots = Sorry, your appointment on { $day } at { $time } ({ $place }) cannot take place. Here are the next free times. Please choose a time.
booking-confirm-ask = Please confirm your appointment on { $day } at { $time }, { $place }. Press “I'll come”. If you do not confirm by midnight today, I will give the place to someone else.
booking-released = You did not confirm your appointment on { $day } at { $time } ({ $place }). So I gave the place to someone else. You can book a new appointment in the menu.

## To coaches

booking-coach-coming = ✅ Person { $person } is coming: { $day }, { $time }, { $place }.
booking-coach-released = ❌ Not confirmed, place released: { $day }, { $time }, { $place } (person { $person }).
booking-coach-unreachable = ⚠️ The reminder to person { $person } was not delivered (WhatsApp window closed or bot blocked). The appointment stays: { $day }, { $time }, { $place }.
booking-coach-no-profile = No short profile yet.
booking-attendance-ask = Appointment { $day }, { $time }, { $place } (person { $person }): did the person come?
booking-attended = ✅ Came
booking-no-show = ❌ Did not come
booking-attendance-saved = Thank you, I have recorded it.
booking-attendance-refused = You cannot mark this appointment: it is not in your office hours.
booking-attendance-early = This appointment has not started yet.
