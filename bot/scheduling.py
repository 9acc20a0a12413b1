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
        # Coroutine jobs run on the event loop (plain functions would run in a thread pool).
        self.scheduler.add_job(
            self.wake_all, "interval", seconds=tick, id="wake-delivery", coalesce=True, max_instances=1
        )
        self.scheduler.add_job(
            self.housekeeping,
            "interval",
            hours=HOUSEKEEPING_HOURS,
            id="housekeeping",
            coalesce=True,
            max_instances=1,
        )

    def every(self, seconds: float, job: Callable[[], Awaitable[object]], *, name: str) -> None:
        """Run `job` now and then every `seconds` (a wake-up such as looking for stored updates left by a
        process that stopped; what is due is in the database, never in the job)."""

        async def quietly_stoppable() -> None:
            # A job still running when the bot stops is cancelled; what it did not finish is still due
            # in the database, so that is no error (APScheduler would log a traceback for it).
            try:
                await job()
            except asyncio.CancelledError:
                log.debug("Job %s stopped with the scheduler", name)

        self.scheduler.add_job(
            quietly_stoppable,
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

    async def stop(self, grace: float = 10.0) -> None:
        """Stop waking; let the workers finish what they hold (up to `grace` s) and give back the rest."""
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
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
