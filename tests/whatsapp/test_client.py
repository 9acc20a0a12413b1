"""pywa builds https://graph.facebook.com/… URLs; the transport sends them to WHATSAPP_API_BASE."""

from __future__ import annotations

import httpx

from handlers.whatsapp.client import GraphAPIBase, make_client, make_http


async def test_requests_for_the_graph_api_go_to_the_configured_base() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            200, json={"messaging_product": "whatsapp", "contacts": [{"input": "49", "wa_id": "49"}],
                       "messages": [{"id": "wamid.1"}]},
        )  # fmt: skip

    transport = GraphAPIBase("http://proxy.internal:8443/graph/", httpx.MockTransport(answer))
    async with httpx.AsyncClient(transport=transport) as http:
        client = make_client("secret-token", "123", http)
        sent = await client.send_message("49", "Hallo")
    assert sent.id == "wamid.1"
    [request] = seen
    assert request.url.scheme == "http" and request.url.host == "proxy.internal" and request.url.port == 8443
    assert request.url.path.startswith("/graph/v") and request.url.path.endswith("/123/messages")
    assert request.headers["Host"] == "proxy.internal:8443"
    assert request.headers["Authorization"] == "Bearer secret-token"


async def test_the_public_api_is_reached_directly() -> None:
    http = make_http("https://graph.facebook.com/")
    try:
        assert not isinstance(http._transport, GraphAPIBase)
    finally:
        await http.aclose()
    http = make_http("http://127.0.0.1:1")
    try:
        assert isinstance(http._transport, GraphAPIBase)
    finally:
        await http.aclose()
