"""What happens with one message from a person, in the background after the webhook said 200.

Messages of one person are handled one after the other, in the order they arrived. Each goes to the
conversation service with its WhatsApp message id, so a delivery Meta repeats is answered once. Before
the answer, messages that waited for the person (the 24-hour rule) are delivered. A failure is logged
with the message id and the person gets an apology; the server keeps serving.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any

from bot.conversation import Address, ConversationService, _KeyedLock
from handlers.whatsapp.incoming import InboundMessage, StatusUpdate
from handlers.whatsapp.sender import CHANNEL, DeliveryFailed, WhatsAppSender, masked

log = logging.getLogger(__name__)


def address_of(wa_id: str) -> Address:
    return Address(CHANNEL, wa_id)


class Inbox:
    def __init__(self, service: ConversationService, sender: WhatsAppSender) -> None:
        self.service = service
        self.sender = sender
        self._locks = _KeyedLock()
        self._tasks: set[asyncio.Task[None]] = set()

    def submit(self, message: InboundMessage) -> None:
        """Handle `message` in the background (the webhook answers Meta at once)."""
        self._spawn(self.receive(message))

    async def receive(self, message: InboundMessage) -> None:
        address = address_of(message.wa_id)
        async with self._locks.hold(address):
            try:
                answer = await self.service.handle(address, message.incoming, update_key=message.key)
                if answer is None:
                    return  # a repeated delivery, answered before
                try:
                    await self.sender.flush_pending(address, answer.language)
                except Exception:  # what waited can wait longer; the answer must not
                    log.exception("Could not deliver pending messages to %s", masked(message.wa_id))
                await self.sender.send_all(message.wa_id, answer.messages, answer.language)
            except DeliveryFailed:
                pass  # logged by the sender with the reason; an apology would not arrive either
            except Exception:
                log.exception("WhatsApp message %s (%s) failed", message.id, message.type)
                await self._apologise(address)

    def report(self, status: StatusUpdate) -> None:
        """sent, delivered and read need nothing; a failed delivery is logged with WhatsApp's reason."""
        if status.status != "failed":
            return
        for code, title in status.errors or ((None, "no reason given"),):
            log.warning(
                "WhatsApp could not deliver message %s to %s: error %s (%s)",
                status.message_id,
                masked(status.recipient),
                code,
                title,
            )

    async def join(self) -> None:
        """Wait until every message received so far has been handled (tests and shutdown)."""
        while self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)

    async def drain(self, grace: float) -> None:
        """On shutdown: give messages in hand `grace` seconds to finish, then cancel the rest."""
        try:
            async with asyncio.timeout(grace):
                await self.join()
        except TimeoutError:
            log.warning("Cancelling %d WhatsApp message(s) still in hand at shutdown", len(self._tasks))
            for task in list(self._tasks):
                task.cancel()
            await asyncio.gather(*self._tasks, return_exceptions=True)

    async def _apologise(self, address: Address) -> None:
        try:
            apology = await self.service.apology(address)
            await self.sender.send_all(address.external_id, apology.messages, apology.language)
        except Exception:
            log.exception("Could not apologise to %s", masked(address.external_id))

    def _spawn(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
