"""The intake as transcripts: what a person types or presses, and what they read back."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import Application
from bot.demo import load_demo
from bot.intake.service import profile_text
from bot.languages import LANGUAGES
from bot.storage import repositories as repo
from bot.storage.models import IntakeAnswers
from flows.engine import Incoming
from tests.dialog import Dialog, make_app


@pytest.fixture
async def app(tmp_path: Path) -> AsyncIterator[Application]:
    application = await make_app(tmp_path)
    await load_demo(application.db)
    yield application
    await application.close()


async def answers_of(app: Application, user: str, channel: str = "terminal") -> dict[str, object]:
    async with app.db.session() as session:
        person = await repo.get_person(session, channel, user)
        assert person is not None
        row = await session.get(IntakeAnswers, person.id)
        return dict(row.answers) if row is not None else {}


async def agree(dialog: Dialog, language: str) -> str:
    """Language, the privacy note, then "Find work" in the menu: the intake's first screen."""
    await dialog.say("/start")
    await dialog.say(LANGUAGES[language].native_name)
    await dialog.press("agree")
    return await dialog.press("find_work")


# The sample person: a bricklayer from abroad with A2 German, living in Bruchsal.
SAMPLE = [
    "start",  # intake_intro
    "job_search",
    "recognition",
    "done",  # help
    "f3",  # Bau, Gebäudetechnik
]
AFTER_TITLE = ["mid", "vocational", "abroad", "a2", "permit"]
AFTER_PLACE = ["full_time", "shifts", "done", "now"]


async def run_sample(dialog: Dialog, place: str = "76646", title: str = "Maurer") -> str:
    for option in SAMPLE:
        await dialog.press(option)
    await dialog.say(title)
    for option in AFTER_TITLE:
        await dialog.press(option)
    await dialog.say(place)
    answer = ""
    for option in AFTER_PLACE:
        answer = await dialog.press(option)
    return answer


async def test_whole_intake_in_german_with_buttons(app: Application) -> None:
    dialog = Dialog(app, language_hint="de")
    offer = await agree(dialog, "de")
    assert "Ich stelle Ihnen ein paar kurze Fragen zur Arbeit" in offer and "1. ▶️ Los geht's" in offer

    review = await run_sample(dialog)
    assert review == (
        "Bitte prüfen Sie Ihre Antworten:\n"
        "Hilfe bei: Arbeit finden, Anerkennung\n"
        "Berufsfeld: Bau, Gebäudetechnik\n"
        "Beruf: Maurer\n"
        "Erfahrung: 2 bis 5 Jahre\n"
        "Abschluss: Berufsausbildung (im Ausland)\n"
        "Deutsch: A2\n"
        "Aufenthalt: Aufenthaltserlaubnis\n"
        "Wohnort: Bruchsal\n"
        "Arbeitszeit: Vollzeit, Schichtarbeit\n"
        "Ab wann: Ab sofort\n"
        "Stimmt alles? Sie können jede Antwort ändern.\n"
        "  1. ✅ Stimmt so\n"
        "  2. ✏️ Hilfe bei\n"
        "  3. ✏️ Berufsfeld\n"
        "  4. ✏️ Beruf\n"
        "  5. ✏️ Erfahrung\n"
        "  6. ✏️ Abschluss\n"
        "  7. ✏️ Deutsch\n"
        "  8. ✏️ Aufenthalt\n"
        "  9. ✏️ Wohnort\n"
        "  10. ✏️ Arbeitszeit\n"
        "  11. ✏️ Ab wann\n"
        "  12. ⬅️ Zurück"
    )
    offers = await dialog.press("confirm")
    assert offers.startswith("Danke! Ihre Antworten sind gespeichert.")
    # Recognition counselling first for a qualification from abroad, then the job fair (job search).
    assert offers.index("Anerkennungsberatung (IQ Netzwerk)") < offers.index("Jobmesse für Zugewanderte")
    assert "Integrationskurs" not in offers  # no German course asked for
    assert "Kontakt: IQ Beratungsstelle Karlsruhe" in offers
    assert await answers_of(app, "amira") == {
        "help": ["job_search", "recognition"],
        "field": "f3",
        "title": "Maurer",
        "experience": "mid",
        "qualification": "vocational",
        "abroad": True,
        "german": "A2",
        "residence": "permit",
        "place": {"id": 1, "name": "Bruchsal"},
        "availability": ["full_time", "shifts"],
        "start": "now",
    }
    # "Find work" later: the profile, the offers, a change.
    await dialog.press("menu")
    home = await dialog.press("find_work")
    assert home.startswith("Ihr Profil:\nHilfe bei: Arbeit finden, Anerkennung")
    assert "Angebote für mich" in home


