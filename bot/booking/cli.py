"""`lotse hours add|list|cancel-day|bookings|mark`: office hours for coordinators (registered by `bot.cli`).

Times are local wall-clock times in TIMEZONE; slots are stored in UTC when booked. Mistakes end in one
line (ValueError → `bot.cli` prints it, exit 2).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.booking.hours import add_office_hour, coach_exists, list_office_hours, parse_location
from bot.booking.service import BookingRules, BookingService
from bot.booking.slots import WEEKDAYS, parse_hhmm
from bot.config import Settings
from bot.outbox import Outbox
from bot.storage import staff
from bot.storage.database import Database
from bot.storage.models import Booking, OfficeHour, utcnow


def _weekday(value: str) -> int:
    text = value.strip().lower()[:3]
    if text not in WEEKDAYS:
        raise argparse.ArgumentTypeError(f"{value!r} is not a weekday; use {'|'.join(WEEKDAYS)}")
    return WEEKDAYS.index(text)


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date such as 2026-12-24") from None


def _hhmm(value: str) -> str:
    try:
        return f"{parse_hhmm(value):%H:%M}"
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


async def booking_lines(session: AsyncSession, zone: ZoneInfo, days: int) -> list[str]:
    """`lotse hours bookings`: id, local start, place, person, attended / no-show / open."""
    now = utcnow()
    rows = await session.execute(
        select(Booking, OfficeHour.place)
        .join(OfficeHour, OfficeHour.id == Booking.office_hour_id)
        .where(
            Booking.starts_at >= now - timedelta(days=days), Booking.starts_at <= now + timedelta(days=days)
        )
        .order_by(Booking.starts_at, Booking.id)
    )
    lines = [
        f"{booking.id}  {booking.starts_at.astimezone(zone):%Y-%m-%d %H:%M}  {place}  "
        f"person #{booking.person_id}  {(booking.attendance or 'open').replace('_', '-')}"
        for booking, place in rows
    ]
    return lines or [f"No bookings within {days} days."]


def add_hours_parser(commands: Any, positive_id: Callable[[str], int]) -> None:
    hours = commands.add_parser("hours", help="add, list or cancel office hours")
    actions = hours.add_subparsers(dest="action", required=True)
    add = actions.add_parser("add", help="add weekly office hours or one date")
    add.add_argument("--place", required=True, help="where: a room, a building (or 'Online')")
    add.add_argument("--address", help="street, postcode and town")
    add.add_argument("--municipality", metavar="NAME", help="the municipality (lotse demo adds the county's)")
    add.add_argument("--online", action="store_true", help="online or by phone, not at a place")
    add.add_argument(
        "--location", metavar="LAT,LON", help="the place on the map, decimal degrees (e.g. 49.1255,8.5988)"
    )
    when = add.add_mutually_exclusive_group(required=True)
    when.add_argument("--weekday", type=_weekday, help="every week on this day: " + "|".join(WEEKDAYS))
    when.add_argument("--date", type=_date, help="once, on this day (YYYY-MM-DD)")
    add.add_argument("--start", type=_hhmm, required=True, help="first slot, local time (HH:MM)")
    add.add_argument("--end", type=_hhmm, required=True, help="end of the last slot, local time (HH:MM)")
    add.add_argument("--slot-minutes", type=int, default=30, help="length of one slot (default 30)")
    add.add_argument("--seats", type=int, default=1, help="people per slot (default 1)")
    add.add_argument(
        "--coach", type=positive_id, action="append", metavar="ID", help="a coach's id (lotse coach list)"
    )
    listing = actions.add_parser("list", help="one line per office hour")
    listing.add_argument("--json", action="store_true", help="as JSON, for scripts")
    cancel = actions.add_parser("cancel-day", help="cancel one day; everyone booked is told")
    cancel.add_argument("id", type=positive_id, help="the office hour's id (lotse hours list)")
    cancel.add_argument("day", type=_date, help="the day (YYYY-MM-DD)")
    bookings = actions.add_parser("bookings", help="bookings of the last and next days, one line each")
    bookings.add_argument("--days", type=int, default=7, help="how many days back and ahead (default 7)")
    mark = actions.add_parser("mark", help="after the slot: did the person come? (two no-shows: confirm)")
    mark.add_argument("booking", type=positive_id, help="the booking's id (lotse hours bookings)")
    mark.add_argument("outcome", choices=("attended", "no-show"))


async def hours_command(args: argparse.Namespace, db: Database, settings: Settings) -> int:
    async with db.session() as session:
        if args.action == "list":
            rows = await list_office_hours(session)
            if args.json:
                print(json.dumps([row.__dict__ for row in rows], ensure_ascii=False, indent=2, default=list))
            elif not rows:
                print(
                    "No office hours yet: "
                    "lotse hours add --place NAME --weekday tue --start 10:00 --end 12:00"
                )
            for row in [] if args.json else rows:
                where = "online" if row.online else (row.municipality or "-")
                coaches = ",".join(str(c) for c in row.coach_ids) or "-"
                pin = f"  at {row.location[0]},{row.location[1]}" if row.location else ""
                print(
                    f"{row.id}  {row.place} ({where})  {row.when}  {row.start}–{row.end}  "
                    f"{row.seats} seat(s) per {row.slot_minutes} min  coaches {coaches}{pin}"
                )
            return 0
        if args.action == "add":
            location = parse_location(args.location) if args.location is not None else None
            if location is not None and args.online:
                raise ValueError("an online office hour has no place on the map; leave out --location")
            municipality_id = None
            if args.municipality:
                found = await staff.municipality_named(session, args.municipality)
                if found is None:
                    known = ", ".join(m.name for m in await staff.municipalities(session)) or "none yet"
                    raise ValueError(f"unknown municipality {args.municipality!r}; known: {known}")
                municipality_id = found.id
            for coach_id in args.coach or []:
                if not await coach_exists(session, coach_id):
                    raise ValueError(f"there is no coach {coach_id} (lotse coach list shows them)")
            hour = await add_office_hour(
                session,
                place=" ".join(args.place.split()),
                address=args.address,
                municipality_id=municipality_id,
                online=args.online,
                weekday=args.weekday,
                on_date=args.date,
                start=args.start,
                end=args.end,
                slot_minutes=args.slot_minutes,
                seats=args.seats,
                coach_ids=args.coach or [],
                location=location,
            )
            when = WEEKDAYS[hour.weekday] if hour.weekday is not None else f"{hour.on_date}"
            print(f"Added office hour {hour.id}: {hour.place}, {when} {hour.start_time}–{hour.end_time}")
            return 0
        outbox = Outbox(clock=utcnow, coach_chat_id=settings.coach_chat_id)
        rules = BookingRules.from_settings(settings)
        if args.action == "bookings":
            for line in await booking_lines(session, settings.zone, args.days):
                print(line)
            return 0
        if args.action == "mark":
            booking = await session.get(Booking, args.booking)
            if booking is None:
                raise ValueError(f"there is no booking {args.booking} (lotse hours bookings shows them)")
            service = BookingService(session, outbox, rules, utcnow)
            if await service.set_attendance(booking, args.outcome == "attended") == "early":
                raise ValueError(f"booking {args.booking} has not begun yet")
            print(f"Booking {args.booking}: {args.outcome}.")
            return 0
        told = await BookingService(session, outbox, rules, utcnow).cancel_day(args.id, args.day)
        if told is None:
            raise ValueError(f"there is no office hour {args.id} (lotse hours list shows them)")
        print(f"Cancelled office hour {args.id} on {args.day}; {told} booked person(s) will be told.")
        return 0
