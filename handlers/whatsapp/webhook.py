"""`/whatsapp/webhook`: Meta's verification handshake (GET) and signed deliveries (POST).

A POST is accepted only when `X-Hub-Signature-256` is the HMAC-SHA256 of the raw body with the app
secret (compared in constant time); anything else gets 401 and is not read further. An accepted
delivery's messages are stored in the inbound journal first and then answered 200 (503 when they could
not be stored: Meta delivers again); they are handled right after, in the background (`Inbox`), so
Meta never waits for an answer to be sent. Its retries are recognised by message id.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging

from fastapi import APIRouter, Request, Response
from fastapi.responses import PlainTextResponse

from handlers.whatsapp.inbox import Inbox
from handlers.whatsapp.incoming import parse

log = logging.getLogger(__name__)

PATH = "/whatsapp/webhook"
SIGNATURE_HEADER = "X-Hub-Signature-256"
MAX_BODY = 3 * 1024 * 1024  # Meta's deliveries are far smaller; this keeps a flood out of memory


def signature_ok(body: bytes, header: str | None, app_secret: str) -> bool:
    if not header or not header.startswith("sha256="):
        return False
    expected = hmac.new(app_secret.encode(), body, hashlib.sha256).hexdigest()
    given = header.removeprefix("sha256=").strip().lower()
    return hmac.compare_digest(expected.encode(), given.encode("utf-8", "replace"))


def build_router(*, inbox: Inbox, phone_number_id: str, app_secret: str, verify_token: str) -> APIRouter:
    router = APIRouter()

    @router.get(PATH)
    async def whatsapp_verify(request: Request) -> Response:
        params = request.query_params
        token = params.get("hub.verify_token", "")
        if params.get("hub.mode") != "subscribe" or not hmac.compare_digest(
            token.encode("utf-8", "replace"), verify_token.encode()
        ):
            log.warning("Refused a WhatsApp webhook verification with a wrong verify token")
            return Response(status_code=403)
        challenge = params.get("hub.challenge")
        if not challenge:
            return Response(status_code=400)
        log.info("WhatsApp webhook verified")
        return PlainTextResponse(challenge)

    @router.post(PATH)
    async def whatsapp_webhook(request: Request) -> Response:
        length = request.headers.get("content-length", "")
        if length.isdigit() and int(length) > MAX_BODY:
            return Response(status_code=413)
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_BODY:
                return Response(status_code=413)
        if not signature_ok(bytes(body), request.headers.get(SIGNATURE_HEADER), app_secret):
            log.warning("Rejected a WhatsApp webhook call with a wrong or missing signature")
            return Response(status_code=401)
        try:
            payload = json.loads(body)
        except (UnicodeDecodeError, json.JSONDecodeError):
            log.warning("Rejected a signed WhatsApp webhook call that is not JSON")
            return Response(status_code=400)
        parsed = parse(payload, phone_number_id)
        for status in parsed.statuses:
            inbox.report(status)
        for message in parsed.messages:
            log.info("WhatsApp message %s (%s) received", message.id, message.type)
        try:
            await inbox.accept(parsed.messages)
        except Exception:
            log.exception(
                "Could not store %d WhatsApp message(s); Meta will deliver them again", len(parsed.messages)
            )
            return Response(status_code=503)
        return Response(status_code=200)

    return router
