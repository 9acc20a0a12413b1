"""Booking an office hour, and "My appointments": list, cancel (asked once), move.

    menu ─ book ─► book_where ─► book_slots ─► book_confirm ─Confirm─► book_done (details, .ics)
                   (towns, online, any)  (paged, More)   │ taken meanwhile: book_slots again, told why
    menu ─ appointments ─► appointments ─► appointment ─► appointment_cancel (Yes / No)
                                                     └─ move ─► book_where … (the old one goes on Confirm)

Buttons under messages sent later (answered from any screen, engine `actions`):
    reminder.<booking>.come|cancel|move   → appointment: "I'll come" (coach told), Cancel (asks once), Move
    rebook.<slot id>  (a cancelled day)   → book_slots → book_confirm for that slot
    attendance.<booking>.came|missed      → staff_attendance (a coach after the slot)

Ownership, seats, lead time and the upcoming limit are checked by the service (`ctx.services.booking`)
in the update's transaction; this flow only says what happened. Typed times ("10:30", "morgen 10 Uhr")
on the slot screen pick the one shown slot at that time, or the slots are shown again.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, time, timedelta
from typing import Any, ClassVar

from flows.engine import (
    Back,
    BaseStep,
    Context,
    File,
    Go,
    Location,
    Option,
    Outcome,
    Role,
    Screen,
    Stay,
    Text,
    t,
)
from flows.ports import Appointment, HoursDay, Slot

SLOTS_PER_PAGE = 5
NONE = "none"  # an argument value the catalogues select on ("no address", "no coach yet")


def details(slot: Slot) -> dict[str, Any]:
    """The arguments of every message that describes an appointment."""
    return {
        "day": slot.day,
        "time": slot.clock,
        "place": slot.place,
        "address": slot.address or NONE,
        "coach": slot.coach or NONE,
        "online": "yes" if slot.online else "no",
    }


def pin(slot: Slot) -> Location | None:
    """The office hour's place on the map, when it has one (never for online office hours)."""
    if slot.latitude is None or slot.longitude is None or slot.online:
        return None
    return Location(slot.latitude, slot.longitude, slot.place, slot.address)


def slot_label(slot: Slot) -> Text:
    return t("booking-slot", day=slot.day, time=slot.clock, place=slot.place)


class BookWhere(BaseStep):
    name: ClassVar[str] = "book_where"
    leads_to: ClassVar[tuple[str, ...]] = ("book_slots",)
    back: ClassVar[bool] = True

    async def load(self, ctx: Context) -> dict[str, Any]:
        places = list(await ctx.services.booking.places())
        mine = await _home_town(ctx)
        # The person's municipality first when the intake knows it; the rest in their order.
        return {"places": sorted(places, key=lambda where: where.id != mine)}

    def screen(self, ctx: Context) -> Screen:
        options = []
        for where in ctx.view["places"]:
            if where.id == "online":
                options.append(Option(where.id, t("booking-online")))
            elif where.id == "any":
                options.append(Option(where.id, t("booking-any")))
            else:
                options.append(Option(where.id, Text.raw(where.name)))
        return Screen(t("booking-where"), options)

    def on_option(self, ctx: Context, option_id: str) -> Outcome:
        ctx.data["where"] = option_id
        return Go("book_slots")


