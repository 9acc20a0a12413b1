"""The `inbound_updates` table as a work queue: store, claim per person in order, finish, retry, forget.

Every operation is one short transaction. Claims follow one rule, on SQLite and PostgreSQL alike:

    a person's next update is their oldest stored, not yet finished one, and it may be claimed only
    while no other update of theirs is being handled (`handling` with a lease that has not run out).

So at most one update per person is in hand anywhere, and a person's updates are handled in the order
of `sequence` (Telegram's update_id) and then of storing. On PostgreSQL the claim decision is serialised
per person with a transaction-scoped advisory lock, so two processes deciding at the same moment see
each other's claims; SQLite has one writer, which serialises them anyway.

A lease (`claimed_until`) ends a claim whose process died: after it, the row is claimed again. Handling it
twice is safe because the row is marked done in the same transaction as the state change (`finish_in`,
called by the conversation service): a second handling finds it done and rolls back, changing nothing
and sending nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any, cast

from sqlalchemy import bindparam, delete, exists, func, or_, select, text, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.schema import Table
from sqlalchemy.types import ARRAY, String

from bot.storage.database import Database, begun
from bot.storage.models import InboundUpdate, utcnow

log = logging.getLogger(__name__)

LEASE = timedelta(seconds=60)
MAX_ATTEMPTS = 5
KEEP_FINISHED = timedelta(days=7)  # platforms stop redelivering long before a week
ERROR_LIMIT = 500  # inbound_updates.last_error


class State(StrEnum):
    QUEUED = "queued"  # stored, waiting (claimed_until, if set: not before then)
    HANDLING = "handling"  # claimed by a process until claimed_until
    DONE = "done"  # handled; payload and person key cleared
    FAILED = "failed"  # given up after MAX_ATTEMPTS claims; kept for the operator until forgotten


OPEN = (State.QUEUED.value, State.HANDLING.value)

# Core statements on the table: this runs twice per update, and the ORM's bulk paths cost more than the
# statements themselves.
_TABLE = cast(Table, InboundUpdate.__table__)
_C = _TABLE.c

# The statements that run for every update are built once: building one costs about as much CPU as
# running it (bench/hot_path.py; SQLAlchemy then also skips computing its cache key each time).

# Storing updates; a redelivered one (same channel and key) is not stored again.
_STORE = {
    dialect: insert(_TABLE)
    .on_conflict_do_nothing(index_elements=["channel", "key"])
    .returning(_C.id, _C.key, _C.person_key)
    for dialect, insert in (("postgresql", postgresql_insert), ("sqlite", sqlite_insert))
}

# These people's updates that are stored and not finished, in the order they are to be handled.
_OPEN_UPDATES = (
    select(_C.id, _C.key, _C.person_key, _C.payload, _C.state, _C.attempts, _C.claimed_until)
    .where(
        _C.channel == bindparam("channel"),
        _C.person_key.in_(bindparam("people", expanding=True)),
        _C.state.in_(OPEN),
    )
    .order_by(_C.person_key, _C.sequence, _C.id)
)

# Claiming updates for this process until `until`.
_CLAIM = (
    update(_TABLE)
    .where(_C.id.in_(bindparam("ids", expanding=True)))
    .values(state=State.HANDLING.value, attempts=_C.attempts + 1, claimed_until=bindparam("until"))
)

# Giving updates up after too many attempts (their last error kept).
_GIVE_UP = (
    update(_TABLE)
    .where(_C.id.in_(bindparam("ids", expanding=True)))
    .values(
        state=State.FAILED.value,
        claimed_until=None,
        last_error=func.coalesce(_C.last_error, bindparam("reason")),
    )
)

# Which of these people have an update stored and not finished.
_OPEN_PEOPLE = (
    select(_C.person_key)
    .where(
        _C.channel == bindparam("channel"),
        _C.person_key.in_(bindparam("people", expanding=True)),
        _C.state.in_(OPEN),
    )
    .distinct()
)

# Marking an update handled: its payload (the message) and person key are not kept. No row when it was
# done already: another process handled it (its lease had run out), and this handling must roll back.
_FINISH = (
    update(_TABLE)
    .where(_C.id == bindparam("finished_id"), _C.state != State.DONE.value)
    .values(state=State.DONE.value, payload=None, person_key=None, claimed_until=None, last_error=None)
)

# Advisory locks in a fixed order (by hash), so two transactions locking overlapping sets of people
# cannot deadlock each other.
_LOCK_PEOPLE = text(
    "SELECT pg_advisory_xact_lock(h) FROM "
    "(SELECT hashtextextended(k, 0) AS h FROM unnest(:keys) AS k ORDER BY h) AS people"
).bindparams(bindparam("keys", type_=ARRAY(String())))


# -- PostgreSQL: the statements of every update, sent on the asyncpg connection itself ---------------
# (`Database.raw_transaction`, `database.begun`): through SQLAlchemy a statement costs about three times
# the CPU and a transaction about twice (bench/hot_path.py). Same statements as above, in SQL.

_PG_LOCK = (
    "SELECT pg_advisory_xact_lock(h) FROM "
    "(SELECT hashtextextended(k, 0) AS h FROM unnest($1::varchar[]) AS k ORDER BY h) AS people"
)

# `_OPEN_UPDATES`: $1 channel, $2 people.
_PG_OPEN = """
    SELECT id, key, person_key, payload, state, attempts, claimed_until FROM inbound_updates
    WHERE channel = $1 AND person_key = ANY($2::varchar[]) AND state IN ('queued', 'handling')
    ORDER BY person_key, sequence, id
