"""The one door every channel uses: a person's input in, rendered messages out.

Handlers call `ConversationService.handle` with an `Address` (channel + id on that channel) and an
`Incoming`. This service loads the person and where they are in the flow from the database, lets the
flow engine decide, stores the result in the same transaction, and renders the replies in the person's
language. Channels only turn `Message`s into their own buttons, lists or numbered lines.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime

from bot.i18n import Catalogues
from bot.languages import LANGUAGES, match_language
from bot.storage import repositories as repo
from bot.storage.database import Database
from bot.storage.models import utcnow
from flows.engine import Context, FlowEngine, Incoming, Profile, Reply, Text

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Address:
    channel: str
    external_id: str


@dataclass(frozen=True)
class RenderedOption:
    id: str
    label: str


@dataclass(frozen=True)
class RenderedFile:
    filename: str
    content: bytes
    mime_type: str
    caption: str | None = None


@dataclass(frozen=True)
class Message:
    """One message to show, already in the person's language."""

    text: str
    options: tuple[RenderedOption, ...] = ()
    files: tuple[RenderedFile, ...] = ()
    rtl: bool = False


@dataclass(frozen=True)
class Answer:
    messages: list[Message]
    language: str


class ConversationService:
    def __init__(
        self,
        db: Database,
        engine: FlowEngine,
        catalogues: Catalogues,
        *,
        default_language: str,
        guess_language: Callable[[str], str | None] = lambda _text: None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.db = db
        self.engine = engine
        self.catalogues = catalogues
        self.default_language = default_language
        self.guess_language = guess_language
        self.clock = clock
        self._locks = _KeyedLock()

    async def handle(
        self,
        address: Address,
        incoming: Incoming,
        *,
        language_hint: str | None = None,
        update_key: str | None = None,
    ) -> Answer | None:
        """Answer one input. None when `update_key` was handled before (a repeated delivery)."""
        async with self._locks.hold(address), self.db.session() as session:
            if update_key is not None and not await repo.mark_processed(session, address.channel, update_key):
                log.info("Skipping repeated update %s on %s", update_key, address.channel)
                return None
            person = await repo.get_or_create_person(session, address.channel, address.external_id)
            conversation = await repo.get_conversation(session, person)
            profile = Profile(
                channel=person.channel,
                language=person.language,
                consent_version=person.consent_version,
                consent_at=person.consent_at,
                created_at=person.created_at,
            )
            ctx = Context(
                profile=profile,
                data=dict(conversation.data or {}),
                now=self.clock(),
                # Telegram's language_code ("ku", "fa-AF", "ar-SY") mapped to our catalogues.
                language_hint=match_language(language_hint) or self.default_language,
                guess_language=self.guess_language,
            )
            turn = self.engine.handle(ctx, incoming, conversation.step, list(conversation.shown or []))
            if profile.erase:
                await repo.delete_person(session, person)
            else:
                person.language = profile.language
                person.consent_version = profile.consent_version
                person.consent_at = profile.consent_at
                person.last_seen_at = ctx.now
                conversation.step = turn.step
                conversation.data = ctx.data
                conversation.shown = turn.shown
            language = ctx.language
        return Answer([self.render(reply, language) for reply in turn.replies], language)

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

    def render(self, reply: Reply, language: str) -> Message:
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


class _KeyedLock:
    """One lock per person, so two quick messages from the same person are handled in order."""

    def __init__(self) -> None:
        self._locks: dict[Address, tuple[asyncio.Lock, int]] = {}

    @asynccontextmanager
    async def hold(self, key: Address) -> AsyncIterator[None]:
        lock, users = self._locks.get(key, (asyncio.Lock(), 0))
        self._locks[key] = (lock, users + 1)
        try:
            async with lock:
                yield
        finally:
            lock, users = self._locks[key]
            if users == 1:
                del self._locks[key]
            else:
                self._locks[key] = (lock, users - 1)
