"""Handled once, through the conversation service: an update that another process handled after this
one's lease ran out changes nothing and is not answered when this process comes to it (SQLite and
PostgreSQL). Its journal row, marked done in the transaction that handled it, is what tells."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from bot.conversation import Address
from bot.inbound import Arrival, Claim, Journal
from bot.inbound.queue import _HANDLING, Handling
from bot.storage.models import Conversation, InboundUpdate
from flows.engine import Incoming
from tests.dialog import make_app
from tests.inbound.test_journal import Clock


@contextmanager
def in_hand(journal: Journal, claim: Claim) -> Iterator[Handling]:
    """What `InboundQueue` sets around its handler while it handles `claim`."""
    handling = Handling(journal, claim)
    token = _HANDLING.set(handling)
    try:
        yield handling
    finally:
        _HANDLING.reset(token)


async def test_an_update_handled_meanwhile_by_another_process_changes_nothing_and_is_not_answered(
    database_url: str, tmp_path: Path
) -> None:
    app = await make_app(tmp_path, database_url=database_url)
    try:
        await app.db.upgrade()
        clock = Clock()
        journal = Journal(app.db, clock=clock, lease=timedelta(seconds=60))
        person = Address("telegram", "4242")
        [slow] = await journal.store("telegram", [Arrival("1", "{}", person.external_id, 1)])
        clock.advance(seconds=61)  # the first process is stuck; its lease runs out
        taken_over = await journal.claim_next("telegram", person.external_id)
        assert taken_over is not None and taken_over.id == slow.id

        with in_hand(journal, taken_over) as handling:
            answer = await app.service.handle(person, Incoming.message("/start"), update_key="1")
        assert answer is not None and handling.finished
        async with app.db.session() as session:
            before = (await session.scalars(select(Conversation))).one()
            state = (before.step, before.data, before.shown)

        # The stuck process wakes up and handles the same update: with different input its flow would
        # change the state; it must roll back and send nothing.
        with in_hand(journal, slow) as handling:
            again = await app.service.handle(person, Incoming.message("/help"), update_key="1")
        assert again is None
        assert handling.finished and handling.next is None  # nothing more for this process to do
        async with app.db.session() as session:
            after = (await session.scalars(select(Conversation))).one()
            row = (await session.scalars(select(InboundUpdate))).one()
        assert (after.step, after.data, after.shown) == state
        assert (row.state, row.attempts) == ("done", 2)
    finally:
        await app.close()