"""

# `_CLAIM`: $1 ids, $2 until. `_GIVE_UP`: $1 ids, $2 reason.
_PG_CLAIM = (
    "UPDATE inbound_updates SET state = 'handling', attempts = attempts + 1, claimed_until = $2 "
    "WHERE id = ANY($1::integer[])"
)
_PG_GIVE_UP = (
    "UPDATE inbound_updates SET state = 'failed', claimed_until = NULL, "
    "last_error = coalesce(last_error, $2) WHERE id = ANY($1::integer[])"
)

# `_FINISH` and the person's other open updates (`_OPEN_UPDATES`) in one round trip, after the lock:
# $1 the finished id, $2 channel, $3 person. The function (migration 0016) takes the advisory lock, then
# runs the statement; a statement sees what was committed when it started, so it sees every update stored
# under the lock before. Rows: `finished` (0 when the update was done already: another process handled
# it), then the person's other open updates in order (one row of NULLs when there are none).
_PG_FINISH = "SELECT * FROM lotse_finish_update($1, $2, $3)"

# Storing in one round trip: the function (migration 0016) takes each person's advisory lock, then in
# one statement finds who of them has an update open (`busy`) and inserts, where each person's first new
# update is stored claimed when they are not busy (see `Journal.store`). A redelivered key is not stored
# again and not returned. $1 channel, $2 people, $3 now, $4 lease end, $5-$9 the arrivals' keys,
# sequences, person keys, payloads, and whether each is its person's first. Called outside a transaction:
# the call commits when it returns.
_PG_STORE = "SELECT * FROM lotse_store_updates($1, $2, $3, $4, $5, $6, $7, $8, $9)"


@dataclass(frozen=True)
class Arrival:
    """An update as it arrived from the platform, before it is stored."""

    key: str  # unique per channel: Telegram's update_id, WhatsApp's message id
    payload: str  # what the channel needs to handle it later (JSON text)
    person_key: str  # whose it is; a person's updates are handled one after the other, in order
    sequence: int | None = None  # order within the person where the platform gives one
    # The payload as the channel already parsed it (not stored): handling an update claimed when it was
    # stored starts from this instead of parsing the payload again.
    parsed: Any = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Claim:
    """A stored update that this process now handles (until the lease runs out)."""

    id: int
    channel: str
    key: str
    person_key: str
    payload: str
    attempts: int  # claims so far, this one included
    parsed: Any = field(default=None, compare=False, repr=False)  # `Arrival.parsed`, when claimed at once


class Journal:
    """Incoming updates, durable from before the platform hears "received" until they are handled."""

    def __init__(
        self,
        db: Database,
        *,
        clock: Callable[[], datetime] = utcnow,
        lease: timedelta = LEASE,
        max_attempts: int = MAX_ATTEMPTS,
    ) -> None:
        self.db = db
        self.clock = clock
        self.lease = lease
        self.max_attempts = max_attempts
        self._postgresql = db.engine.dialect.name == "postgresql"

    async def store(self, channel: str, arrivals: Sequence[Arrival]) -> list[Claim]:
        """Store new updates in one transaction (a redelivered key is not stored again).

        Returns the updates this process may handle at once: for each person with a new update, their
        next one, unless another of theirs is in hand somewhere (that process takes the next one after).
        When this returns, the updates are committed: now the platform may be told "received".
        """
        unique = list({arrival.key: arrival for arrival in arrivals}.values())
        if not unique:
            return []
        if self._postgresql:
            async with self.db.raw_connection() as raw:
                return await self._store_pg(raw, channel, unique, self.clock())
        async with self.db.session() as session:
            now = self.clock()
            people = {arrival.person_key for arrival in unique}
            await self._lock_people(session, channel, people)
            # The usual case: nothing of the person is open (their previous update is done). Then their
            # first new update is inserted claimed already, and no statement is needed to claim it.
            busy = set(await session.scalars(_OPEN_PEOPLE, {"channel": channel, "people": sorted(people)}))
            first = _first_updates([arrival for arrival in unique if arrival.person_key not in busy])
            rows = [
                {
                    "channel": channel,
                    "key": arrival.key,
                    "sequence": arrival.sequence,
                    "person_key": arrival.person_key,
                    "payload": arrival.payload,
                    **(
                        {"state": State.HANDLING.value, "attempts": 1, "claimed_until": now + self.lease}
                        if arrival.key in first
                        else {"state": State.QUEUED.value, "attempts": 0, "claimed_until": None}
                    ),
                    "received_at": now,
                }
                for arrival in unique
            ]
            stored = (await session.execute(_STORE[_dialect(session)], rows)).all()
            by_key = {arrival.key: arrival for arrival in unique}
            claims = [
                Claim(
                    row.id,
                    channel,
                    row.key,
                    str(row.person_key),
                    by_key[row.key].payload,
                    1,
                    by_key[row.key].parsed,
                )
                for row in stored
                if row.key in first
            ]
            # Everyone else with a new update: claim their next one as before (a redelivered first update
            # of someone whose others are new comes here too).
            claimed = {claim.person_key for claim in claims}
            rest = {str(row.person_key) for row in stored if row.person_key not in claimed}
            return claims + await self._claim_next(session, channel, rest, now)

    async def _store_pg(
        self, raw: Any, channel: str, unique: Sequence[Arrival], now: datetime
    ) -> list[Claim]:
        """`store` on PostgreSQL: `raw` outside a transaction, and one call (`_PG_STORE`: the lock, then
        the insert, committed when the call returns) where SQLite needs a transaction of three
        statements. Only for someone busy with another update is a second transaction needed."""
        people = sorted({arrival.person_key for arrival in unique})
        first = _first_updates(unique)
        stored = await raw.fetch(
            _PG_STORE,
            channel,
            people,
            now,
            now + self.lease,
            [arrival.key for arrival in unique],
            [arrival.sequence for arrival in unique],
            [arrival.person_key for arrival in unique],
            [arrival.payload for arrival in unique],
            [arrival.key in first for arrival in unique],
        )
        by_key = {arrival.key: arrival for arrival in unique}
        claims = [
            Claim(
                row["id"],
                channel,
                row["key"],
                str(row["person_key"]),
                by_key[row["key"]].payload,
                1,
                by_key[row["key"]].parsed,
            )
            for row in stored
            if row["state"] == State.HANDLING
        ]
        # Everyone else with a new update: claim their next one as on SQLite (nothing when one of theirs
        # is in hand; their oldest when what was open is not in anyone's hand, e.g. released at a stop).
        claimed = {claim.person_key for claim in claims}
        rest = sorted({str(row["person_key"]) for row in stored} - claimed)
        if rest:
            async with raw.transaction():
                await raw.execute(_PG_LOCK, [f"{channel}:{person}" for person in rest])
                rows = [_Row(*row) for row in await raw.fetch(_PG_OPEN, channel, rest)]
                claims += await self._claim_pg(raw, channel, rows, now)
        return claims

    async def _finish_pg(self, raw: Any, claim: Claim) -> tuple[bool, Claim | None]:
        """`finish_in` on PostgreSQL: one call (`_PG_FINISH`: the lock, then the statement)."""
        now = self.clock()
        result = await raw.fetch(_PG_FINISH, claim.id, claim.channel, claim.person_key)
        finished = bool(result[0]["finished"])
        rows = [_Row(*tuple(row)[1:]) for row in result if row["id"] is not None]
        claims = await self._claim_pg(raw, claim.channel, rows, now)
        return finished, (claims[0] if claims else None)

    async def _claim_pg(self, raw: Any, channel: str, rows: Sequence[_Row], now: datetime) -> list[Claim]:
        claims, given_up = self._pick(channel, rows, now)
        if given_up:
            await raw.execute(_PG_GIVE_UP, [row.id for row in given_up], f"gave up after {self.max_attempts}")
        if claims:
            await raw.execute(_PG_CLAIM, [claim.id for claim in claims], now + self.lease)
        return claims

    async def claim_next(self, channel: str, person_key: str) -> Claim | None:
        """The person's next update, if none of theirs is in hand (leftovers, after a restart)."""
        async with self.db.session() as session:
            await self._lock_people(session, channel, {person_key})
            claims = await self._claim_next(session, channel, {person_key}, self.clock())
        return claims[0] if claims else None

    async def finish(self, claim: Claim) -> Claim | None:
        """Mark `claim` done (its payload is no longer kept) and claim the same person's next update."""
        if self._postgresql:
            async with self.db.raw_transaction() as raw:
                _finished, claimed = await self._finish_pg(raw, claim)
                return claimed
        async with self.db.session() as session:
            _finished, claimed = await self.finish_in(session, claim)
            return claimed

    async def finish_in(self, session: AsyncSession, claim: Claim) -> tuple[bool, Claim | None]:
        """`finish` inside the caller's transaction: the conversation service does it in the transaction
        that handles the update (`InboundQueue`'s `Handling`), which saves a transaction per update.
        The claim of the next update holds only if that transaction commits.

        Returns whether the update was marked done now (False: it was done already, handled by another
        process after this one's lease ran out; the caller must roll back) and the next update claimed.
        This is what makes a second handling change nothing: the journal row, unique per channel and
        key, is the update's record of being handled, written in the transaction that handled it.
        """
        if _dialect(session) == "postgresql":
            return await self._finish_pg(await begun(session), claim)
        channel, person = claim.channel, claim.person_key
        now = self.clock()
        done = await session.execute(_FINISH, {"finished_id": claim.id})
        finished = bool(getattr(done, "rowcount", 0))
        still_open = await session.execute(_OPEN_UPDATES, {"channel": channel, "people": [person]})
        claims = await self._claim_from(session, channel, [_Row(*row) for row in still_open.all()], now)
        return finished, (claims[0] if claims else None)

    async def retry_later(self, claim: Claim, error: str, delay: timedelta) -> None:
        """Handling raised: back in the queue, not before `delay` (the person's later updates wait)."""
        async with self.db.session() as session:
            await session.execute(
                update(_TABLE)
                .where(_C.id == claim.id, _C.state == State.HANDLING.value)
                .values(
                    state=State.QUEUED.value,
                    claimed_until=self.clock() + delay,
                    last_error=error[:ERROR_LIMIT],
                )
            )

    async def release(self, claim: Claim) -> None:
        """Handling was interrupted (shutdown): back in the queue at once, for the next process."""
        async with self.db.session() as session:
            await session.execute(
                update(_TABLE)
                .where(_C.id == claim.id, _C.state == State.HANDLING.value)
                .values(state=State.QUEUED.value, claimed_until=None)
            )

    async def renew(self, claim: Claim) -> bool:
        """Extend the lease of an update still in hand (slow sending); False when it is not ours now."""
        async with self.db.session() as session:
            result = await session.execute(
                update(_TABLE)
                .where(_C.id == claim.id, _C.state == State.HANDLING.value)
                .values(claimed_until=self.clock() + self.lease)
            )
        return bool(getattr(result, "rowcount", 0))

    async def due_people(self, channel: str, limit: int = 200) -> list[str]:
        """People with an update that could be claimed now: queued, or in hand with a lapsed lease, and
        none of theirs in hand with a live lease."""
        now = self.clock()
        in_hand = _TABLE.alias("in_hand").c
        async with self.db.session() as session:
            result = await session.scalars(
                select(_C.person_key)
                .where(
                    _C.channel == channel,
                    _C.state.in_(OPEN),
                    _C.person_key.is_not(None),
                    or_(_C.claimed_until.is_(None), _C.claimed_until <= now),
                    ~exists().where(
                        in_hand.channel == channel,
                        in_hand.person_key == _C.person_key,
                        in_hand.state == State.HANDLING.value,
                        in_hand.claimed_until > now,
                    ),
                )
                .group_by(_C.person_key)
                .order_by(func.min(_C.id))
                .limit(limit)
            )
            return [person for person in result.all() if person is not None]

    async def forget(self, channel: str, older_than: timedelta = KEEP_FINISHED) -> int:
        """Delete finished (done or failed) updates received more than `older_than` ago."""
        async with self.db.session() as session:
            result = await session.execute(
                delete(_TABLE).where(
                    _C.channel == channel,
                    _C.state.in_((State.DONE.value, State.FAILED.value)),
                    _C.received_at < self.clock() - older_than,
                )
            )
        return int(getattr(result, "rowcount", 0) or 0)

    async def counts(self, channel: str) -> dict[str, int]:
        """How many updates are in each state (for operators and tests)."""
        async with self.db.session() as session:
            result = await session.execute(
                select(_C.state, func.count()).where(_C.channel == channel).group_by(_C.state)
            )
            return {str(state): int(count) for state, count in result.all()}

    # -- inside a transaction -------------------------------------------------------------------------

    async def _lock_people(self, session: AsyncSession, channel: str, people: Iterable[str]) -> None:
        """PostgreSQL: one advisory lock per person until commit, always taken in the same order."""
        if _dialect(session) != "postgresql":
            return  # SQLite: one writer at a time already
        keys = sorted({f"{channel}:{person}" for person in people})
        if not keys:
            return
        await session.execute(_LOCK_PEOPLE, {"keys": keys})

    async def _claim_next(
        self, session: AsyncSession, channel: str, people: set[str], now: datetime
    ) -> list[Claim]:
        if not people:
            return []
        rows = (await session.execute(_OPEN_UPDATES, {"channel": channel, "people": sorted(people)})).all()
        return await self._claim_from(session, channel, [_Row(*found) for found in rows], now)

    async def _claim_from(
        self, session: AsyncSession, channel: str, rows: Sequence[_Row], now: datetime
    ) -> list[Claim]:
        """Claim each person's next update among `rows` (their open updates, in the journal's order)."""
        claims, given_up = self._pick(channel, rows, now)
        if given_up:
            await session.execute(
                _GIVE_UP,
                {"ids": [row.id for row in given_up], "reason": f"gave up after {self.max_attempts}"},
            )
        if claims:
            await session.execute(_CLAIM, {"ids": [claim.id for claim in claims], "until": now + self.lease})
        return claims

    def _pick(self, channel: str, rows: Sequence[_Row], now: datetime) -> tuple[list[Claim], list[_Row]]:
        """Each person's next update among `rows` (their open updates, in the journal's order) that may
        be claimed now, and the updates to give up (too many attempts)."""
        by_person: dict[str, list[_Row]] = {}
        for found in rows:
            by_person.setdefault(str(found.person_key), []).append(found)
        claims: list[Claim] = []
        given_up: list[_Row] = []
        for person, open_rows in by_person.items():
            if any(row.in_hand(now) for row in open_rows):
                continue  # someone handles this person now and takes the next one after
            for row in open_rows:
                if row.state == State.QUEUED and row.claimed_until is not None and row.claimed_until > now:
                    break  # waiting before another attempt; the later ones wait behind it
                if row.attempts >= self.max_attempts:
                    given_up.append(row)
                    continue
                claims.append(Claim(row.id, channel, row.key, person, row.payload or "", row.attempts + 1))
                break
        for row in given_up:
            log.error(
                "Gave up %s update %s after %d attempts; the person's later updates go on",
                channel,
                row.key,
                row.attempts,
            )
        return claims, given_up


@dataclass(frozen=True)
class _Row:
    id: int
    key: str
    person_key: str | None
    payload: str | None
    state: str
    attempts: int
    claimed_until: datetime | None

    def in_hand(self, now: datetime) -> bool:
        return self.state == State.HANDLING and self.claimed_until is not None and self.claimed_until > now


def _first_updates(arrivals: Sequence[Arrival]) -> set[str]:
    """The key of each person's first update among `arrivals` in the journal's order (`sequence`, then
    the order of storing), for people whose updates all have a sequence or none has one."""
    by_person: dict[str, list[Arrival]] = {}
    for arrival in arrivals:
        by_person.setdefault(arrival.person_key, []).append(arrival)
    first = set()
    for updates in by_person.values():
        with_sequence = [arrival for arrival in updates if arrival.sequence is not None]
        if not with_sequence:
            first.add(updates[0].key)
        elif len(with_sequence) == len(updates):
            first.add(min(with_sequence, key=lambda arrival: cast(int, arrival.sequence)).key)
    return first


def _dialect(session: AsyncSession) -> str:
    return session.get_bind().dialect.name
