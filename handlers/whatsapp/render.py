"""Render a flow `Message` within WhatsApp's limits: text, reply buttons, a list, or numbered lines.

WhatsApp refuses a message whose titles are too long instead of cutting them, and pywa does not check.
So every limit is kept here, in every language: up to 3 options become reply buttons (titles ≤ 20
characters), up to 10 a list message (row titles ≤ 24, descriptions ≤ 72), more than 10 (the language
screen) numbered lines — the engine understands a typed number or label. Titles that are too long are
shortened readably: at a word boundary where possible, never inside a character that an emoji or an
accent is built from, ending in "…"; the full label then shows as the row's description. A message's
map location follows its text as a location message.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.conversation import Message, RenderedOption
from flows.engine import File, Location
from handlers.text import TEXT_LIMIT, chunks, one_line, shorten

INTERACTIVE_BODY_LIMIT = 1024
CAPTION_LIMIT = 1024
MAX_BUTTONS = 3
BUTTON_TITLE_LIMIT = 20
BUTTON_ID_LIMIT = 256
MAX_ROWS = 10
ROW_TITLE_LIMIT = 24
ROW_DESCRIPTION_LIMIT = 72
ROW_ID_LIMIT = 200
LIST_BUTTON_LIMIT = 20
SECTION_TITLE_LIMIT = 24

# Characters a shortened title should not end in before its "…".


@dataclass(frozen=True)
class Wording:
    """The few words rendering needs in the person's language."""

    list_button: str  # the button that opens a list ("Auswählen")
    prompt: str  # the body of buttons whose text went ahead as a message of its own


@dataclass(frozen=True)
class PlainText:
    body: str


@dataclass(frozen=True)
class ReplyButtons:
    body: str
    buttons: tuple[tuple[str, str], ...]  # (option id, title)


@dataclass(frozen=True)
class ListRow:
    id: str
    title: str
    description: str | None = None


@dataclass(frozen=True)
class ListMessage:
    body: str
    button: str
    section: str
    rows: tuple[ListRow, ...]


# A file to send: the rendered flow file, its caption already shortened to WhatsApp's limit.
Document = File

# A location message (a map pin with the place's name and address), sent after the text.
Pin = Location


Outgoing = PlainText | ReplyButtons | ListMessage | Document | Pin


def render(message: Message, wording: Wording) -> list[Outgoing]:
    """What to send, in order, for one flow message."""
    options = message.options
    parts: list[Outgoing]
    if not options:
        # No text (a photo whose text a template brought): nothing to write, WhatsApp refuses empty text.
        parts = [PlainText(chunk) for chunk in chunks(message.text)] if message.text.strip() else []
    else:
        buttons = _buttons(options)
        if buttons is not None:
            before, body = _interactive_body(message.text, wording.prompt)
            parts = [*before, ReplyButtons(body, buttons)]
        elif len(options) <= MAX_ROWS:
            before, body = _interactive_body(message.text, wording.prompt)
            label = shorten(one_line(wording.list_button), LIST_BUTTON_LIMIT)
            section = shorten(one_line(wording.list_button), SECTION_TITLE_LIMIT)
            parts = [*before, ListMessage(body, label, section, _rows(options))]
        else:
            parts = [PlainText(chunk) for chunk in _numbered(message.text, options)]
    if message.location is not None:
        parts.append(message.location)
    parts += [
        Document(
            file.filename,
            file.content,
            file.mime_type,
            shorten(file.caption, CAPTION_LIMIT) if file.caption else None,
        )
        for file in message.files
    ]
    return parts


def _buttons(options: tuple[RenderedOption, ...]) -> tuple[tuple[str, str], ...] | None:
    """Reply buttons, or None when they do not fit (too many, titles alike once cut). Option ids always
    fit: flows.engine.OPTION_ID allows 48 characters, WhatsApp 256 for a button and 200 for a row."""
    if len(options) > MAX_BUTTONS:
        return None
    titles = [
        shorten(one_line(option.label), BUTTON_TITLE_LIMIT) or str(number)  # WhatsApp refuses empty titles
        for number, option in enumerate(options, start=1)
    ]
    if len(set(titles)) < len(titles):  # WhatsApp refuses two buttons with the same title
        return None
    return tuple((option.id, title) for option, title in zip(options, titles, strict=True))


def _rows(options: tuple[RenderedOption, ...]) -> tuple[ListRow, ...]:
    labels = [one_line(option.label) or str(number) for number, option in enumerate(options, start=1)]
    titles = [shorten(label, ROW_TITLE_LIMIT) for label in labels]
    if len(set(titles)) < len(titles):  # alike once cut: the number tells them apart
        titles = [shorten(f"{number}. {label}", ROW_TITLE_LIMIT) for number, label in enumerate(labels, 1)]
    return tuple(
        ListRow(
            option.id,
            title,
            shorten(label, ROW_DESCRIPTION_LIMIT) if title != label else None,
        )
        for option, label, title in zip(options, labels, titles, strict=True)
    )


def _interactive_body(text: str, prompt: str) -> tuple[list[Outgoing], str]:
    """Text longer than an interactive body goes ahead as a text message; the buttons get the prompt."""
    if text.strip() and len(text) <= INTERACTIVE_BODY_LIMIT:
        return [], text
    before: list[Outgoing] = [PlainText(chunk) for chunk in chunks(text)] if text.strip() else []
    return before, shorten(prompt, INTERACTIVE_BODY_LIMIT)


def _numbered(text: str, options: tuple[RenderedOption, ...]) -> list[str]:
    lines = "\n".join(f"{number}. {option.label}" for number, option in enumerate(options, start=1))
    whole = f"{text}\n\n{lines}" if text.strip() else lines
    if len(whole) <= TEXT_LIMIT:
        return [whole]
    return [*(chunks(text) if text.strip() else []), *chunks(lines)]
