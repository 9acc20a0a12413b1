"""The broadcast runner: started by the scheduler every few seconds in every `lotse run` process.

Each tick:
1. starts due broadcasts: claims them (a lease in `claimed_until`; `FOR UPDATE SKIP LOCKED` on
   PostgreSQL, so two processes never start the same one at once), resolves the audience, completes the
   translations, and writes the outbox rows batch by batch (`bot.broadcast.service`). A process that
   dies half-way leaves the broadcast `starting` with its `cursor`; when the lease has run out, any
   process goes on after the cursor (keys make a row written twice impossible anyway);
2. in quiet hours, moves announcement rows that fell behind and are due (or due before the quiet hours
   end) to the morning, in the same order and spacing;
3. shows progress (sent / remaining) in the coordinator's chat as ONE message that is edited, and when
   nothing is left to send marks the broadcast `done` and sends the report.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import or_, select, update

from bot.broadcast.audience import resolve
from bot.broadcast.service import (
    BATCH,
    LEASE,
    PENDING,
    BroadcastConfig,
    Spacing,
    delivery_counts,
    report,
    signup_counts,
    translate_texts,
    write_batch,
)
from bot.outbox.content import dump_reply
from bot.storage.database import Database
from bot.storage.models import Broadcast, OutboxMessage
from flows.engine import Reply, Text

log = logging.getLogger(__name__)

EVERY = 5.0  # seconds between ticks
# How long a broadcast with a photo waits for it to be ready on another channel before it goes on without.
MEDIA_PATIENCE = timedelta(minutes=10)
SHOW_EVERY = 10.0  # seconds between edits of a progress message


class MediaCarrier(Protocol):
    """How a file sent on one channel is made sendable on another (WhatsApp: `handlers.whatsapp.carry`)."""

    async def carry(self, ref: Mapping[str, Any]) -> dict[str, Any] | None:
        """What the channel's sender sends the file by, or None when it could not be made ready."""
        ...


class ProgressBoard(Protocol):
    """Where a coordinator sees a broadcast's progress: one message, edited (Telegram)."""

    async def show(self, chat_id: int, message_id: int | None, text: str) -> int | None:
        """Send (`message_id` None) or edit the message; its id, or None when that failed."""
        ...


