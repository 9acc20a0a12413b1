"""Queries, kept in one place so services read like the domain and not like SQL."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Select, bindparam, delete, exists, insert, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload
from sqlalchemy.sql.schema import Table

from bot.storage.database import begun
from bot.storage.models import Coach, Conversation, Coordinator, Person, ProcessedUpdate, utcnow
from bot.storage.staff import StaffFlags


async def get_person(
    session: AsyncSession, channel: str, external_id: str, *, lock: bool = False
) -> Person | None:
    """The person with their conversation state, in one query (this runs for every message).

    With `lock`, the person's row stays locked until the transaction ends (PostgreSQL's `FOR UPDATE`;
    SQLite has one writer anyway): another process handling the same person waits here, and then reads
    the state this transaction wrote.
    """
    query = (
        select(Person)
        .options(joinedload(Person.conversation))
        .where(Person.channel == channel, Person.external_id == external_id)
    )
    if lock:
        query = query.with_for_update(of=Person)
    return await session.scalar(query)


async def get_or_create_person(
    session: AsyncSession, channel: str, external_id: str, *, lock: bool = False
) -> Person:
    person = await get_person(session, channel, external_id, lock=lock)
    if person is not None:
        return person
    person = Person(channel=channel, external_id=external_id, conversation=None)
    try:
        async with session.begin_nested():
            session.add(person)
            await session.flush()
    except IntegrityError:
        # Another update of the same new person won the race; use theirs.
        found = await get_person(session, channel, external_id, lock=lock)
        assert found is not None
        return found
    return person


async def get_conversation(session: AsyncSession, person: Person) -> Conversation:
    if person.conversation is None:
        person.conversation = Conversation(person_id=person.id, step=None, data={}, shown=[])
    return person.conversation


async def delete_person(session: AsyncSession, person: Person) -> None:
    """Everything about the person goes: their row, and by cascade their conversation state."""
    await session.delete(person)


async def mark_processed(session: AsyncSession, channel: str, key: str, now: datetime | None = None) -> bool:
    """Record an update id; False when it was recorded before (a repeated delivery).

    One `INSERT … ON CONFLICT DO NOTHING` (SQLite and PostgreSQL alike) instead of a savepoint and a
    caught IntegrityError: this runs for every update, so it is kept to a single round trip.
    """
    dialect_insert = postgresql_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    statement = dialect_insert(ProcessedUpdate).values(channel=channel, key=key, received_at=now or utcnow())
    result = await session.execute(statement.on_conflict_do_nothing())
    return bool(getattr(result, "rowcount", 0))


async def forget_processed_before(session: AsyncSession, cutoff: datetime | None = None) -> int:
    """Drop update ids older than a week: platforms stop retrying long before that."""
    cutoff = cutoff or utcnow() - timedelta(days=7)
    result = await session.execute(delete(ProcessedUpdate).where(ProcessedUpdate.received_at < cutoff))
    return int(getattr(result, "rowcount", 0) or 0)


# -- the conversation service's hot path ----------------------------------------------------------
#
# Every update runs these, so they are SQLAlchemy Core statements built once (no ORM unit of work, no
# autoflush, no cache key computed per call): about half of an update's CPU went into the ORM before.

_PEOPLE = cast(Table, Person.__table__)
_CONVERSATIONS = cast(Table, Conversation.__table__)
_COORDINATORS = cast(Table, Coordinator.__table__)
_COACHES = cast(Table, Coach.__table__)

# How stale `people.last_seen_at` may be before an update writes it again: it drives retention (months)
# and WhatsApp's 24-hour window (kept with a five-minute margin), so a minute is exact enough, and a
# person's quick succession of updates does not rewrite their row each time.
LAST_SEEN_RESOLUTION = timedelta(minutes=1)

_P, _CV = _PEOPLE.c, _CONVERSATIONS.c
_PERSON_COLUMNS = (
    _P.id,
    _P.language,
    _P.consent_version,
    _P.consent_at,
    _P.created_at,
    _P.last_seen_at,
    _P.unreachable_at,
    _CV.person_id.label("conversation_of"),
    _CV.step,
    _CV.data,
    _CV.shown,
)
_STAFF_COLUMNS = (
    exists().where(_COORDINATORS.c.telegram_user_id == bindparam("staff_id")).label("coordinator"),
    exists()
    .where(_COACHES.c.telegram_user_id == bindparam("staff_id"), _COACHES.c.active.is_(True))
    .label("coach"),
)


def _person_query(staff: bool) -> Select[Any]:
    columns = _PERSON_COLUMNS + (_STAFF_COLUMNS if staff else ())
    return (
        select(*columns)
        .select_from(_PEOPLE.outerjoin(_CONVERSATIONS, _CV.person_id == _P.id))
        .where(_P.channel == bindparam("channel"), _P.external_id == bindparam("external_id"))
        .with_for_update(of=_PEOPLE)
    )


_PERSON = {staff: _person_query(staff) for staff in (False, True)}
_NEW_PERSON = {
    dialect: dialect_insert(_PEOPLE)
    .values(channel=bindparam("channel"), external_id=bindparam("external_id"))
    .on_conflict_do_nothing(index_elements=["channel", "external_id"])
    for dialect, dialect_insert in (("postgresql", postgresql_insert), ("sqlite", sqlite_insert))
}
# Written with the values passed (their keys are the columns); `b_…` names the row.
_SEEN = update(_PEOPLE).where(_P.id == bindparam("b_person_id"))
_NEW_CONVERSATION = insert(_CONVERSATIONS)
_SAVE_CONVERSATION = update(_CONVERSATIONS).where(_CV.person_id == bindparam("b_person_id"))
_DELETE_PERSON = delete(_PEOPLE).where(_P.id == bindparam("b_person_id"))


@dataclass
class Talking:
    """A person as an update finds them (row locked until the transaction ends), with their conversation
    state and what the staff tables say about them; `save_talking` writes back only what changed."""

    id: int
    language: str | None
    consent_version: str | None
    consent_at: datetime | None
    created_at: datetime
    last_seen_at: datetime
    unreachable_at: datetime | None
    has_conversation: bool
    step: str | None
    data: dict[str, Any]
    shown: list[str]
    flags: StaffFlags | None  # None: not looked up (cannot be staff)
    raw: Any = None  # PostgreSQL: the transaction's asyncpg connection, for writing back


async def talking(session: AsyncSession, channel: str, external_id: str, staff_id: int | None) -> Talking:
    """The person behind (channel, external_id), created when new, locked until the transaction ends
    (`FOR UPDATE` on PostgreSQL; SQLite has one writer): another process handling the same person waits
    here. One statement for a known person (the person, their state and, for `staff_id`, whether that
    Telegram user is a coordinator or an active coach); a new person adds an insert and a second look.
    Two updates of a new person at once make one row: the loser's insert does nothing and its second
    look finds the winner's row (after waiting for its commit)."""
    if session.get_bind().dialect.name == "postgresql":
        return await _talking_pg(session, channel, external_id, staff_id)
    params: dict[str, Any] = {"channel": channel, "external_id": external_id}
    if staff_id is not None:
        params["staff_id"] = staff_id
    query = _PERSON[staff_id is not None]
    row = (await session.execute(query, params)).first()
    if row is None:
        await session.execute(_NEW_PERSON[session.get_bind().dialect.name], params)
        row = (await session.execute(query, params)).one()
    return Talking(
        id=row.id,
        language=row.language,
        consent_version=row.consent_version,
        consent_at=row.consent_at,
        created_at=row.created_at,
        last_seen_at=row.last_seen_at,
        unreachable_at=row.unreachable_at,
        has_conversation=row.conversation_of is not None,
        step=row.step,
        data=row.data if row.data is not None else {},
        shown=list(row.shown or []),
        flags=StaffFlags(bool(row.coordinator), bool(row.coach)) if staff_id is not None else None,
    )


