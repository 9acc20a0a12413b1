"""The catalogue of local offers: read, validate and write the offers file (YAML or CSV).

`lotse offers import FILE` validates the whole file first and writes nothing when any row is wrong
(each error names the row and the field); then it adds or updates offers by `id` and never deletes.
`lotse offers export FILE` writes exactly the format import reads. The format is documented in the
README ("Offers file") with an example in docs/offers-example.yaml.

Rows are counted from 1 in both formats: the first offer in the YAML list, the first line after the
CSV header.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.languages import LANGUAGES
from bot.roles import SKILLS
from bot.storage.models import Municipality, Offer
from flows.profile import LEVELS, RESIDENCE

KINDS = ("language_course", "recognition", "orientation", "qualification", "workshop", "job_fair", "other")
FIELDS = (
    "id",
    "kind",
    "german_min",
    "german_max",
    "residence",
    "municipalities",
    "age_min",
    "age_max",
    "helps",
    "contact",
    "address",
    "link",
)
LIST_FIELDS = ("residence", "municipalities", "helps")
TEXT_FIELDS = ("title", "description")
CSV_COLUMNS = (*FIELDS, *[f"{part}_{code}" for code in LANGUAGES for part in TEXT_FIELDS])
LIST_SEPARATOR = ";"
# In `Offer.texts` beside the language codes: machine translations of the German text, filled in by
# bot/intake/translations.py ({code: {"title", "description", "of": digest of the German}}); an import
# replaces `texts` and so drops them, the export leaves them out.
MACHINE = "machine"
OFFER_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")
MAX_TEXT = {"contact": 300, "address": 300, "link": 300, "title": 120, "description": 1000}


class OffersFileError(ValueError):
    """The file could not be read at all, or rows are wrong: `errors` lists one line per problem."""

    def __init__(self, errors: Sequence[str]) -> None:
        super().__init__("\n".join(errors))
        self.errors = list(errors)


@dataclass
class OfferData:
    """One offer as the file holds it (and as the `offers` table stores it)."""

    id: str
    kind: str
    german_min: str | None = None
    german_max: str | None = None
    residence: list[str] = field(default_factory=list)
    municipalities: list[str] = field(default_factory=list)
    age_min: int | None = None
    age_max: int | None = None
    helps: list[str] = field(default_factory=list)
    contact: str | None = None
    address: str | None = None
    link: str | None = None
    texts: dict[str, dict[str, str]] = field(default_factory=dict)

    def as_yaml(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in (*FIELDS, "texts")}


# -- reading -------------------------------------------------------------------------------------------


def read_file(path: Path) -> list[OfferData]:
    """Parse and validate (without the database); `OffersFileError` with every problem found."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise OffersFileError([f"{path}: cannot read the file ({exc})"]) from None
    if path.suffix.lower() == ".csv":
        rows = _csv_rows(raw)
    elif path.suffix.lower() in (".yaml", ".yml"):
        rows = _yaml_rows(raw)
    else:
        raise OffersFileError([f"{path}: the file must end in .yaml, .yml or .csv"])
    return validate(rows)


def _yaml_rows(raw: str) -> list[Mapping[str, Any]]:
    try:
        document = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        raise OffersFileError([f"not valid YAML: {exc}"]) from None
    offers = document.get("offers") if isinstance(document, dict) else None
    if not isinstance(offers, list):
        raise OffersFileError(["the YAML file needs a list under 'offers:'"])
    return [row if isinstance(row, dict) else {"__invalid__": row} for row in offers]


