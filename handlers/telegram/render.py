"""Render a flow `Message` as Telegram text with inline buttons; parse button data back into an option."""

from __future__ import annotations

from functools import lru_cache

from aiogram.filters.callback_data import CallbackData
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from aiogram.types import Message as TgMessage

from bot.conversation import Message
from handlers.text import TEXT_LIMIT, chunks

__all__ = ["CALLBACK_LIMIT", "TEXT_LIMIT", "Choice", "chunks", "keyboard", "pressed_label"]

CALLBACK_LIMIT = 64


class Choice(CallbackData, prefix="o"):
    """The only callback data Lotse sends: an option id. Anything else is forged or from an old version."""

    id: str


@lru_cache(maxsize=4096)
def packed(option_id: str) -> str:
    """The callback data of an option: `Choice(id=…).pack()`, remembered (a pydantic model per button
    cost about 13 µs, and the same few ids are on most screens)."""
    return Choice(id=option_id).pack()


def keyboard(message: Message) -> InlineKeyboardMarkup | None:
    if not message.options:
        return None
    return _keyboard(tuple((option.id, option.label) for option in message.options))


@lru_cache(maxsize=2048)
def _keyboard(options: tuple[tuple[str, str], ...]) -> InlineKeyboardMarkup:
    """The inline keyboard of these (id, label) options, remembered: the same few screens (the menu, the
    language list, Agree / Not now) go out again and again, and a keyboard is a pydantic model per button
    (about 4 % of a menu tap's CPU in bench/throughput.py). Nothing changes a keyboard once it is built:
    it is only sent."""
    # Short labels (language names) two to a row, longer ones alone, so nothing is cut on small phones.
    short = all(len(label) <= 14 for _id, label in options) and len(options) > 3
    width = 2 if short else 1
    buttons = [InlineKeyboardButton(text=label, callback_data=packed(key)) for key, label in options]
    return InlineKeyboardMarkup(
        inline_keyboard=[buttons[i : i + width] for i in range(0, len(buttons), width)]
    )


def pressed_label(message: TgMessage, data: str) -> str | None:
    """The label of the button with callback `data` on `message` (None: no such button any more)."""
    rows = message.reply_markup.inline_keyboard if message.reply_markup is not None else []
    return next((button.text for row in rows for button in row if button.callback_data == data), None)
