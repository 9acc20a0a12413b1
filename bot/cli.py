"""The `lotse` command line (also `python -m bot`).

lotse run          Telegram (polling, or webhook when WEBHOOK_URL is set) and/or WhatsApp (webhook);
                   neither configured: terminal chat
lotse chat         the terminal chat on the real flows and storage
lotse demo         demo data for Landkreis Karlsruhe
lotse db upgrade   bring the database schema up to date
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Sequence

from bot.config import ConfigError, Settings, load_settings
from bot.languages import LANGUAGES

log = logging.getLogger("lotse")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="lotse", description="Lotse job-coaching chatbot")
    commands = parser.add_subparsers(dest="command")
    commands.add_parser(
        "run", help="run the bot (terminal chat when neither TELEGRAM_BOT_TOKEN nor WHATSAPP_TOKEN is set)"
    )
    chat = commands.add_parser("chat", help="talk to the bot in this terminal")
    chat.add_argument("--user", help="who you are in the terminal chat (default: your login)")
    chat.add_argument("--language", choices=sorted(LANGUAGES), help="language to suggest first")
    commands.add_parser("demo", help="fill the database with demo data for Landkreis Karlsruhe")
    db = commands.add_parser("db", help="database maintenance")
    db_commands = db.add_subparsers(dest="db_command", required=True)
    db_commands.add_parser("upgrade", help="apply all migrations")
    return parser


def _logging(settings: Settings, *, quiet: bool) -> None:
    level = logging.WARNING if quiet else getattr(logging, settings.log_level.upper(), logging.INFO)
    logging.basicConfig(
        level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )
    # aiogram logs every update at INFO ("Update id=… is handled"); keep message-level noise out.
    logging.getLogger("aiogram.event").setLevel(max(level, logging.WARNING))
    # pywa logs request bodies (message contents) at DEBUG and misleading hints at WARNING; the
    # WhatsApp sender logs every failure itself.
    logging.getLogger("pywa").setLevel(max(level, logging.ERROR))
    logging.getLogger("pywa_async").setLevel(max(level, logging.ERROR))


async def _main(args: argparse.Namespace, settings: Settings) -> int:
    from bot import app as application
    from bot.demo import load_demo

    app = await application.build(settings)
    try:
        if args.command == "db":
            print("Database schema is up to date.")
        elif args.command == "demo":
            summary = await load_demo(app.db)
            print(
                f"Demo data ready: {summary.municipalities} municipalities, {summary.coaches} coaches, "
                f"{summary.coordinators} coordinator(s) in Landkreis Karlsruhe."
            )
        elif args.command == "chat":
            await application.run_terminal(app, user=args.user, language=args.language)
        elif settings.telegram_bot_token is None and not settings.whatsapp_enabled:
            print(
                "No TELEGRAM_BOT_TOKEN or WHATSAPP_TOKEN set: starting the terminal chat (with demo data).",
                file=sys.stderr,
            )
            print("Write /start, or anything. Ctrl-D ends the chat.", file=sys.stderr)
            await load_demo(app.db)
            await application.run_terminal(app)
        else:
            await application.run(app)
    finally:
        await app.close()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command is None:
        args.command = "run"
    try:
        settings = load_settings()
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return 2
    terminal = args.command == "run" and not settings.telegram_bot_token and not settings.whatsapp_enabled
    _logging(settings, quiet=args.command == "chat" or terminal)
    try:
        return asyncio.run(_main(args, settings))
    except ConfigError as exc:  # found only when talking to a service, e.g. a token Telegram rejects
        print(exc, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
