"""Office hours as coordinators manage them (`lotse hours …`, `lotse demo`): add and list.

Times are local wall-clock times in TIMEZONE ("HH:MM"); slots are computed from them (`slots.py`).
Cancelling a day is `BookingService.cancel_day`, because it tells the people who had booked.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.booking.slots import WEEKDAYS, parse_hhmm
from bot.storage.models import Coach, Municipality, OfficeHour, OfficeHourCoach


@dataclass(frozen=True)
class HourRow:
    id: int
    place: str
    address: str | None
    municipality: str | None
    online: bool
    when: str  # "tue" or "2026-12-24"
    start: str
    end: str
    slot_minutes: int
    seats: int
    coach_ids: tuple[int, ...]
    location: tuple[float, float] | None = None  # (latitude, longitude)


async def add_office_hour(
    session: AsyncSession,
    *,
    place: str,
    start: str,
    end: str,
    weekday: int | None = None,
    on_date: date | None = None,
    address: str | None = None,
    municipality_id: int | None = None,
    online: bool = False,
    slot_minutes: int = 30,
    seats: int = 1,
    coach_ids: Sequence[int] = (),
    created_at: datetime | None = None,
    location: tuple[float, float] | None = None,
) -> OfficeHour:
    """Add one office hour; ValueError (one line) for times that do not make a slot."""
    begins, ends = parse_hhmm(start), parse_hhmm(end)
    if (weekday is None) == (on_date is None):
        raise ValueError("give either a weekday or a date")
    if not 5 <= slot_minutes <= 480:
        raise ValueError("slot length must be 5 to 480 minutes")
    if seats < 1:
        raise ValueError("seats must be at least 1")
    if (ends.hour * 60 + ends.minute) - (begins.hour * 60 + begins.minute) < slot_minutes:
        raise ValueError(f"{start}–{end} is shorter than one slot of {slot_minutes} minutes")
    hour = OfficeHour(
        place=place,
        address=address,
        municipality_id=municipality_id,
        online=online,
        weekday=weekday,
        on_date=on_date,
        start_time=f"{begins:%H:%M}",
        end_time=f"{ends:%H:%M}",
        slot_minutes=slot_minutes,
        seats=seats,
        latitude=location[0] if location else None,
        longitude=location[1] if location else None,
    )
    if created_at is not None:
        hour.created_at = created_at
    session.add(hour)
    await session.flush()
    for coach_id in dict.fromkeys(coach_ids):
        session.add(OfficeHourCoach(office_hour_id=hour.id, coach_id=coach_id))
    await session.flush()
    return hour


async def list_office_hours(session: AsyncSession) -> list[HourRow]:
    rows = (
        await session.execute(
            select(OfficeHour, Municipality.name)
            .outerjoin(Municipality, Municipality.id == OfficeHour.municipality_id)
            .order_by(OfficeHour.id)
        )
    ).all()
    links = (await session.execute(select(OfficeHourCoach.office_hour_id, OfficeHourCoach.coach_id))).all()
    coaches: dict[int, list[int]] = {}
    for hour_id, coach_id in links:
        coaches.setdefault(hour_id, []).append(coach_id)
    return [
        HourRow(
            hour.id,
            hour.place,
            hour.address,
            town,
            hour.online,
            WEEKDAYS[hour.weekday] if hour.weekday is not None else f"{hour.on_date:%Y-%m-%d}",
            hour.start_time,
            hour.end_time,
            hour.slot_minutes,
            hour.seats,
            tuple(sorted(coaches.get(hour.id, []))),
            _location(hour),
        )
        for hour, town in rows
    ]


def _location(hour: OfficeHour) -> tuple[float, float] | None:
    if hour.latitude is None or hour.longitude is None:
        return None
    return hour.latitude, hour.longitude


def parse_location(text: str) -> tuple[float, float]:
    """`--location LAT,LON` (decimal degrees, WGS 84, as a map shows them: "49.1255,8.5988");
    ValueError (one line) for anything else."""
    parts = text.replace(" ", "").split(",")
    try:
        if len(parts) != 2:
            raise ValueError
        latitude, longitude = float(parts[0]), float(parts[1])
    except ValueError:
        raise ValueError(f"location {text!r} is not LAT,LON such as 49.1255,8.5988") from None
    if not (math.isfinite(latitude) and -90 <= latitude <= 90):
        raise ValueError(f"latitude {parts[0]} is not between -90 and 90")
    if not (math.isfinite(longitude) and -180 <= longitude <= 180):
        raise ValueError(f"longitude {parts[1]} is not between -180 and 180")
    return latitude, longitude


async def coach_exists(session: AsyncSession, coach_id: int) -> bool:
    return await session.get(Coach, coach_id) is not None
