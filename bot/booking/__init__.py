"""Office hours, slots, bookings, reminders and calendar files.

slots.py     weekly rules and one-off dates → slots in local time (TIMEZONE), as UTC datetimes
hours.py     office hours for the command line and the staff menu: add, list, cancel a day
service.py   `BookingService` (flows.ports.Booking): free slots, book, move, cancel, reminders, notices
ics.py       an appointment as an .ics calendar file (UTC times, never floating)

The seat limit is the database's job: one `bookings` row per seat, unique per (office hour, start,
seat), so a seat can be taken once however many processes try at the same moment.
"""

from __future__ import annotations

from bot.booking.service import BookingRules, BookingService

__all__ = ["BookingRules", "BookingService"]