def _csv_rows(raw: str) -> list[Mapping[str, Any]]:
    reader = csv.DictReader(io.StringIO(raw))
    header = reader.fieldnames or []
    unknown = [column for column in header if column not in CSV_COLUMNS]
    if unknown or "id" not in header:
        problems = [f"header: unknown column {column!r}" for column in unknown]
        if "id" not in header:
            problems.append("header: the column 'id' is missing")
        raise OffersFileError(problems)
    rows: list[Mapping[str, Any]] = []
    for line in reader:
        row: dict[str, Any] = {}
        texts: dict[str, dict[str, str]] = {}
        for column, value in line.items():
            value = (value or "").strip()
            if column in FIELDS:
                if column in LIST_FIELDS:
                    row[column] = [part.strip() for part in value.split(LIST_SEPARATOR) if part.strip()]
                else:
                    row[column] = value or None
            elif column and value:
                part, code = column.rsplit("_", 1)
                texts.setdefault(code, {})[part] = value
        row["texts"] = texts
        rows.append(row)
    return rows


def validate(rows: Sequence[Mapping[str, Any]]) -> list[OfferData]:
    errors: list[str] = []
    offers: list[OfferData] = []
    seen: set[str] = set()
    for number, row in enumerate(rows, 1):

        def problem(name: str, message: str, number: int = number) -> None:
            errors.append(f"row {number}, field {name}: {message}")

        if "__invalid__" in row:
            errors.append(f"row {number}: an offer must be a mapping of fields")
            continue
        unknown = set(row) - {*FIELDS, "texts"}
        for name in sorted(unknown):
            problem(name, "unknown field")
        offer_id = str(row.get("id") or "")
        if not OFFER_ID.match(offer_id):
            problem("id", "required; lowercase letters, digits, '_', '.', '-' (at most 64)")
        elif offer_id in seen:
            problem("id", f"{offer_id!r} is used by an earlier row")
        seen.add(offer_id)
        kind = row.get("kind")
        if kind not in KINDS:
            problem("kind", f"{kind!r} is not one of {', '.join(KINDS)}")
        levels: dict[str, str | None] = {}
        for name in ("german_min", "german_max"):
            value = row.get(name)
            levels[name] = None if value in (None, "") else str(value).upper()
            if levels[name] is not None and levels[name] not in LEVELS:
                problem(name, f"{value!r} is not one of {', '.join(LEVELS)}")
        low, high = levels["german_min"], levels["german_max"]
        if low in LEVELS and high in LEVELS and LEVELS.index(low) > LEVELS.index(high):
            problem("german_max", f"{high} is below german_min {low}")
        lists: dict[str, list[str]] = {}
        for name, allowed in (("residence", RESIDENCE), ("helps", tuple(SKILLS)), ("municipalities", None)):
            value = row.get(name) or []
            if isinstance(value, str):
                value = [part.strip() for part in value.split(LIST_SEPARATOR) if part.strip()]
            if not isinstance(value, list):
                problem(name, "must be a list")
                value = []
            lists[name] = [str(item) for item in value]
            for item in lists[name]:
                if allowed is not None and item not in allowed:
                    problem(name, f"{item!r} is not one of {', '.join(allowed)}")
        ages: dict[str, int | None] = {}
        for name in ("age_min", "age_max"):
            value = row.get(name)
            ages[name] = None
            if value in (None, ""):
                continue
            try:
                ages[name] = int(str(value))
            except ValueError:
                problem(name, f"{value!r} is not a whole number")
                continue
            if not 0 <= (ages[name] or 0) <= 120:
                problem(name, f"{value!r} is not between 0 and 120")
        if ages["age_min"] is not None and ages["age_max"] is not None and ages["age_min"] > ages["age_max"]:
            problem("age_max", "is below age_min")
        plain: dict[str, str | None] = {}
        for name in ("contact", "address", "link"):
            value = row.get(name)
            plain[name] = None if value in (None, "") else str(value)
            if plain[name] is not None and len(plain[name] or "") > MAX_TEXT[name]:
                problem(name, f"longer than {MAX_TEXT[name]} characters")
        link = plain["link"]
        if link is not None and not link.startswith(("https://", "http://")):
            problem("link", "must start with https:// or http://")
        texts = _texts(row.get("texts"), problem)
        offers.append(
            OfferData(
                id=offer_id,
                kind=str(kind),
                german_min=low,
                german_max=high,
                residence=lists["residence"],
                municipalities=lists["municipalities"],
                age_min=ages["age_min"],
                age_max=ages["age_max"],
                helps=lists["helps"],
                contact=plain["contact"],
                address=plain["address"],
                link=link,
                texts=texts,
            )
        )
    if errors:
        raise OffersFileError(errors)
    return offers


