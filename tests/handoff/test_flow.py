"""The person's side as transcripts through the real service (terminal and Telegram channel text)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.app import Application, build, require_coaches_group
from bot.config import load_settings
from bot.outbox.content import load_reply
from bot.storage.models import HandoffCase, HandoffTopic, OutboxMessage
from flows.engine import Incoming
from tests.dialog import Dialog, make_app
from tests.fakes.libretranslate import FakeLibreTranslate

SATURDAY_NOON = datetime(2026, 11, 28, 11, 0, tzinfo=UTC)


@pytest.fixture
async def app(tmp_path: Path, libre: FakeLibreTranslate) -> AsyncIterator[Application]:
    settings = load_settings(
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'lotse.db'}",
        coach_chat_id=-1001000000001,
        coach_hours="Mon-Fri 09:00-17:00",
        translator="libre",
        libretranslate_url=libre.url + "/",
    )
    application = await build(settings, clock=lambda: SATURDAY_NOON)
    yield application
    await application.close()


async def group_texts(app: Application) -> list[str]:
    """What the coaches' group gets, once the relay worker has translated what waited for it."""
    assert app.relay is not None
    await app.relay.idle()
    await app.relay.relay_due()
    async with app.db.session() as session:
        rows = await session.scalars(
            select(OutboxMessage).where(OutboxMessage.person_id.is_(None)).order_by(OutboxMessage.id)
        )
        return [app.service.render(load_reply(row.content), "de").text for row in rows]


@pytest.mark.parametrize("channel", ["terminal", "telegram"])
async def test_ask_a_coach_outside_hours_relay_a_number_and_end(
    app: Application, libre: FakeLibreTranslate, channel: str
) -> None:
    libre.phrases[("ar", "de", "١")] = "1"
    dialog = Dialog(app, "5550001" if channel == "telegram" else "amira", language_hint="ar", channel=channel)
    await dialog.verify([("/start", "العربية"), ("العربية", "أوافق"), ("1", "")])
    await dialog.verify(
        [
            ("/menu", "سؤال مستشار"),
            (
                "سؤال مستشار",
                "سيجيبك إنسان هنا.\nيجيب المستشارون عادةً:\nلا يوجد أحد الآن.\n"
                "الرجاء كتابة سؤالك.\nإنهاء المحادثة",
            ),
            # A number is a message to the coach, not the first button.
            ("١", "✓ أُرسلت إلى المستشارين."),
            ("عندي سؤال عن العقد", "✓ أُرسلت إلى المستشارين."),
            ("إنهاء المحادثة", "انتهت المحادثة مع المستشارين."),
        ]
    )
    texts = await group_texts(app)
    assert "Fall #1" in texts[0]
    assert texts[1].startswith("P1: 1") and "Original (ar): ١" in texts[1]
    assert "[de] عندي سؤال عن العقد" in texts[2]
    assert "Die Person hat das Gespräch beendet (Fall #1)." in texts[3]
    async with app.db.session() as session:
        [case] = await session.scalars(select(HandoffCase))
        assert case.state == "closed" and case.waiting_since == SATURDAY_NOON


async def test_a_whatsapp_person_gets_the_coach_reply_as_coach_reply_in_their_language(
    app: Application, libre: FakeLibreTranslate
) -> None:
    dialog = Dialog(app, "491701234567", language_hint="fa", channel="whatsapp")
    await dialog.verify([("/start", "دری"), ("دری", ""), ("1", "")])
    await dialog.verify([("/coach", "یک انسان همین‌جا به شما جواب می‌دهد."), ("نامه دارم", "✓")])
    texts = await group_texts(app)
    assert "whatsapp" in texts[0] and "[de] نامه دارم" in texts[1]

    # A coach answers in the topic (no Telegram here: the case has no topic, the desk finds it by the
    # topic row, so give the person's row one as Telegram would have).
    async with app.db.session() as session:
        [topic] = await session.scalars(select(HandoffTopic))
        topic.topic_id = 77
    await app.coach_desk().reply("Ute", "Bringen Sie den Brief mit.", topic_id=77)
    assert app.relay is not None
    await app.relay.idle()
    await app.relay.relay_due()
    async with app.db.session() as session:
        [row] = await session.scalars(select(OutboxMessage).where(OutboxMessage.person_id.is_not(None)))
        assert (row.channel, row.address, row.purpose) == ("whatsapp", "491701234567", "coach_reply")
        text = app.service.render(load_reply(row.content), "fa").text
    assert "Ute" in text and "[fa] Bringen Sie den Brief mit." in text


# Telegram has buttons to press; the terminal chat has numbers to write.
UNPLACED = {
    "telegram": "Meinen Sie einen Knopf? Dann wählen Sie ihn.",
    "terminal": "Bitte schreiben Sie die Nummer einer Auswahl.",
}


