"""The relay worker: handoff messages from the relay queue to the outbox, translated, in the right topic.

For each claimed relay row (`bot.handoff.relays`), outside any transaction that an update holds:

- to the group: the person's topic is looked up, or created (claimed in `handoff_topics` first, so two
  processes never create two; a group without topics falls back to replies on the case's card); their
  text is translated into German (`Translator.translate_outside`: no transaction open while the
  translator is asked); then ONE short transaction queues the outbox row, records the post
  (`handoff_posts`) and marks the relay done;
- to the person: the coach's German is translated into the person's language (an "Original" button when
  it was), and queued the same way (purpose `coach_reply`: WhatsApp's template outside the 24 hours).

When the translator fails or hangs, the original goes with the marker line after `TRANSLATE_TIMEOUT`;
when the topic cannot be created (Telegram down), the row is tried again with backoff, and after
`TOPIC_ATTEMPTS` it goes to the group's general topic instead: nothing is lost, nothing held for long.

Besides, on each pass (`tend`): a coach's reply that Telegram refused because the person blocked the bot
is noted in the topic, and the topics of people who deleted their data (`handoff_topics.person_id` set
NULL by the deletion) are closed and the bot's posts in them deleted.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from bot.handoff import relays
from bot.handoff.media import Fetched
from bot.handoff.relays import GROUP, MEDIA, POST, Relay
from bot.handoff.service import HandoffConfig, alias, group_text, post_content
from bot.handoff.topics import not_a_forum
from bot.outbox import DeliveryFailed, Envelope, State
from bot.outbox.content import load_reply
from bot.storage.database import Database
from bot.storage.models import HandoffPost, HandoffRelay, HandoffTopic, OutboxMessage, Person
from flows.effects import Send, ToCoachesGroup, ToPerson
from flows.engine import File, Option, Reply, Text, t

log = logging.getLogger(__name__)

COACHES_LANGUAGE = "de"
TOPIC_ATTEMPTS = 4  # then the group's general topic
CARD_WAITS = 10  # tries to wait for the card in a group without topics, then the post goes unthreaded
KEY_PREFIX = "handoff-relay-"
EVERY = 5.0  # seconds between passes that look for left-over, blocked and erased work


class Retry(Exception):
    """Not now: try this relay row again after `delay` seconds."""

    def __init__(self, reason: str, delay: float | None = None) -> None:
        super().__init__(reason)
        self.delay = delay


@dataclass(frozen=True)
class TopicRef:
    ref: int  # handoff_topics.id
    topic_id: int | None  # None: no topic (group without topics, or the general topic)
    forum: bool


def media_label(kind: str) -> Text:
    """How the coaches read a media kind ("voice", "photo", …), in German."""
    kind = {"image": "photo"}.get(kind, kind)  # WhatsApp's names
    return Text(f"handoff-media-{kind}" if kind in MEDIA_KINDS else "handoff-media-other", lang="de")


def map_link(media: Mapping[str, Any]) -> str | None:
    """A location as a link the coaches can open (WhatsApp sends coordinates, nothing to copy)."""
    try:
        latitude, longitude = float(media["latitude"]), float(media["longitude"])
    except (KeyError, TypeError, ValueError):
        return None
    return f"https://www.openstreetmap.org/?mlat={latitude:.5f}&mlon={longitude:.5f}#map=17/{latitude:.5f}/{longitude:.5f}"


MEDIA_KINDS = ("voice", "audio", "photo", "video", "video_note", "document", "location", "sticker")


class RelayWorker:
    """Handles due relay rows; `wake()` after a commit, `tend()` from the scheduler's tick."""

    def __init__(
        self,
        db: Database,
        config: HandoffConfig,
        *,
        coach_chat_id: int | None,
        lease: timedelta = timedelta(seconds=120),
        backoff: timedelta = timedelta(seconds=2),
        max_backoff: timedelta = timedelta(minutes=5),
        batch: int = 16,
    ) -> None:
        self.db = db
        self.config = config
        self.coach_chat_id = coach_chat_id
        self.lease = lease
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.batch = batch
        self._task: asyncio.Task[None] | None = None
        self._again = False
        self._stopping = False

    @property
    def clock(self) -> Callable[[], datetime]:
        return self.config.clock

    # -- running -----------------------------------------------------------------------------------

    def wake(self) -> None:
        """Handle what is due now, in the background (cheap; call it as often as you like)."""
        if self._stopping:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return  # no loop (a command-line tool): the running bot's tick finds the rows
        if self._task is not None and not self._task.done():
            self._again = True
            return
        self._task = loop.create_task(self._run(), name="handoff-relay")

    def start(self) -> None:
        self._stopping = False
        self.wake()

    async def stop(self, grace: float = 10.0) -> None:
        """Stop waking; a pass in hand gets `grace` seconds (its rows' leases cover the rest)."""
        self._stopping = True
        task = self._task
        if task is not None and not task.done():
            try:
                await asyncio.wait_for(asyncio.shield(task), grace)
            except TimeoutError:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task

    async def idle(self) -> None:
        """Wait until the pass woken last has finished (tests, and a clean stop)."""
        while self._task is not None and not self._task.done():
            with contextlib.suppress(Exception):
                await asyncio.shield(self._task)

    async def _run(self) -> None:
        while True:
            self._again = False
            try:
                await self.relay_due()
            except Exception:
                log.exception("Handoff relay: a pass failed; trying again at the next tick")
            if not self._again or self._stopping:
                return

    async def tend(self) -> None:
        """The scheduler's pass: blocked people and deleted data first, then what is due."""
        try:
            await self.note_blocked()
            await self.clean_up_erased()
        except Exception:
            log.exception("Handoff relay: housekeeping failed; trying again at the next tick")
        self.wake()

    async def relay_due(self) -> int:
        """Handle due rows until none is left; returns how many were handled."""
        handled = 0
        while True:
            now = self.clock()
            async with self.db.session() as session:
                recovered = await relays.recover_expired(session, now)
                claimed = await relays.claim(session, now, now + self.lease, self.batch)
            if recovered:
                log.warning("Handoff relay: %d row(s) left by a stopped process are handled again", recovered)
            if not claimed:
                return handled
            await asyncio.gather(*(self._handle(relay) for relay in claimed))
            handled += len(claimed)

    # -- one row -------------------------------------------------------------------------------------

    async def _handle(self, relay: Relay) -> None:
        try:
            if relay.direction == GROUP:
                await self._to_group(relay)
            else:
                await self._to_person(relay)
        except _Gone:
            log.info("Handoff relay: row %d was taken over or deleted meanwhile; nothing queued", relay.id)
        except Retry as exc:
            await self._retry(relay, str(exc), exc.delay)
        except Exception as exc:
            log.exception("Handoff relay: row %d failed", relay.id)
            await self._retry(relay, type(exc).__name__, None)

    async def _retry(self, relay: Relay, reason: str, delay: float | None) -> None:
        if delay is None:
            wait = min(self.backoff * 2 ** (relay.attempts - 1), self.max_backoff)
            seconds = wait.total_seconds() * (1 + random.random() / 4)  # noqa: S311
        else:
            seconds = delay
        log.warning(
            "Handoff relay: row %d not handled (%s), attempt %d; next try in %.0f s",
            relay.id,
            reason,
            relay.attempts,
            seconds,
        )
        try:
            async with self.db.session() as session:
                await relays.mark_retry(session, relay, self.clock() + timedelta(seconds=seconds))
        except Exception:
            log.exception("Handoff relay: could not record a retry; the lease brings row %d back", relay.id)
            return
        if seconds < EVERY:  # sooner than the scheduler's next pass
            asyncio.get_running_loop().call_later(seconds, self.wake)

    async def _to_group(self, relay: Relay) -> None:
        topic = await self._topic(relay)
        extra: dict[str, Any] = {}
        if relay.kind == POST:
            assert relay.content is not None
            reply = load_reply(relay.content["reply"])
        else:
            text = await self._group_text(relay)
            reply = Reply(text)
            media = relay.media if relay.kind == MEDIA else None
            if media and media.get("channel") == "telegram":
                extra["copy"] = media
            elif media and map_link(media) is None:  # from WhatsApp: fetched and sent as a file
                fetched = await self._fetch(media)
                if fetched is None:
                    missing = group_text("handoff-group-media-missing")
                    reply = Reply(group_text("handoff-group-caption", kind=missing, message=text))
                else:
                    reply = Reply(text, files=(File(fetched.filename, fetched.content, fetched.mime_type),))
        if not topic.forum and relay.post_kind != "card" and relay.case_id is not None:
            card = await self._card_message(relay.case_id, wait=relay.attempts <= CARD_WAITS)
            if card is not None:
                extra["reply_to"] = card
        async with self.db.session() as session:
            ids = await self.config.outbox.put(
                session,
                Send(
                    ToCoachesGroup(topic.topic_id),
                    reply,
                    purpose="handoff",
                    key=f"{KEY_PREFIX}{relay.id}",
                    about=relay.person_id,
                ),
                extra=extra or None,
            )
            for outbox_id in ids:
                session.add(
                    HandoffPost(
                        topic_ref=topic.ref,
                        person_id=relay.person_id,
                        case_id=relay.case_id,
                        kind=relay.post_kind or "message",
                        outbox_id=outbox_id,
                        created_at=self.clock(),
                    )
                )
            if not await relays.mark_done(session, relay):
                raise _Gone()
        self.config.outbox.wake()

    async def _group_text(self, relay: Relay) -> Text:
        who = alias(relay.person_id)
        language = relay.language or COACHES_LANGUAGE
        original = relay.text or ""
        kind = media_label(str((relay.media or {}).get("type", ""))) if relay.kind == MEDIA else None
        link = map_link(relay.media) if relay.kind == MEDIA and relay.media else None
        if link is not None:
            original = f"{original}\n{link}".strip() if original.strip() else link
            language = COACHES_LANGUAGE  # a link and an address: nothing to translate
        if not original.strip():
            return group_text("handoff-group-media", alias=who, kind=kind or "")
        if language == COACHES_LANGUAGE:
            message = group_text("handoff-group-plain", alias=who, original=original)
        else:
            translated = await self.config.translator.translate_outside(
                self.db, original, language, COACHES_LANGUAGE, person_id=relay.person_id
            )
            key = "handoff-group-message" if translated.ok else "handoff-group-untranslated"
            message = group_text(
                key, alias=who, translation=translated.text, original=original, language=language
            )
        if kind is not None:
            return group_text("handoff-group-caption", kind=kind, message=message)
        return message

    async def _to_person(self, relay: Relay) -> None:
        async with self.db.session() as session:
            person = await session.get(Person, relay.person_id)
            language = (person.language if person else None) or COACHES_LANGUAGE
            channel = person.channel if person else ""
        coach = relay.coach_name or "Coach"
        original = relay.text or ""
        options: tuple[Option[Text], ...] = ()
        if not original.strip():
            text = t("handoff-coach-media", coach=coach)
        else:
            translated = await self.config.translator.translate_outside(
                self.db, original, COACHES_LANGUAGE, language, person_id=relay.person_id
            )
            key = "handoff-coach-reply" if translated.ok else "handoff-coach-reply-untranslated"
            text = t(key, coach=coach, text=translated.text)
            if translated.ok and language != COACHES_LANGUAGE:
                options = (Option(f"orig.{relay.id}", t("handoff-original-button")),)
        extra: dict[str, Any] = {}
        files: tuple[File[Text], ...] = ()
        missing = False
        if relay.kind == MEDIA and relay.media:
            if relay.media.get("channel") == channel:
                extra["copy"] = relay.media
            else:  # a coach's photo to a WhatsApp person: fetched from Telegram, sent as a file
                fetched = await self._fetch(relay.media)
                if fetched is None:
                    missing = True
                else:
                    files = (File(fetched.filename, fetched.content, fetched.mime_type),)
        async with self.db.session() as session:
            if missing:
                note = Reply(group_text("handoff-group-media-missing"))
                await relays.enqueue(
                    session,
                    now=self.clock(),
                    person_id=relay.person_id,
                    case_id=relay.case_id,
                    direction=GROUP,
                    kind=POST,
                    content=post_content(note),
                    post_kind="note",
                    key=f"handoff-missing-{relay.id}",
                )
            await self.config.outbox.put(
                session,
                Send(
                    ToPerson(relay.person_id),
                    Reply(text, options, files),
                    purpose="coach_reply",
                    key=f"{KEY_PREFIX}{relay.id}",
                ),
                extra=extra or None,
            )
            if not await relays.mark_done(session, relay):
                raise _Gone()
        self.config.outbox.wake()

    async def _fetch(self, media: Mapping[str, Any]) -> Fetched | None:
        source = self.config.media.get(str(media.get("channel")))
        if source is None:
            log.warning("Handoff: no way to fetch media from %s here; not passed on", media.get("channel"))
            return None
        return await source.fetch(media)

    # -- the person's topic ----------------------------------------------------------------------------

    async def _topic(self, relay: Relay) -> TopicRef:
        """The person's topic: stored, or created now (claimed in the database first)."""
        now = self.clock()
        topics = self.config.topics
        insert = postgresql_insert if self.db.engine.dialect.name == "postgresql" else sqlite_insert
        async with self.db.session() as session:
            row = await session.scalar(select(HandoffTopic).where(HandoffTopic.person_id == relay.person_id))
            if row is None:
                await session.execute(
                    insert(HandoffTopic)
                    .values(
                        person_id=relay.person_id,
                        topic_id=None,
                        forum=True,
                        creating_until=None,
                        created_at=now,
                    )
                    .on_conflict_do_nothing()
                )
                row = await session.scalar(
                    select(HandoffTopic).where(HandoffTopic.person_id == relay.person_id)
                )
                assert row is not None
            ref = TopicRef(row.id, row.topic_id, row.forum)
            if row.topic_id is not None:
                if relay.post_kind == "card" and topics is not None:
                    reopen = row.topic_id
                else:
                    return ref
            elif not row.forum or topics is None:
                return ref  # no topics: the group as a whole
            elif relay.attempts > TOPIC_ATTEMPTS:
                log.error(
                    "Handoff relay: no topic for person %d after %d attempts; posting to the general topic",
                    relay.person_id,
                    relay.attempts,
                )
                return ref
            else:
                reopen = None
                claimed = await session.execute(
                    update(HandoffTopic)
                    .where(
                        HandoffTopic.id == row.id,
                        HandoffTopic.topic_id.is_(None),
                        (HandoffTopic.creating_until.is_(None)) | (HandoffTopic.creating_until < now),
                    )
                    .values(creating_until=now + self.lease),
                    execution_options={"synchronize_session": False},
                )
                if not getattr(claimed, "rowcount", 0):
                    raise Retry("another process is creating the topic", delay=1.0)
        assert topics is not None
        if reopen is not None:
            try:
                await topics.reopen(reopen)
            except DeliveryFailed as exc:  # open already, or not allowed: the topic still takes posts
                log.info("Handoff: topic %d not reopened (%s)", reopen, exc.reason)
            return ref
        name = await self._topic_name(relay)
        try:
            topic_id = await topics.create(name)
        except DeliveryFailed as exc:
            forum = not not_a_forum(exc)
            async with self.db.session() as session:
                await session.execute(
                    update(HandoffTopic)
                    .where(HandoffTopic.id == ref.ref)
                    .values(creating_until=None, forum=forum)
                )
            if not forum:
                log.warning("Handoff: the coaches' group has no topics; posts reply to each case's card")
                return TopicRef(ref.ref, None, False)
            raise Retry(f"topic not created: {exc.reason}") from exc
        async with self.db.session() as session:
            await session.execute(
                update(HandoffTopic)
                .where(HandoffTopic.id == ref.ref)
                .values(topic_id=topic_id, creating_until=None)
            )
        log.info("Handoff: topic %d created for person %d", topic_id, relay.person_id)
        return TopicRef(ref.ref, topic_id, True)

    async def _topic_name(self, relay: Relay) -> str:
        if relay.content and relay.content.get("topic"):
            return str(relay.content["topic"])
        return f"{alias(relay.person_id)} · {relay.language or '?'}"

    async def _card_message(self, case_id: int, *, wait: bool) -> int | None:
        """The case card's message in a group without topics (what the case's posts reply to). While the
        card is still on its way, `wait` says to try again shortly (`Retry`) rather than post unthreaded."""
        async with self.db.session() as session:
            found = (
                await session.execute(
                    select(HandoffPost.message_id, OutboxMessage.state)
                    .outerjoin(OutboxMessage, OutboxMessage.id == HandoffPost.outbox_id)
                    .where(HandoffPost.case_id == case_id, HandoffPost.kind == "card")
                    .order_by(HandoffPost.id.desc())
                    .limit(1)
                )
            ).first()
        if found is None:
            return None
        message_id, state = found
        if message_id is not None:
            return int(message_id)
        if wait and state in (State.QUEUED.value, State.SENDING.value):
            raise Retry("the case's card is not posted yet", delay=1.0)
        return None

    # -- after delivery ------------------------------------------------------------------------------

    async def delivered(self, envelope: Envelope, message_ids: list[int]) -> None:
        """The Telegram sender's hook: record which group messages a handoff post became."""
        if envelope.purpose != "handoff" or not message_ids:
            return
        async with self.db.session() as session:
            post = await session.scalar(select(HandoffPost).where(HandoffPost.outbox_id == envelope.id))
            if post is None:
                return
            post.message_id = message_ids[0]
            for more in message_ids[1:]:  # a long text in parts, or a copy with its caption after it
                session.add(
                    HandoffPost(
                        topic_ref=post.topic_ref,
                        person_id=post.person_id,
                        case_id=post.case_id,
                        kind=post.kind,
                        message_id=more,
                        created_at=self.clock(),
                    )
                )

    async def note_blocked(self) -> int:
        """A coach's reply refused because the person blocked the bot: noted in their topic, once."""
        async with self.db.session() as session:
            keys = list(
                await session.scalars(
                    select(OutboxMessage.key).where(
                        OutboxMessage.state == State.BLOCKED.value,
                        OutboxMessage.purpose == "coach_reply",
                        OutboxMessage.key.startswith(KEY_PREFIX),
                    )
                )
            )
            ids = [int(key[len(KEY_PREFIX) :]) for key in keys if key and key[len(KEY_PREFIX) :].isdigit()]
            if not ids:
                return 0
            found = list(
                await session.scalars(
                    select(HandoffRelay).where(HandoffRelay.id.in_(ids), HandoffRelay.noted_at.is_(None))
                )
            )
            for relay in found:
                relay.noted_at = self.clock()
                note = Reply(group_text("handoff-group-blocked", alias=alias(relay.person_id)))
                await relays.enqueue(
                    session,
                    now=self.clock(),
                    person_id=relay.person_id,
                    case_id=relay.case_id,
                    direction=GROUP,
                    kind=POST,
                    content=post_content(note),
                    post_kind="note",
                    key=f"handoff-blocked-{relay.id}",
                )
        if found:
            log.info("Handoff: %d reply(ies) to people who blocked the bot noted in their topics", len(found))
            self.wake()
        return len(found)

    async def clean_up_erased(self) -> int:
        """Topics of people who deleted their data: the bot's posts deleted, the topic closed, forgotten.

        Posts still queued in the outbox are dropped first. Telegram refusing (a message too old to
        delete) is logged and the rest goes on; an outage leaves the row for the next pass."""
        topics = self.config.topics
        async with self.db.session() as session:
            orphans = list(
                await session.scalars(select(HandoffTopic).where(HandoffTopic.person_id.is_(None)))
            )
            work: list[tuple[int, int | None, list[int]]] = []
            for orphan in orphans:
                outbox_ids = [
                    i
                    for i in await session.scalars(
                        select(HandoffPost.outbox_id).where(
                            HandoffPost.topic_ref == orphan.id, HandoffPost.outbox_id.is_not(None)
                        )
                    )
                    if i is not None
                ]
                if outbox_ids:
                    await session.execute(
                        delete(OutboxMessage).where(
                            OutboxMessage.id.in_(outbox_ids),
                            OutboxMessage.state.in_((State.QUEUED.value, State.WAITING.value)),
                        )
                    )
                messages = [
                    m
                    for m in await session.scalars(
                        select(HandoffPost.message_id).where(
                            HandoffPost.topic_ref == orphan.id, HandoffPost.message_id.is_not(None)
                        )
                    )
                    if m is not None
                ]
                work.append((orphan.id, orphan.topic_id, messages))
        cleaned = 0
        for ref, topic_id, messages in work:
            if topics is not None:
                try:
                    if messages:
                        await topics.delete(messages)
                    if topic_id is not None:
                        await topics.close(topic_id)
                except DeliveryFailed as exc:
                    if not exc.permanent:
                        log.warning("Handoff: topic of a deleted person not cleaned yet (%s)", exc.reason)
                        continue
                    log.warning("Handoff: Telegram refused cleaning a deleted person's topic: %s", exc.reason)
            async with self.db.session() as session:
                await session.execute(delete(HandoffTopic).where(HandoffTopic.id == ref))
            cleaned += 1
        if cleaned:
            log.info("Handoff: %d topic(s) of people who deleted their data closed and emptied", cleaned)
        return cleaned


class _Gone(Retry):
    """The row was taken over by another process or deleted with the person: nothing was queued."""

    def __init__(self) -> None:
        super().__init__("no longer this worker's row", delay=0)
