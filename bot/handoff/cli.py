"""`lotse cases list`: the coordinators' view of cases with their state, coach and rating."""

from __future__ import annotations

import argparse
from typing import Any

from sqlalchemy import select

from bot.handoff.service import alias
from bot.storage.database import Database
from bot.storage.models import HandoffCase


def add_cases_parser(commands: Any) -> None:
    cases = commands.add_parser("cases", help="cases handed to the coaches, with their ratings")
    actions = cases.add_subparsers(dest="action", required=True)
    listing = actions.add_parser("list", help="one line per case, newest first")
    listing.add_argument("--open", action="store_true", help="only cases that are not closed")
    listing.add_argument("--limit", type=int, default=50, help="at most this many (default 50)")


def _when(value: Any) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if value is not None else "—"


async def run(args: argparse.Namespace, db: Database) -> str:
    if args.limit < 1:
        raise ValueError("--limit must be at least 1")
    async with db.session() as session:
        query = select(HandoffCase).order_by(HandoffCase.id.desc()).limit(args.limit)
        if args.open:
            query = query.where(HandoffCase.state != "closed")
        rows = list(await session.scalars(query))
    if not rows:
        return "No cases."
    header = ("case", "person", "state", "coach", "rating", "opened", "closed")
    cells = [
        (
            str(row.id),
            alias(row.person_id),
            row.state,
            row.claimed_name or "—",
            f"{row.rating}/5" if row.rating else "—",
            _when(row.opened_at),
            _when(row.closed_at),
        )
        for row in rows
    ]
    widths = [max(len(line[i]) for line in [header, *cells]) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
             for line in [header, *cells]]  # fmt: skip
    rated = [row.rating for row in rows if row.rating]
    if rated:
        lines.append(f"average rating of {len(rated)} rated case(s): {sum(rated) / len(rated):.1f}/5")
    return "\n".join(lines)
