"""The one door every channel uses: a person's input in, rendered messages out.

Handlers call `ConversationService.handle` with an `Address` (channel + id on that channel) and an
`Incoming`. In one database transaction this service

1. loads the person with their state and locks their row (`SELECT … FOR UPDATE` on PostgreSQL), so two
   processes handle one person's updates one after the other, never interleaved; the same query says
   whether they are staff, and `bot/roles.py` tells who writes (a person, a coach, a coordinator),
2. lets the flow engine decide, with the domain services bound to this transaction,
3. stores what changed of the person and their state, and writes the flows' effects (messages to
   others, now or later) to the outbox,
4. when the update came from the inbound journal (`bot.inbound`), marks it handled there: that row is
   the record that it was handled, so a second handling (another process, after this one's lease ran
   out) finds it done and rolls back. An update with a key from elsewhere is recorded in
   `processed_updates` first (a repeated delivery stops there),

and commits. Only then are the replies rendered in the person's language and returned for the channel
to send; the outbox is woken for the effects. Channels only turn `Message`s into their own buttons,
lists or numbered lines.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession

from bot.i18n import Catalogues
from bot.inbound import handling
from bot.languages import LANGUAGES, match_language
from bot.locks import KeyedLock
from bot.storage import repositories as repo
from bot.storage.database import Database
from bot.storage.models import utcnow
from bot.storage.staff import StaffFlags
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
    Turn,
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
    # Only the pressed screen again, changed (`Turn.refreshed`): Telegram edits the pressed message.
    refreshed: bool = False
    chosen: str | None = None  # `Turn.chosen`, rendered: the choice the pressed message shows


class RoleResolver(Protocol):
    """Tells who writes (`bot.roles.Roles`). The staff rows it needs are loaded with the person, in the
    same query: `staff_id` says whose (None: nobody's), `role` decides from what they say."""

    def staff_id(self, channel: str, external_id: str) -> int | None: ...

    def role(self, channel: str, external_id: str, flags: StaffFlags | None) -> Role: ...


class _HandledElsewhere(Exception):
    """The journal row was done already when this handling came to mark it: roll everything back."""


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
        # The update as stored in the inbound journal, if it came from there: marked handled in this
        # transaction rather than in one of the journal's own afterwards. Its journal row is the record
        # that it was handled; other updates with a key (not from the journal) use processed_updates.
        in_hand = handling(address.channel, update_key) if update_key is not None else None
        try:
            async with self._locks.hold(address), self.db.session() as session:
                if (
                    in_hand is None
                    and update_key is not None
                    and not await repo.mark_processed(session, address.channel, update_key, self.clock())
                ):
                    log.info("Skipping repeated update %s on %s", update_key, address.channel)
                    return None
                turn, ctx, released = await self._handle_in(session, address, incoming, language_hint)
                if in_hand is not None and not await in_hand.finish_in(session):
                    raise _HandledElsewhere
        except _HandledElsewhere:
            assert in_hand is not None
            in_hand.handled_elsewhere()
            log.info("Skipping update %s on %s: handled by another process", update_key, address.channel)
            return None
        if in_hand is not None:
            in_hand.committed()
        if self.outbox is not None and (ctx.effects or released):
            self.outbox.wake()  # after the commit: nothing leaves before the state that caused it
        language = ctx.language
        chosen = ", ".join(self.text(item, language) for item in turn.chosen) if turn.chosen else None
        return Answer(
            [self.render(reply, language) for reply in turn.replies], language, turn.refreshed, chosen
        )

    async def _handle_in(
        self, session: AsyncSession, address: Address, incoming: Incoming | None, language_hint: str | None
    ) -> tuple[Turn, Context, int]:
        """The work of `handle` inside its transaction: the turn, its context, and how many waiting
        WhatsApp messages were released."""
        now = self.clock()
        staff_id = self.roles.staff_id(address.channel, address.external_id) if self.roles else None
        person = await repo.talking(session, address.channel, address.external_id, staff_id)
        role = Role.PERSON
        if self.roles is not None:
            role = self.roles.role(address.channel, address.external_id, person.flags)
        profile = Profile(
            channel=address.channel,
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
        state = State.load(person.data, person.step, person.shown)
        if incoming is None:
            turn = await self.engine.show(ctx, state)
        else:
            turn = await self.engine.handle(ctx, incoming, state)
        released = 0
        if profile.erase:
            await repo.delete_talking(session, person)
            return turn, ctx, released
        # `last_seen_at` is written when it is a minute old or more (or anything else changed): see
        # `repo.LAST_SEEN_RESOLUTION`. Writing it: they wrote, so whatever blocked delivery is over.
        await repo.save_talking(
            session,
            person,
            language=profile.language,
            consent_version=profile.consent_version,
            consent_at=profile.consent_at,
            now=ctx.now,
            step=turn.state.step,
            data=turn.state.dump(),
            shown=turn.state.shown,
        )
        if self.outbox is not None:
            for effect in ctx.effects:
                await self.outbox.put(session, effect)
            # They just wrote: what waited for WhatsApp's 24-hour window can go now.
            if address.channel == "whatsapp":
                released = await self.outbox.release_waiting(session, person.id)
        elif ctx.effects:
            raise RuntimeError("a flow caused effects but no outbox is configured")
        return turn, ctx, released

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
            location=reply.location,
        )

    def text(self, text: Text, language: str) -> str:
        return self.catalogues.text(text, language)
