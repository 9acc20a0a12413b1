"""`lotse places import FILE`: the municipalities the deployment serves, with postcodes and county.

CSV with the columns municipality, postcodes (separated by ";" or spaces), county; or YAML with a list
under `places:` of {municipality, postcodes: [...], county}. The whole file is checked first (errors
name the row and the field); then places are added or updated by name, never deleted.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.intake.catalogue import OffersFileError
from bot.storage.models import Municipality

POSTCODE = re.compile(r"^\d{5}$")


@dataclass(frozen=True)
class PlaceRow:
    name: str
    postcodes: tuple[str, ...]
    county: str


def read_places(path: Path) -> list[PlaceRow]:
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise OffersFileError([f"{path}: cannot read the file ({exc})"]) from None
    rows: list[Mapping[str, Any]]
    if path.suffix.lower() == ".csv":
        rows = list(csv.DictReader(io.StringIO(raw)))
    elif path.suffix.lower() in (".yaml", ".yml"):
        try:
            document = yaml.safe_load(raw)
        except yaml.YAMLError as exc:
            raise OffersFileError([f"not valid YAML: {exc}"]) from None
        listed = document.get("places") if isinstance(document, dict) else None
        if not isinstance(listed, list):
            raise OffersFileError(["the YAML file needs a list under 'places:'"])
        rows = [row if isinstance(row, dict) else {} for row in listed]
    else:
        raise OffersFileError([f"{path}: the file must end in .csv, .yaml or .yml"])
    return validate_places(rows)


def validate_places(rows: Sequence[Mapping[str, Any]]) -> list[PlaceRow]:
    errors: list[str] = []
    places: list[PlaceRow] = []
    seen: set[str] = set()
    for number, row in enumerate(rows, 1):
        name = str(row.get("municipality") or "").strip()
        county = str(row.get("county") or "").strip()
        raw = row.get("postcodes") or []
        codes = raw if isinstance(raw, list) else re.split(r"[;,\s]+", str(raw))
        postcodes = tuple(str(code).strip() for code in codes if str(code).strip())
        if not name or len(name) > 120:
            errors.append(f"row {number}, field municipality: required, at most 120 characters")
        elif name in seen:
            errors.append(f"row {number}, field municipality: {name!r} is in an earlier row")
        seen.add(name)
        if not county or len(county) > 120:
            errors.append(f"row {number}, field county: required, at most 120 characters")
        bad = [code for code in postcodes if not POSTCODE.match(code)]
        if bad:
            errors.append(f"row {number}, field postcodes: {', '.join(bad)} not five digits")
        places.append(PlaceRow(name, postcodes, county))
    if errors:
        raise OffersFileError(errors)
    return places


async def import_places(session: AsyncSession, places: Sequence[PlaceRow]) -> tuple[int, int]:
    existing = {row.name: row for row in await session.scalars(select(Municipality))}
    added = updated = 0
    for place in places:
        row = existing.get(place.name)
        if row is None:
            session.add(Municipality(name=place.name, county=place.county, postcodes=list(place.postcodes)))
            added += 1
        else:
            row.county, row.postcodes = place.county, list(place.postcodes)
            updated += 1
    await session.flush()
    return added, updated
