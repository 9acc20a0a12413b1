"""Read a WhatsApp webhook payload: people's messages become `Incoming`, status updates are reported.

The payload is Meta's JSON as it arrives (`object` → `entry` → `changes` → `value`); anything that is
not for our phone number, or not shaped as documented, is skipped with a warning instead of failing the
whole delivery. Message contents are never logged.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from typing import Any

from flows.engine import Incoming

log = logging.getLogger(__name__)

KEY_LIMIT = 128  # processed_updates.key
MEDIA_TYPES = frozenset({"image", "audio", "video", "document", "sticker", "location", "contacts"})
# Types that need no answer: a number change notice, a removed reaction.
SILENT_TYPES = frozenset({"system"})


@dataclass(frozen=True)
class InboundMessage:
    """One message from a person: who (`wa_id`), its id, and what it means to the flows."""

    id: str
    wa_id: str
    type: str
    incoming: Incoming

    @property
    def key(self) -> str:
        """The id as stored for deduplication (hashed in the rare case it is longer than the column)."""
        if len(self.id) <= KEY_LIMIT:
            return self.id
        return "sha256:" + hashlib.sha256(self.id.encode()).hexdigest()


@dataclass(frozen=True)
class StatusUpdate:
    """sent / delivered / read / failed for a message Lotse sent."""

    message_id: str
    recipient: str
    status: str
    errors: tuple[tuple[int | None, str], ...] = ()


@dataclass(frozen=True)
class Parsed:
    messages: list[InboundMessage]
    statuses: list[StatusUpdate]


def parse(payload: Any, phone_number_id: str) -> Parsed:
    """Everything in one webhook delivery that is meant for `phone_number_id`."""
    messages: list[InboundMessage] = []
    statuses: list[StatusUpdate] = []
    if not isinstance(payload, dict) or payload.get("object") != "whatsapp_business_account":
        log.warning("Ignored a WhatsApp webhook call that is not about a business account")
        return Parsed(messages, statuses)
    for entry in _dicts(payload.get("entry")):
        for change in _dicts(entry.get("changes")):
            value = change.get("value")
            if change.get("field") != "messages" or not isinstance(value, dict):
                log.info("Ignored a WhatsApp webhook change of field %r", change.get("field"))
                continue
            metadata = value.get("metadata")
            if not isinstance(metadata, dict):
                metadata = {}
            if str(metadata.get("phone_number_id", "")) != phone_number_id:
                log.warning("Ignored a WhatsApp webhook change for another phone number id")
                continue
            for raw in _dicts(value.get("messages")):
                message = _message(raw)
                if message is not None:
                    messages.append(message)
            for raw in _dicts(value.get("statuses")):
                statuses.append(_status(raw))
            for error in _dicts(value.get("errors")):
                log.warning("WhatsApp reported an error: %s (%s)", error.get("code"), error.get("title"))
    return Parsed(messages, statuses)


def incoming_from(raw: dict[str, Any]) -> Incoming | None:
    """What a WhatsApp message means to the flows; None for those that need no answer."""
    kind = raw.get("type")
    found = raw.get(kind) if isinstance(kind, str) else None
    content: dict[str, Any] = found if isinstance(found, dict) else {}
    if raw.get("errors"):
        return Incoming.media("unsupported")
    if kind == "text" and isinstance(content.get("body"), str):
        return Incoming.message(content["body"])
    if kind == "interactive":
        reply = content.get(str(content.get("type")))
        if content.get("type") in ("button_reply", "list_reply") and isinstance(reply, dict):
            return Incoming.option(str(reply.get("id", "")))
        return Incoming.media("unsupported")
    if kind == "button" and isinstance(content.get("text"), str):
        return Incoming.message(content["text"])  # a quick-reply button of a template
    if kind in MEDIA_TYPES:
        media_kind = "voice" if kind == "audio" and content.get("voice") else str(kind)
        # Where it is, for a step that passes it on (the handoff fetches it for the coaches).
        ref = {"channel": "whatsapp"} | {
            name: content[name]
            for name in ("id", "mime_type", "filename", "latitude", "longitude", "name", "address")
            if isinstance(content.get(name), str | int | float)
        }
        caption = content.get("caption")
        return Incoming.media(media_kind, ref, caption if isinstance(caption, str) else "")
    if kind == "reaction":
        return Incoming.media("unsupported") if content.get("emoji") else None  # None: taken back
    if kind == "request_welcome":
        return Incoming.message("/start")  # someone opened the chat for the first time
    if kind in SILENT_TYPES:
        return None
    return Incoming.media("unsupported")


def _message(raw: dict[str, Any]) -> InboundMessage | None:
    message_id, wa_id, kind = raw.get("id"), raw.get("from"), str(raw.get("type", ""))
    if not isinstance(message_id, str) or not message_id or not isinstance(wa_id, str) or not wa_id:
        log.warning("Ignored a WhatsApp message without id or sender (type %r)", kind)
        return None
    incoming = incoming_from(raw)
    if incoming is None:
        log.info("WhatsApp message %s (%s) needs no answer", message_id, kind)
        return None
    return InboundMessage(message_id, wa_id, kind, incoming)


def _status(raw: dict[str, Any]) -> StatusUpdate:
    errors = tuple(
        (error.get("code") if isinstance(error.get("code"), int) else None, str(error.get("title", "")))
        for error in _dicts(raw.get("errors"))
    )
    return StatusUpdate(
        str(raw.get("id", "")), str(raw.get("recipient_id", "")), str(raw.get("status", "")), errors
    )


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []
