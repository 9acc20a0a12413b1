"""`WhatsAppSender` against the fake Graph API: payloads within limits, retries, final errors, files."""

from __future__ import annotations

import logging

import pytest

from bot.conversation import Message, RenderedFile, RenderedOption
from handlers.whatsapp.sender import DeliveryFailed
from tests.whatsapp.conftest import Lotse

TO = "4915123456789"


def options(*labels: str) -> tuple[RenderedOption, ...]:
    return tuple(RenderedOption(f"o{number}", label) for number, label in enumerate(labels, start=1))


async def test_long_titles_are_shortened_and_accepted(lotse: Lotse) -> None:
    long_de = "📅 Sprechstunde in Bruchsal am Montagvormittag buchen"
    long_ar = "حجز موعد في ساعات الاستشارة في مدينة بروخزال يوم الاثنين"
    long_ti = "ኣብ ብሩኽሳል ሰኑይ ንግሆ ናይ ምኽሪ ሰዓት ምሕጃዝ"
    message = Message("Was möchten Sie?", options(long_de, long_ar, long_ti))
    await lotse.sender.send_all(TO, [message], "de")
    [sent] = lotse.fake.sent_to(TO)
    assert sent.kind == "button"
    for title in sent.titles:
        assert len(title) <= 20 and title.endswith("…")
    assert sent.titles[0] == "📅 Sprechstunde in…"
    assert sent.titles[1].startswith("حجز موعد في")
    assert sent.titles[2].startswith("ኣብ ብሩኽሳል")

    rows = [f"Möglichkeit Nummer {n} mit einer sehr ausführlichen Beschreibung dazu" for n in range(1, 8)]
    await lotse.sender.send(TO, Message("Bitte wählen", options(*rows)), "de")
    listed = lotse.fake.sent_to(TO)[-1]
    assert listed.kind == "list"
    assert len({row["title"] for row in listed.rows}) == 7  # alike once cut: numbered apart
    for row in listed.rows:
        assert len(row["title"]) <= 24
        assert len(row["description"]) <= 72
        assert len(row["id"]) <= 200
    assert listed.list_button == "Auswählen"


async def test_a_long_text_goes_ahead_of_its_buttons(lotse: Lotse) -> None:
    text = "Ein langer Absatz über Datenschutz. " * 40  # about 1440 characters
    await lotse.sender.send(TO, Message(text, options("Ja", "Nein")), "de")
    first, second = lotse.fake.sent_to(TO)
    assert first.kind == "text" and first.text == text.strip("\n")
    assert second.kind == "button" and second.text == lotse.text("de", "choose-option")


async def test_very_long_text_is_split_within_4096(lotse: Lotse) -> None:
    text = "\n".join(f"Zeile {n}: " + "x" * 90 for n in range(100))  # about 10 000 characters
    await lotse.sender.send(TO, Message(text), "de")
    parts = lotse.fake.sent_to(TO)
    assert len(parts) == 3
    assert all(len(part.text) <= 4096 for part in parts)
    assert "\n".join(part.text for part in parts) == text


async def test_files_are_uploaded_then_sent_as_documents(lotse: Lotse) -> None:
    ics = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"
    message = Message("Ihr Termin", files=(RenderedFile("termin.ics", ics, "text/calendar", "Sprechstunde"),))
    await lotse.sender.send(TO, message, "de")
    [upload] = lotse.fake.uploads
    assert upload.filename == "termin.ics" and upload.content == ics and upload.mime_type == "text/calendar"
    text, document = lotse.fake.sent_to(TO)
    assert text.text == "Ihr Termin"
    assert document.kind == "document"
    assert document.payload["document"] == {
        "id": upload.id,
        "filename": "termin.ics",
        "caption": "Sprechstunde",
    }


@pytest.mark.parametrize(
    ("status", "code"),
    [(500, None), (503, 131000), (400, 130429), (400, 131056), (429, 80007), (400, 4), (400, 131048)],
)
async def test_server_errors_and_rate_limits_are_retried(lotse: Lotse, status: int, code: int | None) -> None:
    lotse.fake.fail("messages", times=2, status=status, code=code)
    await lotse.sender.send(TO, Message("Hallo"), "de")
    [sent] = lotse.fake.sent_to(TO)
    assert sent.text == "Hallo"
    assert [outcome for endpoint, outcome in lotse.fake.calls if endpoint == "messages"][-1] == "ok"
    assert sum(1 for _e, outcome in lotse.fake.calls if outcome.startswith("failed")) == 2


async def test_a_dropped_connection_is_retried(lotse: Lotse) -> None:
    lotse.fake.fail("messages", drop=True)
    lotse.fake.fail("media", drop=True)
    message = Message("Datei", files=(RenderedFile("a.pdf", b"%PDF-1.4", "application/pdf"),))
    await lotse.sender.send(TO, message, "de")
    assert [sent.kind for sent in lotse.fake.sent_to(TO)] == ["text", "document"]
    assert len(lotse.fake.uploads) == 1


@pytest.mark.parametrize("code", [131026, 131047, 132001, 100])
async def test_a_final_error_is_reported_not_retried(
    lotse: Lotse, caplog: pytest.LogCaptureFixture, code: int
) -> None:
    lotse.fake.fail("messages", status=400, code=code)
    with caplog.at_level(logging.ERROR, logger="handlers.whatsapp"), pytest.raises(DeliveryFailed) as failed:
        await lotse.sender.send(TO, Message("Hallo"), "de")
    assert failed.value.code == code
    assert str(code) in str(failed.value)
    assert lotse.fake.sent == []
    assert len([call for call in lotse.fake.calls if call[0] == "messages"]) == 1  # no second try
    [record] = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert str(code) in record.getMessage()
    assert TO not in record.getMessage() and "Hallo" not in record.getMessage()


async def test_giving_up_after_the_last_attempt_is_reported(
    lotse: Lotse, caplog: pytest.LogCaptureFixture
) -> None:
    lotse.fake.fail("messages", times=5, status=500)
    with (
        caplog.at_level(logging.WARNING, logger="handlers.whatsapp"),
        pytest.raises(DeliveryFailed) as failed,
    ):
        await lotse.sender.send(TO, Message("Hallo"), "de")
    assert "gave up after 5 attempts" in str(failed.value)
    assert lotse.fake.sent == []
    assert any("Giving up" in record.getMessage() for record in caplog.records)


async def test_an_answer_that_cannot_be_delivered_is_logged_and_the_next_one_works(lotse: Lotse) -> None:
    person = lotse.person("4915100000010")
    lotse.fake.fail("messages", status=400, code=131026)
    assert await person.say("/start") == []  # undeliverable: reported, the server keeps serving
    [again] = await person.say("/start")
    assert again.kind == "text"
