"""A file from another channel made sendable on WhatsApp: fetched once, uploaded once.

A coordinator attaches a photo or document to an announcement in Telegram. Telegram recipients get a copy
of that message; WhatsApp cannot copy from Telegram, and uploading the file again for each of thousands of
recipients would cost an upload per message and count against the Cloud API's limits. So the broadcast
runner asks `WhatsAppCarrier.carry` once per broadcast, keeps the media id it returns with the broadcast,
and every WhatsApp recipient's message is sent by that id (`WhatsAppSender.send(media=…)`). Media ids
stay valid for 30 days, longer than an announcement waits for anyone's 24-hour window.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from bot.handoff.media import MediaSource
from bot.outbox.channel import DeliveryFailed
from handlers.whatsapp.sender import WhatsAppSender

log = logging.getLogger(__name__)

# WhatsApp shows these as a photo (anything else goes as a document, which every phone can open).
IMAGE_TYPES = ("image/jpeg", "image/png")


class WhatsAppCarrier:
    def __init__(self, sources: Mapping[str, MediaSource], sender: WhatsAppSender) -> None:
        self.sources = sources  # channel → how to fetch a file sent there (`bot.handoff.media`)
        self.sender = sender

    async def carry(self, ref: Mapping[str, Any]) -> dict[str, Any] | None:
        """The uploaded file as WhatsApp sends it ({"id", "type", "filename"}), or None when the file
        could not be fetched or uploaded (the caller decides whether to try again)."""
        source = self.sources.get(str(ref.get("channel")))
        if source is None:
            log.warning("No way to fetch a file from %s for WhatsApp", ref.get("channel"))
            return None
        if ref.get("type") == "photo" and not ref.get("mime_type"):
            ref = {**ref, "mime_type": "image/jpeg"}  # Telegram sends photos as JPEG and names no type
        fetched = await source.fetch(ref)
        if fetched is None:
            return None
        mime_type = fetched.mime_type.split(";")[0].strip().lower()
        kind = "image" if mime_type in IMAGE_TYPES else "document"
        try:
            media_id = await self.sender.upload(fetched.content, mime_type, fetched.filename, kind)
        except DeliveryFailed as exc:
            log.warning("A file for WhatsApp could not be uploaded: %s", exc.reason)
            return None
        return {"id": media_id, "type": kind, "filename": fetched.filename}