class BookSlots(BaseStep):
    name: ClassVar[str] = "book_slots"
    leads_to: ClassVar[tuple[str, ...]] = ("book_confirm",)
    back: ClassVar[bool] = True
    page_size: ClassVar[int] = SLOTS_PER_PAGE
    # "rebook.<slot id>": a free slot offered under the message that a day was cancelled.
    actions: ClassVar[tuple[str, ...]] = ("rebook",)

    async def load(self, ctx: Context) -> dict[str, Any]:
        booking = ctx.services.booking
        slots = await booking.free_slots(ctx.data.get("where", "any"), ctx.language)
        return {"slots": slots, "today": booking.today()}

    def screen(self, ctx: Context) -> Screen:
        slots: Sequence[Slot] = ctx.view["slots"]
        if not slots:
            return Screen(t("booking-no-slots"))
        return Screen(t("booking-slots"), [Option(slot.id, slot_label(slot)) for slot in slots])

    def on_option(self, ctx: Context, option_id: str) -> Outcome:
        if option_id.startswith("rebook."):  # a new booking, wherever the person was (Back: these slots)
            ctx.data.pop("move", None)
            ctx.data["where"] = "any"
            option_id = option_id.removeprefix("rebook.")
        ctx.data["slot"] = option_id
        return Go("book_confirm")

    def on_text(self, ctx: Context, text: str) -> Outcome:
        slot = typed_slot(text, ctx.view["slots"], ctx.view["today"])
        if slot is None:
            return Stay(say=[t("booking-time-unknown")])
        ctx.data["slot"] = slot.id
        return Go("book_confirm")


class BookConfirm(BaseStep):
    name: ClassVar[str] = "book_confirm"
    leads_to: ClassVar[tuple[str, ...]] = ("book_done", "book_slots", "appointments")
    back: ClassVar[bool] = True

    async def load(self, ctx: Context) -> dict[str, Any]:
        booking = ctx.services.booking
        slot = await booking.slot(str(ctx.data.get("slot", "")), ctx.language)
        others: Sequence[Slot] = ()
        if slot is None:  # taken or cancelled since it was shown: the next free ones instead
            others = (await booking.free_slots(ctx.data.get("where", "any"), ctx.language))[:SLOTS_PER_PAGE]
        return {"slot": slot, "others": others}

    def screen(self, ctx: Context) -> Screen:
        slot: Slot | None = ctx.view["slot"]
        if slot is None:
            others: Sequence[Slot] = ctx.view["others"]
            if not others:
                return Screen(t("booking-no-slots"))
            return Screen(t("booking-taken"), [Option(other.id, slot_label(other)) for other in others])
        return Screen(t("booking-confirm", **details(slot)), [Option("confirm", t("booking-confirm-yes"))])

    async def on_option(self, ctx: Context, option_id: str) -> Outcome:
        if option_id != "confirm":  # one of the next free slots, offered when the chosen one went
            ctx.data["slot"] = option_id
            return Stay()
        booking = ctx.services.booking
        person = ctx.profile.person_id
        moving = ctx.data.get("move")
        wanted = str(ctx.data.get("slot", ""))
        if moving is not None:
            result = await booking.move(person, int(moving), wanted, ctx.language)
        else:
            result = await booking.book(person, wanted, ctx.language)
        if result.status == "booked" and result.appointment is not None:
            ctx.data.pop("move", None)
            ctx.data["booked"] = result.appointment.id
            return Go("book_done", say=[t("booking-moved")] if moving is not None else [])
        if result.status == "limit":
            return Go("appointments", say=[t("booking-limit")])
        if result.status == "taken":
            return Go("book_slots", say=[t("booking-taken")])
        if moving is not None and result.status == "gone" and not await _still_there(ctx, int(moving)):
            ctx.data.pop("move", None)
            return Go("appointments", say=[t("booking-appointment-gone")])
        return Go("book_slots", say=[t("booking-slot-gone")])


class BookDone(BaseStep):
    name: ClassVar[str] = "book_done"
    leads_to: ClassVar[tuple[str, ...]] = ("appointments", "menu")

    async def load(self, ctx: Context) -> dict[str, Any]:
        return {"appointment": await _appointment(ctx, ctx.data.get("booked")), "bring": await _bring(ctx)}

    def screen(self, ctx: Context) -> Screen:
        appointment: Appointment | None = ctx.view["appointment"]
        options = [Option("appointments", t("menu-appointments")), Option("menu", t("booking-to-menu"))]
        if appointment is None:
            return Screen(t("booking-appointment-gone"), options)
        ics = File("termin.ics", ctx.services.booking.calendar(appointment), "text/calendar")
        text = t("booking-done", bring=ctx.view["bring"], **details(appointment.slot))
        return Screen(text, options, [ics], location=pin(appointment.slot))

    def on_option(self, ctx: Context, option_id: str) -> Outcome:
        return Go(option_id)


