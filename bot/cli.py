"""The `lotse` command line (also `python -m bot`).

lotse run          Telegram (polling, or webhook when WEBHOOK_URL is set) and/or WhatsApp (webhook);
                   neither configured: terminal chat
lotse chat         the terminal chat on the real flows and storage
lotse demo         demo data for Landkreis Karlsruhe
lotse db upgrade   bring the database schema up to date
lotse coach add|list|edit|deactivate      the coaches (known to the bot by their Telegram user id)
lotse coordinator add|list|remove         the coordinators (beside COORDINATOR_IDS)
lotse hours add|list|cancel-day           office hours (times local in TIMEZONE, stored in UTC)
lotse places import FILE                  municipalities with postcodes and county (CSV or YAML)
lotse offers import|export FILE           the local offers (YAML or CSV; README "Offers file")
lotse broadcast send|list|report|cancel   announcements and events (README "Broadcasts and events")

A mistake on the command line or in the configuration ends in one line on stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import math
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from bot.config import ConfigError, Settings, load_settings
from bot.languages import LANGUAGES
from bot.roles import SKILLS
from bot.storage import staff
from bot.storage.database import Database

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

    from bot.storage.models import Coach

log = logging.getLogger("lotse")

# How long one-off commands wait for a PostgreSQL that is down (DATABASE_WAIT overrides; `run` waits on).
DEFAULT_DATABASE_WAIT = 60.0
ONE_OFF_COMMANDS = ("chat", "demo", "db", "coach", "coordinator", "hours", "places", "offers", "broadcast")


class UserError(Exception):
    """A mistake in what was asked on the command line; the message is the one line to show."""


# -- arguments --------------------------------------------------------------------------------------


def _name(value: str) -> str:
    name = " ".join(value.split())
    if not name:
        raise argparse.ArgumentTypeError("a name cannot be empty")
    if len(name) > 120:
        raise argparse.ArgumentTypeError("at most 120 characters")
    return name


def _telegram_id(value: str) -> int:
    text = value.strip()
    if not (text.isascii() and text.isdigit()) or not 0 < int(text) < 2**63:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a Telegram user id (a positive number, not the @username)"
        )
    return int(text)


def _positive_id(value: str) -> int:
    if not (value.isascii() and value.isdigit()) or int(value) == 0:
        raise argparse.ArgumentTypeError(f"{value!r} is not an id (the number in the first column of list)")
    return int(value)


def _codes(vocabulary: Iterable[str], what: str) -> Callable[[str], list[str]]:
    """A type for `--language de,en` or `--skill cv`: comma-separated, each checked against `vocabulary`."""
    known = list(vocabulary)

    def parse(value: str) -> list[str]:
        codes = [part.strip().lower() for part in value.split(",") if part.strip()]
        if not codes:
            raise argparse.ArgumentTypeError(f"give a {what}: {', '.join(known)}")
        for code in codes:
            if code not in known:
                raise argparse.ArgumentTypeError(f"{code!r} is not a {what}; choose from {', '.join(known)}")
        return codes

    return parse


_language = _codes(LANGUAGES, "Lotse language code")
_skill = _codes(SKILLS, "skill")


def _flatten(groups: Sequence[Sequence[str]] | None) -> list[str] | None:
    """`--language de,en --language ar` → ["de", "en", "ar"], each once, in the order given."""
    if groups is None:
        return None
    return list(dict.fromkeys(code for group in groups for code in group))


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
    _coach_parser(commands)
    _coordinator_parser(commands)
    _hours_parser(commands)
    from bot.handoff.cli import add_cases_parser

    add_cases_parser(commands)
    from bot.intake.cli import add_parsers as intake_parsers

    intake_parsers(commands)
    from bot.broadcast.cli import add_parser as broadcast_parser

    broadcast_parser(commands)
    return parser


def _coach_parser(commands: Any) -> None:
    skills = "; ".join(f"{skill}: {meaning}" for skill, meaning in SKILLS.items())
    coach = commands.add_parser("coach", help="add, list, edit or deactivate coaches")
    actions = coach.add_subparsers(dest="action", required=True)

    def details(command: argparse.ArgumentParser, *, required: bool) -> None:
        command.add_argument("--name", type=_name, required=required, help="the coach's name")
        command.add_argument(
            "--telegram-id",
            type=_telegram_id,
            required=required,
            help="the coach's Telegram user id (a number): the bot knows coaches by it",
        )
        command.add_argument(
            "--language",
            type=_language,
            action="append",
            metavar="CODE",
            help=f"a language the coach speaks ({', '.join(LANGUAGES)}); repeat or separate with commas"
            + ("; replaces the list" if not required else ""),
        )
        command.add_argument(
            "--skill",
            type=_skill,
            action="append",
            metavar="SKILL",
            help=f"what the coach helps with, repeat for more ({skills})"
            + ("; replaces the list" if not required else ""),
        )
        command.add_argument("--municipality", metavar="NAME", help="where the coach works")

    add = actions.add_parser("add", help="add a coach")
    details(add, required=True)
    listing = actions.add_parser("list", help="one line per coach (active ones unless --all)")
    listing.add_argument("--json", action="store_true", help="as JSON, for scripts")
    listing.add_argument("--all", action="store_true", help="deactivated coaches too")
    edit = actions.add_parser("edit", help="change a coach's details (only what is given)")
    edit.add_argument("id", type=_positive_id, help="the coach's id (lotse coach list)")
    details(edit, required=False)
    edit.add_argument("--no-language", action="store_true", help="clear the languages")
    edit.add_argument("--no-skill", action="store_true", help="clear the skills")
    edit.add_argument("--no-municipality", action="store_true", help="clear the municipality")
    edit.add_argument("--reactivate", action="store_true", help="make a deactivated coach active again")
    deactivate = actions.add_parser(
        "deactivate", help="the coach keeps their record but loses the coach menu"
    )
    deactivate.add_argument("id", type=_positive_id, help="the coach's id (lotse coach list)")


def _coordinator_parser(commands: Any) -> None:
    coordinator = commands.add_parser("coordinator", help="add, list or remove coordinators")
    actions = coordinator.add_subparsers(dest="action", required=True)
    add = actions.add_parser("add", help="add a coordinator")
    add.add_argument("--name", type=_name, required=True, help="the coordinator's name")
    add.add_argument("--telegram-id", type=_telegram_id, required=True, help="their Telegram user id")
    listing = actions.add_parser("list", help="the coordinators, also those from COORDINATOR_IDS")
    listing.add_argument("--json", action="store_true", help="as JSON, for scripts")
    remove = actions.add_parser("remove", help="remove a coordinator (by id, or --telegram-id)")
    which = remove.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "id", nargs="?", type=_positive_id, help="the coordinator's id (lotse coordinator list)"
    )
    which.add_argument("--telegram-id", type=_telegram_id, help="their Telegram user id")


def _hours_parser(commands: Any) -> None:
    from bot.booking.cli import add_hours_parser

    add_hours_parser(commands, _positive_id)


# -- running ----------------------------------------------------------------------------------------


def _logging(settings: Settings, *, quiet: bool) -> None:
    configured = getattr(logging, settings.log_level.upper(), logging.INFO)
    level = max(configured, logging.WARNING) if quiet and configured != logging.DEBUG else configured
    logging.basicConfig(
        level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )
    # aiogram logs every update at INFO ("Update id=… is handled"); keep message-level noise out.
    logging.getLogger("aiogram.event").setLevel(max(level, logging.WARNING))
    # pywa logs request bodies (message contents) at DEBUG and misleading hints at WARNING; the
    # WhatsApp sender logs every failure itself.
    logging.getLogger("pywa").setLevel(max(level, logging.ERROR))
    logging.getLogger("pywa_async").setLevel(max(level, logging.ERROR))
    # Alembic announces its context and every step at INFO; `Database.upgrade` logs one line instead.
    logging.getLogger("alembic").setLevel(level if level == logging.DEBUG else max(level, logging.WARNING))


def _database_wait(settings: Settings, command: str) -> float:
    if settings.database_wait is not None:
        return settings.database_wait
    return math.inf if command == "run" else DEFAULT_DATABASE_WAIT


async def _main(args: argparse.Namespace, settings: Settings) -> int:
    wait = _database_wait(settings, args.command)
    maintenance = ("db", "demo", "coach", "coordinator", "hours", "places", "offers", "cases", "broadcast")
    if args.command in maintenance:
        return await _maintenance(args, settings, wait)

    from bot import app as application
    from bot.demo import load_demo

    app = await application.build(settings, database_wait=wait)
    try:
        if args.command == "chat":
            await application.run_terminal(app, user=args.user, language=args.language)
        elif settings.telegram_bot_token is None and not settings.whatsapp_enabled:
            print(
                "No TELEGRAM_BOT_TOKEN or WHATSAPP_TOKEN set: starting the terminal chat (with demo data).",
                file=sys.stderr,
            )
            await load_demo(app.db)
            await application.run_terminal(app)
        else:
            await application.run(app)
    finally:
        await app.close()
    return 0


async def _maintenance(args: argparse.Namespace, settings: Settings, wait: float) -> int:
    """Commands that need only the database (no catalogues, flows or channels)."""
    db = Database(settings.database_url)
    await db.connect(wait=wait)
    try:
        change = await db.upgrade()
        if args.command == "db":
            if change.changed:
                before = change.before or "empty"
                print(f"Database schema is up to date: upgraded from {before} to {change.after}.")
            else:
                print(f"Database schema is up to date ({change.after}); nothing to do.")
            return 0
        if args.command == "demo":
            from bot.demo import load_demo

            summary = await load_demo(db)
            print(
                f"Demo data ready: {summary.municipalities} municipalities, {summary.coaches} coaches, "
                f"{summary.coordinators} coordinator(s) in Landkreis Karlsruhe."
            )
            return 0
        if args.command == "coach":
            return await _coach_command(args, db)
        if args.command in ("places", "offers"):
            from bot.intake import cli as intake_cli
            from bot.intake.catalogue import OffersFileError

            try:
                print(await intake_cli.run(args, db))
            except OffersFileError as exc:
                raise UserError("\n".join(exc.errors)) from None
            return 0
        if args.command == "cases":
            from bot.handoff import cli as handoff_cli

            try:
                print(await handoff_cli.run(args, db))
            except ValueError as exc:
                raise UserError(str(exc)) from None
            return 0
        if args.command == "broadcast":
            from bot.broadcast import cli as broadcast_cli

            try:
                print(await broadcast_cli.run(args, db, settings))
            except ValueError as exc:
                raise UserError(str(exc)) from None
            return 0
        if args.command == "hours":
            from bot.booking.cli import hours_command

            try:
                return await hours_command(args, db, settings)
            except ValueError as exc:
                raise UserError(str(exc)) from None
        return await _coordinator_command(args, db, settings)
    finally:
        await db.dispose()


def event_loop() -> Callable[[], asyncio.AbstractEventLoop] | None:
    """uvloop's event loop where it is installed (a dependency on Linux and macOS), else asyncio's own.

    Lotse's process spends much of an update in the event loop: socket reads and writes for the
    webhook, each PostgreSQL round trip and each Bot API call, and the task switches between them.
    uvloop does that work in C (libuv). In seven alternated runs of bench/throughput.py a tap at the
    menu cost 2.9 ms of CPU on average with it and 3.3 ms without; the first conversation was within
    the noise (README "Benchmarks (issue 6)"). Everything Lotse uses runs on it: aiohttp, asyncpg,
    uvicorn, APScheduler's asyncio scheduler, signal handlers.
    """
    try:
        import uvloop
    except ImportError:  # Windows, or an installation without it
        return None
    return uvloop.new_event_loop


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
    _logging(settings, quiet=args.command in ONE_OFF_COMMANDS or terminal)
    try:
        with asyncio.Runner(loop_factory=event_loop()) as runner:
            return runner.run(_main(args, settings))
    except ConfigError as exc:  # found only when talking to a service: a token Telegram rejects, the database
        print(exc, file=sys.stderr)
        return 2
    except UserError as exc:
        command = " ".join(part for part in ("lotse", args.command, getattr(args, "action", None)) if part)
        print(f"{command}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


# -- coaches and coordinators -----------------------------------------------------------------------
# Each action runs in one transaction: a user error raised inside rolls everything back.


def _print_json(value: object) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def _print_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    widths = [max(len(cell) for cell in column) for column in zip(header, *rows, strict=False)]
    for row in (header, *rows):
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())


def _listed(values: Sequence[str]) -> str:
    return ",".join(values) if values else "-"


async def _coach_command(args: argparse.Namespace, db: Database) -> int:
    from sqlalchemy.exc import IntegrityError

    actions = {"list": _coach_list, "add": _coach_add, "edit": _coach_edit, "deactivate": _coach_deactivate}
    try:
        async with db.session() as session:
            await actions[args.action](session, args)
    except IntegrityError:  # another command took the Telegram id between our check and the commit
        raise UserError(f"Telegram id {args.telegram_id} was just taken by another coach") from None
    return 0


async def _coach_list(session: AsyncSession, args: argparse.Namespace) -> None:
    rows = await staff.coaches(session, include_inactive=args.all)
    if args.json:
        _print_json([_coach_json(row) for row in rows])
    elif not rows:
        hint = "" if args.all else " (lotse coach list --all shows deactivated ones)"
        print(f"No coaches yet: lotse coach add --name NAME --telegram-id ID{hint}")
    else:
        header = ("id", "name", "telegram id", "languages", "skills", "municipality", "active")
        _print_table(header, [_coach_cells(row) for row in rows])


def _coach_json(row: staff.CoachRow) -> dict[str, object]:
    coach = row.coach
    return {
        "id": coach.id,
        "name": coach.name,
        "telegram_id": coach.telegram_user_id,
        "languages": list(coach.languages),
        "skills": list(coach.skills),
        "municipality": row.municipality,
        "active": coach.active,
    }


def _coach_cells(row: staff.CoachRow) -> tuple[str, ...]:
    coach = row.coach
    return (
        str(coach.id),
        coach.name,
        str(coach.telegram_user_id or "-"),
        _listed(coach.languages),
        _listed(coach.skills),
        row.municipality or "-",
        "yes" if coach.active else "no",
    )


async def _coach_summary(session: AsyncSession, coach: Coach) -> str:
    await session.flush()
    row = await staff.coach_row(session, coach.id)
    return (
        f"coach {coach.id}: {coach.name}, Telegram id {coach.telegram_user_id}, "
        f"languages {_listed(coach.languages)}, skills {_listed(coach.skills)}, "
        f"municipality {(row and row.municipality) or '-'}{'' if coach.active else ', deactivated'}"
    )


async def _coach_add(session: AsyncSession, args: argparse.Namespace) -> None:
    await _telegram_id_free_for_coach(session, args.telegram_id)
    town = None if args.municipality is None else await _municipality(session, args.municipality)
    coach = await staff.add_coach(
        session,
        name=args.name,
        telegram_user_id=args.telegram_id,
        languages=_flatten(args.language) or [],
        skills=_flatten(args.skill) or [],
        municipality_id=town,
    )
    print(f"Added {await _coach_summary(session, coach)}")


async def _existing_coach(session: AsyncSession, coach_id: int) -> Coach:
    coach = await staff.coach(session, coach_id)
    if coach is None:
        raise UserError(f"there is no coach {coach_id} (lotse coach list --all shows every coach)")
    return coach


async def _coach_deactivate(session: AsyncSession, args: argparse.Namespace) -> None:
    coach = await _existing_coach(session, args.id)
    if not coach.active:
        print(f"Coach {coach.id} ({coach.name}) was already deactivated.")
        return
    coach.active = False
    print(
        f"Deactivated coach {coach.id} ({coach.name}): no coach menu any more; "
        f"`lotse coach edit {coach.id} --reactivate` undoes this."
    )


async def _coach_edit(session: AsyncSession, args: argparse.Namespace) -> None:
    for given, cleared in (
        ("language", "no_language"),
        ("skill", "no_skill"),
        ("municipality", "no_municipality"),
    ):
        if getattr(args, given) is not None and getattr(args, cleared):
            raise UserError(f"give --{given} or --{cleared.replace('_', '-')}, not both")
    options = ("name", "telegram_id", "language", "skill", "municipality")
    flags = ("no_language", "no_skill", "no_municipality", "reactivate")
    if all(getattr(args, o) is None for o in options) and not any(getattr(args, f) for f in flags):
        raise UserError(
            "nothing to change: give --name, --telegram-id, --language, --skill, --municipality, "
            "--no-language, --no-skill, --no-municipality or --reactivate"
        )
    coach = await _existing_coach(session, args.id)
    if args.name is not None:
        coach.name = args.name
    if args.telegram_id is not None:
        await _telegram_id_free_for_coach(session, args.telegram_id, coach.id)
        coach.telegram_user_id = args.telegram_id
    if args.language is not None or args.no_language:
        coach.languages = _flatten(args.language) or []
    if args.skill is not None or args.no_skill:
        coach.skills = _flatten(args.skill) or []
    if args.municipality is not None:
        coach.municipality_id = await _municipality(session, args.municipality)
    if args.no_municipality:
        coach.municipality_id = None
    if args.reactivate:
        coach.active = True
    print(f"Changed {await _coach_summary(session, coach)}")


async def _municipality(session: AsyncSession, name: str) -> int:
    """The id of the municipality called `name`; a user error that lists the known ones otherwise."""
    found = await staff.municipality_named(session, name)
    if found is not None:
        return found.id
    known = [m.name for m in await staff.municipalities(session)]
    if not known:
        raise UserError(
            f"unknown municipality {name!r}: there are none yet (lotse demo adds the demo county's)"
        )
    raise UserError(f"unknown municipality {name!r}; known: {', '.join(known)}")


async def _telegram_id_free_for_coach(
    session: AsyncSession, telegram_id: int, coach_id: int | None = None
) -> None:
    holder = await staff.coach_with_telegram_id(session, telegram_id)
    if holder is not None and holder.id != coach_id:
        state = "" if holder.active else f", deactivated: lotse coach edit {holder.id} --reactivate"
        raise UserError(
            f"Telegram id {telegram_id} already belongs to coach {holder.id} ({holder.name}{state})"
        )


async def _coordinator_command(args: argparse.Namespace, db: Database, settings: Settings) -> int:
    from sqlalchemy.exc import IntegrityError

    from_environment = list(dict.fromkeys(settings.coordinator_ids))
    actions = {"list": _coordinator_list, "add": _coordinator_add, "remove": _coordinator_remove}
    try:
        async with db.session() as session:
            await actions[args.action](session, args, from_environment)
    except IntegrityError:  # another command added the same Telegram id between our check and the commit
        raise UserError(f"Telegram id {args.telegram_id} was just taken by another coordinator") from None
    return 0


async def _coordinator_list(
    session: AsyncSession, args: argparse.Namespace, from_environment: list[int]
) -> None:
    rows = await staff.coordinators(session)
    in_table = {row.telegram_user_id for row in rows}
    listed: list[dict[str, Any]] = [
        {
            "id": row.id,
            "name": row.name,
            "telegram_id": row.telegram_user_id,
            "sources": ["database", *(["environment"] if row.telegram_user_id in from_environment else [])],
        }
        for row in rows
    ]
    listed += [
        {"id": None, "name": None, "telegram_id": user_id, "sources": ["environment"]}
        for user_id in from_environment
        if user_id not in in_table
    ]
    if args.json:
        _print_json(listed)
    elif not listed:
        print("No coordinators yet: lotse coordinator add --name NAME --telegram-id ID, or COORDINATOR_IDS")
    else:
        shown = {"database": "database", "environment": "COORDINATOR_IDS"}
        cells = [
            (
                str(entry["id"] or "-"),
                entry["name"] or "-",
                str(entry["telegram_id"]),
                ", ".join(shown[source] for source in entry["sources"]),
            )
            for entry in listed
        ]
        _print_table(("id", "name", "telegram id", "from"), cells)


async def _coordinator_add(
    session: AsyncSession, args: argparse.Namespace, from_environment: list[int]
) -> None:
    holder = await staff.coordinator_with_telegram_id(session, args.telegram_id)
    if holder is not None:
        raise UserError(
            f"Telegram id {args.telegram_id} already belongs to coordinator {holder.id} ({holder.name})"
        )
    added = await staff.add_coordinator(session, name=args.name, telegram_user_id=args.telegram_id)
    note = " (also in COORDINATOR_IDS)" if args.telegram_id in from_environment else ""
    print(f"Added coordinator {added.id}: {added.name}, Telegram id {added.telegram_user_id}{note}")


async def _coordinator_remove(
    session: AsyncSession, args: argparse.Namespace, from_environment: list[int]
) -> None:
    if args.id is not None:
        row = await staff.coordinator(session, args.id)
        if row is None:
            raise UserError(f"there is no coordinator {args.id} (lotse coordinator list shows them)")
    else:
        row = await staff.coordinator_with_telegram_id(session, args.telegram_id)
        if row is None:
            if args.telegram_id in from_environment:
                raise UserError(f"Telegram id {args.telegram_id} comes from COORDINATOR_IDS: remove it there")
            raise UserError(
                f"no coordinator has Telegram id {args.telegram_id} (lotse coordinator list shows them)"
            )
    await staff.remove_coordinator(session, row)
    still = (
        "; still a coordinator through COORDINATOR_IDS" if row.telegram_user_id in from_environment else ""
    )
    print(f"Removed coordinator {row.id} ({row.name}, Telegram id {row.telegram_user_id}){still}.")
