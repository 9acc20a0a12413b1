"""The translation service over the real deep-translator code path, against a fake LibreTranslate."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from pydantic import SecretStr
from sqlalchemy import func, select

from bot.languages import LANGUAGES
from bot.storage import repositories as repo
from bot.storage.database import Database
from bot.storage.models import TranslationCache
from bot.translation import Translator, make_backend
from bot.translation.backends import DEEPL_CODES, GOOGLE_CODES, LIBRE_CODES, MICROSOFT_CODES, libre_url
from tests.fakes.libretranslate import FakeLibreTranslate


@pytest.fixture
async def libre() -> AsyncIterator[FakeLibreTranslate]:
    async with FakeLibreTranslate() as fake:
        yield fake


def translator(url: str, *, timeout: float = 5.0, key: str | None = None) -> Translator:
    backend = make_backend(
        "libre", libretranslate_url=url, libretranslate_api_key=SecretStr(key) if key else None
    )
    return Translator(backend, timeout=timeout)


async def person(db: Database) -> int:
    async with db.session() as session:
        return (await repo.get_or_create_person(session, "telegram", "777")).id


@pytest.mark.parametrize("slash", ["", "/"])
async def test_libre_translates_arabic_to_german_with_or_without_slash(
    libre: FakeLibreTranslate, sqlite_database: Database, slash: str
) -> None:
    libre.phrases[("ar", "de", "مرحبا")] = "Hallo"
    service = translator(libre.url + slash)
    async with sqlite_database.session() as session:
        result = await service.translate(session, "مرحبا", "ar", "de", person_id=None)
    assert (result.text, result.ok) == ("Hallo", True)
    assert libre.calls[0]["api_key"]  # a keyless server still gets the non-empty placeholder


async def test_libre_takes_uk_fa_ps_that_its_builtin_list_lacks(
    libre: FakeLibreTranslate, sqlite_database: Database
) -> None:
    service = translator(libre.url, key="secret")
    async with sqlite_database.session() as session:
        for code in ("uk", "fa", "ps"):
            result = await service.translate(session, "Hallo", "de", code, person_id=None)
            assert (result.text, result.ok) == (f"[{code}] Hallo", True)
    assert {call["api_key"] for call in libre.calls} == {"secret"}


async def test_same_text_and_pair_is_translated_once_and_deleted_with_the_person(
    libre: FakeLibreTranslate, database: Database
) -> None:
    service = translator(libre.url)
    person_id = await person(database)
    for _ in range(2):
        async with database.session() as session:
            result = await service.translate(session, "Ich habe einen Brief", "de", "ar", person_id=person_id)
            assert result.text == "[ar] Ich habe einen Brief"
    assert len(libre.calls) == 1
    async with database.session() as session:
        gone = await repo.get_person(session, "telegram", "777")
        assert gone is not None
        await repo.delete_person(session, gone)
    async with database.session() as session:
        assert await session.scalar(select(func.count()).select_from(TranslationCache)) == 0


async def test_down_and_hanging_backend_give_the_original_in_time(
    libre: FakeLibreTranslate, sqlite_database: Database
) -> None:
    service = translator(libre.url, timeout=0.5)
    async with sqlite_database.session() as session:
        libre.mode = "down"
        down = await service.translate(session, "مرحبا", "ar", "de", person_id=None)
        libre.mode = "hang"
        hung = await service.translate(session, "مرحبا", "ar", "de", person_id=None)
    assert (down.text, down.ok) == ("مرحبا", False)
    assert (hung.text, hung.ok) == ("مرحبا", False)
    service.close()


async def test_nothing_listening_is_a_failure_not_a_crash(sqlite_database: Database) -> None:
    service = translator("http://127.0.0.1:9")
    async with sqlite_database.session() as session:
        result = await service.translate(session, "مرحبا", "ar", "de", person_id=None)
    assert result == result.__class__("مرحبا", False)


async def test_a_language_the_backend_lacks_goes_untranslated_and_is_reported_once(
    libre: FakeLibreTranslate, sqlite_database: Database, caplog: pytest.LogCaptureFixture
) -> None:
    service = translator(libre.url)
    async with sqlite_database.session() as session:
        for _ in range(3):
            result = await service.translate(session, "ሰላም", "ti", "de", person_id=None)
            assert result.ok is False
    assert libre.calls == []
    assert sum("no language 'ti'" in r.getMessage() for r in caplog.records) == 1


async def test_none_translates_nothing(sqlite_database: Database) -> None:
    service = Translator(None)
    async with sqlite_database.session() as session:
        assert (await service.translate(session, "x", "ar", "de", person_id=None)).ok is False
        assert (await service.translate(session, "x", "de", "de", person_id=None)).ok is True


def test_every_backend_maps_every_language_and_the_url_gets_one_slash() -> None:
    for codes in (GOOGLE_CODES, LIBRE_CODES, DEEPL_CODES, MICROSOFT_CODES):
        assert set(codes) == set(LANGUAGES)
    assert GOOGLE_CODES["kmr"] == "ku" and MICROSOFT_CODES["kmr"] == "kmr" and MICROSOFT_CODES["fa"] == "prs"
    assert libre_url("http://x:5000") == libre_url("http://x:5000//") == "http://x:5000/"
    with pytest.raises(ValueError, match="LIBRETRANSLATE_URL"):
        make_backend("libre")
