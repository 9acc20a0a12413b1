"""One channel's incoming updates: stored before the platform is told "received", then handled.

`accept` is what a webhook route or the polling loop calls: it stores the updates (one transaction) and
returns once they are committed; only then does the caller answer 200 or confirm the offset. Handling
starts at once in the background (no waiting for a timer): for each person with a new update, a task
takes their updates one after the other from the journal until none is left (`Journal.claim_next`).

`recover` finds what was left: updates stored by a process that died before handling them, updates
whose handling was interrupted (their lease ran out), and updates whose handling raised and waited
before another attempt. `tend` calls it and deletes finished rows older than a week once an hour; the
scheduler (APScheduler, `bot/scheduling.py`) runs `tend` at start and every `wake_every` seconds.

The guarantee (also in docs/architecture.md): an update that was acknowledged is handled, at least until
its conversation transaction commits; that transaction marks its journal row done, and a second
handling finds it done, rolls back and sends nothing. See `Journal` for the order per person.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from collections.abc import Awaitable, Callable, Iterator, Sequence
from contextvars import ContextVar
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.inbound.journal import Arrival, Claim, Journal

log = logging.getLogger(__name__)

Handler = Callable[[Claim], Awaitable[None]]

WAKE_EVERY = 5.0  # seconds between looks for leftovers
FORGET_EVERY = 3600.0  # seconds between deleting finished rows older than a week
CONCURRENCY = 64  # updates handled at the same time by this process (different people)
RETRY_FIRST = 2.0  # seconds before the second attempt after handling raised; doubled each time
RETRY_MAX = 60.0
STORE_BATCH = 200  # updates stored in one transaction at most (webhook calls that came together)


class Handling:
    """The stored update a queue's task is handling now (`handling()` finds it).

    A handler that handles the update in a transaction of its own (the conversation service) marks it
    done there: `finish_in(session)` inside that transaction, `committed()` once it committed. Then the
    journal needs no transaction of its own for it, one less per update. Without that (an update that
    never reaches the conversation service, or a transaction that rolled back) the queue marks it done
    after handling, as before. Either way the person's next update is claimed when this one is done.
    """

    def __init__(self, journal: Journal, claim: Claim) -> None:
        self.journal = journal
        self.claim = claim
        self.finished = False  # marked done in a committed transaction
        self.next: Claim | None = None  # the person's next update, claimed with it (valid once finished)
        self._next: Claim | None = None

    async def finish_in(self, session: AsyncSession) -> bool:
        """Mark the update done in `session`'s transaction (and claim the person's next update).

        False when it was done already: another process handled it after this one's lease ran out.
        Then the caller rolls its transaction back and calls `handled_elsewhere`."""
        finished, self._next = await self.journal.finish_in(session, self.claim)
        return finished

    def committed(self) -> None:
        """The transaction of `finish_in` committed."""
        self.finished, self.next = True, self._next

    def handled_elsewhere(self) -> None:
        """It was done already (see `finish_in`): nothing is left to do for it, and the person's next
        update is the business of whoever finished it."""
        self.finished, self.next = True, None


_HANDLING: ContextVar[Handling | None] = ContextVar("lotse_inbound_handling", default=None)


def handling(channel: str, key: str) -> Handling | None:
    """The stored update with `key` on `channel`, if this task is handling it now and it is not done."""
    current = _HANDLING.get()
    if current is None or current.finished or (current.claim.channel, current.claim.key) != (channel, key):
        return None
    return current


class InboundQueue:
    """Store, then handle: the incoming side of one channel (`telegram`, `whatsapp`)."""

    def __init__(
        self,
        journal: Journal,
        channel: str,
        handle: Handler,
        *,
        wake_every: float = WAKE_EVERY,
        forget_every: float = FORGET_EVERY,
        concurrency: int = CONCURRENCY,
    ) -> None:
        self.journal = journal
        self.channel = channel
        self.handle = handle
        self.wake_every = wake_every
        self.forget_every = forget_every
        self._slots = asyncio.Semaphore(concurrency)
        self._working: dict[str, asyncio.Task[None]] = {}  # person key → the task handling their updates
        self._forget_at = 0.0  # loop time of the next clean-up: the first round does one
        self._closing = False
        self._to_store: deque[tuple[Sequence[Arrival], asyncio.Future[None]]] = deque()
        self._storing: asyncio.Task[None] | None = None
        self._in_hand: set[Handling] = set()  # updates in hand now, whose leases `_renewer` keeps
        self._renewer: asyncio.Task[None] | None = None

    async def accept(self, arrivals: Sequence[Arrival]) -> None:
        """Store `arrivals` (committed when this returns) and start handling them in the background.

        Raises when they could not be stored: then the caller must not acknowledge them (a webhook
        answers 503 so the platform delivers again; polling does not confirm the offset).

        Calls that come while a store is being written are stored together in the next transaction
        (under load one commit serves many webhook calls; a lone call is written at once, no timer).
        """
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._to_store.append((arrivals, done))
        if self._storing is None or self._storing.done():
            self._storing = asyncio.create_task(self._store_waiting())
        await done

    async def _store_waiting(self) -> None:
        """Write what `accept` calls left here, a batch per transaction, until nothing waits."""
        while self._to_store:
            batch: list[tuple[Sequence[Arrival], asyncio.Future[None]]] = []
            count = 0
            while self._to_store and (not batch or count + len(self._to_store[0][0]) <= STORE_BATCH):
                entry = self._to_store.popleft()
                batch.append(entry)
                count += len(entry[0])
            try:
                claims = await self.journal.store(
                    self.channel, [a for arrivals, _ in batch for a in arrivals]
                )
            except Exception as exc:
                for _arrivals, done in batch:
                    if not done.done():
                        done.set_exception(exc)
                continue
            for claim in claims:
                self._start(claim)
            for _arrivals, done in batch:
                if not done.done():
                    done.set_result(None)

    async def recover(self) -> int:
        """Claim and start what was left behind (see the module docstring); how many people it started."""
        started = 0
        for person in await self.journal.due_people(self.channel):
            if person in self._working or self._closing:
                continue  # this process handles them now and will take the next one itself
            claim = await self.journal.claim_next(self.channel, person)
            if claim is not None:
                self._start(claim)
                started += 1
        if started:
            log.info("Handling stored %s updates of %d people left from before", self.channel, started)
        return started

    async def tend(self) -> None:
        """One round of looking after the journal: handle leftovers, and once in `forget_every` seconds
        delete finished rows older than a week. The scheduler (`bot/scheduling.py`) calls this at start
        and every `wake_every` seconds; a failure (the database is down) waits for the next round."""
        if self._closing:
            return
        loop = asyncio.get_running_loop()
        try:
            await self.recover()
            if loop.time() >= self._forget_at:
                self._forget_at = loop.time() + self.forget_every
                removed = await self.journal.forget(self.channel)
                if removed:
                    log.info("Forgot %d handled %s updates older than a week", removed, self.channel)
        except Exception:
            log.warning("Could not look for stored %s updates", self.channel, exc_info=True)

    async def join(self) -> None:
        """Wait until every update in hand now (and those it leads to) has been handled."""
        while self._working:
            await asyncio.gather(*self._working.values(), return_exceptions=True)

    async def close(self, grace: float) -> None:
        """Shutdown: stop looking for leftovers, give updates in hand `grace` seconds, release the rest.

        What is released stays stored and is handled by the next process (or this one after a restart).
        """
        self._closing = True
        if not self._working:
            self._stop_renewing()
            return
        log.info("Waiting for %d %s update(s) still being handled", len(self._working), self.channel)
        _done, pending = await asyncio.wait(set(self._working.values()), timeout=grace)
        if pending:
            log.warning(
                "%d %s update(s) still in hand at shutdown are left for the next start",
                len(pending),
                self.channel,
            )
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)
        self._stop_renewing()

    # -- handling -------------------------------------------------------------------------------------

    def _start(self, claim: Claim) -> None:
        task = asyncio.create_task(self._work(claim))
        self._working[claim.person_key] = task
        task.add_done_callback(lambda done: self._forget_task(claim.person_key, done))

    def _forget_task(self, person: str, task: asyncio.Task[None]) -> None:
        if self._working.get(person) is task:
            del self._working[person]

    async def _work(self, claim: Claim) -> None:
        """Handle the person's updates one after the other until none of theirs is left."""
        current: Claim | None = claim
        while current is not None:
            in_hand = Handling(self.journal, current)
            token = _HANDLING.set(in_hand)
            try:
                with self._renewing(in_hand):  # the lease holds while waiting for a slot too
                    async with self._slots:
                        await self.handle(current)
            except asyncio.CancelledError:
                with contextlib.suppress(Exception):
                    # What this task holds goes back: the update, or (when it was done) the next one.
                    held = in_hand.next if in_hand.finished else current
                    if held is not None:
                        await asyncio.shield(self.journal.release(held))
                raise
            except Exception as exc:
                if not in_hand.finished:
                    await self._failed(current, exc)
                    return
                # The conversation committed (and marked it done); what failed came after, e.g. sending.
                log.error(
                    "Handling %s update %s failed after it was handled",
                    self.channel,
                    current.key,
                    exc_info=exc,
                )
            finally:
                _HANDLING.reset(token)
            if in_hand.finished:
                current = in_hand.next
                continue
            handled = current
            try:
                current = await self.journal.finish(handled)
            except Exception:
                # Handled but not marked: after the lease it is claimed again and recognised as handled.
                log.warning("Could not mark %s update %s handled", self.channel, handled.key, exc_info=True)
                return

    async def _failed(self, claim: Claim, exc: Exception) -> None:
        delay = min(RETRY_FIRST * 2 ** (claim.attempts - 1), RETRY_MAX)
        log.error(
            "Handling %s update %s failed (attempt %d); trying again in %.0f s",
            self.channel,
            claim.key,
            claim.attempts,
            delay,
            exc_info=exc,
        )
        try:
            await self.journal.retry_later(claim, f"{type(exc).__name__}: {exc}", timedelta(seconds=delay))
        except Exception:
            log.warning("Could not put %s update %s back", self.channel, claim.key, exc_info=True)

    @contextlib.contextmanager
    def _renewing(self, in_hand: Handling) -> Iterator[None]:
        """Keep the lease while handling takes long (a Telegram flood wait), so nobody takes over: of the
        update in hand, and once it is done while its answers still go out, of the person's next one.

        One task renews the leases of every update in hand (`_renew_leases`), rather than one task per
        update: starting and cancelling a task for each update cost about as much CPU as storing it."""
        self._in_hand.add(in_hand)
        if self._renewer is None or self._renewer.done():
            self._renewer = asyncio.create_task(self._renew_leases())
        try:
            yield
        finally:
            self._in_hand.discard(in_hand)
            if not self._in_hand:
                self._stop_renewing()

    def _stop_renewing(self) -> None:
        if self._renewer is not None:
            self._renewer.cancel()
            self._renewer = None

    async def _renew_leases(self) -> None:
        """Every third of the lease, renew the lease of each update in hand (or, once it is done, of the
        person's next one, claimed with it). An update is in hand at most one interval before its lease is
        first renewed, as when each had its own timer. One that is no longer ours is left alone."""
        interval = max(self.journal.lease.total_seconds() / 3, 0.01)

        async def renew(in_hand: Handling) -> None:
            claim = in_hand.next if in_hand.finished else in_hand.claim
            if claim is None or in_hand not in self._in_hand:
                return
            try:
                if not await self.journal.renew(claim):
                    self._in_hand.discard(in_hand)  # not ours any more: stop renewing it
            except Exception:
                log.warning("Could not renew the lease of %s update %s", self.channel, claim.key)

        while self._in_hand:
            await asyncio.sleep(interval)
            await asyncio.gather(*(renew(in_hand) for in_hand in list(self._in_hand)))
