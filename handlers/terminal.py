"""The terminal chat: a person talks to the real flows and storage on stdin/stdout.

One input line is one message. Options are shown numbered; typing the number or the label chooses.
With a pipe instead of a keyboard it is scriptable, which is how the tests drive whole conversations.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from typing import TextIO

from bot.conversation import Address, ConversationService, Message
from flows.engine import Incoming

CHANNEL = "terminal"
log = logging.getLogger(__name__)


def render(message: Message) -> str:
    lines = [message.text]
    lines += [f"  {number}. {option.label}" for number, option in enumerate(message.options, start=1)]
    lines += [
        f"  📎 {file.filename}" + (f" – {file.caption}" if file.caption else "") for file in message.files
    ]
    return "\n".join(lines)


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
    loop = asyncio.get_running_loop()
    while True:
        if interactive:
            stdout.write("> ")
            stdout.flush()
        line = await loop.run_in_executor(None, stdin.readline)
        if not line:
            break
        try:
            answer = await service.handle(
                address, Incoming.message(line.rstrip("\r\n")), language_hint=language_hint
            )
        except Exception:
            log.exception("Handling a terminal message failed")
            answer = await service.apology(address)
        for message in answer.messages if answer else []:
            stdout.write(render(message) + "\n\n")
        stdout.flush()