async def save_talking(
    session: AsyncSession,
    person: Talking,
    *,
    language: str | None,
    consent_version: str | None,
    consent_at: datetime | None,
    now: datetime,
    step: str | None,
    data: dict[str, Any],
    shown: list[str],
) -> None:
    """Write back what the update changed, and nothing else.

    The person: language, consent, `last_seen_at = now` and reachable again, skipped when nothing changed
    and `last_seen_at` is within `LAST_SEEN_RESOLUTION` of `now`. The conversation state: inserted for a
    new person, skipped when it did not change. On PostgreSQL, when both are written they go in one
    statement: someone who writes a minute or more after their last message changes `last_seen_at` and,
    most often, their step too, so this saves a round trip on most real updates.
    """
    shown = list(shown)
    seen = not (
        (language, consent_version, consent_at)
        == (person.language, person.consent_version, person.consent_at)
        and person.unreachable_at is None
        and abs(now - person.last_seen_at) < LAST_SEEN_RESOLUTION
    )
    state: str | None = None  # the conversation's write: "new", "save", or None (unchanged)
    if not person.has_conversation:
        state = "new"
    elif (step, data, shown) != (person.step, person.data, person.shown):
        state = "save"
    if person.raw is not None:
        values = (language, consent_version, consent_at, now)
        await _save_talking_pg(person, values if seen else None, state, step, data, shown)
        return
    if seen:
        await session.execute(
            _SEEN,
            {
                "b_person_id": person.id,
                "language": language,
                "consent_version": consent_version,
                "consent_at": consent_at,
                "last_seen_at": now,
                "unreachable_at": None,
            },
        )
    conversation = {"step": step, "data": data, "shown": shown}
    if state == "new":
        await session.execute(_NEW_CONVERSATION, {"person_id": person.id, **conversation})
    elif state == "save":
        await session.execute(_SAVE_CONVERSATION, {"b_person_id": person.id, **conversation})