async def test_button_presses_to_finish_the_intake(app: Application) -> None:
    """From "Find work" in the menu to the offers: 16 presses and 2 typed answers (job title, place)."""
    dialog = Dialog(app, language_hint="de")
    await agree(dialog, "de")
    presses = 1 + len(SAMPLE) + len(AFTER_TITLE) + len(AFTER_PLACE) + 1  # Find work … Confirm
    await run_sample(dialog)
    assert "Anerkennungsberatung" in await dialog.press("confirm")
    assert presses == 16
    # Skipping everything: one press per question, Start and Confirm.
    other = Dialog(app, user="skipper", language_hint="de")
    await agree(other, "de")
    answer = await other.press("start")
    skips = 0
    while "Bitte prüfen Sie Ihre Antworten" not in answer:
        answer = await other.press("nav.skip") if "⏭" in answer else await other.press("nav.cancel")
        skips += 1
    assert skips == 10  # nine questions with Skip, and the place picker's Cancel
    assert "Hilfe bei: –" in answer and "Wohnort: außerhalb des Landkreises" not in answer


async def test_the_german_short_profile_for_coaches(app: Application) -> None:
    dialog = Dialog(app, language_hint="ar")
    await agree(dialog, "ar")
    await run_sample(dialog)
    answers = await answers_of(app, "amira")
    assert profile_text(app.catalogues, answers, "de") == [
        "Kurzprofil",
        "Hilfe bei: Arbeit finden, Anerkennung",
        "Berufsfeld: Bau, Gebäudetechnik",
        "Beruf: Maurer",
        "Erfahrung: 2 bis 5 Jahre",
        "Abschluss: Berufsausbildung (im Ausland)",
        "Deutsch: A2",
        "Aufenthalt: Aufenthaltserlaubnis",
        "Wohnort: Bruchsal",
        "Arbeitszeit: Vollzeit, Schichtarbeit",
        "Ab wann: Ab sofort",
    ]
    arabic = profile_text(app.catalogues, answers, "ar")
    assert arabic[0] == "ملف مختصر" and "إيجاد عمل" in arabic[1] and "Bruchsal" in arabic[8]


async def test_whole_intake_in_arabic_typing_arabic_digits(app: Application) -> None:
    dialog = Dialog(app, language_hint="ar", channel="telegram")
    await dialog.say("/start")
    await dialog.say("٣")  # العربية
    await dialog.press("agree")
    offer = await dialog.say("١")  # 💼 Find work
    assert app.catalogues.format("ar", "intake-intro").splitlines()[0] in offer
    for typed in ["١", "١", "٦", "٨", "٣"]:  # start; job, recognition, done; field 3
        await dialog.say(typed)
    await dialog.say("بنّاء")  # the job title, as written
    for typed in ["٣", "٣", "١", "٢", "٢", "Bruchsal", "١", "٥", "١"]:
        answer = await dialog.say(typed)
    assert app.catalogues.format("ar", "intake-review", {"profile": ""}).splitlines()[0] in answer
    assert "بنّاء" in answer and "\u2068A2\u2069" in answer
    offers = await dialog.say("١")
    assert "استشارة معادلة الشهادة (IQ)" in offers  # the Arabic text of the offer
    assert app.catalogues.format("ar", "offers-german-only") in offers  # the job fair is German only
    answers = await answers_of(app, "amira", "telegram")
    assert answers["title"] == "بنّاء" and answers["help"] == ["job_search", "recognition"]


