"""The delivery worker's queries: claim due rows, record what became of them, recover lost leases.

Claiming is one short transaction, committed before any API call: the due rows at the head of their
recipient's queue are marked `sending` with a lease (`claimed_until`) and their attempt counted. On
PostgreSQL the rows are selected `FOR UPDATE SKIP LOCKED`, so two processes never claim the same row; a
row is only claimable when no earlier row of the same recipient is queued or being sent, so one
recipient's messages go out one after the other, in order, across processes too. SQLite has a single
writer and one process; the same queries run there without the row locks.

Every outcome is written with the attempt number it was claimed with (`attempts`): if the lease ran out
and another worker took the row over meanwhile, the late outcome changes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, delete, exists, func, or_, select, tuple_, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from bot.outbox.channel import State
from bot.storage.models import OutboxMessage, Person

FINISHED = (State.SENT.value, State.FAILED.value, State.BLOCKED.value)
# Bulk statements: no ORM objects in the session to keep in step with them.
PLAIN = {"synchronize_session": False}


@dataclass(frozen=True)
class Claimed:
    """One row claimed for sending, with what the worker needs to know about its recipient."""

    id: int
    channel: str
    address: str
    thread_id: int | None
    person_id: int | None
    purpose: str
    content: dict[str, Any]
    language: str | None  # the row's override, else the person's language (None: staff, or not chosen)
    last_seen_at: datetime | None
    attempts: int  # including this one


async def recover_expired(
    session: AsyncSession, channel: str, now: datetime, max_attempts: int, address: str | None = None
) -> tuple[list[int], list[int]]:
    """Rows whose lease ran out while `sending` (the process died or hung mid-call): queue them again,
    or fail them when they used up their attempts. Returns (requeued ids, failed ids)."""
    where = [
        OutboxMessage.channel == channel,
        OutboxMessage.state == State.SENDING.value,
        OutboxMessage.claimed_until < now,
    ]
    if address is not None:
        where.append(OutboxMessage.address == address)
    failed = await session.scalars(
        update(OutboxMessage)
        .where(*where, OutboxMessage.attempts >= max_attempts)
        .values(
            state=State.FAILED.value,
            claimed_until=None,
            last_error=f"gave up: the sending process stopped during all {max_attempts} attempts",
        )
        .returning(OutboxMessage.id),
        execution_options=PLAIN,
    )
    failed_ids = list(failed)
    requeued = await session.scalars(
        update(OutboxMessage)
        .where(*where)
        .values(state=State.QUEUED.value, claimed_until=None)  # due as before: its place in the queue
        .returning(OutboxMessage.id),
        execution_options=PLAIN,
    )
    return list(requeued), failed_ids


async def claim(
    session: AsyncSession,
    channel: str,
    now: datetime,
    lease_until: datetime,
    limit: int,
    address: str | None = None,
) -> list[Claimed]:
    """Up to `limit` due rows of `channel` (of `address` only, when given), at most one per recipient."""
    row = OutboxMessage
    earlier = aliased(OutboxMessage)
    # The head of a recipient's queue: nothing of theirs is being sent, and nothing due earlier is queued.
    ahead = exists().where(
        earlier.channel == row.channel,
        earlier.address == row.address,
        or_(
            earlier.state == State.SENDING.value,
            and_(
                earlier.state == State.QUEUED.value,
                or_(
                    earlier.not_before < row.not_before,
                    and_(earlier.not_before == row.not_before, earlier.id < row.id),
                ),
            ),
        ),
    )
    where = [row.channel == channel, row.state == State.QUEUED.value, row.not_before <= now, ~ahead]
    if address is not None:
        where.append(row.address == address)
    query = (
        select(
            row.id,
            row.channel,
            row.address,
            row.thread_id,
            row.person_id,
            row.purpose,
            row.content,
            row.language,
            row.attempts,
            Person.language.label("person_language"),
            Person.last_seen_at,
        )
        .outerjoin(Person, Person.id == row.person_id)
        .where(*where)
        .order_by(row.not_before, row.id)
        .limit(limit)
    )
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True, of=row)
    found = (await session.execute(query)).all()
    if not found:
        return []
    await session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id.in_([r.id for r in found]))
        .values(state=State.SENDING.value, claimed_until=lease_until, attempts=OutboxMessage.attempts + 1),
        execution_options=PLAIN,
    )
    return [
        Claimed(
            id=r.id,
            channel=r.channel,
            address=r.address,
            thread_id=r.thread_id,
            person_id=r.person_id,
            purpose=r.purpose,
            content=r.content,
            language=r.language or r.person_language,
            last_seen_at=r.last_seen_at,
            attempts=r.attempts + 1,
        )
        for r in found
    ]


def _mine(row_id: int, attempts: int) -> list[Any]:
    """Still this worker's claim: being sent, and not claimed again since (after a lost lease)."""
    return [
        OutboxMessage.id == row_id,
        OutboxMessage.state == State.SENDING.value,
        OutboxMessage.attempts == attempts,
    ]


