"""Broadcast benchmark: one announcement to 10,000 people in 6 languages on two channels.

People are written straight to the database (60 % Telegram, 40 % WhatsApp; languages de, ar, uk, fa,
ru, tr in turn; all agreed and wrote within the last 24 hours). The coordinator's path is the real one:
`bot.broadcast.service.create` (audience, one translation per language through the fake LibreTranslate
and the database cache), then the runner (as `lotse run` has it) writes one outbox row per recipient in
batches, spread at each channel's rate, and the real delivery workers send them through `TelegramSender`
and WhatsApp's sender: the fake Bot API accepts at most `--limit` messages in any one second and answers
more with 429; the fake Graph API takes what WhatsApp's sender lets through (`WHATSAPP_RATE_LIMIT`).

Reported: time to queue every row; per channel the rate from the first to the last announcement
accepted, as a share of the limit (the issue's goal: ≥ 95 % on Telegram); 429s; duplicates (a person
with two announcements); lost (a person without one); translator calls (≤ 6).

    python -m bench.broadcast                         # 10,000 people, Telegram 30/s (minutes)
    python -m bench.broadcast --scaled                # Telegram and WhatsApp at 1,000/s (seconds)
    python -m bench.broadcast --database postgres

A benchmark, not a test: it prints numbers (README, "Broadcasts and events").
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import time
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any

from aiohttp import web
from sqlalchemy import func, insert, select

from bench.support import machine, migrate, postgres_server, sqlite_url
from bot.app import build, make_bot, make_whatsapp, scheduling
from bot.broadcast import service
from bot.broadcast.runner import BroadcastRunner
from bot.broadcast.service import Draft
from bot.config import load_settings
from bot.storage.models import OutboxMessage, Person, utcnow
from handlers.telegram.sender import TelegramSender
from tests.fakes.graph_api import FakeGraphAPI
from tests.fakes.libretranslate import FakeLibreTranslate
from tests.fakes.telegram_api import DEFAULT_TOKEN, FakeTelegramAPI, Sent

LANGUAGES = ("de", "ar", "uk", "fa", "ru", "tr")
FIRST_CHAT = 70_000_000
TEXT = "Bewerbungswerkstatt am Donnerstag, 18 Uhr, im Rathaus Bruchsal. Bringen Sie Ihren Lebenslauf mit."
MARK = "Rathaus Bruchsal"  # in every translation the fake makes ("[ar] …" keeps the German words)


@asynccontextmanager
async def database(kind: str) -> AsyncIterator[str]:
    if kind == "sqlite":
        with sqlite_url() as url:
            await migrate(url)
            yield url
    else:
        async with postgres_server() as pg:
            yield await pg.new_database()


async def add_people(app: Any, count: int) -> tuple[int, int]:
    now = utcnow()
    rows = []
    telegram = 0
    for n in range(count):
        on_telegram = n % 5 < 3
        telegram += on_telegram
        rows.append(
            {
                "channel": "telegram" if on_telegram else "whatsapp",
                "external_id": str(FIRST_CHAT + n) if on_telegram else f"49170{n:07d}",
                "language": LANGUAGES[n % len(LANGUAGES)],
                "consent_version": "1",
                "consent_at": now - timedelta(days=2),
                "created_at": now - timedelta(days=2),
                "last_seen_at": now - timedelta(hours=1),
            }
        )
    async with app.db.session() as session:
        for start in range(0, count, 1000):
            await session.execute(insert(Person), rows[start : start + 1000])
    return telegram, count - telegram


async def run(args: argparse.Namespace) -> None:
    limit = 1000.0 if args.scaled else args.limit
    whatsapp_limit = 1000.0 if args.scaled else 80.0
    graph = FakeGraphAPI()
    wa_times: list[float] = []
    plain = graph._messages

    async def timed(request: web.Request) -> web.StreamResponse:
        response = await plain(request)
        if response.status == 200:
            wa_times.append(time.monotonic())
        return response

    graph._messages = timed  # type: ignore[method-assign]
    async with (
        database(args.database) as url,
        FakeTelegramAPI(rate_limit=limit) as fake,
        graph,
        FakeLibreTranslate() as libre,
    ):
        settings = load_settings(
            telegram_bot_token=DEFAULT_TOKEN,
            telegram_api_base=fake.url,
            database_url=url,
            webhook_url=None,
            telegram_rate_limit=limit,
            telegram_paid_broadcast=limit > 30,
            whatsapp_token=graph.token,
            whatsapp_phone_number_id=graph.phone_number_id,
            whatsapp_app_secret="bench-secret",
            whatsapp_verify_token="bench-verify",
            whatsapp_api_base=graph.url,
            whatsapp_rate_limit=whatsapp_limit,
            translator="libre",
            libretranslate_url=libre.url,
            quiet_hours="",
        )
        app = await build(settings)
        tg_times: list[float] = []

        def on_sent(sent: Sent) -> None:
            if MARK in (sent.text or ""):
                tg_times.append(time.monotonic())

        fake.on_sent(on_sent)
        try:
            on_telegram, on_whatsapp = await add_people(app, args.people)
            assert app.broadcasts is not None
            started = time.monotonic()
            async with app.db.session() as session:
                broadcast, resolved = await service.create(session, app.broadcasts, Draft(TEXT))
            created = time.monotonic() - started
            bot = make_bot(settings)
            sender = TelegramSender(bot, per_second=limit, paid_broadcast=limit > 30)
            whatsapp = make_whatsapp(app)
            scheduler = scheduling(app, [sender, whatsapp.delivery])
            scheduler.start()
            queue_start = time.monotonic()
            await BroadcastRunner(app.db, app.broadcasts).start_due()
            queued = time.monotonic() - queue_start
            try:
                patience = on_telegram / limit * 2 + 120
                deadline = time.monotonic() + patience
                while time.monotonic() < deadline and len(tg_times) + len(wa_times) < args.people:  # noqa: ASYNC110
                    await asyncio.sleep(0.2)  # two fakes to watch: polling is simplest
                await asyncio.sleep(3)  # anything sent twice would come now
            finally:
                await scheduler.stop()
                await bot.session.close()
                await whatsapp.close()
            async with app.db.session() as session:
                states = dict(
                    (
                        await session.execute(
                            select(OutboxMessage.state, func.count())
                            .where(OutboxMessage.broadcast_id == broadcast.id)
                            .group_by(OutboxMessage.state)
                        )
                    ).all()
                )
        finally:
            await app.close()
    telegram_chats = Counter(sent.chat_id for sent in fake.sent if MARK in (sent.text or ""))
    whatsapp_chats = Counter(sent.to for sent in graph.sent if MARK in str(sent.payload))
    duplicates = sum(n - 1 for n in telegram_chats.values()) + sum(n - 1 for n in whatsapp_chats.values())
    lost = (on_telegram - len(telegram_chats)) + (on_whatsapp - len(whatsapp_chats))

    def rate(times: list[float]) -> float:
        return (len(times) - 1) / (times[-1] - times[0]) if len(times) > 1 else 0.0

    tg_rate, wa_rate = rate(tg_times), rate(wa_times)
    name = f"{args.people:,} people, 6 languages, {'scaled ' if args.scaled else ''}{args.database}"
    print(
        f"| {name} | {len(resolved.recipients):,} | {created:.1f} s | {queued:.1f} s | "
        f"{tg_rate:.1f}/s of {limit:g} ({tg_rate / limit:.1%}) | {wa_rate:.1f}/s of {whatsapp_limit:g} "
        f"({wa_rate / whatsapp_limit:.1%}) | {fake.limited} | {duplicates} | {lost} | {len(libre.calls)} | "
        f"{states} |"
    )


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--limit", type=float, default=30.0, help="Telegram messages a second (the fake's)")
    parser.add_argument("--scaled", action="store_true", help="Telegram and WhatsApp at 1,000 a second")
    parser.add_argument("--database", choices=("sqlite", "postgres"), default="sqlite")
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    print(f"Measured {machine()}")
    print(
        "| run | recipients | stored + translated | rows queued | Telegram rate | WhatsApp rate | 429s | "
        "duplicates | lost | translator calls | rows |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    with contextlib.suppress(KeyboardInterrupt):
        await run(args)


if __name__ == "__main__":
    asyncio.run(main())
