"""Demo office hours for `lotse demo`: a weekly office hour in each demo coach's town and one online.

Idempotent: an office hour at a place that exists already is not added again (it only gets its map
location when it has none: demo databases from before migration 0014). The coordinates are the
buildings' (WGS 84), for the pin in the booking confirmation.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.booking.hours import add_office_hour
from bot.storage.models import Coach, Municipality, OfficeHour

# (place, address, town (None: online), weekday (0 = Monday), start, end, seats, coach Telegram id,
#  map location (latitude, longitude) or None)
DEMO_HOURS = (
    (
        "Rathaus Bruchsal, Raum 12",
        "Kaiserstraße 66, 76646 Bruchsal",
        "Bruchsal",
        1,
        "10:00",
        "12:00",
        2,
        900_000_001,
        (49.12455, 8.59787),
    ),
    (
        "Bürgerbüro Ettlingen",
        "Marktplatz 2, 76275 Ettlingen",
        "Ettlingen",
        2,
        "14:00",
        "16:00",
        1,
        900_000_002,
        (48.94128, 8.40765),
    ),
    (
        "Stadtbibliothek Bretten",
        "Engelsberg 9, 75015 Bretten",
        "Bretten",
        3,
        "16:00",
        "18:00",
        1,
        900_000_003,
        (49.03627, 8.70637),
    ),
    (
        "Rathaus Stutensee",
        "Rathausstraße 3, 76297 Stutensee",
        "Stutensee",
        0,
        "09:00",
        "11:00",
        1,
        900_000_004,
        (49.06448, 8.47194),
    ),
    ("Online (Video oder Telefon)", None, None, 4, "10:00", "12:00", 1, 900_000_005, None),
)


async def load_demo_hours(session: AsyncSession) -> int:
    """Add the demo office hours that are missing; returns how many office hours the demo has."""
    known = {hour.place: hour for hour in await session.scalars(select(OfficeHour))}
    towns = {m.name: m.id for m in await session.scalars(select(Municipality))}
    coaches = {c.telegram_user_id: c.id for c in await session.scalars(select(Coach))}
    for place, address, town, weekday, start, end, seats, coach, location in DEMO_HOURS:
        if place in known:
            hour = known[place]
            if location is not None and hour.latitude is None and hour.longitude is None:
                hour.latitude, hour.longitude = location
            continue
        await add_office_hour(
            session,
            place=place,
            address=address,
            municipality_id=towns.get(town) if town else None,
            online=town is None,
            weekday=weekday,
            start=start,
            end=end,
            seats=seats,
            coach_ids=[coaches[coach]] if coach in coaches else [],
            location=location,
        )
    return len(DEMO_HOURS)
