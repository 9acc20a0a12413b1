"""Scheduled work: APScheduler only wakes; the database says what is due.

Nothing is scheduled *in* APScheduler that would be lost with the process. A message for tomorrow is an
outbox row with `not_before` tomorrow; every `tick` seconds (and whenever `Outbox.wake()` is called
after a commit) the delivery workers look for due rows and send them. So a restart loses nothing and
repeats nothing, and what fell due while the bot was down goes out at the start.

Housekeeping runs here too: forgetting old update ids and finished outbox rows.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.outbox import queue
from bot.outbox.worker import DeliveryWorker
from bot.storage import repositories as repo
from bot.storage.database import Database

log = logging.getLogger(__name__)

TICK_SECONDS = 1.5
HOUSEKEEPING_HOURS = 6
UPDATE_IDS_KEPT = timedelta(days=7)  # platforms stop redelivering long before a week
FINISHED_OUTBOX_KEPT = timedelta(days=30)  # sent, failed and blocked rows (the content of sent ones is gone)


class Scheduler:
    """Starts the delivery workers, wakes them every `tick` seconds, and runs the housekeeping jobs."""

    def __init__(
        self,
        db: Database,
        workers: Sequence[DeliveryWorker] = (),
        *,
        clock: Callable[[], datetime],
        zone: ZoneInfo | None = None,
        tick: float = TICK_SECONDS,
    ) -> None:
        self.db = db
        self.workers = list(workers)
        self.clock = clock
        self.tick = tick
        self.scheduler = AsyncIOScheduler(timezone=zone or ZoneInfo("UTC"))
        self._running: set[asyncio.Task[object]] = set()  # job passes under way (see `_finished_first`)
        # Coroutine jobs run on the event loop (plain functions would run in a thread pool).
        self.scheduler.add_job(
            self.wake_all, "interval", seconds=tick, id="wake-delivery", coalesce=True, max_instances=1
        )
        self.scheduler.add_job(
            self._finished_first(self.housekeeping, "housekeeping"),
            "interval",
            hours=HOUSEKEEPING_HOURS,
            id="housekeeping",
            coalesce=True,
            max_instances=1,
        )

    def every(self, seconds: float, job: Callable[[], Awaitable[object]], *, name: str) -> None:
        """Run `job` now and then every `seconds` (a wake-up such as looking for stored updates left by a
        process that stopped; what is due is in the database, never in the job)."""

        self.scheduler.add_job(
            self._finished_first(job, name),
            "interval",
            seconds=seconds,
            id=name,
            coalesce=True,
            max_instances=1,
            next_run_time=datetime.now(UTC),
        )

    def start(self) -> None:
        for worker in self.workers:
            worker.start()
        self.scheduler.start()

    def _finished_first(
        self, job: Callable[[], Awaitable[object]], name: str
    ) -> Callable[[], Awaitable[None]]:
        """`job` as a task of its own that the scheduler's shutdown does not cancel: `stop` waits for it.

        APScheduler's shutdown cancels a running coroutine job and returns at once. A pass cancelled in
        the middle of a database call, with the database closed right after, could wait for its
        connection forever and keep the process from exiting (`lotse chat` at the end of its input).
        """

        async def run() -> None:
            task: asyncio.Task[object] = asyncio.ensure_future(job())
            self._running.add(task)
            task.add_done_callback(self._running.discard)
            try:
                await asyncio.shield(task)
            except asyncio.CancelledError:
                log.debug("Job %s: the scheduler stopped; the pass in hand finishes first", name)

        return run

    async def stop(self, grace: float = 10.0) -> None:
        """Stop waking; let job passes and the workers finish what they hold (up to `grace` s each) and
        give back the rest: what a cancelled pass did not finish is still due in the database."""
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
        if self._running:
            _done, late = await asyncio.wait(set(self._running), timeout=grace)
            for task in late:
                task.cancel()
            await asyncio.gather(*late, return_exceptions=True)
        for worker in self.workers:
            await worker.stop(grace)

    async def wake_all(self) -> None:
        for worker in self.workers:
            worker.wake()

    async def housekeeping(self) -> None:
        """Forget update ids older than a week and finished outbox rows older than a month."""
        now = self.clock()
        try:
            async with self.db.session() as session:
                updates = await repo.forget_processed_before(session, now - UPDATE_IDS_KEPT)
                finished = await queue.purge_finished(session, now - FINISHED_OUTBOX_KEPT)
        except Exception:
            log.exception("Housekeeping failed; trying again in %d hours", HOUSEKEEPING_HOURS)
            return
        log.info("Housekeeping: forgot %d old update ids and %d finished outbox messages", updates, finished)
