"""The announcement's buttons fit WhatsApp (20 characters) in every language; commands stay tappable."""

from __future__ import annotations

from pathlib import Path

import pytest
from fluent.syntax import FluentParser, ast

from bot.languages import LANGUAGES

LOCALES = Path(__file__).resolve().parents[2] / "locales"
BUTTONS = (
    "broadcast-yes", "broadcast-no", "broadcast-stop", "broadcast-cancel-place", "broadcast-ok", "news-start",
    "bc-new", "bc-list", "bc-by-language", "bc-by-place", "bc-by-german", "bc-by-role", "bc-continue",
    "bc-done", "bc-event-no", "bc-event-yes", "bc-unlimited", "bc-send-now", "bc-schedule", "bc-replace",
    "bc-refresh", "bc-cancel", "bc-csv",
)  # fmt: skip


def labels(code: str) -> dict[str, str]:
    resource = FluentParser().parse((LOCALES / code / "broadcast.ftl").read_text(encoding="utf-8"))
    found = {}
    for entry in resource.body:
        if isinstance(entry, ast.Message) and entry.value is not None:
            found[entry.id.name] = "".join(
                element.value for element in entry.value.elements if isinstance(element, ast.TextElement)
            )
    return found


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_buttons_fit_whatsapp(code: str) -> None:
    found = labels(code)
    too_long = {key: found[key] for key in BUTTONS if len(found[key]) > 20}
    assert not too_long, f"{code}: longer than 20 characters: {too_long}"
