"""Meta's webhook JSON → `Incoming` for the flows, without trusting its shape."""

from __future__ import annotations

from typing import Any

import pytest

from flows.engine import Incoming, Kind
from handlers.whatsapp.incoming import InboundMessage, incoming_from, parse
from tests.whatsapp.conftest import envelope

PHONE = "109876543210"


def message(kind: str, content: Any, **extra: Any) -> dict[str, Any]:
    return {
        "from": "4915100000000",
        "id": "wamid.X",
        "timestamp": "1700000000",
        "type": kind,
        kind: content,
        **extra,
    }


WA: dict[str, Any] = {"channel": "whatsapp"}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (message("text", {"body": "Hallo"}), Incoming.message("Hallo")),
        (message("text", {"body": "/start"}), Incoming.message("/start")),
        (
            message("interactive", {"type": "button_reply", "button_reply": {"id": "agree", "title": "✅"}}),
            Incoming.option("agree"),
        ),
        (
            message("interactive", {"type": "list_reply", "list_reply": {"id": "my_data", "title": "x"}}),
            Incoming.option("my_data"),
        ),
        (message("interactive", {"type": "nfm_reply", "nfm_reply": {}}), Incoming.media("unsupported")),
        (message("button", {"text": "Ja", "payload": "yes"}), Incoming.message("Ja")),
        # Media say where they are (the handoff fetches them for the coaches), with their caption.
        (
            message("image", {"id": "1", "caption": "Brief"}),
            Incoming.media("image", WA | {"id": "1"}, "Brief"),
        ),
        (message("audio", {"id": "1", "voice": True}), Incoming.media("voice", WA | {"id": "1"})),
        (message("audio", {"id": "1"}), Incoming.media("audio", WA | {"id": "1"})),
        (message("video", {"id": "1"}), Incoming.media("video", WA | {"id": "1"})),
        (
            message("document", {"id": "1", "filename": "a.pdf"}),
            Incoming.media("document", WA | {"id": "1", "filename": "a.pdf"}),
        ),
        (message("sticker", {"id": "1"}), Incoming.media("sticker", WA | {"id": "1"})),
        (
            message("location", {"latitude": 1, "longitude": 2}),
            Incoming.media("location", WA | {"latitude": 1, "longitude": 2}),
        ),
        (message("contacts", [{"name": {"formatted_name": "A"}}]), Incoming.media("contacts", WA)),
        (message("reaction", {"message_id": "wamid.Y", "emoji": "❤️"}), Incoming.media("unsupported")),
        (message("unsupported", {}, errors=[{"code": 131051}]), Incoming.media("unsupported")),
        (message("order", {"product_items": []}), Incoming.media("unsupported")),
        (message("request_welcome", {}), Incoming.message("/start")),
        (message("text", "not an object"), Incoming.media("unsupported")),
    ],
)
def test_each_kind_of_message_means_something_to_the_flows(raw: dict[str, Any], expected: Incoming) -> None:
    assert incoming_from(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        message("reaction", {"message_id": "wamid.Y"}),  # a reaction taken back
        message("system", {"type": "user_changed_number", "body": "…"}),
    ],
)
def test_some_messages_need_no_answer(raw: dict[str, Any]) -> None:
    assert incoming_from(raw) is None


def test_parse_keeps_only_what_is_for_our_number_and_well_formed() -> None:
    good = message("text", {"body": "Hallo"})
    no_sender = {k: v for k, v in good.items() if k != "from"}
    payload = envelope(PHONE, messages=[good, no_sender, "junk"])  # type: ignore[list-item]
    payload["entry"].append(envelope("999", messages=[good])["entry"][0])
    payload["entry"][0]["changes"].append({"field": "account_update", "value": {}})
    parsed = parse(payload, PHONE)
    assert parsed.messages == [InboundMessage("wamid.X", "4915100000000", "text", Incoming.message("Hallo"))]
    assert parsed.messages[0].incoming.kind is Kind.TEXT


def test_status_updates_come_out_as_statuses() -> None:
    statuses: list[dict[str, Any]] = [
        {"id": "wamid.A", "status": "read", "recipient_id": "491"},
        {
            "id": "wamid.B",
            "status": "failed",
            "recipient_id": "491",
            "errors": [{"code": 131047, "title": "Re"}],
        },
    ]
    parsed = parse(envelope(PHONE, statuses=statuses), PHONE)
    assert parsed.messages == []
    assert [(s.status, s.errors) for s in parsed.statuses] == [("read", ()), ("failed", ((131047, "Re"),))]


@pytest.mark.parametrize(
    "payload", [None, [], "x", {"object": "page"}, {"object": "whatsapp_business_account"}]
)
def test_anything_else_is_nothing(payload: Any) -> None:
    parsed = parse(payload, PHONE)
    assert parsed.messages == [] and parsed.statuses == []


def test_a_very_long_message_id_is_hashed_for_the_database() -> None:
    short = InboundMessage("wamid.short", "1", "text", Incoming.message("x"))
    long = InboundMessage("wamid." + "A" * 200, "1", "text", Incoming.message("x"))
    assert short.key == "wamid.short"
    assert len(long.key) <= 128 and long.key.startswith("sha256:")
