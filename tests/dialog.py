"""Transcript tests for flows, in the manner of zulip_bots' `verify_dialog`.

A `Dialog` is one person talking to the real conversation service (real flows, catalogues and SQLite)
through the terminal rendering: what a test expects is exactly what a person would read.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from bot.app import Application, build
from bot.config import load_settings
from bot.conversation import Address
from bot.i18n import Catalogues
from flows.engine import Incoming
from handlers.terminal import render


class Dialog:
    def __init__(
        self,
        app: Application,
        user: str = "amira",
        *,
        language_hint: str | None = None,
        channel: str = "terminal",
    ) -> None:
        self.app = app
        self.address = Address(channel, user)
        self.language_hint = language_hint

    async def say(self, text: str) -> str:
        return await self._send(Incoming.message(text))

    async def press(self, option_id: str) -> str:
        return await self._send(Incoming.option(option_id))

    async def send(self, incoming: Incoming) -> str:
        return await self._send(incoming)

    async def _send(self, incoming: Incoming) -> str:
        answer = await self.app.service.handle(self.address, incoming, language_hint=self.language_hint)
        assert answer is not None
        return "\n\n".join(render(message) for message in answer.messages)

    async def verify(self, exchanges: Sequence[tuple[str, str]]) -> None:
        """Each (said, expected) pair: the whole answer must contain every line of `expected`."""
        for said, expected in exchanges:
            answer = await self.say(said)
            for line in expected.strip().splitlines():
                assert line.strip() in answer, f"after {said!r} expected {line.strip()!r} in:\n{answer}"


# The menu's heading right after someone agreed to the privacy note for the first time: it invites
# them to the intake, once (flows/menu.py); later the menu says "What do you want to do?" again.
MENU_AFTER_CONSENT = {
    "de": "Ich kann Ihnen ein paar kurze Fragen stellen. Dann finde ich Angebote, die zu Ihnen passen.",
    "en": "I can ask you a few short questions. Then I find offers that fit you.",
}


def menu_after_consent(catalogues: Catalogues, language: str) -> str:
    """The whole heading of the menu shown right after the first "I agree", in `language`."""
    label = catalogues.format(language, "menu-find-work", {})
    return catalogues.format(language, "menu-intake-invite", {"label": label})


async def make_app(tmp_path: Path, **settings: object) -> Application:
    options: dict[str, object] = {"database_url": f"sqlite+aiosqlite:///{tmp_path / 'lotse.db'}"}
    options.update(settings)
    return await build(load_settings(**options))