class Appointments(BaseStep):
    name: ClassVar[str] = "appointments"
    leads_to: ClassVar[tuple[str, ...]] = ("appointment", "book_where")
    back: ClassVar[bool] = True

    async def load(self, ctx: Context) -> dict[str, Any]:
        return {"appointments": await ctx.services.booking.appointments(ctx.profile.person_id)}

    def screen(self, ctx: Context) -> Screen:
        appointments: Sequence[Appointment] = ctx.view["appointments"]
        options = [Option(f"b{a.id}", slot_label(a.slot)) for a in appointments]
        options.append(Option("book", t("menu-book")))
        return Screen(t("appointments-list" if appointments else "appointments-none"), options)

    def on_option(self, ctx: Context, option_id: str) -> Outcome:
        if option_id == "book":
            ctx.data.pop("move", None)
            return Go("book_where")
        ctx.data["appointment"] = int(option_id[1:])
        return Go("appointment")


class AppointmentDetail(BaseStep):
    """One appointment; also answers the buttons under a reminder from any screen
    (`reminder.<booking id>.come|cancel|move`), after the service checked the booking is the presser's
    and still ahead (forged or stale data: a short reply, nothing changes, the person stays where
    they were)."""

    name: ClassVar[str] = "appointment"
    leads_to: ClassVar[tuple[str, ...]] = ("appointment_cancel", "book_where")
    back: ClassVar[bool] = True
    actions: ClassVar[tuple[str, ...]] = ("reminder",)

    async def load(self, ctx: Context) -> dict[str, Any]:
        return {"appointment": await _appointment(ctx, ctx.data.get("appointment"))}

    def screen(self, ctx: Context) -> Screen:
        appointment: Appointment | None = ctx.view["appointment"]
        if appointment is None:
            return Screen(t("booking-appointment-gone"))
        options = [Option("cancel", t("appointment-cancel")), Option("move", t("appointment-move"))]
        return Screen(t("appointment-details", **details(appointment.slot)), options)

    async def on_option(self, ctx: Context, option_id: str) -> Outcome:
        if option_id.startswith("reminder."):
            return await self._reminder(ctx, option_id)
        if option_id == "move":
            ctx.data["move"] = ctx.data.get("appointment")
            return Go("book_where")
        return Go("appointment_cancel")

    async def _reminder(self, ctx: Context, option_id: str) -> Outcome:
        _prefix, booking_id, answer = [*option_id.split("."), "", ""][:3]
        if not booking_id.isdigit() or answer not in ("come", "cancel", "move"):
            return Back(say=[t("option-stale")])
        booking = ctx.services.booking
        status = await booking.check(ctx.profile.person_id, int(booking_id))
        if status != "mine":
            key = {"not_mine": "booking-not-yours", "past": "booking-reminder-past"}.get(
                status, "booking-appointment-gone"
            )
            return Back(say=[t(key)])
        ctx.data["appointment"] = int(booking_id)
        if answer == "come":
            await booking.come(ctx.profile.person_id, int(booking_id))
            return Back(say=[t("reminder-come-thanks")])
        if answer == "move":
            ctx.data["move"] = int(booking_id)
            return Go("book_where")
        return Go("appointment_cancel")


