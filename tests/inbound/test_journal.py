"""The inbound journal on both databases: stored once, one update per person in hand, in order, leases.

Every test runs `[sqlite]` and `[postgres]`; the last ones use two engines on one PostgreSQL database,
as two bot processes would.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select, update

from bot.inbound import Arrival, Claim, Journal, State
from bot.storage.database import Database
from bot.storage.models import InboundUpdate

START = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def arrival(key: int, person: str = "p1", sequence: int | None = None) -> Arrival:
    return Arrival(key=str(key), payload=f'{{"n": {key}}}', person_key=person, sequence=sequence or key)


async def rows(db: Database) -> dict[str, InboundUpdate]:
    async with db.session() as session:
        return {row.key: row for row in (await session.scalars(select(InboundUpdate))).all()}


async def handle_all(journal: Journal, first: Claim | None) -> list[str]:
    """Finish claims one after the other, as a queue does; the keys in the order they were handed out."""
    order = []
    current = first
    while current is not None:
        order.append(current.key)
        current = await journal.finish(current)
    return order


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def journal(database: Database, clock: Clock) -> Journal:
    return Journal(database, clock=clock, lease=timedelta(seconds=60), max_attempts=3)


async def test_a_stored_update_is_handed_out_at_once_and_a_redelivery_is_not_stored(
    journal: Journal, database: Database
) -> None:
    [claim] = await journal.store("telegram", [arrival(1)])
    assert (claim.key, claim.person_key, claim.payload, claim.attempts) == ("1", "p1", '{"n": 1}', 1)

    assert await journal.store("telegram", [arrival(1)]) == []  # Telegram delivers it again
    assert await journal.store("whatsapp", [arrival(1)]) != []  # keys are per channel
    async with database.session() as session:
        stored = (await session.scalars(select(InboundUpdate).order_by(InboundUpdate.id))).all()
    assert [(row.channel, row.key, row.state) for row in stored] == [
        ("telegram", "1", State.HANDLING),
        ("whatsapp", "1", State.HANDLING),
    ]


async def test_one_update_per_person_in_hand_and_the_rest_in_order(journal: Journal) -> None:
    # A batch arrives out of order (two webhook calls raced): sequence decides, not arrival.
    claims = await journal.store("telegram", [arrival(3), arrival(1), arrival(2), arrival(10, "p2")])
    assert sorted((c.person_key, c.key) for c in claims) == [("p1", "1"), ("p2", "10")]
    p1 = next(c for c in claims if c.person_key == "p1")

    assert await journal.store("telegram", [arrival(4)]) == []  # p1 is in hand: it waits its turn
    assert await journal.claim_next("telegram", "p1") is None

    assert await handle_all(journal, p1) == ["1", "2", "3", "4"]


async def test_finished_updates_keep_neither_content_nor_person(journal: Journal, database: Database) -> None:
    [claim] = await journal.store("telegram", [arrival(1)])
    assert await journal.finish(claim) is None
    done = (await rows(database))["1"]
    assert (done.state, done.payload, done.person_key, done.claimed_until) == (State.DONE, None, None, None)
    assert await journal.store("telegram", [arrival(1)]) == []  # still recognised


async def test_a_lapsed_lease_hands_the_update_out_again(journal: Journal, clock: Clock) -> None:
    [_in_hand] = await journal.store("telegram", [arrival(1), arrival(2)])  # the process then dies

    clock.advance(seconds=59)
    assert await journal.due_people("telegram") == []
    assert await journal.claim_next("telegram", "p1") is None

    clock.advance(seconds=2)
    assert await journal.due_people("telegram") == ["p1"]
    again = await journal.claim_next("telegram", "p1")
    assert again is not None and (again.key, again.attempts) == ("1", 2)  # the same one first, in order
    assert await handle_all(journal, again) == ["1", "2"]


async def test_a_renewed_lease_keeps_the_update(journal: Journal, clock: Clock) -> None:
    [claim] = await journal.store("telegram", [arrival(1)])
    clock.advance(seconds=50)
    assert await journal.renew(claim)
    clock.advance(seconds=50)
    assert await journal.claim_next("telegram", "p1") is None
    await journal.finish(claim)
    assert not await journal.renew(claim)  # not in hand any more


async def test_a_failed_attempt_waits_and_the_persons_later_updates_wait_behind_it(
    journal: Journal, clock: Clock, database: Database
) -> None:
    [claim] = await journal.store("telegram", [arrival(1), arrival(2)])
    await journal.retry_later(claim, "RuntimeError: boom", timedelta(seconds=10))
    assert (await rows(database))["1"].last_error == "RuntimeError: boom"

    assert await journal.claim_next("telegram", "p1") is None
    clock.advance(seconds=10)
    retry = await journal.claim_next("telegram", "p1")
    assert retry is not None and (retry.key, retry.attempts) == ("1", 2)


async def test_an_update_that_keeps_failing_is_given_up_and_the_next_goes_on(
    journal: Journal, clock: Clock, database: Database
) -> None:
    [claim] = await journal.store("telegram", [arrival(1), arrival(2)])
    for _attempt in range(2):
        await journal.retry_later(claim, "RuntimeError: boom", timedelta(seconds=1))
        clock.advance(seconds=1)
        again = await journal.claim_next("telegram", "p1")
        assert again is not None and again.key == "1"
        claim = again
    assert claim.attempts == 3  # max_attempts
    await journal.retry_later(claim, "RuntimeError: boom", timedelta(seconds=1))
    clock.advance(seconds=1)

    following = await journal.claim_next("telegram", "p1")

    assert following is not None and following.key == "2"
    stored = await rows(database)
    assert stored["1"].state == State.FAILED and stored["1"].payload == '{"n": 1}'  # kept for a look


async def test_an_interrupted_update_is_released_for_the_next_process(journal: Journal) -> None:
    [claim] = await journal.store("whatsapp", [arrival(1, "4915100000001")])
    await journal.release(claim)
    assert await journal.due_people("whatsapp") == ["4915100000001"]
    again = await journal.claim_next("whatsapp", "4915100000001")
    assert again is not None and again.key == "1"


async def test_finished_updates_are_forgotten_after_a_week(
    journal: Journal, clock: Clock, database: Database
) -> None:
    [old] = await journal.store("telegram", [arrival(1)])
    await journal.finish(old)
    await journal.store("telegram", [arrival(2, "p2")])  # still in hand: never forgotten
    clock.advance(days=6)
    [recent] = await journal.store("telegram", [arrival(3, "p3")])
    await journal.finish(recent)
    clock.advance(days=1, seconds=1)

    assert await journal.forget("telegram") == 1
    assert sorted(await rows(database)) == ["2", "3"]
    assert await journal.counts("telegram") == {"done": 1, "handling": 1}


@pytest.mark.postgres
async def test_two_processes_storing_one_persons_burst_never_hold_two_of_them(
    postgres_database: Database,
) -> None:
    """Two engines (two processes) store 20 updates of one person at once: one is in hand, then each
    in turn, and the order is the update ids' order."""
    other = Database(postgres_database.url)
    try:
        journals = [Journal(postgres_database), Journal(other)]
        results = await asyncio.gather(
            *(journals[n % 2].store("telegram", [arrival(n)]) for n in range(1, 21))
        )
        claims = [claim for result in results for claim in result]
        assert len(claims) == 1  # never two of one person's updates in hand at once
        # Whoever finishes takes the next; here the two processes take turns.
        order: list[str] = []
        current: Claim | None = claims[0]
        turn = 0
        while current is not None:
            order.append(current.key)
            current = await journals[turn % 2].finish(current)
            turn += 1
        handed_out = [int(key) for key in order]
        assert sorted(handed_out) == list(range(1, 21))
        # After the first, the rest were all stored and waiting: they come in update id order.
        assert handed_out[1:] == sorted(handed_out[1:])
    finally:
        await other.dispose()


