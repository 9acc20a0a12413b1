"""Cases and topics in storage (SQLite and PostgreSQL): one open case per person, everything deleted with
the person; `lotse cases list` shows cases with their ratings."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from bot.storage import repositories as repo
from bot.storage.database import Database
from bot.storage.models import HandoffCase, HandoffTopic, TranslationCache, utcnow
from tests.test_cli import lotse


async def test_one_open_case_per_person_and_all_deleted_with_the_person(database: Database) -> None:
    async with database.session() as session:
        person = await repo.get_or_create_person(session, "telegram", "4711")
        session.add_all(
            [
                HandoffCase(person_id=person.id, state="closed", rating=5, opened_at=utcnow()),
                HandoffCase(person_id=person.id, state="open", opened_at=utcnow()),
                HandoffTopic(person_id=person.id, topic_id=99, created_at=utcnow()),
                TranslationCache(
                    person_id=person.id, source="ar", target="de", digest="x" * 64, translated="Hallo"
                ),
            ]
        )
    with pytest.raises(IntegrityError):
        async with database.session() as session:
            session.add(HandoffCase(person_id=person.id, state="claimed", opened_at=utcnow()))
    async with database.session() as session:
        found = await repo.get_person(session, "telegram", "4711")
        assert found is not None
        await repo.delete_person(session, found)
    async with database.session() as session:
        for table in (HandoffCase, TranslationCache):
            assert await session.scalar(select(func.count()).select_from(table)) == 0
        # The topic row stays without the person, until the relay has closed the topic in Telegram.
        [topic] = await session.scalars(select(HandoffTopic))
        assert (topic.person_id, topic.topic_id) == (None, 99)


async def test_cases_list_shows_state_coach_and_rating(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'cases.db'}"
    db = Database(url)
    await db.connect()
    await db.upgrade()
    async with db.session() as session:
        person = await repo.get_or_create_person(session, "whatsapp", "491701234567")
        session.add_all(
            [
                HandoffCase(
                    person_id=person.id, state="closed", claimed_name="Ute", rating=4, opened_at=utcnow()
                ),
                HandoffCase(person_id=person.id, state="open", opened_at=utcnow()),
            ]
        )
    await db.dispose()
    result = lotse(tmp_path, "cases", "list", DATABASE_URL=url)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["case", "person", "state", "coach", "rating", "opened", "closed"]
    assert lines[1].split()[:4] == ["2", f"P{person.id}", "open", "—"]
    assert lines[2].split()[:5] == ["1", f"P{person.id}", "closed", "Ute", "4/5"]
    assert lines[-1] == "average rating of 1 rated case(s): 4.0/5"
    assert "491701234567" not in result.stdout
    refused = lotse(tmp_path, "cases", "list", "--limit", "0", DATABASE_URL=url)
    assert refused.returncode == 2 and refused.stderr.count("\n") == 1
