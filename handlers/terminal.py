"""The terminal chat: a person talks to the real flows and storage on stdin/stdout.

One input line is one message. Options are shown numbered; typing the number or the label chooses.
With a pipe instead of a keyboard it is scriptable, which is how the tests drive whole conversations.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import threading
from typing import TextIO

from bot.conversation import Address, ConversationService, Message
from bot.i18n import Catalogues
from bot.outbox.channel import SENT, Delivered, Envelope
from flows.engine import Incoming, Location

CHANNEL = "terminal"
log = logging.getLogger(__name__)


def render(message: Message, pin: str | None = None) -> str:
    """The message as lines; `pin` is its map location as a line (`pin_line`), after the text."""
    lines = [message.text]
    lines += [pin] if pin else []
    lines += [f"  {number}. {option.label}" for number, option in enumerate(message.options, start=1)]
    lines += [
        f"  📎 {file.filename}" + (f" – {file.caption}" if file.caption else "") for file in message.files
    ]
    return "\n".join(lines)


def map_link(location: Location) -> str:
    """OpenStreetMap with a marker at the place: opens in any browser, no account, no tracking key."""
    return f"https://www.openstreetmap.org/?mlat={location.latitude}&mlon={location.longitude}"


def pin_line(catalogues: Catalogues, language: str, message: Message) -> str | None:
    """The map location as "📍 <address> — <map link>" in `language`, or None without a location."""
    where = message.location
    if where is None:
        return None
    args = {"address": where.address or where.name, "link": map_link(where)}
    return catalogues.format(language, "location-pin", args)


async def chat(
    service: ConversationService,
    *,
    user: str,
    language_hint: str | None = None,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
) -> None:
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    address = Address(CHANNEL, user)
    interactive = stdin.isatty()
    # How to begin and how to end, in the terminal's language (on stderr, so transcripts stay clean).
    hint = service.catalogues.format(language_hint or service.default_language, "terminal-hint")
    print(hint, file=sys.stderr, flush=True)
    lines = _lines(stdin)
    while True:
        if interactive:
            stdout.write("> ")
            stdout.flush()
        line = await lines.get()
        if line is None:
            break
        try:
            answer = await service.handle(
                address, Incoming.message(line.rstrip("\r\n")), language_hint=language_hint
            )
        except Exception:
            log.exception("Handling a terminal message failed")
            answer = await service.apology(address)
        for message in answer.messages if answer else []:
            pin = pin_line(service.catalogues, answer.language, message) if answer else None
            stdout.write(render(message, pin) + "\n\n")
        stdout.flush()


class TerminalSender:
    """The outbox's way out to the terminal chat (`ChannelSender`): messages for the user at this terminal.

    A reminder or a coach's reply to a terminal user appears in their chat while `lotse chat` runs; the
    delivery worker only takes rows addressed to that user, the rest wait for their own chat.
    """

    channel = CHANNEL

    def __init__(self, stdout: TextIO) -> None:
        self.stdout = stdout

    async def deliver(self, envelope: Envelope) -> Delivered:
        message = envelope.message()
        pin = pin_line(envelope.renderer.catalogues, envelope.language, message)
        self.stdout.write(render(message, pin) + "\n\n")
        self.stdout.flush()
        return SENT


def _lines(stdin: TextIO) -> asyncio.Queue[str | None]:
    """Lines from a daemon thread, so Ctrl-C or the end of the program never waits for a blocked read."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[str | None] = asyncio.Queue()

    def read() -> None:
        for line in iter(stdin.readline, ""):
            loop.call_soon_threadsafe(queue.put_nowait, line)
        loop.call_soon_threadsafe(queue.put_nowait, None)

    threading.Thread(target=read, name="terminal-stdin", daemon=True).start()
    return queue
