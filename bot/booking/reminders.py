"""Reminders that would come too late: due while the bot was down (or retried for too long) for an
appointment that has begun, or whose booking is gone. They are deleted instead of sent. And the
minute's other booking chores (`sweep_bookings`): unconfirmed seats released, undeliverable reminders
reported to the coaches.

Run when the application is built (before any delivery worker starts) and then every minute.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from sqlalchemy import delete, select

from bot.booking.service import BookingRules, BookingService
from bot.outbox.outbox import Outbox
from bot.storage.database import Database
from bot.storage.models import Booking, OutboxMessage

log = logging.getLogger(__name__)

PENDING = ("queued", "waiting")


async def drop_past_reminders(db: Database, clock: Callable[[], datetime]) -> int:
    now = clock()
    async with db.session() as session:
        rows = (
            await session.execute(
                select(OutboxMessage.id, OutboxMessage.key).where(
                    OutboxMessage.purpose == "reminder",
                    OutboxMessage.state.in_(PENDING),
                    OutboxMessage.not_before <= now,
                    OutboxMessage.key.like("booking:%:reminder:%"),
                )
            )
        ).all()
        if not rows:
            return 0
        booking_of = {row.id: int(str(row.key).split(":")[1]) for row in rows}
        starts = dict(
            (
                await session.execute(
                    select(Booking.id, Booking.starts_at).where(Booking.id.in_(set(booking_of.values())))
                )
            ).all()
        )
        stale = [
            row_id
            for row_id, booking_id in booking_of.items()
            if booking_id not in starts or starts[booking_id] <= now
        ]
        if stale:
            await session.execute(
                delete(OutboxMessage)
                .where(OutboxMessage.id.in_(stale), OutboxMessage.state.in_(PENDING))
                .execution_options(synchronize_session=False)
            )
            log.info("Booking: %d reminder(s) for appointments already begun were dropped", len(stale))
        return len(stale)


async def sweep_bookings(
    db: Database, outbox: Outbox, rules: BookingRules, clock: Callable[[], datetime]
) -> tuple[int, int]:
    """Every minute: release the seats of unconfirmed bookings (two no-shows, not confirmed by the start
    of the day) and tell the coaches of reminders that could not be delivered. Returns (released, told)."""
    async with db.session() as session:
        service = BookingService(session, outbox, rules, clock)
        released = await service.release_unconfirmed()
        told = await service.tell_unreachable()
    if released or told:
        outbox.wake()
    return released, told
