"""`lotse broadcast send|list|report|cancel`: announcements from the command line (README "Broadcasts").

`send` stores the broadcast and, when it is due now, writes its outbox rows at once; a running
`lotse run` delivers them (its runner also starts scheduled ones when due). Output: `broadcast ID` on
the first line, then the recipients per language; with `--json` one JSON object (the report's keys).
"""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.broadcast import service
from bot.broadcast.audience import ROLES, Audience, UnknownMunicipality
from bot.broadcast.desk import participants_csv
from bot.broadcast.quiet import QuietHours
from bot.broadcast.runner import BroadcastRunner
from bot.broadcast.service import BroadcastConfig, Draft, DraftError
from bot.config import Settings
from bot.languages import LANGUAGES
from bot.outbox import Outbox
from bot.storage.database import Database
from bot.storage.models import utcnow
from bot.translation import Translator, make_backend

LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2")


def _local_time(value: str) -> str:
    try:
        datetime.strptime(value.strip(), "%Y-%m-%d %H:%M")
    except ValueError:
        raise argparse.ArgumentTypeError(f'{value!r} is not a time like "2026-12-03 18:00"') from None
    return value.strip()


def _language(value: str) -> list[str]:
    codes = [part.strip().lower() for part in value.split(",") if part.strip()]
    for code in codes:
        if code not in LANGUAGES:
            raise argparse.ArgumentTypeError(
                f"{code!r} is not a language code; choose from {', '.join(LANGUAGES)}"
            )
    return codes


def _capacity(value: str) -> int:
    if not (value.isascii() and value.isdigit()) or not 0 < int(value) <= 100_000:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of places (1 or more)")
    return int(value)


def _id(value: str) -> int:
    if not (value.isascii() and value.isdigit()) or int(value) == 0:
        raise argparse.ArgumentTypeError(f"{value!r} is not a broadcast id (lotse broadcast list)")
    return int(value)


def add_parser(commands: Any) -> None:
    broadcast = commands.add_parser("broadcast", help="announcements and events: send, list, report, cancel")
    actions = broadcast.add_subparsers(dest="action", required=True)
    send = actions.add_parser("send", help="announce something (now, or --at a local time)")
    text = send.add_mutually_exclusive_group(required=True)
    text.add_argument("--text", help="the announcement in German")
    text.add_argument(
        "--text-file", type=Path, metavar="FILE", help="the announcement in German, from a file"
    )
    send.add_argument(
        "--language",
        type=_language,
        action="append",
        metavar="CODE",
        help="only people with this language; repeat for more",
    )
    send.add_argument(
        "--municipality",
        action="append",
        metavar="NAME",
        help="only people from this municipality (their intake answer); repeat for more",
    )
    send.add_argument(
        "--role",
        choices=ROLES,
        help="only people, or only coaches (default: people, and coaches too when nothing else is filtered)",
    )
    send.add_argument(
        "--german",
        type=lambda v: [p.strip().upper() for p in v.split(",") if p.strip()],
        action="append",
        metavar="LEVEL",
        help="only people with this German level (A1 … C2)",
    )
    send.add_argument(
        "--event-participants", type=_id, metavar="ID", help="only the people who have a place at that event"
    )
    send.add_argument("--at", type=_local_time, metavar='"YYYY-MM-DD HH:MM"', help="when to send (TIMEZONE)")
    send.add_argument(
        "--event-at",
        type=_local_time,
        metavar='"YYYY-MM-DD HH:MM"',
        help="it is an event at this time (TIMEZONE): people get sign-up buttons",
    )
    send.add_argument(
        "--capacity", type=_capacity, metavar="N", help="places at the event (default: no limit)"
    )
    send.add_argument("--place", metavar="TEXT", help="where the event is (a place or an online link)")
    send.add_argument("--json", action="store_true", help="print one JSON object")
    listing = actions.add_parser("list", help="the latest broadcasts with their state")
    listing.add_argument("--json", action="store_true", help="print one JSON object")
    report = actions.add_parser("report", help="what became of a broadcast")
    report.add_argument("id", type=_id)
    report.add_argument("--json", action="store_true", help="print one JSON object")
    report.add_argument("--participants", action="store_true", help="the event's participants as CSV")
    cancel = actions.add_parser("cancel", help="cancel a broadcast (what is not sent yet is not sent)")
    cancel.add_argument("id", type=_id)


def config_from(settings: Settings, translator: Translator | None) -> BroadcastConfig:
    return BroadcastConfig(
        outbox=Outbox(
            clock=utcnow, coach_chat_id=settings.coach_chat_id, coordinator_ids=settings.coordinator_ids
        ),
        translator=translator,
        zone=settings.zone,
        quiet=QuietHours.parse(settings.quiet_hours, settings.zone),
        rates={"telegram": settings.telegram_rate_limit, "whatsapp": settings.whatsapp_rate_limit},
        clock=utcnow,
        default_language=settings.default_language,
    )


def _translator(settings: Settings) -> Translator:
    backend = make_backend(
        settings.translator,
        libretranslate_url=settings.libretranslate_url,
        libretranslate_api_key=settings.libretranslate_api_key,
        deepl_api_key=settings.deepl_api_key,
        microsoft_key=settings.microsoft_translator_key,
        microsoft_region=settings.microsoft_translator_region,
    )
    return Translator(backend, timeout=settings.translate_timeout, clock=utcnow)


def _utc(value: str | None, settings: Settings) -> datetime | None:
    if value is None:
        return None
    return datetime.strptime(value, "%Y-%m-%d %H:%M").replace(tzinfo=settings.zone).astimezone(UTC)