def _texts(value: Any, problem: Any) -> dict[str, dict[str, str]]:
    if not isinstance(value, dict):
        problem("texts", "must map language codes to a title and a description")
        return {}
    texts: dict[str, dict[str, str]] = {}
    for code, parts in value.items():
        where = f"texts.{code}"
        if code not in LANGUAGES:
            problem(where, f"{code!r} is not a language code ({', '.join(LANGUAGES)})")
            continue
        if not isinstance(parts, dict) or set(parts) - set(TEXT_FIELDS):
            problem(where, "must have only 'title' and 'description'")
            continue
        texts[code] = {part: str(parts[part]).strip() for part in TEXT_FIELDS if parts.get(part)}
        for part, text in texts[code].items():
            if len(text) > MAX_TEXT[part]:
                problem(f"{where}.{part}", f"longer than {MAX_TEXT[part]} characters")
    german = texts.get("de", {})
    if not german.get("title"):
        problem("texts.de.title", "German title is required")
    if not german.get("description"):
        problem("texts.de.description", "German description is required")
    return texts


# -- writing -------------------------------------------------------------------------------------------


def write_file(path: Path, offers: Iterable[OfferData]) -> None:
    if path.suffix.lower() == ".csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(CSV_COLUMNS), lineterminator="\n")
        writer.writeheader()
        for offer in offers:
            row: dict[str, Any] = {}
            for name in FIELDS:
                value = getattr(offer, name)
                row[name] = (
                    LIST_SEPARATOR.join(value) if name in LIST_FIELDS else ("" if value is None else value)
                )
            for code, parts in offer.texts.items():
                for part, text in parts.items():
                    row[f"{part}_{code}"] = text
            writer.writerow(row)
        path.write_text(buffer.getvalue(), encoding="utf-8")
    elif path.suffix.lower() in (".yaml", ".yml"):
        document = {"offers": [offer.as_yaml() for offer in offers]}
        path.write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), encoding="utf-8")
    else:
        raise OffersFileError([f"{path}: the file must end in .yaml, .yml or .csv"])


# -- the database --------------------------------------------------------------------------------------


async def import_offers(session: AsyncSession, offers: Sequence[OfferData]) -> tuple[int, int]:
    """Add or update by id (never delete). Municipalities must be places the deployment serves.
    Returns (added, updated); raises `OffersFileError` before writing anything."""
    known = set(await session.scalars(select(Municipality.name)))
    errors = [
        f"row {number}, field municipalities: {name!r} is not a known place (lotse places import)"
        for number, offer in enumerate(offers, 1)
        for name in offer.municipalities
        if name not in known
    ]
    if errors:
        raise OffersFileError(errors)
    existing = {row.id: row for row in await session.scalars(select(Offer))}
    added = updated = 0
    for offer in offers:
        row = existing.get(offer.id)
        if row is None:
            row = Offer(id=offer.id)
            session.add(row)
            added += 1
        else:
            updated += 1
        for name in (*FIELDS, "texts"):
            if name != "id":
                setattr(row, name, getattr(offer, name))
    await session.flush()
    return added, updated


async def all_offers(session: AsyncSession) -> list[OfferData]:
    """What the file holds: machine translations (`MACHINE`, bot/intake/translations.py) are left out."""
    rows = await session.scalars(select(Offer).order_by(Offer.id))
    return [
        OfferData(
            **{name: getattr(row, name) for name in FIELDS},
            texts={code: parts for code, parts in (row.texts or {}).items() if code != MACHINE},
        )
        for row in rows
    ]