async def delete_talking(session: AsyncSession, person: Talking) -> None:
    """Everything about the person goes: their row, and by the database's ON DELETE CASCADE everything
    that refers to it (conversation state, outbox rows, …)."""
    await session.execute(_DELETE_PERSON, {"b_person_id": person.id})


# -- the same on PostgreSQL, sent on the transaction's asyncpg connection -------------------------------
# (`database.begun`): through SQLAlchemy these cost about three times the CPU (bench/hot_path.py).

_PG_PERSON = """
    SELECT p.id, p.language, p.consent_version, p.consent_at, p.created_at, p.last_seen_at,
           p.unreachable_at, c.person_id AS conversation_of, c.step, c.data, c.shown{staff}
    FROM people AS p LEFT OUTER JOIN conversations AS c ON c.person_id = p.id
    WHERE p.channel = $1 AND p.external_id = $2
    FOR UPDATE OF p
"""
_PG_STAFF = """,
           EXISTS (SELECT 1 FROM coordinators WHERE telegram_user_id = $3) AS coordinator,
           EXISTS (SELECT 1 FROM coaches WHERE telegram_user_id = $3 AND active) AS coach"""
_PG_PERSON_QUERY = {False: _PG_PERSON.format(staff=""), True: _PG_PERSON.format(staff=_PG_STAFF)}
_PG_NEW_PERSON = """
    INSERT INTO people (channel, external_id, created_at, last_seen_at) VALUES ($1, $2, $3, $3)
    ON CONFLICT (channel, external_id) DO NOTHING
"""
_PG_SEEN = """
    UPDATE people SET language = $2, consent_version = $3, consent_at = $4, last_seen_at = $5,
           unreachable_at = NULL
    WHERE id = $1
"""
_PG_NEW_CONVERSATION = """
    INSERT INTO conversations (person_id, step, data, shown, updated_at) VALUES ($1, $2, $3, $4, $5)
"""
_PG_SAVE_CONVERSATION = """
    UPDATE conversations SET step = $2, data = $3, shown = $4, updated_at = $5 WHERE person_id = $1
"""
# Both in one statement (`save_talking`): $1 the person, $2-$5 as `_PG_SEEN`, $6-$9 the conversation.
_PG_SEEN_AND_NEW_CONVERSATION = """
    WITH seen AS (
        UPDATE people SET language = $2, consent_version = $3, consent_at = $4, last_seen_at = $5,
               unreachable_at = NULL
        WHERE id = $1
    )
    INSERT INTO conversations (person_id, step, data, shown, updated_at) VALUES ($1, $6, $7, $8, $9)
"""
_PG_SEEN_AND_SAVE_CONVERSATION = """
    WITH seen AS (
        UPDATE people SET language = $2, consent_version = $3, consent_at = $4, last_seen_at = $5,
               unreachable_at = NULL
        WHERE id = $1
    )
    UPDATE conversations SET step = $6, data = $7, shown = $8, updated_at = $9 WHERE person_id = $1
"""


async def _talking_pg(session: AsyncSession, channel: str, external_id: str, staff_id: int | None) -> Talking:
    raw = await begun(session)
    query = _PG_PERSON_QUERY[staff_id is not None]
    args: tuple[Any, ...] = (channel, external_id) if staff_id is None else (channel, external_id, staff_id)
    row = await raw.fetchrow(query, *args)
    if row is None:
        await raw.execute(_PG_NEW_PERSON, channel, external_id, utcnow())
        row = await raw.fetchrow(query, *args)
        assert row is not None
    return Talking(
        id=row["id"],
        language=row["language"],
        consent_version=row["consent_version"],
        consent_at=row["consent_at"],
        created_at=row["created_at"],
        last_seen_at=row["last_seen_at"],
        unreachable_at=row["unreachable_at"],
        has_conversation=row["conversation_of"] is not None,
        step=row["step"],
        data=row["data"] if row["data"] is not None else {},
        shown=list(row["shown"] or []),
        flags=StaffFlags(bool(row["coordinator"]), bool(row["coach"])) if staff_id is not None else None,
        raw=raw,
    )


async def _save_talking_pg(
    person: Talking,
    seen: tuple[str | None, str | None, datetime | None, datetime] | None,
    state: str | None,
    step: str | None,
    data: dict[str, Any],
    shown: list[str],
) -> None:
    """`save_talking` on PostgreSQL: `seen` the person's new values (None: unchanged), `state` as there."""
    # The JSON columns go as text: SQLAlchemy's asyncpg codec for json encodes str, decodes to Python.
    conversation = (step, json.dumps(data), json.dumps(shown), utcnow())
    if seen is not None and state is not None:
        both = _PG_SEEN_AND_NEW_CONVERSATION if state == "new" else _PG_SEEN_AND_SAVE_CONVERSATION
        await person.raw.execute(both, person.id, *seen, *conversation)
    elif seen is not None:
        await person.raw.execute(_PG_SEEN, person.id, *seen)
    elif state is not None:
        alone = _PG_NEW_CONVERSATION if state == "new" else _PG_SAVE_CONVERSATION
        await person.raw.execute(alone, person.id, *conversation)