def _draft(args: argparse.Namespace, settings: Settings) -> Draft:
    if args.text_file is not None:
        try:
            text = args.text_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ValueError(f"cannot read {args.text_file}: {exc}") from None
    else:
        text = args.text
    if (args.capacity is not None or args.place) and args.event_at is None:
        raise ValueError("--capacity and --place belong to an event: give --event-at too")
    if args.event_at is not None and not args.place:
        raise ValueError("an event needs --place (a place or an online link)")
    levels = [level for group in args.german or [] for level in group]
    for level in levels:
        if level not in LEVELS:
            raise ValueError(f"{level!r} is not a German level; choose from {', '.join(LEVELS)}")
    languages = list(dict.fromkeys(code for group in args.language or [] for code in group))
    audience = Audience(
        languages=tuple(languages),
        municipalities=tuple(args.municipality or ()),
        role=args.role,
        intake={"german": tuple(levels)} if levels else {},
        event=args.event_participants,
    )
    return Draft(
        text=text,
        audience=audience,
        scheduled_at=_utc(args.at, settings),
        event_at=_utc(args.event_at, settings),
        place=args.place,
        capacity=args.capacity,
        created_by="cli",
    )


async def run(args: argparse.Namespace, db: Database, settings: Settings) -> str:
    """The command's output; ValueError for a user error (one line, exit 2)."""
    translator = _translator(settings) if args.action == "send" else None
    config = config_from(settings, translator)
    try:
        if args.action == "send":
            return await _send(args, db, settings, config)
        if args.action == "list":
            return await _list(args, db, config)
        if args.action == "report":
            return await _report(args, db, config)
        return await _cancel(args, db, config)
    finally:
        if translator is not None:
            translator.close()


async def _send(args: argparse.Namespace, db: Database, settings: Settings, config: BroadcastConfig) -> str:
    draft = _draft(args, settings)
    try:
        async with db.session() as session:
            broadcast, resolved = await service.create(session, config, draft)
            broadcast_id = broadcast.id
    except (DraftError, UnknownMunicipality) as exc:
        raise ValueError(str(exc)) from None
    if broadcast.scheduled_at <= config.clock():
        await BroadcastRunner(db, config).start_due()  # rows now; `lotse run` delivers them
    async with db.session() as session:
        data = await service.report(session, config, broadcast_id)
    assert data is not None
    if args.json:
        return json.dumps(data, ensure_ascii=False)
    lines = [f"broadcast {broadcast_id}"]
    for language, per in resolved.per_channel().items():
        channels = ", ".join(f"{channel} {n}" for channel, n in per.items())
        lines.append(f"  {language}: {sum(per.values())} ({channels})")
    if not resolved.recipients:
        lines.append("  nobody (no one matches)")
    lines.append(f"left out: {resolved.unsubscribed} unsubscribed, {resolved.blocked} blocked the bot")
    when = broadcast.scheduled_at.astimezone(settings.zone).strftime("%Y-%m-%d %H:%M")
    lines.append(f"state: {data['state']} (from {when} {settings.timezone})")
    return "\n".join(lines)


async def _list(args: argparse.Namespace, db: Database, config: BroadcastConfig) -> str:
    async with db.session() as session:
        rows = await service.recent(session, 50)
        reports = [await service.report(session, config, row.id) for row in rows]
    titles = {row.id: service.title_of(row.text, 40) for row in rows}
    if args.json:
        return json.dumps({"broadcasts": reports}, ensure_ascii=False)
    if not rows:
        return "No broadcasts."
    header = ("id", "state", "scheduled (UTC)", "recipients", "delivered", "sign-ups", "text")
    cells = [
        (
            str(r["id"]),
            r["state"],
            r["scheduled_at"][:16].replace("T", " "),
            str(sum(r["recipients"].values())),
            str(r["delivered"]),
            str(r["sign_ups"]) if "event" in r else "–",
            titles[r["id"]],
        )
        for r in reports
        if r is not None
    ]
    widths = [max(len(line[i]) for line in [header, *cells]) for i in range(len(header))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
        for line in [header, *cells]
    )


async def _report(args: argparse.Namespace, db: Database, config: BroadcastConfig) -> str:
    async with db.session() as session:
        data = await service.report(session, config, args.id)
        if data is None:
            raise ValueError(f"no broadcast {args.id} (lotse broadcast list)")
        if args.participants:
            return (await participants_csv(session, args.id)).decode("utf-8").rstrip("\n")
    if args.json:
        return json.dumps(data, ensure_ascii=False)
    recipients = ", ".join(f"{lang} {n}" for lang, n in data["recipients"].items()) or "none"
    lines = [
        f"broadcast {data['id']}: {data['state']}",
        f"recipients: {sum(data['recipients'].values())} ({recipients})",
        f"delivered: {data['delivered']}, still to send: {data['queued']}, failed: {data['failed']}",
        f"blocked: {data['blocked']}, unsubscribed: {data['unsubscribed']}, "
        f"waiting for the WhatsApp window: {data['waiting']}",
    ]
    if "event" in data:
        lines.append(
            f"sign-ups: {data['sign_ups']}, waiting list: {data['waiting_list']}, "
            f"declined: {data['declined']}"
        )
    return "\n".join(lines)


async def _cancel(args: argparse.Namespace, db: Database, config: BroadcastConfig) -> str:
    async with db.session() as session:
        outcome = await service.cancel(session, config, args.id)
    if outcome == "unknown":
        raise ValueError(f"no broadcast {args.id} (lotse broadcast list)")
    return {
        "cancelled": f"broadcast {args.id} cancelled; nothing was sent",
        "stopped": f"broadcast {args.id} stopped; what was not sent yet will not be sent",
        "finished": f"broadcast {args.id} was sent completely; nothing to cancel",
    }[outcome]
