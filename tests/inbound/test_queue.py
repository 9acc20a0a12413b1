"""The inbound queue: handled right after storing, one person in order, others alongside, and nothing
lost when handling fails, hangs at shutdown, or the process died before handling."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

import pytest

from bot.inbound import Arrival, Claim, InboundQueue, Journal
from bot.scheduling import Scheduler
from bot.storage.database import Database
from bot.storage.models import utcnow
from tests.inbound.test_journal import Clock, arrival, rows

Handler = Callable[[Claim], Awaitable[None]]


class Recorder:
    """A channel's handler that notes what it handled; people in `held` wait until released."""

    def __init__(self) -> None:
        self.handled: list[tuple[str, str]] = []
        self.started: list[str] = []
        self.held: dict[str, asyncio.Event] = {}
        self.failing: dict[str, int] = {}  # key → how many more attempts raise

    async def __call__(self, claim: Claim) -> None:
        self.started.append(claim.key)
        gate = self.held.get(claim.person_key)
        if gate is not None:
            await gate.wait()
        if self.failing.get(claim.key, 0) > 0:
            self.failing[claim.key] -= 1
            raise RuntimeError("boom")
        self.handled.append((claim.person_key, claim.key))

    def hold(self, person: str) -> asyncio.Event:
        self.held[person] = asyncio.Event()
        return self.held[person]


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def journal(sqlite_database: Database, clock: Clock) -> Journal:
    return Journal(sqlite_database, clock=clock)


async def test_updates_are_handled_right_after_storing_in_order_per_person(journal: Journal) -> None:
    recorder = Recorder()
    queue = InboundQueue(journal, "telegram", recorder)
    amira = recorder.hold("amira")

    await queue.accept([arrival(1, "amira")])
    await queue.accept([arrival(3, "amira"), arrival(2, "amira"), arrival(4, "ben")])
    await _until(lambda: ("ben", "4") in recorder.handled)
    assert recorder.handled == [("ben", "4")]  # Ben is not kept waiting behind Amira
    assert recorder.started == ["1", "4"]  # and Amira's second update is not started before her first

    amira.set()
    await queue.join()
    assert [key for person, key in recorder.handled if person == "amira"] == ["1", "2", "3"]
    assert await journal.counts("telegram") == {"done": 4}


async def test_a_failed_handling_is_tried_again_later_and_the_person_waits(
    journal: Journal, clock: Clock, sqlite_database: Database
) -> None:
    recorder = Recorder()
    recorder.failing["1"] = 1
    queue = InboundQueue(journal, "whatsapp", recorder)

    await queue.accept([arrival(1, "4915100000001"), arrival(2, "4915100000001")])
    await queue.join()
    assert recorder.handled == []
    stored = await rows(sqlite_database)
    assert (stored["1"].state, stored["1"].last_error) == ("queued", "RuntimeError: boom")

    assert await queue.recover() == 0  # not before the retry delay
    clock.advance(seconds=3)
    assert await queue.recover() == 1
    await queue.join()
    assert recorder.handled == [("4915100000001", "1"), ("4915100000001", "2")]


async def test_updates_still_in_hand_at_shutdown_stay_stored_for_the_next_start(journal: Journal) -> None:
    recorder = Recorder()
    queue = InboundQueue(journal, "telegram", recorder)
    recorder.hold("stuck")
    await queue.accept([arrival(1, "quick"), arrival(2, "stuck"), arrival(3, "stuck")])

    await queue.close(grace=0.5)

    assert recorder.handled == [("quick", "1")]  # the quick one finished within the grace period
    assert await journal.counts("telegram") == {"done": 1, "queued": 2}  # the stuck one was released
    restarted = Recorder()
    next_start = InboundQueue(journal, "telegram", restarted)
    await next_start.recover()
    await next_start.join()
    assert restarted.handled == [("stuck", "2"), ("stuck", "3")]


async def test_a_restart_handles_what_a_killed_process_stored_in_order(
    journal: Journal, clock: Clock
) -> None:
    # A process stored these and died: two in hand (never finished), the rest queued behind them.
    await journal.store("telegram", [arrival(n, "amira") for n in (5, 6, 7)] + [arrival(8, "ben")])
    restarted = Recorder()
    queue = InboundQueue(journal, "telegram", restarted)

    assert await queue.recover() == 0  # the dead process's lease still runs
    clock.advance(seconds=61)
    assert await queue.recover() == 2
    await queue.join()

    assert sorted(restarted.handled) == [("amira", "5"), ("amira", "6"), ("amira", "7"), ("ben", "8")]
    assert [key for person, key in restarted.handled if person == "amira"] == ["5", "6", "7"]


async def test_the_periodic_wake_up_finds_leftovers_without_being_asked(journal: Journal) -> None:
    [claim] = await journal.store("telegram", [Arrival("9", "{}", "amira", 9)])
    await journal.release(claim)  # as after an interrupted shutdown
    recorder = Recorder()
    queue = InboundQueue(journal, "telegram", recorder, wake_every=0.05)
    scheduler = Scheduler(journal.db, clock=utcnow)
    scheduler.every(queue.wake_every, queue.tend, name="inbound-telegram")
    scheduler.start()
    try:
        await _until(lambda: recorder.handled == [("amira", "9")])
    finally:
        await scheduler.stop()
        await queue.close(grace=1)


async def test_storing_fails_loudly_so_the_platform_is_not_told_received(journal: Journal) -> None:
    async def broken(*_args: object) -> list[Claim]:
        raise ConnectionError("database down")

    journal.store = broken  # type: ignore[method-assign]
    queue = InboundQueue(journal, "telegram", Recorder())
    with pytest.raises(ConnectionError):
        await queue.accept([arrival(1)])


async def _until(condition: Callable[[], bool]) -> None:
    async with asyncio.timeout(10):
        while not condition():
            await asyncio.sleep(0.01)


async def test_a_long_handling_keeps_its_lease_and_the_next_update_waits_for_it(
    sqlite_database: Database, clock: Clock
) -> None:
    # A lease of 0.3 s (renewed every 0.1 s): the handling of Amira's first update takes longer than that,
    # as a Telegram flood wait would, and another process looking for leftovers must not take it over.
    journal = Journal(sqlite_database, clock=clock, lease=timedelta(seconds=0.3))
    recorder = Recorder()
    amira = recorder.hold("amira")
    queue = InboundQueue(journal, "telegram", recorder)
    other_process = InboundQueue(journal, "telegram", Recorder())
    await queue.accept([arrival(1, "amira"), arrival(2, "amira"), arrival(3, "ben")])
    await _until(lambda: recorder.handled == [("ben", "3")])

    for _ in range(3):  # three times the lease, each step renewed before it runs out
        claimed_until = (await rows(sqlite_database))["1"].claimed_until
        clock.advance(seconds=0.2)
        await _until_async(lambda before=claimed_until: _later(sqlite_database, "1", before))
        assert await other_process.recover() == 0

    amira.set()
    await queue.join()
    assert recorder.handled == [("ben", "3"), ("amira", "1"), ("amira", "2")]
    assert await journal.counts("telegram") == {"done": 3}
    assert queue._renewer is None  # nothing in hand: no task left renewing


async def _later(db: Database, key: str, than: datetime | None) -> bool:
    """Whether the lease of update `key` now ends later than `than` (it was renewed)."""
    claimed_until = (await rows(db))[key].claimed_until
    return claimed_until is not None and than is not None and claimed_until > than


async def _until_async(condition: Callable[[], Awaitable[bool]]) -> None:
    async with asyncio.timeout(10):
        while not await condition():
            await asyncio.sleep(0.01)
