"""Storage limitation: people inactive for `RETENTION_MONTHS` are deleted, with one message a week before.

A daily job (`bot/scheduling.py`, `Scheduler.every`) calls `retention_pass`. For everyone who has not
written for RETENTION_MONTHS minus a week it queues one warning through the outbox ("write anything to
keep your profile"); its key names the person and their last message, so it is queued once per silence
and a new message starts a new silence. Whoever is still silent RETENTION_MONTHS after their last
message, and was warned at least six days ago, is deleted with everything linked (database cascades).
Everything is decided from the database and the injected clock, so several processes may run the job.
"""

from __future__ import annotations

import calendar
import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import NamedTuple

from sqlalchemy import delete, select

from bot.outbox import Outbox
from bot.storage.database import Database
from bot.storage.models import OutboxMessage, Person
from flows.effects import Send, ToPerson
from flows.engine import Reply, t

log = logging.getLogger(__name__)

RETENTION_EVERY = 24 * 3600  # seconds: the job runs daily
RETENTION_FIRST_RUN = 300  # seconds after start
WARN_BEFORE = timedelta(days=7)
WARNED_AT_LEAST = timedelta(days=6)  # a warning queued by yesterday's run counts as "a week before"


def months_before(moment: datetime, months: int) -> datetime:
    """The same day and time `months` calendar months earlier (the 31st becomes the month's last day)."""
    month = moment.month - 1 - months
    year = moment.year + month // 12
    month = month % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def warning_key(person: Person) -> str:
    return f"retention:{person.id}:{person.last_seen_at:%Y%m%dT%H%M%S}"


class RetentionResult(NamedTuple):
    warned: int
    deleted: int


async def retention_pass(
    db: Database, outbox: Outbox, *, clock: Callable[[], datetime], months: int
) -> RetentionResult:
    now = clock()
    cutoff = months_before(now, months)
    warned = deleted = 0
    async with db.session() as session:
        people = list(await session.scalars(select(Person).where(Person.last_seen_at < cutoff + WARN_BEFORE)))
        keys = [warning_key(person) for person in people]
        sent = (
            {
                row.key: row.created_at
                for row in await session.scalars(select(OutboxMessage).where(OutboxMessage.key.in_(keys)))
            }
            if keys
            else {}
        )
        doomed = []
        for person, key in zip(people, keys, strict=True):
            queued = sent.get(key)
            if queued is None:
                send = Send(ToPerson(person.id), Reply(t("retention-warning")), purpose="reminder", key=key)
                await outbox.put(session, send)
                warned += 1
            elif person.last_seen_at < cutoff and queued <= now - WARNED_AT_LEAST:
                doomed.append(person.id)
        if doomed:
            await session.execute(delete(Person).where(Person.id.in_(doomed)))
            deleted = len(doomed)
    if warned:
        outbox.wake()
    if warned or deleted:
        log.info("Retention: warned %d inactive people, deleted %d", warned, deleted)
    return RetentionResult(warned, deleted)