async def test_whole_intake_in_ukrainian_by_labels_and_typos(app: Application) -> None:
    dialog = Dialog(app, language_hint="uk")
    await agree(dialog, "uk")
    await dialog.say("Почати")
    await dialog.say("Знайти роботу")
    await dialog.say("Курс німецької")
    await dialog.say("Готово")
    await dialog.say("Будівництво")
    await dialog.say("Муляр")
    await dialog.say("Більше 5 років")
    await dialog.say("Університет")
    await dialog.say("За кордоном")
    await dialog.say("A1")
    await dialog.say("Duldung")
    await dialog.say("бретен")  # a place typed in Cyrillic is not found: asked again
    await dialog.say("Bretten")
    await dialog.say("Повний день")
    await dialog.say("Готово")
    review = await dialog.say("Через місяць")
    assert "Професія: Муляр" in review and "Місце проживання: Bretten" in review
    assert (await answers_of(app, "amira"))["residence"] == "duldung"
    offers = await dialog.say("1")
    assert "Integrationskurs" not in offers  # for Bruchsal, Waghäusel and Graben-Neudorf only
    assert "Anerkennungsberatung (IQ Netzwerk)" in offers  # a qualification from abroad
    assert "(Цей текст є тільки німецькою.)" in offers


async def test_back_goes_one_question_back_and_skip_leaves_no_answer(app: Application) -> None:
    dialog = Dialog(app, language_hint="de")
    await agree(dialog, "de")
    await dialog.press("start")
    await dialog.press("cv")
    await dialog.press("done")
    field = await dialog.press("nav.skip")
    assert field.startswith("Was ist Ihr Beruf?")
    back = await dialog.press("nav.back")
    assert back.startswith("In welchem Bereich arbeiten Sie")
    back = await dialog.press("nav.back")
    assert "✅ Bewerbung schreiben" in back  # the earlier choice is still there
    assert await answers_of(app, "amira") == {"help": ["cv"]}


async def test_change_one_answer_from_the_review_and_from_my_data(app: Application) -> None:
    dialog = Dialog(app, language_hint="de")
    await agree(dialog, "de")
    await run_sample(dialog)
    german = await dialog.press("c.german")
    assert german.startswith("Wie gut ist Ihr Deutsch?")
    examples = await dialog.press("unknown")
    assert "A2: Ich kann einkaufen und nach dem Weg fragen." in examples
    review = await dialog.press("b1")
    assert "Deutsch: B1" in review and review.startswith("Bitte prüfen Sie Ihre Antworten:")
    review = await dialog.press("c.place")
    review = await dialog.say("Ettlingen")
    assert "Wohnort: Ettlingen" in review
    await dialog.press("confirm")
    # Later, from "My data": all answers shown, "Change answers" opens the review.
    my_data = await dialog.say("/menu")
    my_data = await dialog.press("my_data")
    assert "Ihre Antworten:\nHilfe bei: Arbeit finden, Anerkennung" in my_data and "Deutsch: B1" in my_data
    review = await dialog.press("change")
    await dialog.press("c.title")
    review = await dialog.say("Maurer und Fliesenleger")
    assert "Beruf: Maurer und Fliesenleger" in review


async def test_outside_the_area_is_told_where_to_turn_and_the_intake_goes_on(app: Application) -> None:
    dialog = Dialog(app, language_hint="de")
    await agree(dialog, "de")
    for option in SAMPLE:
        await dialog.press(option)
    await dialog.say("Maurer")
    for option in AFTER_TITLE:
        await dialog.press(option)
    unknown = await dialog.say("10115")  # Berlin: not a place of the district
    assert "Diesen Ort kenne ich nicht" in unknown
    answer = await dialog.press("elsewhere")
    assert "Migrationsberatung (MBE) und an das Jobcenter" in answer
    assert answer.endswith(
        "3. Schichtarbeit\n  4. Minijob\n  5. ✔️ Fertig\n  6. ⏭ Überspringen\n  7. ⬅️ Zurück"
    )
    assert (await answers_of(app, "amira"))["place"] == {"outside": True}


async def test_bad_input_over_long_answer_and_language_switch(app: Application) -> None:
    dialog = Dialog(app, language_hint="de")
    await agree(dialog, "de")
    await dialog.press("later")
    await dialog.press("find_work")  # "Find work" in the menu
    await dialog.press("start")
    again = await dialog.say("Pizza")
    assert "Wobei möchten Sie Hilfe?" in again and "Bitte schreiben Sie die Nummer" in again
    typo = await dialog.say("Deutschkus")  # close spelling of a label
    assert "✅ Deutschkurs" in typo
    await dialog.say("Fertig")
    await dialog.press("f6")
    cut = await dialog.say("K" * 300)
    assert "Ihre Antwort war sehr lang" in cut
    assert (await answers_of(app, "amira"))["title"] == "K" * 200
    # Switching the language in the middle: the same question continues in the new language.
    await dialog.say("/language")
    english = await dialog.say("English")
    assert "How long have you worked in this field?" in english
    # A repeated press of an old button is refused, not answered twice.
    stale = await dialog.press("f6")
    assert "How long have you worked in this field?" in stale
    assert (await answers_of(app, "amira"))["field"] == "f6"