class AppointmentCancel(BaseStep):
    name: ClassVar[str] = "appointment_cancel"
    leads_to: ClassVar[tuple[str, ...]] = ("appointments",)

    async def load(self, ctx: Context) -> dict[str, Any]:
        return {"appointment": await _appointment(ctx, ctx.data.get("appointment"))}

    def screen(self, ctx: Context) -> Screen:
        appointment: Appointment | None = ctx.view["appointment"]
        options = [Option("yes", t("appointment-cancel-yes")), Option("no", t("appointment-cancel-no"))]
        if appointment is None:
            return Screen(t("booking-appointment-gone"), options[1:])
        return Screen(t("appointment-cancel-confirm", **details(appointment.slot)), options)

    async def on_option(self, ctx: Context, option_id: str) -> Outcome:
        if option_id != "yes":
            return Go("appointments")
        booking_id = ctx.data.get("appointment")
        cancelled = None
        if booking_id is not None:
            cancelled = await ctx.services.booking.cancel(ctx.profile.person_id, int(booking_id))
        if cancelled is None:  # cancelled already (another device, a double tap), or not theirs
            return Go("appointments", say=[t("booking-appointment-gone")])
        return Go("appointments", say=[t("appointment-cancelled")])


async def _bring(ctx: Context) -> str:
    """What to bring beyond ID, CV and certificates, from the intake: "abroad" when the person said their
    qualification was obtained abroad (certificates from home and translations), else "other"."""
    if ctx.services.intake is None:
        return "other"
    answers = await ctx.services.intake.answers(ctx.profile.person_id)
    abroad = answers.get("abroad") is True and answers.get("qualification") not in (None, "none")
    return "abroad" if abroad else "other"


async def _home_town(ctx: Context) -> str | None:
    """The "where" id of the municipality the person gave in the intake (`m<id>`), if any."""
    if ctx.services.intake is None:
        return None
    place = (await ctx.services.intake.answers(ctx.profile.person_id)).get("place")
    if isinstance(place, dict) and isinstance(place.get("id"), int):
        return f"m{place['id']}"
    return None


async def _appointment(ctx: Context, booking_id: Any) -> Appointment | None:
    """The person's own appointment with this id (the service lists only theirs)."""
    if booking_id is None:
        return None
    for appointment in await ctx.services.booking.appointments(ctx.profile.person_id):
        if appointment.id == int(booking_id):
            return appointment
    return None


async def _still_there(ctx: Context, booking_id: int) -> bool:
    return await _appointment(ctx, booking_id) is not None


# -- typed times ------------------------------------------------------------------------------------

_TIME = re.compile(r"(?<!\d)(\d{1,2})(?:[:.h](\d{2}))?(?!\d)")
_TOMORROW = ("morgen", "tomorrow", "demain", "завтра", "yarın", "yarin", "غدا", "فردا", "sibeh", "berri")
_TODAY = ("heute", "today", "aujourd", "сегодня", "bugün", "bugun", "اليوم", "امروز", "iro")


def typed_slot(text: str, slots: Sequence[Slot], today: date) -> Slot | None:
    """The one slot a typed time means ("10:30", "10 Uhr", "morgen 10 Uhr"), or None when none or several fit.

    "morgen" and "heute" pick the day; "um 10 Uhr" means the next 10:00 slot when several days have one.
    """
    lowered = text.casefold()
    found = _TIME.search(lowered)
    if found is None:
        return None
    hour, minute = int(found.group(1)), int(found.group(2) or 0)
    if hour > 23 or minute > 59:
        return None
    fitting = [slot for slot in slots if (slot.clock.hour, slot.clock.minute) == (hour, minute)]
    if any(word in lowered for word in _TOMORROW):
        fitting = [slot for slot in fitting if slot.day == today + timedelta(days=1)]
    elif any(word in lowered for word in _TODAY):
        fitting = [slot for slot in fitting if slot.day == today]
    if not fitting:
        return None
    first_day = fitting[0].day
    on_first_day = [slot for slot in fitting if slot.day == first_day]
    return on_first_day[0] if len(on_first_day) == 1 else None


# -- the staff side: "My office hours" (coach) / "Office hours" (coordinator) ------------------------


def _booked(times: Sequence[time]) -> Text:
    if not times:
        return t("staff-hours-nobody")
    return Text.raw(", ".join(f"{moment:%H:%M}" for moment in times))


