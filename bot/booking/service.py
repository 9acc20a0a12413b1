"""Booking for flows (`flows.ports.Booking`), bound to one transaction; office hours' cancelled days.

Nothing here commits. Seats: `bookings` has one row per taken seat and a unique constraint on
(office hour, start, seat); booking tries seat 1, 2, … with `INSERT … ON CONFLICT DO NOTHING`, so when
many people take the last seat at once exactly one insert wins (on PostgreSQL the others wait for the
winner's commit and then find the seat taken) and the rest get `taken`. Reminders are outbox rows due
at start − offset, keyed `booking:<id>:reminder:<seconds>`, with "I'll come" / "Cancel" / "Move" buttons
(`reminder.<booking id>.come|cancel|move`, answered from any screen by flows.booking.ReminderAnswer; the
booking is checked to be the presser's and still ahead here); cancelling or moving deletes them in the
same transaction. Coaches of the office hour (or the coaches' group) are told through the outbox, with
the person's German short profile (Kurzprofil) on a new booking or a move.

After the slot, the coaches who can be written to privately are asked "attended / no-show" (buttons
`attendance.<booking id>.came|missed`; `lotse hours mark` does the same). A person with two no-shows
must confirm each later booking by the start of its day (`confirm_by`): they are asked 24 hours ahead
(a booking made later than that counts as confirmed), and `release_unconfirmed` frees the seat of
whoever did not. `tell_unreachable` tells the coaches, once per booking, of a reminder that could not be
delivered (WhatsApp outside the 24-hour window without a template, or a person who blocked the bot).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import String, cast, func, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from bot.booking import ics
from bot.booking.slots import Rule, days, local_day, parse_hhmm, parse_slot_id, slot_id, starts_on
from bot.outbox.channel import BUTTONS_NEEDED, State
from bot.outbox.outbox import Outbox
from bot.outbox.queue import delete_queued
from bot.storage.models import (
    Booking,
    Coach,
    Municipality,
    OfficeHour,
    OfficeHourCancellation,
    OfficeHourCoach,
    OutboxMessage,
    Person,
)
from flows.effects import Recipient, Send, ToCoach, ToCoachesGroup, ToPerson
from flows.engine import Option, Reply, Text, t
from flows.ports import Appointment, BookingResult, HoursDay, Intake, Slot, Where

log = logging.getLogger(__name__)

ONLINE = "online"
ANY = "any"
COACHES_LANGUAGE = "de"  # the short profile in a coach's notice is German
NO_SHOWS_BEFORE_CONFIRMING = 2
CONFIRM_AHEAD = timedelta(hours=24)  # people who must confirm are asked this long before the start
REBOOK_OFFERS = 3  # free slots offered as buttons when a day is cancelled (WhatsApp shows 3 buttons)
ATTENDED, NO_SHOW = "attended", "no_show"


@dataclass(frozen=True)
class BookingRules:
    zone: ZoneInfo
    reminder_offsets: Sequence[timedelta] = (timedelta(hours=24), timedelta(hours=2))
    max_upcoming: int = 2
    min_lead: timedelta = timedelta(hours=2)
    horizon: timedelta = field(default=timedelta(days=28))

    @classmethod
    def from_settings(cls, settings: Any) -> BookingRules:
        """TIMEZONE, REMINDER_OFFSETS, BOOKING_MAX_UPCOMING and BOOKING_MIN_LEAD of `bot.config.Settings`."""
        return cls(
            settings.zone,
            reminder_offsets=tuple(settings.reminder_offsets),
            max_upcoming=settings.booking_max_upcoming,
            min_lead=settings.booking_min_lead,
        )


def reminder_prefix(booking_id: int) -> str:
    return f"booking:{booking_id}:reminder:"


def confirm_key(booking_id: int) -> str:
    """The outbox key of the question "Will you come?" (after two no-shows)."""
    return f"{reminder_prefix(booking_id)}confirm"


def attendance_key(booking_id: int) -> str:
    return f"booking:{booking_id}:attendance"


def reminder_options(booking_id: int, *, move: bool = True) -> tuple[Option[Text], ...]:
    """The buttons under a reminder (and under the request to confirm)."""
    options = [
        Option(f"reminder.{booking_id}.come", t("reminder-come")),
        Option(f"reminder.{booking_id}.cancel", t("appointment-cancel")),
    ]
    if move:
        options.append(Option(f"reminder.{booking_id}.move", t("appointment-move")))
    return tuple(options)


def attendance_options(booking_id: int) -> tuple[Option[Text], ...]:
    return (
        Option(f"attendance.{booking_id}.came", t("booking-attended")),
        Option(f"attendance.{booking_id}.missed", t("booking-no-show")),
    )


# In the coaches' group the buttons take the group's form, "<action>-<number>" (as a case card's).
GROUP_CAME, GROUP_MISSED = "attendance-came", "attendance-missed"


def group_attendance_options(booking_id: int) -> tuple[Option[Text], ...]:
    return (
        Option(f"{GROUP_CAME}-{booking_id}", t("booking-attended")),
        Option(f"{GROUP_MISSED}-{booking_id}", t("booking-no-show")),
    )


class BookingService:
    def __init__(
        self,
        session: AsyncSession,
        outbox: Outbox,
        rules: BookingRules,
        clock: Callable[[], datetime],
        *,
        intake: Intake | None = None,
    ) -> None:
        self.session = session
        self.outbox = outbox
        self.rules = rules
        self.clock = clock
        self.intake = intake  # for the short profile in the coaches' notices

    # -- what can be booked -------------------------------------------------------------------------

    async def places(self) -> list[Where]:
        rows = (
            await self.session.execute(
                select(Municipality.id, Municipality.name)
                .join(OfficeHour, OfficeHour.municipality_id == Municipality.id)
                .where(OfficeHour.online.is_(False))
                .distinct()
                .order_by(Municipality.name)
            )
        ).all()
        places = [Where(f"m{row.id}", row.name) for row in rows]
        online = await self.session.scalar(select(func.count()).where(OfficeHour.online.is_(True)))
        if online:
            places.append(Where(ONLINE, ""))
        places.append(Where(ANY, ""))
        return places

    async def free_slots(self, where: str, language: str, limit: int = 40) -> list[Slot]:
        query = select(OfficeHour)
        if where == ONLINE:
            query = query.where(OfficeHour.online.is_(True))
        elif where.startswith("m") and where[1:].isdigit():
            query = query.where(OfficeHour.municipality_id == int(where[1:]), OfficeHour.online.is_(False))
        hours = list(await self.session.scalars(query))
        now = self.clock()
        earliest = now + self.rules.min_lead
        first, last = local_day(now, self.rules.zone), local_day(now + self.rules.horizon, self.rules.zone)
        cancelled = await self._cancelled([h.id for h in hours], first, last)
        taken = await self._taken(
            [h.id for h in hours], earliest, now + self.rules.horizon + timedelta(days=1)
        )
        coaches = await self._coaches([h.id for h in hours])
        slots: list[Slot] = []
        for hour in hours:
            rule = _rule(hour)
            for day in days(rule, first, last):
                if (hour.id, day) in cancelled:
                    continue
                for starts_at, ends_at in starts_on(rule, day, self.rules.zone):
                    free = hour.seats - taken.get((hour.id, starts_at), 0)
                    if starts_at >= earliest and free > 0:
                        slots.append(self._slot(hour, starts_at, ends_at, coaches[hour.id], language, free))
        # At the same time, an office hour with a coach who speaks the person's language comes first.
        speaks = {
            hour_id for hour_id, held in coaches.items() if any(language in (c.languages or []) for c in held)
        }
        slots.sort(
            key=lambda slot: (
                slot.starts_at,
                slot.office_hour_id not in speaks,
                slot.place,
                slot.office_hour_id,
            )
        )
        return slots[:limit]

    # -- booking ----------------------------------------------------------------------------------

    async def book(self, person_id: int, slot_id: str, language: str) -> BookingResult:
        return await self._book(person_id, slot_id, language, replacing=None)

    async def move(self, person_id: int, booking_id: int, slot_id: str, language: str) -> BookingResult:
        old = await self._own(person_id, booking_id)
        if old is None:
            return BookingResult("gone")
        return await self._book(person_id, slot_id, language, replacing=old)

    async def cancel(self, person_id: int, booking_id: int) -> Appointment | None:
        booking = await self._own(person_id, booking_id)
        if booking is None:
            return None
        appointment = await self._appointment(booking)
        await self._drop(booking)
        await self._notify_coaches(booking.office_hour_id, "booking-coach-cancelled", appointment, person_id)
        return appointment

    async def appointments(self, person_id: int) -> list[Appointment]:
        rows = await self.session.scalars(
            select(Booking)
            .where(Booking.person_id == person_id, Booking.ends_at > self.clock())
            .order_by(Booking.starts_at, Booking.id)
        )
        return [await self._appointment(row) for row in rows]

    def calendar(self, appointment: Appointment) -> bytes:
        slot = appointment.slot
        location = ", ".join(part for part in (slot.place, slot.address) if part)
        return ics.calendar(
            uid=f"booking-{appointment.id}-{slot.starts_at:%Y%m%d%H%M}@lotse",
            starts_at=slot.starts_at,
            ends_at=slot.ends_at,
            summary=f"Lotse: {slot.place}",
            location=location,
            created=self.clock(),
        )

    def today(self) -> date:
        return local_day(self.clock(), self.rules.zone)

    async def staff_days(self, person_id: int, everyone: bool, days_ahead: int = 14) -> list[HoursDay]:
        hours = await self._held_by(person_id, everyone)
        first = local_day(self.clock(), self.rules.zone)
        last = first + timedelta(days=days_ahead)
        ids = [hour.id for hour in hours]
        cancelled = await self._cancelled(ids, first, last)
        booked: dict[tuple[int, date], list[time]] = defaultdict(list)
        if ids:
            start = datetime.combine(first, time()).replace(tzinfo=self.rules.zone)
            rows = await self.session.execute(
                select(Booking.office_hour_id, Booking.starts_at)
                .where(Booking.office_hour_id.in_(ids), Booking.starts_at >= start)
                .order_by(Booking.starts_at)
            )
            for hour_id, starts_at in rows:
                local = starts_at.astimezone(self.rules.zone)
                booked[(hour_id, local.date())].append(local.time().replace(tzinfo=None))
        found = [
            HoursDay(
                f"h{hour.id}-{day:%Y%m%d}",
                hour.id,
                day,
                hour.place,
                parse_hhmm(hour.start_time),
                parse_hhmm(hour.end_time),
                tuple(booked.get((hour.id, day), ())),
            )
            for hour in hours
            for day in days(_rule(hour), first, last)
            if (hour.id, day) not in cancelled
        ]
        return sorted(found, key=lambda d: (d.day, d.start, d.place, d.office_hour_id))

    async def staff_cancel_day(self, person_id: int, everyone: bool, office_hour_id: int, day: date) -> bool:
        if office_hour_id not in {hour.id for hour in await self._held_by(person_id, everyone)}:
            return False
        return await self.cancel_day(office_hour_id, day) is not None

    async def _held_by(self, person_id: int, everyone: bool) -> list[OfficeHour]:
        """Every office hour (a coordinator), or those the coach writing from this Telegram account holds."""
        query = select(OfficeHour).order_by(OfficeHour.id)
        if not everyone:
            person = await self.session.get(Person, person_id)
            if person is None or person.channel != "telegram" or not person.external_id.isdigit():
                return []
            query = (
                query.join(OfficeHourCoach, OfficeHourCoach.office_hour_id == OfficeHour.id)
                .join(Coach, Coach.id == OfficeHourCoach.coach_id)
                .where(Coach.telegram_user_id == int(person.external_id))
            )
        return list(await self.session.scalars(query))

    # -- answers to reminders, attendance, confirmations ---------------------------------------------

    async def check(self, person_id: int, booking_id: int) -> str:
        """What a button naming `booking_id` may do for this person: "mine" (theirs and ahead),
        "not_mine" (someone else's: forged data), "past" (begun or over), "gone" (cancelled, moved)."""
        booking = await self.session.get(Booking, booking_id)
        if booking is None:
            return "gone"
        if booking.person_id != person_id:
            log.warning(
                "Booking: person %d pressed a button of booking %d, not theirs", person_id, booking_id
            )
            return "not_mine"
        return "past" if booking.starts_at <= self.clock() else "mine"

    async def come(self, person_id: int, booking_id: int) -> bool:
        """ "I'll come": the booking is confirmed (for someone who must confirm) and the coaches are told,
        once however often it is pressed. False when it is not the person's upcoming booking."""
        booking = await self._own(person_id, booking_id)
        if booking is None:
            return False
        if booking.confirmed_at is None:
            booking.confirmed_at = self.clock()
        appointment = await self._appointment(booking)
        await self._notify_coaches(
            booking.office_hour_id,
            "booking-coach-coming",
            appointment,
            person_id,
            once=f"booking:{booking.id}:coming",
        )
        await self.session.flush()
        return True

    async def slot(self, slot_id: str, language: str) -> Slot | None:
        """The slot with this id when it can still be booked (a free seat, not cancelled, not too soon)."""
        parsed = parse_slot_id(slot_id)
        if parsed is None:
            return None
        hour_id, starts_at = parsed
        hour = await self.session.get(OfficeHour, hour_id)
        match = self._real_slot(hour, starts_at) if hour is not None else None
        if hour is None or match is None or starts_at < self.clock() + self.rules.min_lead:
            return None
        if await self.session.get(OfficeHourCancellation, (hour_id, local_day(starts_at, self.rules.zone))):
            return None
        taken = await self.session.scalar(
            select(func.count()).where(Booking.office_hour_id == hour_id, Booking.starts_at == starts_at)
        )
        if (taken or 0) >= hour.seats:
            return None
        coaches = (await self._coaches([hour_id]))[hour_id]
        return self._slot(hour, starts_at, match[1], coaches, language, hour.seats - (taken or 0))

    async def mark_attendance(self, person_id: int, everyone: bool, booking_id: int, attended: bool) -> str:
        """A coach of the office hour (a coordinator: any) marks a booking after its start: "saved",
        "refused" (not their office hour), "early" (not begun), "gone" (no such booking)."""
        booking = await self.session.get(Booking, booking_id)
        if booking is None:
            return "gone"
        if booking.office_hour_id not in {hour.id for hour in await self._held_by(person_id, everyone)}:
            log.warning("Booking: staff person %d may not mark booking %d", person_id, booking_id)
            return "refused"
        return await self.set_attendance(booking, attended)

    async def set_attendance(self, booking: Booking, attended: bool) -> str:
        """Record attended / no-show (`lotse hours mark` calls this directly); after the second no-show
        the person's upcoming bookings need a confirmation."""
        if booking.starts_at > self.clock():
            return "early"
        booking.attendance = ATTENDED if attended else NO_SHOW
        await delete_queued(self.session, attendance_key(booking.id))  # the other coaches need not answer
        await self.session.flush()
        if not attended and await self._no_shows(booking.person_id) >= NO_SHOWS_BEFORE_CONFIRMING:
            upcoming = await self.session.scalars(
                select(Booking).where(
                    Booking.person_id == booking.person_id, Booking.starts_at > self.clock()
                )
            )
            for later in list(upcoming):
                await self._require_confirmation(later, await self._appointment(later))
        return "saved"

    async def release_unconfirmed(self) -> int:
        """Free the seats of bookings that needed a confirmation and did not get it in time; the person
        and the coaches are told. Returns how many were released."""
        now = self.clock()
        # Only where the question reached the person with its buttons (its row is sent): a question
        # still waiting for WhatsApp's window, or to someone who blocked the bot, costs nobody a seat.
        asked = select(OutboxMessage.id).where(
            OutboxMessage.key == "booking:" + cast(Booking.id, String) + ":reminder:confirm",
            OutboxMessage.state == State.SENT.value,
        )
        rows = list(
            await self.session.scalars(
                select(Booking)
                .where(
                    Booking.confirm_by <= now,
                    Booking.confirmed_at.is_(None),
                    Booking.starts_at > now,
                    asked.exists(),
                )
                .with_for_update(skip_locked=True)
            )
        )
        for booking in rows:
            appointment = await self._appointment(booking)
            await self._drop(booking)
            await self.outbox.put(
                self.session,
                Send(
                    ToPerson(booking.person_id),
                    Reply(t("booking-released", **_when(appointment.slot, self.rules.zone))),
                    purpose="notice",
                ),
            )
            await self._notify_coaches(
                booking.office_hour_id, "booking-coach-released", appointment, booking.person_id
            )
        if rows:
            log.info("Booking: %d unconfirmed booking(s) released", len(rows))
        return len(rows)

    async def tell_unreachable(self) -> int:
        """Tell the coaches, once per booking, of an upcoming appointment whose reminder could not be
        delivered: waiting (WhatsApp, outside the 24-hour window, no template) or blocked (the person
        blocked the bot). The booking is kept. Returns how many bookings were newly reported."""
        now = self.clock()
        keys = await self.session.scalars(
            select(OutboxMessage.key).where(
                OutboxMessage.purpose == "reminder",
                OutboxMessage.state.in_((State.WAITING.value, State.BLOCKED.value)),
                OutboxMessage.key.like("booking:%:reminder:%"),
            )
        )
        booking_ids = {int(str(key).split(":")[1]) for key in keys if str(key).split(":")[1].isdigit()}
        told = 0
        for booking_id in sorted(booking_ids):
            booking = await self.session.get(Booking, booking_id)
            if booking is None or booking.starts_at <= now:
                continue
            once = f"booking:{booking_id}:unreachable"
            known = await self.session.scalar(select(func.count()).where(OutboxMessage.key.like(f"{once}:%")))
            if known:
                continue
            appointment = await self._appointment(booking)
            await self._notify_coaches(
                booking.office_hour_id, "booking-coach-unreachable", appointment, booking.person_id, once=once
            )
            told += 1
        return told

    # -- office hours (coordinators, coaches) ---------------------------------------------------------

    async def cancel_day(self, office_hour_id: int, day: date) -> int | None:
        """Cancel one day of an office hour: its bookings go, each person is told (in their language,
        when the message is sent) and asked to book another time. Returns how many were booked, or None
        when there is no such office hour. Cancelling a day twice changes nothing the second time."""
        hour = await self.session.get(OfficeHour, office_hour_id)
        if hour is None:
            return None
        known = await self.session.get(OfficeHourCancellation, (office_hour_id, day))
        if known is None:
            self.session.add(
                OfficeHourCancellation(office_hour_id=office_hour_id, day=day, created_at=self.clock())
            )
        start = datetime.combine(day, datetime.min.time()).replace(tzinfo=self.rules.zone).astimezone(UTC)
        end = start + timedelta(days=1, hours=2)
        rows = list(
            await self.session.scalars(
                select(Booking).where(
                    Booking.office_hour_id == office_hour_id,
                    Booking.starts_at >= start,
                    Booking.starts_at < end,
                )
            )
        )
        rows = [row for row in rows if local_day(row.starts_at, self.rules.zone) == day]
        where = ONLINE if hour.online else (f"m{hour.municipality_id}" if hour.municipality_id else ANY)
        for booking in rows:
            appointment = await self._appointment(booking)
            await self._drop(booking)
            person = await self.session.get(Person, booking.person_id)
            language = person.language if person is not None else None
            offers = [
                slot
                for slot in await self.free_slots(
                    where, language or COACHES_LANGUAGE, limit=REBOOK_OFFERS * 4
                )
                if local_day(slot.starts_at, self.rules.zone) != day or slot.office_hour_id != office_hour_id
            ][:REBOOK_OFFERS]
            key = "booking-day-cancelled-slots" if offers else "booking-day-cancelled"
            options = tuple(
                Option(
                    f"rebook.{slot.id}", t("booking-slot", day=slot.day, time=slot.clock, place=slot.place)
                )
                for slot in offers
            )
            await self.outbox.put(
                self.session,
                Send(
                    ToPerson(booking.person_id),
                    Reply(t(key, **_when(appointment.slot, self.rules.zone)), options),
                    purpose="notice",
                ),
            )
        await self.session.flush()
        return len(rows)

    # -- inside ------------------------------------------------------------------------------------

    async def _book(
        self, person_id: int, wanted: str, language: str, *, replacing: Booking | None
    ) -> BookingResult:
        parsed = parse_slot_id(wanted)
        if parsed is None:
            return BookingResult("gone")
        hour_id, starts_at = parsed
        hour = await self.session.get(OfficeHour, hour_id)
        match = self._real_slot(hour, starts_at) if hour is not None else None
        if hour is None or match is None:
            return BookingResult("gone")
        day = local_day(starts_at, self.rules.zone)
        if await self.session.get(OfficeHourCancellation, (hour_id, day)) is not None:
            return BookingResult("gone")
        now = self.clock()
        if starts_at < now + self.rules.min_lead:
            return BookingResult("too_soon")
        mine = await self.session.scalar(
            select(Booking).where(
                Booking.person_id == person_id,
                Booking.office_hour_id == hour_id,
                Booking.starts_at == starts_at,
            )
        )
        if mine is not None:  # a double tap, or the same time again: one booking
            return BookingResult("booked", await self._appointment(mine, language))
        upcoming = await self.session.scalar(
            select(func.count()).where(Booking.person_id == person_id, Booking.starts_at > now)
        )
        if (upcoming or 0) - (1 if replacing is not None else 0) >= self.rules.max_upcoming:
            return BookingResult("limit")
        new_id = await self._take_seat(person_id, hour, starts_at, match[1])
        if new_id is None:
            return BookingResult("taken")
        booking = await self.session.get(Booking, new_id)
        assert booking is not None
        appointment = await self._appointment(booking, language)
        profile = await self._profile(person_id)
        if replacing is not None:
            old = await self._appointment(replacing)
            await self._drop(replacing)
            await self._notify_coaches(replacing.office_hour_id, "booking-coach-cancelled", old, person_id)
            await self._notify_coaches(
                hour_id, "booking-coach-moved", appointment, person_id, profile=profile
            )
        else:
            await self._notify_coaches(
                hour_id, "booking-coach-booked", appointment, person_id, profile=profile
            )
        await self._remind(booking, appointment)
        if await self._no_shows(person_id) >= NO_SHOWS_BEFORE_CONFIRMING:
            await self._require_confirmation(booking, appointment)
        await self._ask_attendance(booking, appointment)
        return BookingResult("booked", appointment)

    async def _take_seat(
        self, person_id: int, hour: OfficeHour, starts_at: datetime, ends_at: datetime
    ) -> int | None:
        """The first free seat of the slot, taken by an insert the database refuses when it is gone."""
        insert = postgresql_insert if self.session.get_bind().dialect.name == "postgresql" else sqlite_insert
        # Seats seen taken are skipped (a full slot costs one read); the insert alone decides the rest.
        seen = set(
            await self.session.scalars(
                select(Booking.seat).where(Booking.office_hour_id == hour.id, Booking.starts_at == starts_at)
            )
        )
        for seat in (seat for seat in range(1, hour.seats + 1) if seat not in seen):
            statement = (
                insert(Booking)
                .values(
                    person_id=person_id,
                    office_hour_id=hour.id,
                    starts_at=starts_at,
                    ends_at=ends_at,
                    seat=seat,
                    created_at=self.clock(),
                )
                .on_conflict_do_nothing()
                .returning(Booking.id)
            )
            booking_id = (await self.session.execute(statement)).scalar_one_or_none()
            if booking_id is not None:
                return int(booking_id)
        return None

    async def _remind(self, booking: Booking, appointment: Appointment) -> None:
        now = self.clock()
        for offset in self.rules.reminder_offsets:
            due = booking.starts_at - offset
            if due <= now:
                continue  # already past when booked: skipped
            await self.outbox.put(
                self.session,
                Send(
                    ToPerson(booking.person_id),
                    # `when` too: WhatsApp's reminder template takes "when:date", "when:time", "place".
                    Reply(
                        t(
                            "booking-reminder",
                            when=booking.starts_at,
                            **_when(appointment.slot, self.rules.zone),
                        ),
                        reminder_options(booking.id),
                    ),
                    purpose="reminder",
                    not_before=due,
                    key=f"{reminder_prefix(booking.id)}{int(offset.total_seconds())}",
                ),
            )

    async def _drop(self, booking: Booking) -> None:
        await delete_queued(self.session, reminder_prefix(booking.id))
        await delete_queued(self.session, attendance_key(booking.id))
        await self.session.delete(booking)
        await self.session.flush()

    async def _private_coaches(self, office_hour_id: int) -> list[int]:
        """The office hour's active coaches the bot can write to privately.

        Telegram lets a bot write only to someone who started it: a coach who has never written to the
        bot (no `people` row for their Telegram id) is reached in the coaches' group instead."""
        started = select(Person.id).where(
            Person.channel == "telegram", Person.external_id == cast(Coach.telegram_user_id, String)
        )
        return list(
            await self.session.scalars(
                select(Coach.id)
                .join(OfficeHourCoach, OfficeHourCoach.coach_id == Coach.id)
                .where(
                    OfficeHourCoach.office_hour_id == office_hour_id,
                    Coach.telegram_user_id.is_not(None),
                    Coach.active.is_(True),
                    started.exists(),
                )
                .order_by(Coach.id)
            )
        )

    async def _notify_coaches(
        self,
        office_hour_id: int,
        key: str,
        appointment: Appointment,
        person_id: int,
        *,
        profile: Text | None = None,
        once: str | None = None,
    ) -> None:
        """Tell the office hour's coaches (or the coaches' group). `profile`: the message takes the
        short profile; `once`: an outbox key prefix, so the same notice is never queued twice."""
        args: dict[str, object] = {"person": f"#{person_id}", **_when(appointment.slot, self.rules.zone)}
        if profile is not None:
            args["profile"] = profile
        reply = Reply(t(key, **args))
        recipients: list[tuple[Recipient, str]] = [
            (ToCoach(coach_id), f"c{coach_id}") for coach_id in await self._private_coaches(office_hour_id)
        ]
        if not recipients:  # no coach who can be written to privately: the coaches' group
            recipients.append((ToCoachesGroup(), "group"))
        for recipient, name in recipients:
            send_key = f"{once}:{name}" if once is not None else None
            await self.outbox.put(
                self.session, Send(recipient, reply, purpose="notice", key=send_key, about=person_id)
            )

    async def _profile(self, person_id: int) -> Text:
        """The person's German short profile for a coach, or "no short profile yet"."""
        if self.intake is not None:
            answers = await self.intake.answers(person_id)
            if answers:
                return Text.raw("\n".join(self.intake.profile(answers, COACHES_LANGUAGE)))
        return t("booking-coach-no-profile")

    async def _ask_attendance(self, booking: Booking, appointment: Appointment) -> None:
        """After the slot, the coaches who can be written to privately are asked whether the person came;
        where there are none, the coaches' group is (any member may answer, as with a case card)."""
        question = t(
            "booking-attendance-ask",
            person=f"#{booking.person_id}",
            **_when(appointment.slot, self.rules.zone),
        )
        asked: list[tuple[Recipient, Reply[Text], str]] = [
            (ToCoach(coach_id), Reply(question, attendance_options(booking.id)), f"c{coach_id}")
            for coach_id in await self._private_coaches(booking.office_hour_id)
        ]
        if not asked:
            asked.append((ToCoachesGroup(), Reply(question, group_attendance_options(booking.id)), "group"))
        for recipient, reply, name in asked:
            await self.outbox.put(
                self.session,
                Send(
                    recipient,
                    reply,
                    purpose="notice",
                    not_before=booking.ends_at,
                    key=f"{attendance_key(booking.id)}:{name}",
                    about=booking.person_id,
                ),
            )

    async def _no_shows(self, person_id: int) -> int:
        return int(
            await self.session.scalar(
                select(func.count()).where(Booking.person_id == person_id, Booking.attendance == NO_SHOW)
            )
            or 0
        )

    async def _require_confirmation(self, booking: Booking, appointment: Appointment) -> None:
        """Someone with two no-shows confirms by the start of the appointment's day, asked 24 hours ahead;
        a booking made later than that counts as the confirmation."""
        now = self.clock()
        ask_at = booking.starts_at - CONFIRM_AHEAD
        if booking.confirm_by is not None or booking.confirmed_at is not None:
            return
        if ask_at <= now:
            booking.confirmed_at = now
            return
        day = local_day(booking.starts_at, self.rules.zone)
        midnight = datetime.combine(day, time()).replace(tzinfo=self.rules.zone).astimezone(UTC)
        booking.confirm_by = max(midnight, ask_at + timedelta(hours=6))
        await self.outbox.put(
            self.session,
            Send(
                ToPerson(booking.person_id),
                Reply(
                    t(
                        "booking-confirm-ask",
                        when=booking.starts_at,
                        **_when(appointment.slot, self.rules.zone),
                    ),
                    reminder_options(booking.id, move=False),
                ),
                purpose="reminder",
                not_before=ask_at,
                key=confirm_key(booking.id),
            ),
            # Its buttons are the point: a template without them (WhatsApp, window closed) only
            # announces it, and the question itself follows when the person answers.
            extra={BUTTONS_NEEDED: True},
        )
        await self.session.flush()

    async def _own(self, person_id: int, booking_id: int) -> Booking | None:
        """The booking when it is this person's and still ahead (a forged id naming someone else's, an
        appointment that has begun or was cancelled get None)."""
        booking = await self.session.get(Booking, booking_id)
        if booking is None or booking.person_id != person_id or booking.starts_at <= self.clock():
            return None
        return booking

    def _real_slot(self, hour: OfficeHour, starts_at: datetime) -> tuple[datetime, datetime] | None:
        day = local_day(starts_at, self.rules.zone)
        rule = _rule(hour)
        if day not in set(days(rule, day, day)):
            return None
        return next(((s, e) for s, e in starts_on(rule, day, self.rules.zone) if s == starts_at), None)

    async def _appointment(self, booking: Booking, language: str | None = None) -> Appointment:
        hour = await self.session.get(OfficeHour, booking.office_hour_id)
        assert hour is not None
        coaches = (await self._coaches([hour.id]))[hour.id]
        slot = self._slot(hour, booking.starts_at, booking.ends_at, coaches, language, 0)
        return Appointment(booking.id, slot)

    def _slot(
        self,
        hour: OfficeHour,
        starts_at: datetime,
        ends_at: datetime,
        coaches: Sequence[Coach],
        language: str | None,
        free: int,
    ) -> Slot:
        speaking = [c for c in coaches if language and language in (c.languages or [])]
        chosen = (speaking or list(coaches))[:1]
        coach = chosen[0].name.split()[0] if chosen else None
        local = starts_at.astimezone(self.rules.zone)
        return Slot(
            slot_id(hour.id, starts_at),
            hour.id,
            starts_at,
            ends_at,
            hour.place,
            hour.address,
            hour.online,
            coach,
            free,
            local.date(),
            local.time().replace(tzinfo=None),
            hour.latitude,
            hour.longitude,
        )

    async def _cancelled(self, hour_ids: Sequence[int], first: date, last: date) -> set[tuple[int, date]]:
        if not hour_ids:
            return set()
        rows = await self.session.execute(
            select(OfficeHourCancellation.office_hour_id, OfficeHourCancellation.day).where(
                OfficeHourCancellation.office_hour_id.in_(hour_ids),
                OfficeHourCancellation.day >= first,
                OfficeHourCancellation.day <= last,
            )
        )
        return {(row.office_hour_id, row.day) for row in rows}

    async def _taken(
        self, hour_ids: Sequence[int], first: datetime, last: datetime
    ) -> dict[tuple[int, datetime], int]:
        if not hour_ids:
            return {}
        rows = await self.session.execute(
            select(Booking.office_hour_id, Booking.starts_at, func.count())
            .where(
                Booking.office_hour_id.in_(hour_ids), Booking.starts_at >= first, Booking.starts_at <= last
            )
            .group_by(Booking.office_hour_id, Booking.starts_at)
        )
        return {(row[0], row[1].astimezone(UTC)): int(row[2]) for row in rows}

    async def _coaches(self, hour_ids: Sequence[int]) -> dict[int, list[Coach]]:
        found: dict[int, list[Coach]] = defaultdict(list)
        if hour_ids:
            rows = await self.session.execute(
                select(OfficeHourCoach.office_hour_id, Coach)
                .join(Coach, Coach.id == OfficeHourCoach.coach_id)
                .where(OfficeHourCoach.office_hour_id.in_(hour_ids), Coach.active.is_(True))
                .order_by(Coach.id)
            )
            for hour_id, coach in rows:
                found[hour_id].append(coach)
        return found


def _rule(hour: OfficeHour) -> Rule:
    return Rule(
        hour.weekday, hour.on_date, parse_hhmm(hour.start_time), parse_hhmm(hour.end_time), hour.slot_minutes
    )


def _when(slot: Slot, zone: ZoneInfo) -> dict[str, object]:
    """Arguments every booking message uses: the local day (with its weekday), time and place."""
    return {"day": slot.day, "time": slot.clock, "place": slot.place}
