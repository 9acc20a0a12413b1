"""One delivery worker per channel: due outbox rows → that channel's sender, within its limits.

The worker claims due rows (`bot.outbox.queue.claim`, committed before any API call), hands each to the
channel's `ChannelSender` (which keeps the channel's rate limits), and records the outcome:

- sent → `sent` (the content is dropped);
- `Delivered(waiting=True)` → `waiting` (WhatsApp: until the person writes; `Outbox.release_waiting`);
- `DeliveryFailed(blocked=True)` → `blocked`, and the person's `unreachable_at` is set; not retried;
- `DeliveryFailed(permanent=True)` → `failed`; not retried;
- anything else (a temporary failure, no answer within the lease, a bug) → queued again with backoff
  (`not_before`), `failed` after `max_attempts`.

The worker does not poll on its own: `wake()` (from the scheduler's tick, from `Outbox.wake()` after a
commit, and after each delivery that frees a slot) makes it look for due rows. The database says what is
due, so a message that fell due while the bot was down goes out at the first wake after the start.

Guarantees (docs/architecture.md, "Outbox and delivery guarantees"): a row is claimed by one worker at a
time; a `sent` row is never sent again; a process that dies holding a row leaves it `sending` until the
lease runs out, then any worker sends it again (the one case of a possible duplicate, when the platform
had accepted the message but the answer was lost).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from functools import partial
from typing import TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

from bot.outbox import queue
from bot.outbox.channel import ChannelSender, DeliveryFailed, Envelope, State
from bot.outbox.content import ContentError, load_reply
from bot.outbox.render import Renderer
from bot.storage.database import Database

log = logging.getLogger(__name__)

T = TypeVar("T")

SENT_BATCH = 500  # sent rows recorded in one statement at most


class DeliveryWorker:
    """Delivers one channel's due outbox rows (only `address`'s, when given: the terminal chat's user)."""

    def __init__(
        self,
        db: Database,
        sender: ChannelSender,
        renderer: Renderer,
        *,
        clock: Callable[[], datetime],
        default_language: str = "de",
        staff_language: str = "de",
        address: str | None = None,
        concurrency: int = 16,
        lease: timedelta = timedelta(seconds=120),
        max_attempts: int = 8,
        retry_backoff: timedelta = timedelta(seconds=10),
        max_backoff: timedelta = timedelta(hours=1),
        record_attempts: int = 4,
        record_backoff: float = 0.5,
    ) -> None:
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        self.db = db
        self.sender = sender
        self.channel = sender.channel
        self.renderer = renderer
        self.clock = clock
        self.default_language = default_language
        self.staff_language = staff_language
        self.address = address
        self.concurrency = concurrency
        self.lease = lease
        # A delivery that takes longer is abandoned (and retried) well before its lease runs out, so no
        # other worker takes the row over while this one may still be sending it.
        self.call_timeout = lease.total_seconds() * 0.75
        self.max_attempts = max_attempts
        self.retry_backoff = retry_backoff
        self.max_backoff = max_backoff
        self.record_attempts = record_attempts
        self.record_backoff = record_backoff
        self._wakeup = asyncio.Event()
        self._stopping = False
        self._in_flight: dict[asyncio.Task[None], tuple[int, int]] = {}
        self._runner: asyncio.Task[None] | None = None
        self._sent_rows: list[tuple[int, int, asyncio.Future[bool | None]]] = []
        self._sent_writer: asyncio.Task[None] | None = None

    # -- running ---------------------------------------------------------------------------------------

    def wake(self) -> None:
        """Look for due rows now (cheap; call it as often as you like)."""
        self._wakeup.set()

    def start(self) -> None:
        """Run in the background until `stop()`."""
        if self._runner is None or self._runner.done():
            self._stopping = False
            self._runner = asyncio.create_task(self.run(), name=f"outbox-{self.channel}")

    async def run(self) -> None:
        """Claim and deliver while woken. Cancelling it is a crash: rows in hand stay `sending`."""
        self._wakeup.set()  # whatever fell due while the bot was down
        try:
            while not self._stopping:
                await self._wakeup.wait()
                self._wakeup.clear()
                if self._stopping:
                    break
                free = self.concurrency - len(self._in_flight)
                if free <= 0:
                    continue  # a finishing delivery wakes us again
                try:
                    claimed = await self._claim(free)
                except Exception:
                    log.exception(
                        "Outbox (%s): could not claim due messages; trying at the next tick", self.channel
                    )
                    continue
                for envelope in claimed:
                    self._spawn(envelope)
                if len(claimed) == free:
                    self._wakeup.set()  # there may be more; claim again once slots are free
        except asyncio.CancelledError:
            for task in list(self._in_flight):
                task.cancel()
            raise

    async def stop(self, grace: float = 10.0) -> None:
        """Stop claiming, give deliveries in hand `grace` seconds, then give back what is left.

        A delivery cut off here may have reached the platform already; its row is queued again and may be
        sent twice (see docs/architecture.md).
        """
        self._stopping = True
        self._wakeup.set()
        if self._runner is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await self._runner
        pending = list(self._in_flight)
        if pending:
            _done, late = await asyncio.wait(pending, timeout=grace)
            if late:
                claims = [self._in_flight[task] for task in late if task in self._in_flight]
                for task in late:
                    task.cancel()
                await asyncio.gather(*late, return_exceptions=True)
                if self._sent_writer is not None:
                    await self._sent_writer  # what did go out is recorded as sent, not given back
                released = await self._record(lambda s: queue.release(s, claims))
                log.warning(
                    "Outbox (%s): stopped with %d message(s) in hand; %s queued again",
                    self.channel,
                    len(claims),
                    released,
                )

    async def drain(self, address: str | None = None) -> int:
        """Deliver everything due now (for `address` only, when given), then return how many rows were
        handled. Safe beside running workers, in this process or another: rows are claimed as usual.
        E.g. what waited for a WhatsApp person, delivered before the answer to their message."""
        handled = 0
        while True:
            claimed = await self._claim(self.concurrency, address)
            if not claimed:
                return handled
            await asyncio.gather(*(self._deliver(envelope) for envelope in claimed))
            handled += len(claimed)

    # -- one row ---------------------------------------------------------------------------------------

    async def _claim(self, limit: int, address: str | None = None) -> list[Envelope]:
        now = self.clock()
        address = address or self.address
        async with self.db.session() as session:
            requeued, failed = await queue.recover_expired(
                session, self.channel, now, self.max_attempts, address
            )
            claimed = await queue.claim(session, self.channel, now, now + self.lease, limit, address)
        if requeued:
            log.warning(
                "Outbox (%s): %d message(s) were left 'sending' by a process that stopped (rows %s); sending "
                "them again: each may arrive twice if it had reached %s before the process stopped",
                self.channel,
                len(requeued),
                ", ".join(map(str, requeued[:20])),
                self.channel,
            )
        if failed:
            log.error(
                "Outbox (%s): gave up on rows %s (their process stopped each time)", self.channel, failed
            )
        envelopes = []
        for row in claimed:
            try:
                reply = load_reply(row.content)
            except (ContentError, KeyError, TypeError, ValueError) as exc:
                log.error(
                    "Outbox (%s): row %d has content that cannot be read: %s", self.channel, row.id, exc
                )
                await self._record(
                    partial(
                        queue.mark_final,
                        row_id=row.id,
                        attempts=row.attempts,
                        state=State.FAILED,
                        error=f"unreadable content: {exc}",
                    )
                )
                continue
            if row.person_id is None:
                language = row.language or self.staff_language
            else:
                language = row.language or self.default_language
            envelopes.append(
                Envelope(
                    id=row.id,
                    channel=row.channel,
                    address=row.address,
                    thread_id=row.thread_id,
                    purpose=row.purpose,
                    reply=reply,
                    language=language,
                    person_id=row.person_id,
                    last_seen_at=row.last_seen_at,
                    attempts=row.attempts,
                    renderer=self.renderer,
                    extra=row.content.get("extra") or {},
                )
            )
        return envelopes

    def _spawn(self, envelope: Envelope) -> None:
        task = asyncio.create_task(self._deliver(envelope), name=f"outbox-{self.channel}-{envelope.id}")
        self._in_flight[task] = (envelope.id, envelope.attempts)
        task.add_done_callback(self._finished)

    def _finished(self, task: asyncio.Task[None]) -> None:
        self._in_flight.pop(task, None)
        if not task.cancelled() and task.exception() is not None:
            log.error("Outbox (%s): a delivery task failed", self.channel, exc_info=task.exception())
        # Claim again when a good share of the slots is free (not after every single message), or when
        # the last one finished: the next message of the same recipient may be waiting for it.
        if len(self._in_flight) <= self.concurrency * 3 // 4 or not self._in_flight:
            self._wakeup.set()

    async def _deliver(self, envelope: Envelope) -> None:
        """Send one row and record the outcome. Cancellation (a crash, or `stop`) records nothing."""
        try:
            async with asyncio.timeout(self.call_timeout):
                delivered = await self.sender.deliver(envelope)
        except DeliveryFailed as exc:
            await self._failed(envelope, exc)
            return
        except TimeoutError:
            await self._retry(envelope, f"no answer within {self.call_timeout:.0f} s")
            return
        except Exception as exc:
            log.exception("Outbox (%s): delivering row %d failed unexpectedly", self.channel, envelope.id)
            await self._retry(envelope, f"{type(exc).__name__}: {exc}")
            return
        if delivered.waiting:
            note, remember = delivered.note, delivered.remember
            done = await self._record(
                lambda s: queue.mark_waiting(s, envelope.id, envelope.attempts, note, remember)
            )
        else:
            done = await self._sent(envelope)
        if done is False:
            log.warning(
                "Outbox (%s): row %d was taken over by another worker after its lease ran out; "
                "it may have been sent twice",
                self.channel,
                envelope.id,
            )

    async def _failed(self, envelope: Envelope, exc: DeliveryFailed) -> None:
        if exc.blocked:
            log.warning(
                "Outbox (%s): row %d (%s): the recipient cannot be reached; not retried",
                self.channel,
                envelope.id,
                envelope.purpose,
            )
            now = self.clock()
            await self._record(
                lambda s: queue.mark_final(
                    s,
                    envelope.id,
                    envelope.attempts,
                    State.BLOCKED,
                    exc.reason,
                    person_id=envelope.person_id,
                    now=now,
                )
            )
        elif exc.permanent:
            log.error(
                "Outbox (%s): row %d (%s) refused for good: %s",
                self.channel,
                envelope.id,
                envelope.purpose,
                exc.reason,
            )
            await self._record(
                lambda s: queue.mark_final(s, envelope.id, envelope.attempts, State.FAILED, exc.reason)
            )
        else:
            await self._retry(envelope, exc.reason)

    async def _retry(self, envelope: Envelope, reason: str) -> None:
        if envelope.attempts >= self.max_attempts:
            log.error(
                "Outbox (%s): giving up on row %d (%s) after %d attempts: %s",
                self.channel,
                envelope.id,
                envelope.purpose,
                envelope.attempts,
                reason,
            )
            error = f"gave up after {envelope.attempts} attempts: {reason}"
            await self._record(
                lambda s: queue.mark_final(s, envelope.id, envelope.attempts, State.FAILED, error)
            )
            return
        delay = min(
            self.retry_backoff * 2 ** (envelope.attempts - 1) * (1 + random.random() / 4),  # noqa: S311
            self.max_backoff,
        )
        not_before = self.clock() + delay
        log.warning(
            "Outbox (%s): row %d (%s) not delivered (%s), attempt %d; next try in %.0f s",
            self.channel,
            envelope.id,
            envelope.purpose,
            reason,
            envelope.attempts,
            delay.total_seconds(),
        )
        await self._record(lambda s: queue.mark_retry(s, envelope.id, envelope.attempts, not_before, reason))

    async def _sent(self, envelope: Envelope) -> bool | None:
        """Record a sent row. Outcomes that arrive while one is being written go together in the next
        statement: one transaction per batch, not per message (a broadcast sends hundreds a second)."""
        done: asyncio.Future[bool | None] = asyncio.get_running_loop().create_future()
        self._sent_rows.append((envelope.id, envelope.attempts, done))
        if self._sent_writer is None or self._sent_writer.done():
            self._sent_writer = asyncio.create_task(self._write_sent())
        return await asyncio.shield(done)

    async def _write_sent(self) -> None:
        while self._sent_rows:
            batch, self._sent_rows = self._sent_rows[:SENT_BATCH], self._sent_rows[SENT_BATCH:]
            claims = [(row_id, attempts) for row_id, attempts, _done in batch]
            now = self.clock()
            changed = await self._record(partial(queue.mark_sent, claims=claims, now=now))
            for row_id, _attempts, done in batch:
                if not done.done():
                    done.set_result(None if changed is None else row_id in changed)

    async def _record(self, write: Callable[[AsyncSession], Awaitable[T]]) -> T | None:
        """Write an outcome, trying a few times (a database hiccup must not leave a sent row 'sending')."""
        for attempt in range(1, self.record_attempts + 1):
            try:
                async with self.db.session() as session:
                    return await write(session)
            except Exception:
                if attempt == self.record_attempts:
                    log.exception(
                        "Outbox (%s): could not record a delivery outcome; the row stays 'sending' until its "
                        "lease runs out and may be sent again",
                        self.channel,
                    )
                    return None
                await asyncio.sleep(self.record_backoff * 2 ** (attempt - 1))
        return None
