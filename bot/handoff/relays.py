"""The handoff's relay queue (`handoff_relays`): what an update writes, and how the relay worker claims it.

An update never translates or talks to Telegram inside its transaction: it writes a relay row (a message
of the person to the coaches' group, a coach's reply to the person, a card or a note that needs the
person's topic) and the relay worker (`bot.handoff.relay`) does the slow part after the commit. The row
is woken right after the commit (`wake_after_commit`); the scheduler's tick finds anything left over.

One person's rows go in the order they were written: a row is claimable only when no earlier row of the
same person is queued or being handled. On PostgreSQL rows are claimed `FOR UPDATE SKIP LOCKED`, so two
processes never handle the same row, and one person's rows never in two processes at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import and_, event, exists, or_, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from bot.storage.models import HandoffRelay

GROUP, PERSON = "group", "person"  # direction
TEXT, MEDIA, POST = "text", "media", "post"  # kind
QUEUED, SENDING, DONE = "queued", "sending", "done"
PLAIN = {"synchronize_session": False}
AT_ONCE = datetime(2000, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Relay:
    """One claimed row, as the worker needs it."""

    id: int
    person_id: int
    case_id: int | None
    direction: str
    kind: str
    text: str | None
    language: str | None
    coach_name: str | None
    media: dict[str, Any] | None
    content: dict[str, Any] | None
    post_kind: str | None
    attempts: int  # including this one


async def enqueue(
    session: AsyncSession,
    *,
    now: datetime,
    person_id: int,
    direction: str,
    kind: str,
    case_id: int | None = None,
    text: str | None = None,
    language: str | None = None,
    coach_name: str | None = None,
    media: dict[str, Any] | None = None,
    content: dict[str, Any] | None = None,
    post_kind: str | None = None,
    key: str | None = None,
) -> None:
    """Write one relay row in the caller's transaction (with `key`: once only)."""
    insert = postgresql_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    statement = insert(HandoffRelay).values(
        person_id=person_id,
        case_id=case_id,
        direction=direction,
        kind=kind,
        text=text,
        language=language,
        coach_name=coach_name,
        media=media,
        content=content,
        post_kind=post_kind,
        key=key,
        state=QUEUED,
        attempts=0,
        not_before=AT_ONCE,  # (not `now`: due whatever the worker's clock says; retries set a time)
        created_at=now,
    )
    if key is not None:
        statement = statement.on_conflict_do_nothing(index_elements=["key"])
    await session.execute(statement)


def wake_after_commit(session: AsyncSession, wake: Callable[[], None]) -> None:
    """Call `wake` once the session's transaction has committed (not on a rollback)."""
    event.listen(session.sync_session, "after_commit", lambda _session: wake(), once=True)


async def recover_expired(session: AsyncSession, now: datetime) -> int:
    """Rows left `sending` by a process that stopped: queued again in their place."""
    result = await session.execute(
        update(HandoffRelay)
        .where(HandoffRelay.state == SENDING, HandoffRelay.claimed_until < now)
        .values(state=QUEUED, claimed_until=None),
        execution_options=PLAIN,
    )
    return int(getattr(result, "rowcount", 0) or 0)


async def claim(session: AsyncSession, now: datetime, lease_until: datetime, limit: int) -> list[Relay]:
    """Up to `limit` due rows, the head of each person's queue only."""
    row = HandoffRelay
    earlier = aliased(HandoffRelay)
    ahead = exists().where(
        earlier.person_id == row.person_id,
        earlier.id < row.id,
        or_(earlier.state == SENDING, earlier.state == QUEUED),
    )
    query = (
        select(row).where(row.state == QUEUED, row.not_before <= now, ~ahead).order_by(row.id).limit(limit)
    )
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True, of=row)
    found = list(await session.scalars(query))
    if not found:
        return []
    await session.execute(
        update(HandoffRelay)
        .where(HandoffRelay.id.in_([r.id for r in found]))
        .values(state=SENDING, claimed_until=lease_until, attempts=HandoffRelay.attempts + 1),
        execution_options=PLAIN,
    )
    return [
        Relay(
            id=r.id,
            person_id=r.person_id,
            case_id=r.case_id,
            direction=r.direction,
            kind=r.kind,
            text=r.text,
            language=r.language,
            coach_name=r.coach_name,
            media=r.media,
            content=r.content,
            post_kind=r.post_kind,
            attempts=r.attempts + 1,
        )
        for r in found
    ]


def _mine(relay: Relay) -> Any:
    return and_(
        HandoffRelay.id == relay.id, HandoffRelay.state == SENDING, HandoffRelay.attempts == relay.attempts
    )


async def mark_done(session: AsyncSession, relay: Relay) -> bool:
    """Done (in the transaction that queued its outbox row); False when the row is no longer this
    claim's (taken over after a lost lease, or deleted with the person): the caller rolls back."""
    result = await session.execute(
        update(HandoffRelay).where(_mine(relay)).values(state=DONE, claimed_until=None),
        execution_options=PLAIN,
    )
    return bool(getattr(result, "rowcount", 0))


async def mark_retry(session: AsyncSession, relay: Relay, not_before: datetime) -> bool:
    result = await session.execute(
        update(HandoffRelay)
        .where(_mine(relay))
        .values(state=QUEUED, claimed_until=None, not_before=not_before),
        execution_options=PLAIN,
    )
    return bool(getattr(result, "rowcount", 0))
