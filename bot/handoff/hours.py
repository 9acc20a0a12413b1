"""`COACH_HOURS`: when coaches usually answer, e.g. `Mon-Fri 09:00-17:00` (empty: always).

Several ranges are separated by commas: `Mon-Thu 09:00-17:00, Fri 09:00-13:00`. Times are local
(`TIMEZONE`). The person is told the hours when a case opens, and whether it is outside them now;
escalation (`ESCALATE_AFTER`) counts only time within them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_RANGE = re.compile(
    r"^(?P<first>[a-z]{3})(?:\s*-\s*(?P<last>[a-z]{3}))?\s+"
    r"(?P<start>\d{1,2}:\d{2})\s*-\s*(?P<end>\d{1,2}:\d{2})$"
)


@dataclass(frozen=True)
class Window:
    days: frozenset[int]  # 0 = Monday
    start: time
    end: time


@dataclass(frozen=True)
class CoachHours:
    windows: tuple[Window, ...] = ()
    text: str = ""

    @property
    def always(self) -> bool:
        return not self.windows

    @classmethod
    def parse(cls, text: str) -> CoachHours:
        """Raises ValueError with a readable reason for anything but `Mon-Fri 09:00-17:00` (or empty)."""
        text = text.strip()
        if not text:
            return cls()
        windows = []
        for part in text.split(","):
            match = _RANGE.match(part.strip().lower())
            if match is None:
                raise ValueError(f"{part.strip()!r} is not like 'Mon-Fri 09:00-17:00'")
            first, last = match["first"], match["last"] or match["first"]
            if first not in DAYS or last not in DAYS:
                raise ValueError(f"{part.strip()!r}: days are Mon Tue Wed Thu Fri Sat Sun")
            a, b = DAYS.index(first), DAYS.index(last)
            days = frozenset(range(a, b + 1)) if a <= b else frozenset([*range(a, 7), *range(0, b + 1)])
            start, end = (_clock(match["start"]), _clock(match["end"]))
            if end <= start:
                raise ValueError(f"{part.strip()!r}: the end must be after the start")
            windows.append(Window(days, start, end))
        return cls(tuple(windows), text)

    def within(self, moment: datetime, zone: ZoneInfo) -> bool:
        if self.always:
            return True
        local = moment.astimezone(zone)
        return any(
            local.weekday() in w.days and w.start <= local.time().replace(tzinfo=None) < w.end
            for w in self.windows
        )

    def elapsed(self, since: datetime, until: datetime, zone: ZoneInfo) -> timedelta:
        """How much of [since, until) lies within the hours (minute steps, at most 14 days looked at)."""
        if self.always:
            return max(until - since, timedelta(0))
        total, step = timedelta(0), timedelta(minutes=1)
        moment, end = since, min(until, since + timedelta(days=14))
        while moment < end:
            if self.within(moment, zone):
                total += step
            moment += step
        return total


def _clock(text: str) -> time:
    hours, minutes = (int(part) for part in text.split(":"))
    if hours == 24 and minutes == 0:
        return time(23, 59, 59)
    return time(hours, minutes)
