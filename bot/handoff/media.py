"""Fetching what a person or a coach sent on one platform, to pass it on over the other.

A Telegram person's voice note goes to the topic by `copyMessage` and a coach's photo back the same way;
nothing is fetched. Between WhatsApp and Telegram there is no copying: the relay worker fetches the file
(`MediaSource.fetch`) and sends it as a file of the outbox row. Files above `MAX_BYTES` (the outbox's
limit for inline files) are not passed on; the coaches are told in the topic instead.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

import httpx

from bot.outbox.content import MAX_FILE_BYTES

log = logging.getLogger(__name__)

MAX_BYTES = MAX_FILE_BYTES
EXTENSIONS = {
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/webp": "webp",
    "audio/ogg": "ogg",
    "audio/mpeg": "mp3",
    "video/mp4": "mp4",
    "application/pdf": "pdf",
}


@dataclass(frozen=True)
class Fetched:
    content: bytes
    mime_type: str
    filename: str


class MediaSource(Protocol):
    async def fetch(self, ref: Mapping[str, Any]) -> Fetched | None:
        """The file `ref` names, or None when it cannot be had (gone, too big, the platform down)."""
        ...


def filename_for(ref: Mapping[str, Any], mime_type: str) -> str:
    given = ref.get("filename")
    if isinstance(given, str) and given.strip():
        return given.strip()[:120]
    kind = str(ref.get("type") or "file")
    return f"{kind}.{EXTENSIONS.get(mime_type.split(';')[0].strip(), 'bin')}"


class WhatsAppMedia:
    """Media a WhatsApp person sent: the Graph API's media URL, then the download (with the token)."""

    def __init__(self, client: Any, http: httpx.AsyncClient, token: str) -> None:
        self.client = client  # pywa's WhatsApp: get_media_url
        self.http = http
        self.token = token

    async def fetch(self, ref: Mapping[str, Any]) -> Fetched | None:
        media_id = ref.get("id")
        if not media_id:
            return None
        try:
            found = await self.client.get_media_url(str(media_id))
            if found.file_size and int(found.file_size) > MAX_BYTES:
                log.warning("WhatsApp media of %d bytes is too big to relay", found.file_size)
                return None
            response = await self.http.get(found.url, headers={"Authorization": f"Bearer {self.token}"})
            response.raise_for_status()
        except Exception as exc:
            log.warning("WhatsApp media could not be fetched (%s)", type(exc).__name__)
            return None
        if len(response.content) > MAX_BYTES:
            return None
        mime_type = str(found.mime_type or "application/octet-stream")
        return Fetched(response.content, mime_type, filename_for(ref, mime_type))
