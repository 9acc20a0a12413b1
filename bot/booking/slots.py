"""Slots of an office hour: wall-clock times in TIMEZONE turned into UTC, one day at a time.

The arithmetic is done on local wall-clock times and the zone is attached last, so a rule "Tuesdays
10:00" stays at 10:00 local time on both sides of a daylight-saving change (09:00 or 08:00 UTC).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class Rule:
    """What `office_hours` holds about when: a weekday (0 = Monday) or a date, and local times."""

    weekday: int | None
    on_date: date | None
    start: time
    end: time
    slot_minutes: int


def parse_hhmm(text: str) -> time:
    """ "9:30" or "09:30" → time(9, 30); ValueError otherwise."""
    hours, _, minutes = text.strip().partition(":")
    if not (hours.isdigit() and minutes.isdigit() and len(minutes) == 2):
        raise ValueError(f"{text!r} is not a time such as 09:30")
    return time(int(hours), int(minutes))


def days(rule: Rule, first: date, last: date) -> Iterator[date]:
    """The days from `first` to `last` (inclusive) on which the rule holds."""
    if rule.on_date is not None:
        if first <= rule.on_date <= last:
            yield rule.on_date
        return
    day = first + timedelta(days=(rule.weekday - first.weekday()) % 7) if rule.weekday is not None else last
    while rule.weekday is not None and day <= last:
        yield day
        day += timedelta(days=7)


def starts_on(rule: Rule, day: date, zone: ZoneInfo) -> list[tuple[datetime, datetime]]:
    """(start, end) in UTC of each slot of the rule on `day`; a slot that would end late is left out."""
    slots = []
    step = timedelta(minutes=rule.slot_minutes)
    local = datetime.combine(day, rule.start)
    end = datetime.combine(day, rule.end)
    while local + step <= end:
        start_utc = local.replace(tzinfo=zone).astimezone(UTC)
        end_utc = (local + step).replace(tzinfo=zone).astimezone(UTC)
        slots.append((start_utc, end_utc))
        local += step
    return slots


def local_day(moment: datetime, zone: ZoneInfo) -> date:
    return moment.astimezone(zone).date()


def slot_id(office_hour_id: int, starts_at: datetime) -> str:
    """An option id for a slot: `s<office hour>-<YYYYMMDDHHMM in UTC>`."""
    return f"s{office_hour_id}-{starts_at.astimezone(UTC):%Y%m%d%H%M}"


def parse_slot_id(text: str) -> tuple[int, datetime] | None:
    """The office hour and start of a slot id, or None for anything else (a forged or old id)."""
    if not text.startswith("s") or "-" not in text:
        return None
    hour, _, stamp = text[1:].partition("-")
    if not hour.isdigit() or len(stamp) != 12 or not stamp.isdigit():
        return None
    try:
        return int(hour), datetime.strptime(stamp, "%Y%m%d%H%M").replace(tzinfo=UTC)
    except ValueError:
        return None
