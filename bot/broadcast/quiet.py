"""Quiet hours (`QUIET_HOURS`, default `21:00-08:00` in `TIMEZONE`; empty: none): no announcements then.

An announcement's rows are spread over time at the channel's rate (`bot.broadcast.service.Spacing`); the
first row whose time falls into quiet hours is due when they end, and every later row moves by the same
amount, so the broadcast pauses in the evening (or, composed at night, waits) and goes on at the same pace
in the morning. Rows that fell behind (a slow channel, 429s) and are still queued when quiet hours begin
are moved the same way by the runner's sweep (`bot.broadcast.runner`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

_SPAN = re.compile(r"^\s*([01]?\d|2[0-3]):([0-5]\d)\s*-\s*([01]?\d|2[0-3]):([0-5]\d)\s*$")


@dataclass(frozen=True)
class QuietHours:
    """A daily span in local time; `start > end` spans midnight (21:00-08:00)."""

    start: time
    end: time
    zone: ZoneInfo

    @classmethod
    def parse(cls, text: str, zone: ZoneInfo) -> QuietHours | None:
        """`"21:00-08:00"` → QuietHours; empty → None; anything else raises ValueError."""
        if not text.strip():
            return None
        match = _SPAN.match(text)
        if match is None:
            raise ValueError(f"{text!r} is not a span such as 21:00-08:00 (empty: no quiet hours)")
        h1, m1, h2, m2 = (int(part) for part in match.groups())
        if (h1, m1) == (h2, m2):
            raise ValueError(f"{text!r}: start and end are the same")
        return cls(time(h1, m1), time(h2, m2), zone)

    def window(self, moment: datetime) -> tuple[datetime, datetime] | None:
        """The quiet span (UTC start, UTC end) that contains `moment`, or None when it is not quiet."""
        local = moment.astimezone(self.zone)
        for day_offset in (-1, 0):
            day = local.date() + timedelta(days=day_offset)
            begin = datetime.combine(day, self.start, self.zone)
            end_day = day if self.end > self.start else day + timedelta(days=1)
            end = datetime.combine(end_day, self.end, self.zone)
            if begin <= local < end:
                return begin.astimezone(moment.tzinfo), end.astimezone(moment.tzinfo)
        return None

    def quiet(self, moment: datetime) -> bool:
        return self.window(moment) is not None

    def describe(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"
