"""Roles: who gets a person's menu, a coach's or a coordinator's. Every test runs on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event

from bot.demo import COACHES
from bot.languages import LANGUAGES
from bot.roles import SKILLS, Role, Roles, role_of
from bot.storage.database import Database
from bot.storage.models import Coach, Coordinator

COACH = 1001
RETIRED_COACH = 1002
COORDINATOR = 1003  # in the coordinators table
ENV_COORDINATOR = 1004  # in COORDINATOR_IDS only
COACH_AND_COORDINATOR = 1005  # a coach who is in the coordinators table too
COACH_IN_ENV = 1006  # a coach whose id is in COORDINATOR_IDS
STRANGER = 1007


async def staff(db: Database) -> None:
    async with db.session() as session:
        session.add_all(
            [
                Coach(name="Ute", telegram_user_id=COACH, languages=["de"], skills=["cv"]),
                Coach(name="Ali", telegram_user_id=RETIRED_COACH, languages=["ar"], skills=[], active=False),
                Coach(name="Eva", telegram_user_id=COACH_AND_COORDINATOR, languages=["de"], skills=[]),
                Coach(name="Jan", telegram_user_id=COACH_IN_ENV, languages=["de"], skills=[]),
                Coordinator(name="Kreis", telegram_user_id=COORDINATOR),
                Coordinator(name="Eva", telegram_user_id=COACH_AND_COORDINATOR),
            ]
        )


@contextmanager
def counted(db: Database) -> Iterator[list[str]]:
    """The SQL statements sent while the block runs."""
    statements: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    event.listen(db.engine.sync_engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(db.engine.sync_engine, "before_cursor_execute", record)


async def role(db: Database, roles: Roles, channel: str, external_id: str | int) -> Role:
    async with db.session() as session:
        return await roles.of(session, channel, str(external_id))


async def test_each_telegram_user_gets_their_role(database: Database) -> None:
    await staff(database)
    roles = Roles([ENV_COORDINATOR, COACH_IN_ENV])
    expected = {
        STRANGER: Role.PERSON,
        COACH: Role.COACH,
        RETIRED_COACH: Role.PERSON,  # a deactivated coach sees what everyone sees
        COORDINATOR: Role.COORDINATOR,
        ENV_COORDINATOR: Role.COORDINATOR,
        COACH_AND_COORDINATOR: Role.COORDINATOR,  # the larger menu wins
        COACH_IN_ENV: Role.COORDINATOR,
    }
    found = {user_id: await role(database, roles, "telegram", user_id) for user_id in expected}
    assert found == expected


async def test_only_telegram_carries_staff(database: Database) -> None:
    """A WhatsApp number or terminal login that happens to equal a staff id is a person."""
    await staff(database)
    roles = Roles([ENV_COORDINATOR])
    for channel in ("whatsapp", "terminal"):
        for user_id in (COACH, COORDINATOR, ENV_COORDINATOR, COACH_AND_COORDINATOR):
            assert await role(database, roles, channel, user_id) is Role.PERSON, (channel, user_id)


async def test_ids_that_are_not_plain_numbers_are_people(database: Database) -> None:
    await staff(database)
    roles = Roles([ENV_COORDINATOR])
    for external_id in ("", " 1001", "1001 ", "-1001", "+1001", "١٠٠١", "1001.0", "9" * 30):
        assert await role(database, roles, "telegram", external_id) is Role.PERSON, external_id


async def test_a_role_costs_at_most_one_query(database: Database) -> None:
    """It is asked for every message from Telegram."""
    await staff(database)
    roles = Roles([ENV_COORDINATOR])
    for user_id, queries in ((STRANGER, 1), (COACH, 1), (COORDINATOR, 1), (ENV_COORDINATOR, 0)):
        async with database.session() as session:
            with counted(database) as statements:
                await roles.of(session, "telegram", str(user_id))
            assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == queries, user_id
    async with database.session() as session:
        with counted(database) as statements:
            await roles.of(session, "whatsapp", "491701234567")
        assert statements == []


async def test_changes_take_effect_with_the_next_message(database: Database) -> None:
    """Roles are read from the database each time: no restart after `lotse coach deactivate`."""
    await staff(database)
    roles = Roles([])
    assert await role(database, roles, "telegram", COACH) is Role.COACH
    async with database.session() as session:
        coach = await session.get(Coach, 1)
        assert coach is not None and coach.telegram_user_id == COACH
        coach.active = False
    assert await role(database, roles, "telegram", COACH) is Role.PERSON
    async with database.session() as session:
        session.add(Coordinator(name="Neu", telegram_user_id=STRANGER))
    assert await role(database, roles, "telegram", STRANGER) is Role.COORDINATOR


async def test_role_of_answers_a_single_question(database: Database) -> None:
    await staff(database)
    async with database.session() as session:
        assert await role_of(session, "telegram", str(COACH), coordinator_ids=[]) is Role.COACH
        assert await role_of(session, "telegram", str(COACH), coordinator_ids=[COACH]) is Role.COORDINATOR


def test_the_demo_coaches_speak_lotse_languages_and_have_known_skills() -> None:
    for name, _user_id, languages, skills, _town in COACHES:
        assert set(languages) <= set(LANGUAGES), name
        assert skills and set(skills) <= set(SKILLS), name
