"""`lotse places import FILE`, `lotse offers import FILE`, `lotse offers export FILE`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from bot.intake.catalogue import OffersFileError, all_offers, import_offers, read_file, write_file
from bot.intake.places import import_places, read_places
from bot.storage.database import Database


def add_parsers(commands: Any) -> None:
    places = commands.add_parser("places", help="the municipalities the deployment serves")
    place_actions = places.add_subparsers(dest="action", required=True)
    place_import = place_actions.add_parser(
        "import", help="add or update places from a CSV/YAML file (municipality, postcodes, county)"
    )
    place_import.add_argument("file", type=Path)
    offers = commands.add_parser("offers", help="the catalogue of local offers")
    offer_actions = offers.add_subparsers(dest="action", required=True)
    offer_import = offer_actions.add_parser(
        "import", help="add or update offers by id from a YAML or CSV file (never deletes)"
    )
    offer_import.add_argument("file", type=Path)
    offer_export = offer_actions.add_parser("export", help="write all offers to a YAML or CSV file")
    offer_export.add_argument("file", type=Path)


async def run(args: argparse.Namespace, db: Database) -> str:
    """Do the command; returns the line to print. `OffersFileError` lists what is wrong (nothing written)."""
    if args.command == "places":
        places = read_places(args.file)
        async with db.session() as session:
            added, updated = await import_places(session, places)
        return f"Places imported from {args.file}: {added} added, {updated} updated."
    if args.action == "import":
        offers = read_file(args.file)
        async with db.session() as session:
            added, updated = await import_offers(session, offers)
        return f"Offers imported from {args.file}: {added} added, {updated} updated."
    async with db.session() as session:
        offers = await all_offers(session)
    try:
        write_file(args.file, offers)
    except OSError as exc:
        raise OffersFileError([f"{args.file}: cannot write the file ({exc})"]) from None
    return f"{len(offers)} offers written to {args.file}."