@pytest.mark.postgres
async def test_two_processes_recovering_at_once_take_a_person_once(postgres_database: Database) -> None:
    clock = Clock()
    writer = Journal(postgres_database, clock=clock)
    await writer.store("telegram", [arrival(n, f"p{n % 5}") for n in range(1, 26)])
    async with postgres_database.session() as session:  # every process that held them died
        await session.execute(update(InboundUpdate).values(claimed_until=START - timedelta(seconds=1)))

    other = Database(postgres_database.url)
    try:
        journals = [Journal(postgres_database, clock=clock), Journal(other, clock=clock)]
        attempts = [journals[n % 2].claim_next("telegram", f"p{n % 5}") for n in range(20)]
        claims = [claim for claim in await asyncio.gather(*attempts) if claim is not None]
        assert sorted(claim.person_key for claim in claims) == [f"p{n}" for n in range(5)]
        assert {claim.key for claim in claims} == {"5", "1", "2", "3", "4"}  # each person's oldest
        async with postgres_database.session() as session:
            in_hand = await session.scalar(
                select(func.count()).select_from(InboundUpdate).where(InboundUpdate.state == "handling")
            )
        assert in_hand == 5
    finally:
        await other.dispose()


async def test_a_second_handling_finds_the_update_done_and_must_roll_back(
    journal: Journal, database: Database, clock: Clock
) -> None:
    """A process whose lease ran out while it still worked, and the process that took the update over:
    the first to mark it done in its conversation transaction wins; the other learns it was done already
    (and the conversation service then rolls its transaction back: no state, no outbox row, no answer)."""

    class RolledBack(Exception):
        pass

    [slow] = await journal.store("telegram", [arrival(1), arrival(2)])
    clock.advance(seconds=61)
    taken_over = await journal.claim_next("telegram", "p1")
    assert taken_over is not None and (taken_over.id, taken_over.attempts) == (slow.id, 2)

    async with database.session() as session:
        finished, following = await journal.finish_in(session, taken_over)
    assert finished and following is not None and following.key == "2"

    with pytest.raises(RolledBack):
        async with database.session() as session:
            finished, following = await journal.finish_in(session, slow)
            assert not finished and following is None  # "2" is in the other process's hand
            raise RolledBack
    stored = await rows(database)
    assert (stored["1"].state, stored["2"].state) == ("done", "handling")