@pytest.mark.parametrize("channel", ["terminal", "telegram"])

async def test_words_that_fit_no_menu_entry_are_asked_about_once_then_go_to_a_coach(
    app: Application, channel: str
) -> None:
    dialog = Dialog(app, "5550009" if channel == "telegram" else "lena", language_hint="de", channel=channel)
    await dialog.verify([("/start", "Deutsch"), ("Deutsch", "Einverstanden"), ("Einverstanden", "")])
    await dialog.verify(
        [
            ("/menu", "Was möchten Sie tun?"),
            ("Hallo, guten Tag", UNPLACED[channel]),
        ]
    )
    passed_on = await dialog.say("Mein Vermieter schickt mir Post")
    assert "Ich habe Ihre Frage an unsere Coaches weitergegeben." in passed_on
    assert "Schreiben Sie Ihre Frage" not in passed_on  # it is on its way already
    await dialog.verify([("Er ist vom 3. Dezember", "✓ An die Coaches gesendet.")])
    texts = await group_texts(app)
    assert "Fall #1" in texts[0]
    assert [text.split(": ", 1)[-1] for text in texts[1:]] == [
        "Hallo, guten Tag",
        "Mein Vermieter schickt mir Post",
        "Er ist vom 3. Dezember",
    ]


async def test_what_could_not_be_sent_to_the_coaches_is_never_called_sent(app: Application) -> None:
    """An unknown command, a text that is too long or an edited message in the chat with the coaches is
    refused with a reason and the invitation to write: never "✓ sent", and nothing reaches the group."""
    dialog = Dialog(app, "5550010", language_hint="de", channel="telegram")
    await dialog.verify([("/start", "Deutsch"), ("Deutsch", "Einverstanden"), ("Einverstanden", "")])
    await dialog.verify([("/menu", "Coach fragen"), ("Coach fragen", "Gespräch beenden")])
    for refused, reason in (
        (Incoming.message("/quit"), "Diesen Befehl kenne ich nicht."),
        (Incoming.message("x" * 10_000), "Die Nachricht ist zu lang."),
        (Incoming.edited(), "Geänderte Nachrichten kann ich nicht lesen."),
    ):
        answer = await dialog.send(refused)
        assert reason in answer
        assert "Schreiben Sie Ihre Nachricht an die Coaches." in answer
        assert "gesendet" not in answer
    assert "✓ An die Coaches gesendet." in await dialog.say("Wann kann ich kommen?")
    texts = await group_texts(app)
    assert [text.split(": ", 1)[-1] for text in texts[1:]] == ["Wann kann ich kommen?"]


async def test_a_button_after_the_question_forgets_the_unplaced_words(app: Application) -> None:
    dialog = Dialog(app, "lena", language_hint="de", channel="terminal")
    await dialog.verify([("/start", "Deutsch"), ("Deutsch", "Einverstanden"), ("Einverstanden", "")])
    await dialog.verify(
        [
            ("/menu", "Was möchten Sie tun?"),
            ("blabla", UNPLACED["terminal"]),
            ("Sprache", ""),
            ("/menu", "Was möchten Sie tun?"),
            ("noch einmal blabla", UNPLACED["terminal"]),
        ]
    )
    async with app.db.session() as session:
        assert list(await session.scalars(select(HandoffCase))) == []


@pytest.mark.parametrize(
    ("settings", "available"),
    [
        ({"telegram_bot_token": "1:x", "coach_chat_id": None}, False),  # no group to post to
        ({"telegram_bot_token": None, "coach_chat_id": -100123}, False),  # WhatsApp alone: no bot to post
        ({"telegram_bot_token": "1:x", "coach_chat_id": -100123}, True),
    ],
)
async def test_without_the_coaches_group_nobody_is_promised_an_answer(
    tmp_path: Path, settings: dict[str, object], available: bool
) -> None:
    app = await make_app(tmp_path, **settings)
    try:
        assert require_coaches_group(app) is available
        dialog = Dialog(app, "5550077", language_hint="de", channel="telegram")
        await dialog.verify([("/start", "Deutsch"), ("Deutsch", "Einverstanden"), ("Einverstanden", "")])
        asked = await dialog.say("/coach")
        assert ("Ein Mensch antwortet Ihnen hier" in asked) is available
        if not available:
            assert "Das gibt es noch nicht." in asked
            await dialog.say("/menu")
            await dialog.say("Mein Vermieter schickt mir Post")
            assert "Ich habe Ihre Frage" not in await dialog.say("Er ist vom 3. Dezember")
    finally:
        await app.close()
