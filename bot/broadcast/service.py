"""Announcements: composing (texts per language, translated once), writing their outbox rows, reports.

A broadcast is a row in `broadcasts`; what it says to each recipient is an outbox row (`purpose
"broadcast"`, `broadcast_id`, key `broadcast:<id>:<p|c><id>`), so delivery, rate limits, 429s,
retries, blocked people and WhatsApp's 24-hour rule are the outbox's, and a restart or a second process
writing the same rows writes nothing twice (the keys are unique; `ON CONFLICT DO NOTHING`).

Rows are written in batches (`BATCH`), each its own transaction that also moves the broadcast's
`cursor`, and spread over time at the channel's rate (`not_before`), pushed out of quiet hours. Spread
rows leave room for everything else the bot sends meanwhile (a reply to a coach is not queued behind
10,000 announcements), and a broadcast that runs into the evening pauses and goes on in the morning.

Translation: each text is translated once per language through the handoff's cached translator
(`translations`, `person_id` NULL: the cache belongs to no person), when the preview asks, or the command
line, or the start for a language that joined the audience since. What it gives is stored in the
broadcast (`texts`); a coordinator's own text for a language replaces it. Without a translation the
German text is sent.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import delete, func, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from bot.broadcast.audience import Audience, Recipient, Resolved, resolve
from bot.broadcast.quiet import QuietHours
from bot.outbox import Outbox
from bot.outbox.content import dump_reply
from bot.outbox.queue import delete_queued
from bot.storage.models import Broadcast, EventSignup, OutboxMessage
from bot.translation import Translator
from flows.engine import Option, Reply, Text

log = logging.getLogger(__name__)

SOURCE = "de"
BATCH = 500
LEASE = timedelta(seconds=60)
MAX_TEXT = 3000  # leaves room for the event's lines within one Telegram message (4096)
PENDING = ("queued", "sending")
STATES = ("scheduled", "starting", "running", "done", "cancelled")


@dataclass
class BroadcastConfig:
    """What every part of broadcasting shares; built once by the composition root."""

    outbox: Outbox
    translator: Translator | None
    zone: ZoneInfo
    quiet: QuietHours | None
    rates: Mapping[str, float]  # messages a second per channel (TELEGRAM_RATE_LIMIT, WHATSAPP_RATE_LIMIT)
    clock: Callable[[], datetime]
    default_language: str = "de"


@dataclass(frozen=True)
class Draft:
    """A broadcast as composed, before it is stored."""

    text: str
    audience: Audience = field(default_factory=Audience)
    overrides: Mapping[str, str] = field(default_factory=dict)  # language → the coordinator's own text
    scheduled_at: datetime | None = None  # None: now
    event_at: datetime | None = None
    place: str | None = None
    capacity: int | None = None
    created_by: str | None = None
    progress_chat: int | None = None
    media: Mapping[str, Any] | None = None  # a Telegram photo or document to copy (Incoming.ref)


class DraftError(ValueError):
    """Something in a draft that cannot be sent (the message is for the coordinator)."""


def check_draft(draft: Draft, now: datetime) -> None:
    if not draft.text.strip():
        raise DraftError("the text is empty")
    if len(draft.text) > MAX_TEXT:
        raise DraftError(f"the text has {len(draft.text)} characters; at most {MAX_TEXT}")
    for language, text in draft.overrides.items():
        if not text.strip() or len(text) > MAX_TEXT:
            raise DraftError(f"the {language} text is empty or longer than {MAX_TEXT} characters")
    if draft.scheduled_at is not None and draft.scheduled_at < now - timedelta(minutes=1):
        raise DraftError("the time to send is in the past")
    if draft.event_at is not None:
        if draft.event_at <= now:
            raise DraftError("the event is in the past")
        if not (draft.place or "").strip():
            raise DraftError("an event needs a place (or an online link)")
    if draft.capacity is not None and draft.capacity < 1:
        raise DraftError("the capacity must be at least 1")


# -- texts ----------------------------------------------------------------------------------------


async def translate_texts(
    session: AsyncSession,
    config: BroadcastConfig,
    german: str,
    languages: Sequence[str],
    texts: Mapping[str, Any],
) -> dict[str, Any]:
    """`texts` completed for `languages`: one translator call per missing language (cached in the
    database, so the preview, the command line and the start together make one call per language)."""
    done = {language: dict(entry) for language, entry in texts.items()}
    for language in languages:
        if language == SOURCE or language in done:
            continue
        translation = None
        if config.translator is not None and config.translator.enabled:
            translation = await config.translator.translate(session, german, SOURCE, language, person_id=None)
        if translation is not None and translation.ok:
            done[language] = {"text": translation.text, "by": "machine"}
        else:
            done[language] = {"text": german, "by": "german"}
    return done


def text_for(broadcast: Broadcast, language: str) -> str:
    entry = (broadcast.texts or {}).get(language)
    return str(entry["text"]) if entry and language != SOURCE else broadcast.text


def title_of(body: str, limit: int = 80) -> str:
    """The first line of an announcement, for a reminder or a list."""
    line = next((line.strip() for line in body.splitlines() if line.strip()), "")
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def announcement(broadcast: Broadcast, language: str, *, staff: bool = False) -> Reply[Text]:
    """The message for one recipient in `language`: text, event details, the buttons."""
    body = text_for(broadcast, language)
    options: list[Option[Text]] = []
    if broadcast.event_at is not None:
        args: dict[str, Any] = {"body": body, "when": broadcast.event_at, "place": broadcast.place or ""}
        if broadcast.capacity is not None:
            text = Text("broadcast-event", {**args, "capacity": broadcast.capacity})
        else:
            text = Text("broadcast-event-open", args)
        options += [
            Option(f"event.{broadcast.id}.yes", Text("broadcast-yes")),
            Option(f"event.{broadcast.id}.no", Text("broadcast-no")),
        ]
    else:
        text = Text("broadcast-message", {"body": body})
    if not staff:
        options.append(Option("news.stop", Text("broadcast-stop")))
    return Reply(text, tuple(options))


# -- storing and starting ------------------------------------------------------------------------


async def create(session: AsyncSession, config: BroadcastConfig, draft: Draft) -> tuple[Broadcast, Resolved]:
    """Store `draft` as a scheduled broadcast; its texts translated for the audience's languages now.
    Returns the row and the recipients as they are now (the start resolves them again)."""
    now = config.clock()
    check_draft(draft, now)
    resolved = await resolve(session, draft.audience, config.default_language)
    texts = {lang: {"text": text.strip(), "by": "coordinator"} for lang, text in draft.overrides.items()}
    texts = await translate_texts(session, config, draft.text.strip(), list(resolved.per_language()), texts)
    broadcast = Broadcast(
        state="scheduled",
        text=draft.text.strip(),
        texts=texts,
        audience=draft.audience.dump(),
        counts=resolved.counts(),
        scheduled_at=max(draft.scheduled_at or now, now),
        created_by=draft.created_by,
        progress_chat=draft.progress_chat,
        event_at=draft.event_at,
        place=(draft.place or "").strip() or None,
        capacity=draft.capacity,
        media=dict(draft.media) if draft.media else None,
        created_at=now,
    )
    session.add(broadcast)
    await session.flush()
    log.info(
        "Broadcast %d stored for %s (%d recipients)",
        broadcast.id,
        broadcast.scheduled_at,
        len(resolved.recipients),
    )
    return broadcast, resolved


LEAD = 1.5  # rows fall due this much faster than the channel's rate: see `Spacing`


class Spacing:
    """`not_before` for the next row of each channel, from `start`, moved out of quiet hours.

    Rows fall due a little faster than the channel may send (`LEAD` × the rate), so the delivery worker
    always finds a few due ones and the sender's own limiter sets the pace (rows due exactly at the rate
    leave the sender idle whenever the worker wakes late, and a broadcast then runs at ~80 % of the
    limit; bench/broadcast.py: 82 % at 1.0, 91 % at 1.1, 95 % at 1.5). The price: a message queued
    meanwhile for someone else waits behind the announcements already due, at most a third of the time
    the broadcast has run so far (a minute after three minutes), instead of behind all of them.
    """

    def __init__(self, start: datetime, rates: Mapping[str, float], quiet: QuietHours | None) -> None:
        self.start = start
        self.rates = rates
        self.quiet = quiet
        self.index: dict[str, int] = {}
        self.starts: dict[str, datetime] = {}  # per channel: `start`, moved past quiet hours met so far

    def next(self, channel: str) -> datetime:
        rate = self.rates.get(channel)
        position = self.index.get(channel, 0)
        self.index[channel] = position + 1
        start = self.starts.get(channel, self.start)
        moment = start + timedelta(seconds=position / (rate * LEAD)) if rate else start
        window = self.quiet.window(moment) if self.quiet is not None else None
        if window is None:
            return moment
        # Quiet: this row and every later one of the channel move by the same amount, so the first of
        # them goes when the quiet hours end (not as late as it came into them) and the pace stays.
        _begin, end = window
        self.starts[channel] = start + (end - moment)
        return end


async def write_batch(
    session: AsyncSession,
    broadcast: Broadcast,
    recipients: Sequence[Recipient],
    spacing: Spacing,
    contents: dict[tuple[str, bool, str], dict[str, Any]],
    now: datetime,
) -> int:
    """One outbox row per recipient (`ON CONFLICT DO NOTHING` on the key); returns how many were new.

    A photo or document goes to recipients on the coordinator's channel (Telegram) as a copy of the
    coordinator's message with the text as its caption (`extra.copy`). On another channel it goes by the
    id it was uploaded there with once (`media["carried"][channel]`, the runner's `carry` step; WhatsApp:
    `extra.media`, sent before the text); where it could not be carried, the text goes alone.
    """
    if not recipients:
        return 0
    media: Mapping[str, Any] = broadcast.media or {}
    carried: Mapping[str, Any] = media.get("carried") or {}
    values = []
    for recipient in recipients:
        staff = recipient.coach_id is not None
        if not media:
            attached = ""
        elif recipient.channel == media.get("channel"):
            attached = "copy"
        else:
            attached = "media" if (carried.get(recipient.channel) or {}).get("id") else ""
        wanted = (recipient.language, staff, attached)
        content = contents.get(wanted)
        if content is None:
            content = contents[wanted] = dump_reply(announcement(broadcast, recipient.language, staff=staff))
            if attached == "copy":
                content["extra"] = {"copy": {k: v for k, v in media.items() if k != "carried"}}
            elif attached == "media":
                content["extra"] = {"media": dict(carried[recipient.channel])}
        values.append(
            {
                "channel": recipient.channel,
                "address": recipient.address,
                "thread_id": None,
                "person_id": recipient.person_id,
                "coach_id": recipient.coach_id,
                "purpose": "broadcast",
                "content": content,
                "language": recipient.language,
                "not_before": spacing.next(recipient.channel),
                "state": "queued",
                "attempts": 0,
                "created_at": now,
                "key": f"broadcast:{broadcast.id}:{recipient.key}",
                "broadcast_id": broadcast.id,
            }
        )
    insert = postgresql_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    # executemany with RETURNING (SQLAlchemy's "insertmanyvalues"): one cached statement, batched by the
    # driver, instead of compiling a 7,500-parameter VALUES list for every batch.
    statement = insert(OutboxMessage).on_conflict_do_nothing(index_elements=["key"])
    result = await session.execute(statement.returning(OutboxMessage.id), values)
    return len(result.all())


# -- reports ----------------------------------------------------------------------------------------


async def delivery_counts(session: AsyncSession, broadcast_id: int) -> dict[str, int]:
    rows = await session.execute(
        select(OutboxMessage.state, func.count())
        .where(OutboxMessage.broadcast_id == broadcast_id)
        .group_by(OutboxMessage.state)
    )
    return {state: int(n) for state, n in rows}


async def signup_counts(session: AsyncSession, broadcast_id: int) -> dict[str, int]:
    rows = await session.execute(
        select(EventSignup.state, func.count())
        .where(EventSignup.broadcast_id == broadcast_id)
        .group_by(EventSignup.state)
    )
    return {state: int(n) for state, n in rows}


def shown_state(broadcast: Broadcast, pending: int, quiet: QuietHours | None, now: datetime) -> str:
    """The state a coordinator reads: scheduled, sending, paused (quiet hours), done or cancelled."""
    if broadcast.state in ("scheduled", "cancelled", "done"):
        return broadcast.state
    if pending and quiet is not None and quiet.quiet(now):
        return "paused"
    return "sending" if broadcast.state == "starting" or pending else "done"


async def report(session: AsyncSession, config: BroadcastConfig, broadcast_id: int) -> dict[str, Any] | None:
    """The report (README "Broadcasts and events" lists the keys)."""
    broadcast = await session.get(Broadcast, broadcast_id)
    if broadcast is None:
        return None
    rows = await delivery_counts(session, broadcast_id)
    signups = await signup_counts(session, broadcast_id)
    counts = dict(broadcast.counts or {})
    pending = sum(rows.get(state, 0) for state in PENDING)
    data: dict[str, Any] = {
        "id": broadcast.id,
        "state": shown_state(broadcast, pending, config.quiet, config.clock()),
        "scheduled_at": broadcast.scheduled_at.isoformat(),
        "audience": broadcast.audience,
        "recipients": counts.get("recipients", {}),
        "channels": counts.get("channels", {}),
        "queued": pending,
        "delivered": rows.get("sent", 0),
        "failed": rows.get("failed", 0),
        "blocked": int(counts.get("blocked", 0)) + rows.get("blocked", 0),
        "unsubscribed": int(counts.get("unsubscribed", 0)),
        "waiting": rows.get("waiting", 0),
        "sign_ups": signups.get("confirmed", 0),
        "waiting_list": signups.get("waiting", 0),
        "declined": signups.get("declined", 0),
        "translations": {
            language: entry.get("by") for language, entry in sorted((broadcast.texts or {}).items())
        },
    }
    if broadcast.event_at is not None:
        data["event"] = {
            "at": broadcast.event_at.isoformat(),
            "place": broadcast.place,
            "capacity": broadcast.capacity,
        }
    return data


async def recent(session: AsyncSession, limit: int = 20) -> list[Broadcast]:
    rows = await session.scalars(select(Broadcast).order_by(Broadcast.id.desc()).limit(limit))
    return list(rows)


async def cancel(session: AsyncSession, config: BroadcastConfig, broadcast_id: int) -> str:
    """Cancel a broadcast: `cancelled` (nothing sent), `stopped` (what was not sent yet is dropped),
    `finished` (too late: everything went out), or `unknown`."""
    broadcast = await session.get(Broadcast, broadcast_id, with_for_update=True)
    if broadcast is None:
        return "unknown"
    if broadcast.state == "cancelled":
        return "cancelled"
    if broadcast.state == "done":
        return "finished"
    if broadcast.state == "running":
        rows = await delivery_counts(session, broadcast_id)
        if not any(rows.get(state, 0) for state in (*PENDING, "waiting")):
            return "finished"
    started = broadcast.state != "scheduled"
    broadcast.state = "cancelled"
    broadcast.cancelled_at = config.clock()
    broadcast.claimed_until = None
    # Rows not sent yet go; one being sent right now finishes (and counts as delivered).
    dropped = await session.execute(
        delete(OutboxMessage)
        .where(OutboxMessage.broadcast_id == broadcast_id, OutboxMessage.state.in_(("queued", "waiting")))
        .execution_options(synchronize_session=False)
    )
    # An event that does not take place: no reminders for it.
    await delete_queued(session, f"event:{broadcast_id}:")
    log.info("Broadcast %d cancelled (%s unsent rows dropped)", broadcast_id, getattr(dropped, "rowcount", 0))
    return "stopped" if started else "cancelled"
