"""What the outbox stores is what a flow said, not a sentence: rendered later, in the reader's language."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time
from decimal import Decimal

import pytest

from bot.i18n import Catalogues
from bot.outbox.content import ContentError, dump_reply, load_reply
from bot.outbox.render import Renderer
from flows.engine import File, Option, Reply, Text, t

WHEN = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)  # 10:00 in Karlsruhe


def test_a_reply_survives_json_with_its_argument_types() -> None:
    reply = Reply(
        Text(
            "menu-coming",
            {
                "when": WHEN,
                "day": date(2026, 12, 1),
                "at": time(10, 30),
                "fee": Decimal("2.50"),
                "count": 3,
                "share": 0.5,
                "urgent": True,
                "missing": None,
                "place": "Rathaus Bruchsal",
                "label": t("yes"),
            },
            lang="ar",
        ),
        options=(Option("yes", t("yes"), aliases=("ja", "نعم")), Option("no", t("no"))),
        files=(File("termin.ics", b"BEGIN:VCALENDAR\r\n", "text/calendar", t("yes")),),
    )

    stored = json.loads(json.dumps(dump_reply(reply)))  # what the database gives back

    assert load_reply(stored) == reply


def test_a_verbatim_text_stays_verbatim() -> None:
    reply = Reply(Text.raw("Ihr Coach: Bitte Lebenslauf mitbringen."))
    assert load_reply(json.loads(json.dumps(dump_reply(reply)))) == reply


@pytest.mark.parametrize(
    ("value", "complaint"),
    [
        (datetime(2026, 12, 1, 10, 0), "naive datetime"),
        (object(), "cannot be stored"),
        ({"a": 1}, "cannot be stored"),
    ],
)
def test_what_could_not_be_rendered_later_is_refused_when_queued(value: object, complaint: str) -> None:
    with pytest.raises(ContentError, match=complaint):
        dump_reply(Reply(Text("yes", {"value": value})))


def test_big_files_are_refused() -> None:
    with pytest.raises(ContentError, match="bytes"):
        dump_reply(Reply(t("yes"), files=(File("big.pdf", b"x" * (2 * 1024 * 1024), "application/pdf"),)))


def test_rendering_uses_the_language_given_at_delivery(catalogues: Catalogues) -> None:
    renderer = Renderer(catalogues)
    reply = load_reply(dump_reply(Reply(t("welcome"), options=(Option("yes", t("yes")),))))

    german = renderer.message(reply, "de")
    arabic = renderer.message(reply, "ar")

    assert german.text == catalogues.format("de", "welcome")
    assert arabic.text == catalogues.format("ar", "welcome")
    assert arabic.rtl and not german.rtl
    assert [o.label for o in arabic.options] == [catalogues.format("ar", "yes")]


def test_template_parameters_are_formatted_for_the_template_language(catalogues: Catalogues) -> None:
    renderer = Renderer(catalogues)
    reply = Reply(Text("reminder", {"when": WHEN, "place": "Rathaus Bruchsal"}))

    assert renderer.parameter(reply, "when:date", "de") == "Dienstag, 1. Dezember 2026"
    assert renderer.parameter(reply, "when:time", "de") == "10:00"
    assert renderer.parameter(reply, "when:time", "en") == "10:00"
    assert renderer.parameter(reply, "place", "fa") == "Rathaus Bruchsal"
    assert renderer.parameter(reply, "nothing", "de") == ""
    assert "دسامبر" in renderer.parameter(reply, "when:date", "fa")  # December, in Dari/Farsi
