"""Demo data for Landkreis Karlsruhe: municipalities with office hours, a few coaches, a coordinator.

Idempotent: running `lotse demo` twice leaves one copy. The people are invented; the towns are real.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from bot.booking.demo import load_demo_hours
from bot.intake.catalogue import import_offers, read_file
from bot.storage.database import Database
from bot.storage.models import Coach, Coordinator, Municipality

COUNTY = "Landkreis Karlsruhe"
MUNICIPALITIES = (
    "Bruchsal",
    "Ettlingen",
    "Bretten",
    "Stutensee",
    "Rheinstetten",
    "Waghäusel",
    "Graben-Neudorf",
)
POSTCODES = {
    "Bruchsal": ["76646"],
    "Ettlingen": ["76275"],
    "Bretten": ["75015"],
    "Stutensee": ["76297"],
    "Rheinstetten": ["76287"],
    "Waghäusel": ["68753"],
    "Graben-Neudorf": ["76676"],
}
# The demo offers: the example file of the README (docs/offers-example.yaml).
OFFERS_FILE = Path(__file__).resolve().parent.parent / "docs" / "offers-example.yaml"

# (name, Telegram user id, languages, skills, municipality); skills from `bot.roles.SKILLS`
COACHES = (
    ("Ute Brenner", 900_000_001, ["de", "en"], ["cv", "interview", "job_search"], "Bruchsal"),
    ("Karim Haddad", 900_000_002, ["de", "ar", "fr"], ["forms", "recognition"], "Ettlingen"),
    ("Olena Kovalenko", 900_000_003, ["de", "uk", "ru"], ["cv", "job_search", "german_course"], "Bretten"),
    ("Mehmet Yıldız", 900_000_004, ["de", "tr", "kmr"], ["apprenticeship", "interview"], "Stutensee"),
    ("Farid Ahmadi", 900_000_005, ["de", "fa", "ps"], ["job_search", "forms"], "Rheinstetten"),
)
COORDINATORS = (("Kreisintegrationsstelle Karlsruhe", 900_000_100),)


@dataclass(frozen=True)
class DemoSummary:
    municipalities: int
    coaches: int
    coordinators: int


async def load_demo(db: Database) -> DemoSummary:
    async with db.session() as session:
        existing = {m.name: m for m in await session.scalars(select(Municipality))}
        for name in MUNICIPALITIES:
            if name not in existing:
                existing[name] = Municipality(name=name, county=COUNTY)
                session.add(existing[name])
            existing[name].postcodes = POSTCODES[name]
        await session.flush()
        await import_offers(session, read_file(OFFERS_FILE))
        known_coaches = set(await session.scalars(select(Coach.telegram_user_id)))
        for name, user_id, languages, skills, town in COACHES:
            if user_id not in known_coaches:
                session.add(
                    Coach(
                        name=name,
                        telegram_user_id=user_id,
                        languages=languages,
                        skills=skills,
                        municipality_id=existing[town].id,
                    )
                )
        known_coordinators = set(await session.scalars(select(Coordinator.telegram_user_id)))
        for name, user_id in COORDINATORS:
            if user_id not in known_coordinators:
                session.add(Coordinator(name=name, telegram_user_id=user_id))
        await session.flush()
        await load_demo_hours(session)  # weekly office hours in the coaches' towns, and one online
    return DemoSummary(len(MUNICIPALITIES), len(COACHES), len(COORDINATORS))
