"""The command menu Telegram shows next to the text field, in each person's own language.

Telegram picks the list by the phone's language (`language_code`); the list without a language code is
for everyone else and uses `DEFAULT_LANGUAGE`.
"""

from __future__ import annotations

import logging

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError
from aiogram.types import BotCommand, BotCommandScopeAllPrivateChats

from bot.i18n import Catalogues
from bot.languages import LANGUAGES
from flows.engine import COMMANDS

log = logging.getLogger(__name__)

# Telegram wants two-letter ISO 639-1 codes; Kurmanji has none of its own.
TELEGRAM_CODES = {"kmr": "ku"}


def commands_in(catalogues: Catalogues, language: str) -> list[BotCommand]:
    return [
        BotCommand(command=name, description=catalogues.format(language, f"command-{name}"))
        for name in COMMANDS
    ]


async def publish_commands(bot: Bot, catalogues: Catalogues, default_language: str) -> None:
    """Set the menu for every language; a failure costs only the menu, never the start of the bot."""
    scope = BotCommandScopeAllPrivateChats()
    try:
        await bot.set_my_commands(commands_in(catalogues, default_language), scope=scope)
        for code in LANGUAGES:
            await bot.set_my_commands(
                commands_in(catalogues, code), scope=scope, language_code=TELEGRAM_CODES.get(code, code)
            )
    except TelegramAPIError as exc:
        log.warning("Could not publish the command menu: %s", exc)