async def _changed(session: AsyncSession, statement: Any) -> bool:
    result = await session.execute(statement, execution_options=PLAIN)
    return bool(getattr(result, "rowcount", 0))


async def mark_sent(session: AsyncSession, claims: Sequence[tuple[int, int]], now: datetime) -> set[int]:
    """Sent, for many (row id, attempt) claims in one statement; the ids that were still this claim's.

    Only the metadata stays: what was said is not kept once it has gone out.
    """
    result = await session.scalars(
        update(OutboxMessage)
        .where(
            OutboxMessage.state == State.SENDING.value,
            tuple_(OutboxMessage.id, OutboxMessage.attempts).in_(list(claims)),
        )
        .values(state=State.SENT.value, sent_at=now, claimed_until=None, last_error=None, content={})
        .returning(OutboxMessage.id),
        execution_options=PLAIN,
    )
    return set(result)


async def mark_waiting(
    session: AsyncSession, row_id: int, attempts: int, note: str, remember: Mapping[str, Any] | None = None
) -> bool:
    """Waiting for the recipient; `remember` is added to the row's `extra` (`Delivered.remember`)."""
    values: dict[str, Any] = {"state": State.WAITING.value, "claimed_until": None, "last_error": note[:2000]}
    if remember:
        content = await session.scalar(select(OutboxMessage.content).where(*_mine(row_id, attempts)))
        if content is None:
            return False  # no longer this claim's
        values["content"] = {**content, "extra": {**(content.get("extra") or {}), **remember}}
    return await _changed(session, update(OutboxMessage).where(*_mine(row_id, attempts)).values(**values))


async def mark_retry(
    session: AsyncSession, row_id: int, attempts: int, not_before: datetime, error: str
) -> bool:
    return await _changed(
        session,
        update(OutboxMessage)
        .where(*_mine(row_id, attempts))
        .values(state=State.QUEUED.value, claimed_until=None, not_before=not_before, last_error=error[:2000]),
    )


async def mark_final(
    session: AsyncSession,
    row_id: int,
    attempts: int,
    state: State,
    error: str,
    *,
    person_id: int | None = None,
    now: datetime | None = None,
) -> bool:
    """Failed or blocked for good; for a blocked person, `people.unreachable_at` is set as well."""
    changed = await _changed(
        session,
        update(OutboxMessage)
        .where(*_mine(row_id, attempts))
        .values(state=state.value, claimed_until=None, last_error=error[:2000]),
    )
    if changed and state is State.BLOCKED and person_id is not None:
        await session.execute(
            update(Person).where(Person.id == person_id).values(unreachable_at=now), execution_options=PLAIN
        )
    return changed


async def release(session: AsyncSession, claims: Sequence[tuple[int, int]]) -> int:
    """Give claimed rows back (shutdown): queued again in their place, their attempt not counted."""
    released = 0
    for row_id, attempts in claims:
        if await _changed(
            session,
            update(OutboxMessage)
            .where(*_mine(row_id, attempts))
            .values(
                state=State.QUEUED.value,
                claimed_until=None,
                attempts=OutboxMessage.attempts - 1,
            ),
        ):
            released += 1
    return released


async def purge_finished(session: AsyncSession, before: datetime) -> int:
    """Forget rows that are sent, failed or blocked and older than `before`."""
    result = await session.execute(
        delete(OutboxMessage).where(OutboxMessage.state.in_(FINISHED), OutboxMessage.created_at < before),
        execution_options=PLAIN,
    )
    return int(getattr(result, "rowcount", 0) or 0)


async def counts(session: AsyncSession) -> dict[tuple[str, str], int]:
    """(channel, state) → rows, for reports and tests."""
    rows = await session.execute(
        select(OutboxMessage.channel, OutboxMessage.state, func.count()).group_by(
            OutboxMessage.channel, OutboxMessage.state
        )
    )
    return {(channel, state): int(n) for channel, state, n in rows}


async def delete_queued(session: AsyncSession, key_prefix: str) -> int:
    """Delete rows not yet sent (queued or waiting) whose key starts with `key_prefix`, in the caller's
    transaction: a cancelled appointment's reminders. A row being sent right now is left to finish."""
    result = await session.execute(
        delete(OutboxMessage)
        .where(
            OutboxMessage.key.startswith(key_prefix, autoescape=True),
            OutboxMessage.state.in_((State.QUEUED.value, State.WAITING.value)),
        )
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)
