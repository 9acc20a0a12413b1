"""The yardstick: a bare aiogram echo bot, as the aiogram documentation writes one.

In its own process in webhook mode (aiogram's aiohttp webhook handler, which answers 200 at once and
handles the update in the background) or in the caller's event loop with aiogram's long polling. It
answers every text with the same text: no database, no state, one sendMessage per update.

    python -m bench.echo_bot --api http://127.0.0.1:PORT --port 8081 --secret SECRET
"""

from __future__ import annotations

import argparse
import asyncio
import logging

from aiogram import Bot, Dispatcher
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.types import Message
from aiohttp import web

from tests.fakes.telegram_api import DEFAULT_TOKEN

PATH = "/telegram/webhook"


def make_bot(api: str, token: str = DEFAULT_TOKEN) -> Bot:
    return Bot(token, session=AiohttpSession(api=TelegramAPIServer.from_base(api)))


def make_dispatcher() -> Dispatcher:
    dispatcher = Dispatcher()

    @dispatcher.message()
    async def echo(message: Message) -> None:
        await message.answer(message.text or "")

    return dispatcher


async def serve(api: str, port: int, secret: str) -> None:
    from aiogram.webhook.aiohttp_server import SimpleRequestHandler, setup_application

    bot = make_bot(api)
    dispatcher = make_dispatcher()
    app = web.Application()
    SimpleRequestHandler(dispatcher, bot, secret_token=secret).register(app, path=PATH)
    setup_application(app, dispatcher, bot=bot)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        await asyncio.Event().wait()  # until SIGTERM
    finally:
        await runner.cleanup()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--api", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--secret", required=True)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("aiogram").setLevel(logging.ERROR)
    import signal

    loop = asyncio.new_event_loop()
    task = loop.create_task(serve(args.api, args.port, args.secret))
    loop.add_signal_handler(signal.SIGTERM, task.cancel)
    try:
        loop.run_until_complete(task)
    except asyncio.CancelledError:
        pass
    finally:
        loop.close()


if __name__ == "__main__":
    main()
