"""Effects are written with the state that caused them, or not at all (SQLite and PostgreSQL).

A step that tells the coaches' group something records a `Send`; the conversation service writes it to
the outbox inside the transaction that stores the new step. When anything in that transaction fails,
neither the new step nor the message exists, and the person gets the apology path, not a half-done turn.
"""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from sqlalchemy import func, select

from bot.config import load_settings
from bot.conversation import Address, ConversationService
from bot.i18n import Catalogues
from bot.languages import LanguageDirectory
from bot.outbox import Outbox
from bot.storage.database import Database
from bot.storage.models import Conversation, OutboxMessage, utcnow
from flows.consent import consent_current
from flows.effects import Send, ToCoachesGroup
from flows.engine import BaseStep, Context, Flow, FlowEngine, Go, Incoming, Option, Outcome, Reply, Screen, t
from flows.ports import Services

GROUP = -1001234


class Ask(BaseStep):
    name: ClassVar[str] = "ask"
    leads_to: ClassVar[tuple[str, ...]] = ("asked",)
    requires_consent: ClassVar[bool] = False

    def screen(self, ctx: Context) -> Screen:
        return Screen(t("menu-title"), [Option("ask", t("menu-ask-coach"))])

    def on_option(self, ctx: Context, option_id: str) -> Outcome:
        key = f"asked-{ctx.profile.person_id}"
        ctx.effects.append(Send(ToCoachesGroup(), Reply(t("feature-not-ready")), key=key))
        return Go("asked")


class Asked(BaseStep):
    name: ClassVar[str] = "asked"
    requires_consent: ClassVar[bool] = False

    def screen(self, ctx: Context) -> Screen:
        return Screen(t("consent-thanks"))


class FailingOutbox(Outbox):
    async def put(self, session: Any, send: Send) -> list[int]:
        await super().put(session, send)  # the row is written …
        raise RuntimeError("the database went away")  # … and the transaction fails after it


def service(database: Database, outbox: Outbox) -> ConversationService:
    catalogues = Catalogues(load_settings().locales_dir)
    engine = FlowEngine(
        [Flow("test", [Ask(), Asked()])],
        start=lambda ctx: "ask",
        home=lambda ctx: "ask",
        words=catalogues,
        consent=consent_current,
        consent_step="ask",
        language_step="ask",
    )
    return ConversationService(
        database,
        engine,
        catalogues,
        services=lambda session: Services(LanguageDirectory()),
        outbox=outbox,
        default_language="de",
    )


async def rows(database: Database) -> tuple[int, str | None]:
    async with database.session() as session:
        queued = await session.scalar(select(func.count()).select_from(OutboxMessage))
        step = await session.scalar(select(Conversation.step))
    return int(queued or 0), step


async def test_the_message_is_queued_with_the_state(database: Database) -> None:
    lotse = service(database, Outbox(clock=utcnow, coach_chat_id=GROUP))
    address = Address("telegram", "501")
    await lotse.handle(address, Incoming.message("hi"))
    assert await rows(database) == (0, "ask")
    await lotse.handle(address, Incoming.option("ask"))
    assert await rows(database) == (1, "asked")


async def test_a_failure_after_the_effect_leaves_neither(database: Database) -> None:
    lotse = service(database, FailingOutbox(clock=utcnow, coach_chat_id=GROUP))
    address = Address("telegram", "502")
    await lotse.handle(address, Incoming.message("hi"))
    with pytest.raises(RuntimeError, match="went away"):
        await lotse.handle(address, Incoming.option("ask"))
    assert await rows(database) == (0, "ask")  # still on the question, and no message to the group
