"""Free-text answers in German for the coaches: translated after the update, cached, never in the way;
offers missing in a language machine-translated with a note.

The translator is the fake LibreTranslate on 127.0.0.1 (tests/fakes/libretranslate.py); the sweep that
the scheduler runs every few seconds is called directly.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import Application
from bot.demo import load_demo
from bot.intake.catalogue import all_offers, import_offers, read_file, write_file
from bot.intake.service import profile_text
from bot.intake.translations import IntakeTranslations
from bot.storage import repositories as repo
from bot.storage.models import Offer, utcnow
from tests.dialog import Dialog, make_app
from tests.fakes.libretranslate import FakeLibreTranslate
from tests.intake.test_intake_flow import agree, answers_of, run_sample


@pytest.fixture
async def libre() -> AsyncIterator[FakeLibreTranslate]:
    async with FakeLibreTranslate() as fake:
        fake.phrases[("ar", "de", "لحام")] = "Schweißer"
        fake.phrases[("ar", "de", "بعد أسبوعين")] = "In zwei Wochen"
        yield fake


async def make(tmp_path: Path, libre: FakeLibreTranslate, **settings: object) -> Application:
    options: dict[str, object] = {
        "translator": "libre",
        "libretranslate_url": libre.url,
        "translate_timeout": 0.5,
    }
    options.update(settings)
    application = await make_app(tmp_path, **options)
    await load_demo(application.db)
    return application


@pytest.fixture
async def app(tmp_path: Path, libre: FakeLibreTranslate) -> AsyncIterator[Application]:
    application = await make(tmp_path, libre)
    yield application
    await application.close()


def sweeper(app: Application) -> IntakeTranslations:
    """What the scheduler runs every few seconds in one process (a new one: a process that started)."""
    assert app.handoff is not None
    return IntakeTranslations(app.db, app.handoff.translator, utcnow)


async def person_id(app: Application, user: str = "amira") -> int:
    async with app.db.session() as session:
        person = await repo.get_person(session, "terminal", user)
        assert person is not None
        return person.id


def german(answers: dict[str, object], app: Application) -> list[str]:
    return profile_text(app.catalogues, answers, "de")


async def arabic_intake(app: Application, user: str = "amira") -> Dialog:
    dialog = Dialog(app, user, language_hint="ar")
    await agree(dialog, "ar")
    await run_sample(dialog, title="لحام")
    return dialog


async def test_the_job_title_reaches_the_coaches_in_german_with_the_original(
    app: Application, libre: FakeLibreTranslate
) -> None:
    dialog = await arabic_intake(app)
    # The person's update did not wait for the translator: it was not even asked yet.
    assert libre.calls == []
    answers = await answers_of(app, "amira")
    assert answers["title"] == "لحام"  # stored as written
    assert "Beruf: لحام (nicht übersetzt)" in german(answers, app)

    assert await sweeper(app).answers() == 1
    answers = await answers_of(app, "amira")
    assert answers["title"] == "لحام"
    assert "Beruf: Schweißer (Original: لحام)" in german(answers, app)
    # The person sees their own words, never the translation.
    review = await dialog.press("c.experience")
    review = await dialog.press("mid")
    assert "لحام" in review and "Schweißer" not in review

    # The short profile that the handoff card and the booking notices take (`intake.profile(…, "de")`).
    amira = await person_id(app)
    async with app.db.session() as session:
        intake = app.service.services(session).intake
        assert intake is not None
        card = intake.profile(await intake.answers(amira), "de")
    assert "Beruf: Schweißer (Original: لحام)" in card


async def test_translations_are_kept_a_changed_answer_is_translated_anew(
    app: Application, libre: FakeLibreTranslate
) -> None:
    dialog = await arabic_intake(app)
    translations = sweeper(app)
    assert await translations.answers() == 1
    asked = len(libre.calls)
    assert await translations.answers() == 0 and await sweeper(app).answers() == 0
    assert len(libre.calls) == asked  # nothing asked twice, not even after a restart

    # A start date in their own words is free text too; a changed title drops the old German.
    await dialog.press("c.start")
    await dialog.say("بعد أسبوعين")
    await dialog.press("c.title")
    await dialog.say("نجار")
    answers = await answers_of(app, "amira")
    assert "Schweißer" not in "\n".join(german(answers, app))
    assert await translations.answers() == 2
    lines = german(answers := await answers_of(app, "amira"), app)
    assert "Beruf: [de] نجار (Original: نجار)" in lines
    assert "Ab wann: In zwei Wochen (Original: بعد أسبوعين)" in lines
    # Buttons are no free text: "now" needs no translation.
    await dialog.press("c.start")
    await dialog.press("now")
    assert "Ab wann: Ab sofort" in german(await answers_of(app, "amira"), app)


@pytest.mark.parametrize("outage", ["down", "hang"])
async def test_an_outage_leaves_the_original_with_a_note_and_is_made_good_later(
    app: Application, libre: FakeLibreTranslate, outage: str
) -> None:
    libre.mode = outage
    dialog = await arabic_intake(app)
    translations = sweeper(app)
    assert await translations.answers() == 0  # gave up after TRANSLATE_TIMEOUT or the error
    answers = await answers_of(app, "amira")
    assert answers["translated"]["title"]["failed"] is True
    assert "Beruf: لحام (nicht übersetzt)" in german(answers, app)
    # Meanwhile the person goes on as usual.
    assert app.catalogues.format("ar", "intake-thanks") in await dialog.press("confirm")
    # The same process does not hammer a dead translator; after a start it is tried once more.
    assert await translations.answers() == 0
    libre.mode = "up"
    assert await sweeper(app).answers() == 1
    assert "Beruf: Schweißer (Original: لحام)" in german(await answers_of(app, "amira"), app)


async def test_without_a_translator_and_for_german_speakers_the_words_stay_as_written(
    tmp_path: Path, libre: FakeLibreTranslate
) -> None:
    (tmp_path / "none").mkdir()
    plain = await make(tmp_path / "none", libre, translator="none")
    try:
        await arabic_intake(plain)
        answers = await answers_of(plain, "amira")
        assert "translated" not in answers
        assert "Beruf: لحام" in german(answers, plain)
        assert await sweeper(plain).sweep() == 0 and libre.calls == []  # the job does nothing
    finally:
        await plain.close()

    app = await make(tmp_path, libre)
    try:
        dialog = Dialog(app, "jonas", language_hint="de")
        await agree(dialog, "de")
        await run_sample(dialog)
        answers = await answers_of(app, "jonas")
        assert "translated" not in answers and "Beruf: Maurer" in german(answers, app)
        assert await sweeper(app).answers() == 0 and libre.calls == []
    finally:
        await app.close()


async def fill_offers(translations: IntakeTranslations) -> int:
    total = 0
    while done := await translations.offers():
        total += done
    return total


async def turkish_offers(app: Application, user: str) -> str:
    dialog = Dialog(app, user, language_hint="tr")
    await agree(dialog, "tr")
    await run_sample(dialog)
    return await dialog.press("confirm")


async def test_offers_missing_in_a_language_are_machine_translated_with_a_note(
    app: Application, libre: FakeLibreTranslate, tmp_path: Path
) -> None:
    translations = sweeper(app)
    assert await fill_offers(translations) > 0
    offers = await turkish_offers(app, "emre")
    assert "▪️ [tr] Anerkennungsberatung (IQ Netzwerk)" in offers
    assert app.catalogues.format("tr", "offers-machine-translated") in offers
    assert app.catalogues.format("tr", "offers-german-only") not in offers
    # The translator lacks Kurmanji: German with its note, and it is not asked again.
    asked = len(libre.calls)
    assert await fill_offers(translations) == 0 and len(libre.calls) == asked
    async with app.db.session() as session:
        offer = await session.get(Offer, "iq-recognition-karlsruhe")
        assert offer is not None
        assert "kmr" not in offer.texts["machine"] and "tr" in offer.texts["machine"]
        # The export holds what the offers file said, never the machine's work.
        exported = await all_offers(session)
    assert all("machine" not in offer.texts for offer in exported)
    path = tmp_path / "offers.yaml"
    write_file(path, exported)
    assert "[tr]" not in path.read_text(encoding="utf-8")

    # A new German text (an import) drops the old translation; the next sweep makes a new one.
    changed = [o for o in read_file(path) if o.id == "iq-recognition-karlsruhe"]
    changed[0].texts["de"]["title"] = "Anerkennungsberatung IQ"
    async with app.db.session() as session:
        await import_offers(session, changed)
    offers = await turkish_offers(app, "emre2")
    assert "[tr] Anerkennungsberatung (IQ Netzwerk)" not in offers
    assert "▪️ Anerkennungsberatung IQ" in offers
    assert await fill_offers(translations) > 0  # this offer, in each language the translator has
    assert "▪️ [tr] Anerkennungsberatung IQ" in await turkish_offers(app, "emre3")


async def test_offers_stay_german_with_a_note_while_the_translator_is_down(
    app: Application, libre: FakeLibreTranslate
) -> None:
    libre.mode = "down"
    assert await fill_offers(sweeper(app)) == 0
    offers = await turkish_offers(app, "emre")
    assert "▪️ Anerkennungsberatung (IQ Netzwerk)" in offers
    assert app.catalogues.format("tr", "offers-german-only") in offers