class BroadcastRunner:
    def __init__(
        self,
        db: Database,
        config: BroadcastConfig,
        *,
        board: ProgressBoard | None = None,
        render: Callable[[Text], str] | None = None,
        wake: Callable[[], None] | None = None,
        carriers: Mapping[str, MediaCarrier] | None = None,
    ) -> None:
        self.db = db
        self.config = config
        self.board = board
        self.render = render
        self.wake = wake or config.outbox.wake
        self.carriers = dict(carriers or {})  # channel → how a photo from another channel gets there
        self._shown: dict[int, tuple[datetime, str]] = {}

    async def tick(self) -> None:
        for part in (self.start_due, self.sweep_quiet, self.follow):
            try:
                await part()
            except Exception:
                log.exception("Broadcasts: %s failed; trying again at the next tick", part.__name__)

    # -- 1. starting ---------------------------------------------------------------------------------

    async def start_due(self) -> list[int]:
        """Claim and start every due broadcast (also one a stopped process left half-written)."""
        now = self.config.clock()
        async with self.db.session() as session:
            query = (
                select(Broadcast)
                .where(
                    Broadcast.state.in_(("scheduled", "starting")),
                    Broadcast.scheduled_at <= now,
                    or_(Broadcast.claimed_until.is_(None), Broadcast.claimed_until < now),
                )
                .order_by(Broadcast.scheduled_at, Broadcast.id)
                .limit(5)
            )
            if session.get_bind().dialect.name == "postgresql":
                query = query.with_for_update(skip_locked=True)
            claimed = list(await session.scalars(query))
            for broadcast in claimed:
                if broadcast.state == "starting" and broadcast.claimed_until is not None:
                    log.warning(
                        "Broadcast %d: going on after %s (a process stopped)",
                        broadcast.id,
                        broadcast.cursor or "the start",
                    )
                broadcast.state = "starting"
                broadcast.started_at = broadcast.started_at or now
                broadcast.claimed_until = now + LEASE
            ids = [broadcast.id for broadcast in claimed]
        for broadcast_id in ids:
            await self.write(broadcast_id)
        return ids

    async def write(self, broadcast_id: int) -> int:
        """Write the rows of a claimed broadcast after its cursor; returns how many were new."""
        config = self.config
        async with self.db.session() as session:
            broadcast = await session.get(Broadcast, broadcast_id)
            if broadcast is None or broadcast.state != "starting":
                return 0
            audience = _audience(broadcast)
            resolved = await resolve(session, audience, config.default_language)
            broadcast.texts = await translate_texts(
                session, config, broadcast.text, list(resolved.per_language()), broadcast.texts or {}
            )
            if broadcast.cursor is None:
                broadcast.counts = resolved.counts()
            after = _order(broadcast.cursor)
            media = dict(broadcast.media or {})
            scheduled_at = broadcast.scheduled_at
        if media:
            carried = await self._carry(
                broadcast_id, media, {r.channel for r in resolved.recipients}, scheduled_at
            )
            if carried is None:
                return 0  # the photo is not ready for every channel yet: the next tick tries again
        todo = [r for r in resolved.recipients if after is None or r.order > after]
        spacing = Spacing(config.clock(), config.rates, config.quiet)
        contents: dict[tuple[str, bool, str], dict[str, Any]] = {}
        written = 0
        for start in range(0, len(todo), BATCH):
            batch = todo[start : start + BATCH]
            async with self.db.session() as session:
                broadcast = await session.get(Broadcast, broadcast_id, with_for_update=True)
                if broadcast is None or broadcast.state != "starting":
                    log.info("Broadcast %d was cancelled while its rows were written", broadcast_id)
                    return written
                written += await write_batch(session, broadcast, batch, spacing, contents, config.clock())
                broadcast.cursor = batch[-1].key
                broadcast.claimed_until = config.clock() + LEASE
            self.wake()
        async with self.db.session() as session:
            await session.execute(
                update(Broadcast)
                .where(Broadcast.id == broadcast_id, Broadcast.state == "starting")
                .values(state="running", claimed_until=None)
                .execution_options(synchronize_session=False)
            )
        log.info(
            "Broadcast %d: %d rows queued (%d recipients)", broadcast_id, written, len(resolved.recipients)
        )
        return written

    async def _carry(
        self, broadcast_id: int, media: dict[str, Any], channels: set[str], scheduled_at: datetime
    ) -> dict[str, Any] | None:
        """The coordinator's photo made ready once for every other channel among the recipients (with
        no transaction open: it is a download and an upload). None: not yet, the claim is given back so
        that the next tick tries again; after `MEDIA_PATIENCE` the broadcast goes on, those recipients get
        the text alone, and the log says so."""
        carried: dict[str, Any] = dict(media.get("carried") or {})
        missing = [
            channel
            for channel in sorted(channels - {str(media.get("channel"))})
            if channel in self.carriers and channel not in carried
        ]
        if not missing:
            return carried
        now = self.config.clock()
        for channel in missing:
            ref = {key: value for key, value in media.items() if key != "carried"}
            made = await self.carriers[channel].carry(ref)
            if made is None and now - scheduled_at < MEDIA_PATIENCE:
                log.warning(
                    "Broadcast %d: the photo is not ready for %s yet; trying again", broadcast_id, channel
                )
                async with self.db.session() as session:
                    await session.execute(
                        update(Broadcast)
                        .where(Broadcast.id == broadcast_id, Broadcast.state == "starting")
                        .values(claimed_until=None)  # free for the next tick, and no stopped process
                        .execution_options(synchronize_session=False)
                    )
                return None
            if made is None:
                log.error(
                    "Broadcast %d: the photo could not be made ready for %s in %s; those recipients get "
                    "the text alone",
                    broadcast_id,
                    channel,
                    MEDIA_PATIENCE,
                )
            carried[channel] = made or {}
        async with self.db.session() as session:
            await session.execute(
                update(Broadcast)
                .where(Broadcast.id == broadcast_id)
                .values(media={**media, "carried": carried})
                .execution_options(synchronize_session=False)
            )
        return carried

    # -- 2. quiet hours ------------------------------------------------------------------------------

    async def sweep_quiet(self) -> int:
        """In quiet hours: announcement rows still queued and due before the end move to the morning."""
        quiet = self.config.quiet
        now = self.config.clock()
        window = quiet.window(now) if quiet is not None else None
        if window is None:
            return 0
        _begin, end = window
        async with self.db.session() as session:
            rows = (
                await session.execute(
                    select(OutboxMessage.id, OutboxMessage.not_before)
                    .where(
                        OutboxMessage.purpose == "broadcast",
                        OutboxMessage.broadcast_id.is_not(None),
                        OutboxMessage.state == "queued",
                        OutboxMessage.not_before < end,
                    )
                    .order_by(OutboxMessage.not_before, OutboxMessage.id)
                )
            ).all()
            if not rows:
                return 0
            first = rows[0].not_before
            for row_id, not_before in rows:
                await session.execute(
                    update(OutboxMessage)
                    .where(OutboxMessage.id == row_id, OutboxMessage.state == "queued")
                    .values(not_before=end + (not_before - first))
                    .execution_options(synchronize_session=False)
                )
        log.info("Broadcasts: quiet hours; %d message(s) wait until %s", len(rows), end.isoformat())
        return len(rows)

    # -- 3. progress and the end -------------------------------------------------------------------

    async def follow(self) -> None:
        now = self.config.clock()
        async with self.db.session() as session:
            running = list(
                await session.scalars(select(Broadcast).where(Broadcast.state.in_(("starting", "running"))))
            )
        for broadcast in running:
            async with self.db.session() as session:
                rows = await delivery_counts(session, broadcast.id)
                pending = sum(rows.get(state, 0) for state in PENDING)
                finished = broadcast.state == "running" and pending == 0
                if finished:
                    changed = await session.execute(
                        update(Broadcast)
                        .where(Broadcast.id == broadcast.id, Broadcast.state == "running")
                        .values(state="done", finished_at=now)
                        .execution_options(synchronize_session=False)
                    )
                    finished = bool(getattr(changed, "rowcount", 0))
                    if finished and broadcast.progress_chat is not None:
                        await self._report(session, broadcast)
            if finished:
                log.info("Broadcast %d done: %s", broadcast.id, rows)
                self.wake()
            await self._progress(broadcast, rows, pending, now, final=finished)

    async def _report(self, session: Any, broadcast: Broadcast) -> None:
        """The report for the coordinator who composed it, as a new message (through the outbox)."""
        data = await report(session, self.config, broadcast.id)
        assert data is not None
        signups = await signup_counts(session, broadcast.id)
        text = Text(
            "broadcast-report",
            {
                "id": broadcast.id,
                "delivered": data["delivered"],
                "failed": data["failed"],
                "blocked": data["blocked"],
                "unsubscribed": data["unsubscribed"],
                "waiting": data["waiting"],
                "signups": signups.get("confirmed", 0),
                "waitlist": signups.get("waiting", 0),
            },
        )
        now = self.config.clock()
        insert_values = {
            "channel": "telegram",
            "address": str(broadcast.progress_chat),
            "purpose": "notice",
            "content": dump_reply(Reply(text)),
            "not_before": now,
            "state": "queued",
            "attempts": 0,
            "created_at": now,
            "key": f"broadcast:{broadcast.id}:report",
        }
        from sqlalchemy.dialects.postgresql import insert as postgresql_insert
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        insert = postgresql_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
        await session.execute(insert(OutboxMessage).values(**insert_values).on_conflict_do_nothing())

    async def _progress(
        self, broadcast: Broadcast, rows: dict[str, int], pending: int, now: datetime, *, final: bool
    ) -> None:
        if self.board is None or self.render is None or broadcast.progress_chat is None:
            return
        sent = rows.get("sent", 0)
        text = self.render(
            Text("broadcast-progress", {"id": broadcast.id, "sent": sent, "remaining": pending})
        )
        last = self._shown.get(broadcast.id)
        if last is not None and (
            last[1] == text or ((now - last[0]).total_seconds() < SHOW_EVERY and not final)
        ):
            return
        message_id = await self.board.show(broadcast.progress_chat, broadcast.progress_message, text)
        self._shown[broadcast.id] = (now, text)
        if final:
            self._shown.pop(broadcast.id, None)
        if message_id is not None and message_id != broadcast.progress_message:
            async with self.db.session() as session:
                await session.execute(
                    update(Broadcast)
                    .where(Broadcast.id == broadcast.id)
                    .values(progress_message=message_id)
                    .execution_options(synchronize_session=False)
                )


class TelegramBoard:
    """Progress as one Telegram message, edited (`ProgressBoard`). Calls go through the sender's own
    call wrapper, so they count against the chat's and the overall rate like every other message."""

    def __init__(self, sender: Any) -> None:
        self.sender = sender

    async def show(self, chat_id: int, message_id: int | None, text: str) -> int | None:
        from functools import partial

        from bot.outbox import DeliveryFailed

        bot = self.sender.bot
        try:
            if message_id is not None:
                await self.sender._call(
                    chat_id,
                    partial(bot.edit_message_text, text=text, chat_id=chat_id, message_id=message_id),
                )
                return message_id
            sent = await self.sender._call(chat_id, partial(bot.send_message, chat_id, text))
            return int(sent.message_id)
        except DeliveryFailed as exc:
            if "not modified" in exc.reason:
                return message_id
            log.warning("Broadcasts: could not show progress in chat %s: %s", chat_id, exc.reason)
            return None


def _audience(broadcast: Broadcast) -> Any:
    from bot.broadcast.audience import Audience

    return Audience.load(broadcast.audience or {})


def _order(cursor: str | None) -> tuple[int, int] | None:
    if not cursor:
        return None
    return (0 if cursor[0] == "p" else 1, int(cursor[1:]))