async def test_later_leads_to_the_menu_and_find_work_shows_the_profile_once_confirmed(
    app: Application,
) -> None:
    dialog = Dialog(app, language_hint="de")
    await agree(dialog, "de")
    menu = await dialog.press("later")
    assert "Was möchten Sie tun?" in menu
    again = await dialog.press("find_work")
    assert "Los geht's" in again  # not confirmed yet: the start again
    # "My data" shows no answers (and no file) for someone who has none.
    await dialog.say("/menu")
    my_data = await dialog.press("my_data")
    assert "Ihre Antworten" not in my_data and "Als Datei" not in my_data


async def test_export_is_a_json_file_with_every_stored_field(app: Application) -> None:
    dialog = Dialog(app, language_hint="ar")
    await agree(dialog, "ar")
    await run_sample(dialog)
    await dialog.press("confirm")
    await dialog.say("/menu")
    await dialog.press("my_data")
    answer = await app.service.handle(dialog.address, Incoming.option("export"))
    assert answer is not None
    [file] = answer.messages[-1].files
    assert file.filename == "lotse-my-data.json" and file.mime_type == "application/json"
    data = json.loads(file.content)
    assert data["person"]["language"] == "ar" and data["person"]["channel"] == "terminal"
    assert data["person"]["id"] == "amira"
    assert data["intake"]["answers"] == await answers_of(app, "amira")
    assert data["bookings"] == [] and data["cases"] == []
    assert data["announcements"] == {"subscribed": True, "unsubscribed_at": None, "events": []}
    # Every column of the person's rows is in the export (by the documented key).
    from bot.storage.models import Conversation, IntakeAnswers, Person

    exported = {
        Person: set(data["person"]) | {"external_id", "id"},
        IntakeAnswers: set(data["intake"]) | {"person_id"},
        Conversation: set(data["conversation"]) | {"person_id", "data", "shown"},
    }
    for model, keys in exported.items():
        columns = {column.name for column in model.__table__.columns}
        assert columns <= keys, f"{model.__tablename__}: {columns - keys} not exported"


async def test_in_a_multi_select_a_typed_number_toggles_and_german_labels_are_understood(
    app: Application,
) -> None:
    """Ukrainian on the screen; numbers toggle, the German label works too, "Done" moves on."""
    dialog = Dialog(app, language_hint="uk")
    await agree(dialog, "uk")
    await dialog.press("start")
    chosen = await dialog.say("2")  # apprenticeship on
    label = app.catalogues.format("uk", "help-apprenticeship")
    assert app.catalogues.format("uk", "intake-checked", {"label": label}) in chosen
    assert (await answers_of(app, "amira"))["help"] == ["apprenticeship"]
    await dialog.say("7")  # German course on
    await dialog.say("2")  # apprenticeship off again
    assert (await answers_of(app, "amira"))["help"] == ["german_course"]
    await dialog.say("Bewerbung schreiben")  # the German label of "CV and application"
    assert (await answers_of(app, "amira"))["help"] == ["cv", "german_course"]
    field = await dialog.say("8")  # Done
    assert app.catalogues.format("uk", "intake-field-question") in field


@pytest.mark.parametrize("code", list(LANGUAGES))
async def test_the_intake_in_every_language_with_buttons(app: Application, code: str) -> None:
    """Every language: the same presses give the same answers, the review and the offers in that
    language (the job title and the place typed, as people do)."""
    dialog = Dialog(app, language_hint=code, channel="telegram")
    await agree(dialog, code)
    review = await run_sample(dialog)
    answers = await answers_of(app, "amira", "telegram")
    lines = profile_text(app.catalogues, answers, code)[1:]
    assert app.catalogues.format(code, "intake-review", {"profile": "\n".join(lines)}) in review
    offers = await dialog.press("confirm")
    assert app.catalogues.format(code, "intake-thanks") in offers
    assert answers["german"] == "A2" and answers["place"]["name"] == "Bruchsal"
