"""A fake LibreTranslate server on 127.0.0.1 that deep-translator's real `LibreTranslator` talks to.

It answers `POST /translate` (parameters in the query or a form, as deep-translator sends them) with a
translation from `phrases` ({(source, target, text): translated}) or, for anything else, the text
marked with the target language ("[de] مرحبا"). `mode` = "up" | "down" (HTTP 500) | "hang" (no answer
until the server stops); `calls` records every request's parameters.

    async with FakeLibreTranslate() as libre:
        libre.phrases[("ar", "de", "مرحبا")] = "Hallo"
        libre.mode = "hang"
"""

from __future__ import annotations

import asyncio
from typing import Any

from aiohttp import web


class FakeLibreTranslate:
    def __init__(self) -> None:
        self.url = ""
        self.mode = "up"
        self.phrases: dict[tuple[str, str, str], str] = {}
        self.calls: list[dict[str, Any]] = []
        self._stopping = asyncio.Event()
        self._runner: web.AppRunner | None = None

    async def start(self) -> FakeLibreTranslate:
        app = web.Application()
        app.router.add_post("/translate", self._translate)
        self._runner = web.AppRunner(app, handler_cancellation=True, shutdown_timeout=0.2, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.url = f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}"  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        self._stopping.set()
        if self._runner is not None:
            await self._runner.cleanup()

    async def __aenter__(self) -> FakeLibreTranslate:
        return await self.start()

    async def __aexit__(self, *_exc: object) -> None:
        await self.stop()

    async def _translate(self, request: web.Request) -> web.Response:
        params: dict[str, Any] = dict(request.query)
        if request.can_read_body:
            params.update(await request.post())
        self.calls.append(params)
        if self.mode == "down":
            return web.json_response({"error": "down"}, status=500)
        if self.mode == "hang":
            await self._stopping.wait()
            return web.json_response({"error": "stopped"}, status=503)
        if not params.get("api_key"):
            return web.json_response({"error": "Invalid API key"}, status=403)
        source, target, text = params.get("source", ""), params.get("target", ""), params.get("q", "")
        translated = self.phrases.get((source, target, text), f"[{target}] {text}")
        return web.json_response({"translatedText": translated})
