"""The pywa client for the WhatsApp Cloud API, sending to `WHATSAPP_API_BASE`.

pywa always builds its URLs on https://graph.facebook.com. To reach another server (a proxy, or the
tests' fake Graph API) the httpx client it is given has a transport that sends those requests to the
configured base instead; with the default base nothing is rewritten.
"""

from __future__ import annotations

import httpx
from pywa_async import WhatsApp

from bot.config import PUBLIC_GRAPH_API

GRAPH_HOST = httpx.URL(PUBLIC_GRAPH_API).host  # where pywa sends, whatever WHATSAPP_API_BASE says


class GraphAPIBase(httpx.AsyncBaseTransport):
    """Sends requests meant for graph.facebook.com to `base` (scheme, host, port and path prefix)."""

    def __init__(self, base: str, inner: httpx.AsyncBaseTransport | None = None) -> None:
        self.base = httpx.URL(base.rstrip("/"))
        self.inner = inner or httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.host == GRAPH_HOST:
            prefix = self.base.raw_path.rstrip(b"/")
            request.url = request.url.copy_with(
                scheme=self.base.scheme,
                host=self.base.host,
                port=self.base.port,
                raw_path=prefix + request.url.raw_path,
            )
            request.headers["Host"] = self.base.netloc.decode("ascii")
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


def make_http(api_base: str, *, timeout: float = 20.0) -> httpx.AsyncClient:
    """The httpx client pywa sends with: bounded timeouts, and `api_base` instead of the public API."""
    transport = None if api_base.rstrip("/") == PUBLIC_GRAPH_API else GraphAPIBase(api_base)
    return httpx.AsyncClient(transport=transport, timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)))


def make_client(token: str, phone_number_id: str, http: httpx.AsyncClient) -> WhatsApp:
    """An async pywa client for sending only: Lotse's own route receives the webhook."""
    return WhatsApp(phone_id=phone_number_id, token=token, session=http, validate_updates=False)
