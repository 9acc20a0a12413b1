"""What happens with the messages of one webhook delivery: stored, acknowledged, then handled.

`accept` stores the delivery's messages in the inbound journal (`bot.inbound`) before the webhook answers
200; each is then handled in the background from there, and a restart handles what a killed process
left. A person's messages are handled one after the other, in the order they were stored, also across
processes (the journal gives out one message per person at a time). Each goes to the conversation
service with its WhatsApp message id, so a delivery Meta repeats is answered once (messages that
waited for the person, the 24-hour rule, are released by the service and sent by the outbox's worker).
A failure is logged with the message id and the person gets an apology; the server keeps serving.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from collections.abc import Sequence
from typing import Any

from bot.conversation import Address, ConversationService
from bot.inbound import Arrival, Claim, InboundQueue, Journal
from flows.engine import Incoming, Kind
from handlers.whatsapp.incoming import InboundMessage, StatusUpdate
from handlers.whatsapp.sender import CHANNEL, DeliveryFailed, WhatsAppSender, masked

log = logging.getLogger(__name__)


def address_of(wa_id: str) -> Address:
    return Address(CHANNEL, wa_id)


def arrival(message: InboundMessage) -> Arrival:
    """The journal entry for `message`: the parsed message as JSON (never logged), keyed by its id."""
    fields = {
        "id": message.id,
        "wa_id": message.wa_id,
        "type": message.type,
        "incoming": dataclasses.asdict(message.incoming),
    }
    return Arrival(key=message.key, payload=json.dumps(fields, ensure_ascii=False), person_key=message.wa_id)


def message_of(payload: str) -> InboundMessage:
    """The message back from its journal entry (see `arrival`)."""
    fields: dict[str, Any] = json.loads(payload)
    incoming = dict(fields["incoming"])
    incoming["kind"] = Kind(incoming["kind"])
    return InboundMessage(fields["id"], fields["wa_id"], fields["type"], Incoming(**incoming))


class Inbox:
    def __init__(
        self, service: ConversationService, sender: WhatsAppSender, journal: Journal, **queue_options: Any
    ) -> None:
        self.service = service
        self.sender = sender
        self.queue = InboundQueue(journal, CHANNEL, self._handle_stored, **queue_options)

    async def accept(self, messages: Sequence[InboundMessage]) -> None:
        """Store `messages` (committed when this returns), then handle them in the background.

        Raises when they could not be stored; the webhook then answers 503 and Meta delivers again.
        """
        await self.queue.accept([arrival(message) for message in messages])

    async def _handle_stored(self, claim: Claim) -> None:
        await self.receive(message_of(claim.payload))

    async def receive(self, message: InboundMessage) -> None:
        """Answer one message. Only the journal calls this, one message per person at a time."""
        address = address_of(message.wa_id)
        try:
            answer = await self.service.handle(address, message.incoming, update_key=message.key)
            if answer is None:
                return  # a repeated delivery, answered before
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
        await self.queue.join()

    async def drain(self, grace: float) -> None:
        """On shutdown: give messages in hand `grace` seconds; the rest stay stored for the next start."""
        await self.queue.close(grace)

    async def _apologise(self, address: Address) -> None:
        try:
            apology = await self.service.apology(address)
            await self.sender.send_all(address.external_id, apology.messages, apology.language)
        except Exception:
            log.exception("Could not apologise to %s", masked(address.external_id))
