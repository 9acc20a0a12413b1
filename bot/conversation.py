"""The one door every channel uses: a person's input in, rendered messages out.

Handlers call `ConversationService.handle` with an `Address` (channel + id on that channel) and an
`Incoming`. In one database transaction this service

1. records the update id (a repeated delivery stops here),
2. loads the person and locks their row (`SELECT … FOR UPDATE` on PostgreSQL), so two processes handle
   one person's updates one after the other, never interleaved,
3. tells who writes (a person, a coach, a coordinator: `bot/roles.py`),
4. lets the flow engine decide, with the domain services bound to this transaction,
5. stores the new state, and writes the flows' effects (messages to others, now or later) to the outbox,
6. when the update came from the inbound journal (`bot.inbound`), marks it handled there,

and commits. Only then are the replies rendered in the person's language and returned for the channel
to send; the outbox is woken for the effects. Channels only turn `Message`s into their own buttons,
lists or numbered lines.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession

from bot.i18n import Catalogues
from bot.inbound import Handling, handling
from bot.languages import LANGUAGES, match_language
from bot.locks import KeyedLock
from bot.storage import repositories as repo
from bot.storage.database import Database
from bot.storage.models import utcnow
from flows.effects import Send
from flows.engine import (
    Context,
    File,
    FlowEngine,
    Incoming,
    Option,
    Profile,
    Reply,
    Role,
    State,
    Text,
)
from flows.ports import Services

log = logging.getLogger(__name__)

# A rendered message, option and file: the flows' types with strings in place of message keys.
Message = Reply[str]
RenderedOption = Option[str]
RenderedFile = File[str]

# Channels without buttons: texts say "write the number" there.
NO_BUTTONS = frozenset({"terminal"})


@dataclass(frozen=True)
class Address:
    channel: str
    external_id: str


@dataclass(frozen=True)
class Answer:
    messages: list[Message]
    language: str


class RoleResolver(Protocol):
    async def of(self, session: AsyncSession, channel: str, external_id: str) -> Role: ...


class EffectSink(Protocol):
    """Where effects go: the outbox (`bot/outbox`), inside the caller's transaction."""

    async def put(self, session: AsyncSession, send: Send) -> Sequence[int]: ...

    async def release_waiting(self, session: AsyncSession, person_id: int) -> int: ...

    def wake(self) -> None: ...


ServicesFactory = Callable[[AsyncSession], Services]


class ConversationService:
    def __init__(
        self,
        db: Database,
        engine: FlowEngine,
        catalogues: Catalogues,
        *,
        services: ServicesFactory,
        default_language: str,
        roles: RoleResolver | None = None,
        outbox: EffectSink | None = None,
        guess_language: Callable[[str], str | None] = lambda _text: None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.db = db
        self.engine = engine
        self.catalogues = catalogues
        self.services = services
        self.default_language = default_language
        self.roles = roles
        self.outbox = outbox
        self.guess_language = guess_language
        self.clock = clock
        # Inside one process, the same person's updates queue here instead of on their database row.
        self._locks = KeyedLock[Address]()

    async def handle(
        self,
        address: Address,
        incoming: Incoming | None,
        *,
        language_hint: str | None = None,
        update_key: str | None = None,
    ) -> Answer | None:
        """Answer one input (None: show the current screen again). None when `update_key` was handled
        before (a repeated delivery)."""
        now = self.clock()
        released = 0
        # The update as stored in the inbound journal, if it came from there: marked handled in this
        # transaction rather than in one of the journal's own afterwards.
        in_hand = handling(address.channel, update_key) if update_key is not None else None
        async with self._locks.hold(address), self._transaction(in_hand) as session:
            if update_key is not None and not await repo.mark_processed(
                session, address.channel, update_key, now
            ):
                log.info("Skipping repeated update %s on %s", update_key, address.channel)
                return None
            person = await repo.get_or_create_person(session, address.channel, address.external_id, lock=True)
            conversation = await repo.get_conversation(session, person)
            role = Role.PERSON
            if self.roles is not None:
                role = await self.roles.of(session, address.channel, address.external_id)
            profile = Profile(
                channel=person.channel,
                person_id=person.id,
                role=role,
                language=person.language,
                consent_version=person.consent_version,
                consent_at=person.consent_at,
                created_at=person.created_at,
            )
            ctx = Context(
                profile=profile,
                now=now,
                services=self.services(session),
                # Telegram's language_code ("ku", "fa-AF", "ar-SY") mapped to our catalogues.
                language_hint=match_language(language_hint) or self.default_language,
                guess_language=self.guess_language,
                buttons=address.channel not in NO_BUTTONS,
            )
            state = State.load(conversation.data, conversation.step, conversation.shown or [])
            if incoming is None:
                turn = await self.engine.show(ctx, state)
            else:
                turn = await self.engine.handle(ctx, incoming, state)
            if profile.erase:
                await repo.delete_person(session, person)
            else:
                person.language = profile.language
                person.consent_version = profile.consent_version
                person.consent_at = profile.consent_at
                person.last_seen_at = ctx.now
                person.unreachable_at = None  # they wrote: whatever blocked delivery is over
                conversation.step = turn.state.step
                conversation.data = turn.state.dump()
                conversation.shown = turn.state.shown
                if self.outbox is not None:
                    for effect in ctx.effects:
                        await self.outbox.put(session, effect)
                    # They just wrote: what waited for WhatsApp's 24-hour window can go now.
                    if address.channel == "whatsapp":
                        released = await self.outbox.release_waiting(session, person.id)
                elif ctx.effects:
                    raise RuntimeError("a flow caused effects but no outbox is configured")
            language = ctx.language
        if self.outbox is not None and (ctx.effects or released):
            self.outbox.wake()  # after the commit: nothing leaves before the state that caused it
        return Answer([self.render(reply, language) for reply in turn.replies], language)

    @asynccontextmanager
    async def _transaction(self, in_hand: Handling | None) -> AsyncIterator[AsyncSession]:
        """`db.session()`, which also marks the journal's update handled when the block ends normally
        (a repeated delivery included); an exception rolls back both."""
        async with self.db.session() as session:
            yield session
            if in_hand is not None:
                await in_hand.finish_in(session)
        if in_hand is not None:
            in_hand.committed()

    async def apology(self, address: Address) -> Answer:
        """What to say when handling failed: sorry, in the person's language if we know it."""
        language = self.default_language
        try:
            async with self.db.session() as session:
                person = await repo.get_person(session, address.channel, address.external_id)
                if person is not None and person.language:
                    language = person.language
        except Exception:
            log.warning("Could not look up the language for an apology", exc_info=True)
        return Answer([self.render(Reply(Text("error-apology")), language)], language)

    def render(self, reply: Reply[Text], language: str) -> Message:
        lang = reply.text.lang or language
        return Message(
            text=self.text(reply.text, lang),
            options=tuple(RenderedOption(o.id, self.text(o.label, lang)) for o in reply.options),
            files=tuple(
                RenderedFile(
                    f.filename, f.content, f.mime_type, self.text(f.caption, lang) if f.caption else None
                )
                for f in reply.files
            ),
            rtl=LANGUAGES[lang].rtl,
        )

    def text(self, text: Text, language: str) -> str:
        return self.catalogues.text(text, language)