class StaffHours(BaseStep):
    """The next two weeks of office hours (the coach's own; a coordinator's: all), with what is booked."""

    name: ClassVar[str] = "staff_hours"
    leads_to: ClassVar[tuple[str, ...]] = ("staff_hours_cancel",)
    requires_consent: ClassVar[bool] = False
    staff_only: ClassVar[bool] = True
    back: ClassVar[bool] = True
    page_size: ClassVar[int] = 6

    async def load(self, ctx: Context) -> dict[str, Any]:
        everyone = ctx.profile.role is Role.COORDINATOR
        return {"days": await ctx.services.booking.staff_days(ctx.profile.person_id, everyone)}

    def screen(self, ctx: Context) -> Screen:
        days: Sequence[HoursDay] = ctx.view["days"]
        if not days:
            return Screen(t("staff-hours-none"))
        options = [
            Option(
                day.id,
                t(
                    "staff-hours-day",
                    day=day.day,
                    start=day.start,
                    end=day.end,
                    place=day.place,
                    booked=_booked(day.booked),
                ),
            )
            for day in days
        ]
        return Screen(t("staff-hours-title"), options)

    def on_option(self, ctx: Context, option_id: str) -> Outcome:
        ctx.data["day"] = option_id
        return Go("staff_hours_cancel")


class StaffHoursCancel(BaseStep):
    name: ClassVar[str] = "staff_hours_cancel"
    leads_to: ClassVar[tuple[str, ...]] = ("staff_hours",)
    requires_consent: ClassVar[bool] = False
    staff_only: ClassVar[bool] = True
    back: ClassVar[bool] = True

    async def load(self, ctx: Context) -> dict[str, Any]:
        everyone = ctx.profile.role is Role.COORDINATOR
        days = await ctx.services.booking.staff_days(ctx.profile.person_id, everyone)
        return {"day": next((day for day in days if day.id == ctx.data.get("day")), None)}

    def screen(self, ctx: Context) -> Screen:
        day: HoursDay | None = ctx.view["day"]
        if day is None:
            return Screen(t("staff-hours-gone"))
        text = t(
            "staff-hours-cancel-confirm",
            day=day.day,
            start=day.start,
            end=day.end,
            place=day.place,
            booked=_booked(day.booked),
        )
        return Screen(text, [Option("yes", t("staff-hours-cancel-yes"))])

    async def on_option(self, ctx: Context, option_id: str) -> Outcome:
        day: HoursDay | None = ctx.view["day"]
        everyone = ctx.profile.role is Role.COORDINATOR
        if day is None or not await ctx.services.booking.staff_cancel_day(
            ctx.profile.person_id, everyone, day.office_hour_id, day.day
        ):
            return Go("staff_hours", say=[t("staff-hours-gone")])
        return Go("staff_hours", say=[t("staff-hours-cancelled")])


class StaffAttendance(BaseStep):
    """A coach's answer to "Did they come?" under the notice sent after the slot
    (`attendance.<booking id>.came|missed`), from any screen; only for their own office hours."""

    name: ClassVar[str] = "staff_attendance"
    requires_consent: ClassVar[bool] = False
    staff_only: ClassVar[bool] = True
    back: ClassVar[bool] = True
    actions: ClassVar[tuple[str, ...]] = ("attendance",)

    def screen(self, ctx: Context) -> Screen:
        return Screen(t("booking-attendance-saved"))

    async def on_option(self, ctx: Context, option_id: str) -> Outcome:
        _prefix, booking_id, answer = [*option_id.split("."), "", ""][:3]
        if not booking_id.isdigit() or answer not in ("came", "missed"):
            return Back(say=[t("option-stale")])
        everyone = ctx.profile.role is Role.COORDINATOR
        status = await ctx.services.booking.mark_attendance(
            ctx.profile.person_id, everyone, int(booking_id), answer == "came"
        )
        key = {
            "saved": "booking-attendance-saved",
            "early": "booking-attendance-early",
            "gone": "booking-appointment-gone",
        }.get(status, "booking-attendance-refused")
        return Back(say=[t(key)])
