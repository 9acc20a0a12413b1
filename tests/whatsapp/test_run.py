"""`lotse run` as an operator starts it: WhatsApp alone, or beside Telegram in one process."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import httpx
import pytest

from tests.fakes.graph_api import FakeGraphAPI
from tests.fakes.telegram_api import FakeTelegramAPI
from tests.whatsapp.conftest import APP_SECRET, VERIFY_TOKEN, envelope, sign

WA_ID = "4915199999999"
START_TIMEOUT = 60.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@asynccontextmanager
async def lotse_run(tmp_path: Path, **env: str) -> AsyncIterator[tuple[httpx.AsyncClient, list[str]]]:
    """`python -m bot run` in a process of its own, until its web server answers /healthz."""
    port = free_port()
    environment = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("TELEGRAM_", "WEBHOOK_", "DATABASE_", "WHATSAPP_", "WEB_"))
    }
    environment |= {
        "DATABASE_URL": f"sqlite:///{tmp_path / 'lotse.db'}",
        "WEB_HOST": "127.0.0.1",
        "WEB_PORT": str(port),
        "LOG_LEVEL": "INFO",
        **env,
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run",
        cwd=tmp_path, env=environment, stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    stderr: list[str] = []
    client = httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=10)
    try:
        async with asyncio.timeout(START_TIMEOUT):
            while True:
                if process.returncode is not None:
                    _out, err = await process.communicate()
                    raise AssertionError(f"lotse run ended early: {err.decode()}")
                try:
                    if (await client.get("/healthz")).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                await asyncio.sleep(0.1)
        yield client, stderr
    finally:
        await client.aclose()
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
        _out, err = await asyncio.wait_for(process.communicate(), 30)
        stderr.append(err.decode())


def whatsapp_env(fake: FakeGraphAPI) -> dict[str, str]:
    return {
        "WHATSAPP_TOKEN": fake.token,
        "WHATSAPP_PHONE_NUMBER_ID": fake.phone_number_id,
        "WHATSAPP_APP_SECRET": APP_SECRET,
        "WHATSAPP_VERIFY_TOKEN": VERIFY_TOKEN,
        "WHATSAPP_API_BASE": fake.url,
    }


async def whatsapp_works(client: httpx.AsyncClient, fake: FakeGraphAPI) -> None:
    params = {"hub.mode": "subscribe", "hub.verify_token": VERIFY_TOKEN, "hub.challenge": "42"}
    handshake = await client.get("/whatsapp/webhook", params=params)
    assert handshake.status_code == 200 and handshake.text == "42"
    message = {"from": WA_ID, "id": "wamid.RUN1", "timestamp": "1", "type": "text", "text": {"body": "Hallo"}}
    body = json.dumps(envelope(fake.phone_number_id, messages=[message])).encode()
    unsigned = await client.post("/whatsapp/webhook", content=body)
    assert unsigned.status_code == 401
    signed = await client.post("/whatsapp/webhook", content=body, headers={"X-Hub-Signature-256": sign(body)})
    assert signed.status_code == 200
    [welcome] = await fake.wait_sent(WA_ID, timeout=20)
    assert "Deutsch" in welcome.text


async def test_lotse_run_serves_whatsapp_alone(tmp_path: Path) -> None:
    async with FakeGraphAPI() as fake:
        async with lotse_run(tmp_path, **whatsapp_env(fake)) as (client, stderr):
            await whatsapp_works(client, fake)
            telegram = await client.post("/telegram/webhook", json={})
            assert telegram.status_code in (404, 405)  # no Telegram configured
        assert "Traceback" not in stderr[0]
        assert "Hallo" not in stderr[0]  # message contents never logged at INFO
        assert "No TELEGRAM_BOT_TOKEN" not in stderr[0]


@pytest.mark.parametrize("mode", ["polling", "webhook"])
async def test_lotse_run_serves_telegram_and_whatsapp_in_one_process(tmp_path: Path, mode: str) -> None:
    async with FakeGraphAPI() as fake_whatsapp, FakeTelegramAPI() as fake_telegram:
        env = whatsapp_env(fake_whatsapp) | {
            "TELEGRAM_BOT_TOKEN": fake_telegram.token,
            "TELEGRAM_API_BASE": fake_telegram.url,
        }
        if mode == "webhook":
            env |= {"WEBHOOK_URL": "https://lotse.example.org", "WEBHOOK_SECRET": "s3cret"}
        async with lotse_run(tmp_path, **env) as (client, stderr):
            await whatsapp_works(client, fake_whatsapp)
            user = fake_telegram.user(1001, "Amira", "ar")
            if mode == "polling":
                await fake_telegram.push_message(user, "/start")
            else:
                assert fake_telegram.webhook["url"] == "https://lotse.example.org/telegram/webhook"
                update = fake_telegram.update(message=fake_telegram.message(user, "/start"))
                headers = {"X-Telegram-Bot-Api-Secret-Token": "s3cret"}
                assert (
                    await client.post("/telegram/webhook", json=update, headers=headers)
                ).status_code == 200
            [welcome] = await fake_telegram.wait_sent(1001, timeout=20)
            assert "العربية" in welcome.labels  # the Telegram edge, in Arabic from language_code
        assert "Traceback" not in stderr[0]
