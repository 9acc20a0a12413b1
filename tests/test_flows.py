"""The first conversation as transcripts: what a person types and what they read back."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.app import Application
from bot.languages import LANGUAGES
from bot.storage.models import Person
from flows.engine import Incoming
from tests.dialog import MENU_AFTER_CONSENT, Dialog, make_app


@pytest.fixture
async def app(tmp_path: Path) -> AsyncIterator[Application]:
    application = await make_app(tmp_path)
    yield application
    await application.close()


async def test_first_conversation_in_german(app: Application) -> None:
    dialog = Dialog(app, language_hint="de")
    await dialog.verify(
        [
            ("/start", "Hallo! Ich bin Lotse.\n1. Deutsch\n2. English\n3. العربية\n12. Français"),
            ("Deutsch", "🔒 Ihre Daten\n1. ✅ Einverstanden\n2. Jetzt nicht"),
            (
                "1",
                f"Danke! Jetzt können wir anfangen.\n{MENU_AFTER_CONSENT['de']}\n"
                "1. 💼 Arbeit finden\n6. 🔒 Meine Daten",
            ),
            ("3", "Ein Mensch antwortet Ihnen hier\nSchreiben Sie Ihre Frage.\n1. ✖ Gespräch beenden"),
            ("Gespräch beenden", "Das Gespräch mit den Coaches ist beendet.\nWas möchten Sie tun?"),
            (
                "meine daten",
                "Sprache: Deutsch\nEinverstanden seit:\n1. Zustimmung beenden\n2. 🔕 Ankündigungen aus",
            ),
            ("4", "Was möchten Sie tun?"),
        ]
    )


async def test_the_welcome_is_in_the_phones_language_and_the_list_keeps_one_order(app: Application) -> None:
    answer = await Dialog(app, language_hint="uk").say("/start")
    assert answer.startswith(app.catalogues.format("uk", "welcome"))
    # "3" is Arabic in every list, whatever the phone says.
    assert "1. Deutsch\n  2. English\n  3. العربية" in answer and "6. Українська" in answer


async def test_arabic_uses_arabic_digits_and_isolates_inserts(app: Application) -> None:
    dialog = Dialog(app, language_hint="ar")
    await dialog.say("hi")
    await dialog.say("٣")  # Arabic-Indic three: العربية
    menu = await dialog.say("1")
    assert "1. ✅" not in menu and "6." in menu
    my_data = await dialog.press("my_data")
    assert "\u2068العربية\u2069" in my_data
    assert f"\u2068{app.catalogues.format('ar', 'channel-terminal')}\u2069" in my_data


@pytest.mark.parametrize("code", list(LANGUAGES))
async def test_whole_first_conversation_in_every_language(app: Application, code: str) -> None:
    dialog = Dialog(app, user=f"p-{code}", language_hint="de")
    await dialog.say("/start")
    consent = await dialog.say(LANGUAGES[code].native_name)
    assert consent == await _rendered(app, code, "privacy-note-v4", ("consent-agree", "consent-decline"))
    menu = await dialog.press("agree")
    assert app.catalogues.format(code, "consent-thanks") in menu
    for key in ("menu-find-work", "menu-book", "menu-ask-coach", "menu-appointments", "menu-language"):
        assert app.catalogues.format(code, key) in menu
    opened = app.catalogues.format(code, "handoff-ask-always").splitlines()[0]
    assert opened in await dialog.press("ask_coach")


async def _rendered(app: Application, code: str, key: str, options: tuple[str, ...]) -> str:
    lines = [app.catalogues.format(code, key)]
    lines += [f"  {n}. {app.catalogues.format(code, option)}" for n, option in enumerate(options, 1)]
    return "\n".join(lines)


async def test_first_free_text_suggests_a_language_without_switching(app: Application) -> None:
    dialog = Dialog(app, language_hint="de")
    answer = await dialog.say("Привіт, я шукаю роботу в Карлсруе")
    # The welcome is now shown in Ukrainian, but nothing is chosen until the person taps.
    assert answer.startswith(app.catalogues.format("uk", "welcome"))
    assert "6. Українська" in answer
    async with app.db.session() as session:
        person = await session.scalar(select(Person))
    assert person is not None and person.language is None


async def test_declining_consent_keeps_only_the_language(app: Application) -> None:
    dialog = Dialog(app, language_hint="en")
    await dialog.verify(
        [
            ("/start", "Which language do you want?"),
            ("English", "Do you agree?"),
            ("Not now", "I only store your language.\n1. ✅ I agree now\n3. 🌐 Language\n4. 🔒 My data"),
            ("/menu", "I only store your language."),
        ]
    )
    async with app.db.session() as session:
        person = await session.scalar(select(Person))
    assert person is not None
    assert (person.language, person.consent_at, person.consent_version) == ("en", None, None)
    # They read the note before saying "Not now": agreeing now agrees, without the note again.
    await dialog.verify([("I agree now", f"Thank you! Now we can start.\n{MENU_AFTER_CONSENT['en']}")])


async def test_without_consent_my_data_shows_and_deletes_the_language(app: Application) -> None:
    dialog = Dialog(app, language_hint="en")
    for said in ("/start", "English", "Not now"):
        await dialog.say(said)
    my_data = await dialog.say("My data")
    assert "Language: English" in my_data and "You did not agree." in my_data
    await dialog.verify([("Delete everything", "Really delete everything?"), ("1", "Everything is deleted.")])
    async with app.db.session() as session:
        assert (await session.scalars(select(Person))).all() == []


async def test_an_older_privacy_note_is_agreed_to_again_before_the_menu(app: Application) -> None:
    dialog = Dialog(app, language_hint="en")
    for said in ("/start", "English", "I agree"):
        await dialog.say(said)
    async with app.db.session() as session:
        person = await session.scalar(select(Person))
        assert person is not None
        person.consent_version = "2026-11"
    answer = await dialog.say("1")  # "Find work", pressed under the old note
    assert "Do you agree?" in answer and "Find work" not in answer
    assert "What do you want to do?" in await dialog.say("I agree")
    assert "What do you want to do?" in await dialog.say("/menu")


async def test_typed_names_of_languages_are_understood(app: Application) -> None:
    typed_names = [("Arabic", "ar"), ("arabisch", "ar"), ("ukrainisch", "uk"), ("Pashto", "ps"),
                   ("farsi", "fa"), ("Kurdisch", "kmr"), ("türkisch", "tr"), ("englsh", "en")]  # fmt: skip
    for typed, code in typed_names:
        dialog = Dialog(app, user=f"typed-{typed}", language_hint="de")
        await dialog.say("/start")
        answer = await dialog.say(typed)
        privacy = await _rendered(app, code, "privacy-note-v4", ("consent-agree", "consent-decline"))
        assert answer.endswith(privacy), typed


async def test_typed_words_reach_the_option_they_mean(app: Application) -> None:
    dialog = Dialog(app, language_hint="de")
    for said in ("/start", "Deutsch", "ja"):
        await dialog.say(said)
    assert "Ich stelle Ihnen ein paar kurze Fragen zur Arbeit." in await dialog.say("Ich suche Arbeit")
    await dialog.say("/menu")
    assert "Das speichere ich über Sie" in await dialog.say("meine daten")
    # German and English labels always work, whatever the language.
    assert "Really delete" not in await dialog.say("Delete everything")


async def test_changing_the_language_mid_conversation_goes_back_where_the_person_was(
    app: Application,
) -> None:
    dialog = Dialog(app, language_hint="de")
    for said in ("/start", "Deutsch", "Einverstanden", "Meine Daten"):
        await dialog.say(said)
    question = await dialog.say("/language")
    assert question.startswith("Welche Sprache möchten Sie?") and "Hallo" not in question
    answer = await dialog.say("English")
    assert answer.startswith("Good. I will write in English now.")
    assert "This is what I store about you" in answer  # back in My data


async def test_input_before_a_language_is_chosen_gets_the_short_question(app: Application) -> None:
    dialog = Dialog(app, language_hint="de")
    await dialog.say("/start")
    answer = await dialog.say("99")
    assert "Bitte schreiben Sie die Nummer einer Auswahl." in answer
    assert "Hallo" not in answer and "Knopf" not in answer
    assert "Welche Sprache möchten Sie?\n  1. Deutsch" in answer


async def test_delete_my_data_forgets_the_person(app: Application) -> None:
    dialog = Dialog(app, language_hint="en")
    for said in ("/start", "English", "I agree", "My data", "Delete everything"):
        await dialog.say(said)
    assert "Everything is deleted." in await dialog.say("Yes, delete")
    async with app.db.session() as session:
        assert (await session.scalars(select(Person))).all() == []
    assert "Which language do you want?" in await dialog.say("hello again")


async def test_withdrawing_consent(app: Application) -> None:
    dialog = Dialog(app, language_hint="en")
    for said in ("/start", "English", "I agree", "My data"):
        await dialog.say(said)
    assert "You took back your OK." in await dialog.say("Take back my OK")
    async with app.db.session() as session:
        person = await session.scalar(select(Person))
    assert person is not None and person.consent_at is None


async def test_commands_work_from_any_step(app: Application) -> None:
    dialog = Dialog(app, language_hint="de")
    await dialog.verify(
        [
            ("/start", "Welche Sprache möchten Sie?"),
            ("Deutsch", "Sind Sie einverstanden?"),
            ("/help", "/menu – Hauptmenü\nSind Sie einverstanden?"),
            ("/language", "Welche Sprache möchten Sie?"),
            ("/foo", "Diesen Befehl kenne ich nicht.\nWelche Sprache möchten Sie?"),
            ("/menu", "Ich speichere nur Ihre Sprache.\n1. ✅ Doch einverstanden"),
        ]
    )


@pytest.mark.parametrize(
    ("incoming", "expected"),
    [
        (Incoming.media("sticker"), "Das kann ich noch nicht lesen."),
        (Incoming.media("voice"), "Das kann ich noch nicht lesen."),
        (Incoming.edited(), "Geänderte Nachrichten kann ich nicht lesen."),
        (Incoming.message("x" * 10_000), "Die Nachricht ist zu lang."),
        (Incoming.message("   "), "Bitte wählen Sie einen Knopf."),
        (Incoming.message("😀😀😀"), "Bitte wählen Sie einen Knopf."),
        # Words that fit no entry: "did you mean…?" (a second time they go to a coach: tests/handoff)
        (Incoming.message("مرحبا كيف حالك"), "Meinen Sie einen Knopf? Dann wählen Sie ihn."),
        (Incoming.message("99"), "Bitte wählen Sie einen Knopf."),
        (Incoming.option("does-not-exist"), "Dieser Knopf ist alt."),
    ],
)
async def test_bad_input_gets_a_short_reply_and_the_screen_again(
    app: Application, incoming: Incoming, expected: str
) -> None:
    dialog = Dialog(app, language_hint="de", channel="telegram")
    for said in ("/start", "Deutsch", "Einverstanden"):
        await dialog.say(said)
    answer = await dialog.send(incoming)
    assert expected in answer
    assert answer.rstrip().endswith("6. 🔒 Meine Daten")


async def test_a_button_from_an_earlier_screen_is_refused(app: Application) -> None:
    dialog = Dialog(app, language_hint="de")
    await dialog.say("/start")
    await dialog.press("de")
    # "ar" was a button on the language screen, which is no longer shown.
    assert "Dieser Knopf ist alt." in await dialog.press("ar")


async def test_restart_continues_where_the_person_was(tmp_path: Path) -> None:
    first = await make_app(tmp_path)
    await Dialog(first, language_hint="de").say("/start")
    await Dialog(first, language_hint="de").say("Deutsch")
    await first.close()
    second = await make_app(tmp_path)
    try:
        assert MENU_AFTER_CONSENT["de"] in await Dialog(second, language_hint="de").say("1")
    finally:
        await second.close()


@pytest.mark.parametrize(
    "typed", ["nicht einverstanden", "Ich bin nicht einverstanden", "I don't agree", "I do not agree"]
)
async def test_a_refusal_is_never_read_as_consent(app: Application, typed: str) -> None:
    dialog = Dialog(app, language_hint="de")
    for said in ("/start", "Deutsch"):
        await dialog.say(said)
    await dialog.say(typed)
    async with app.db.session() as session:
        person = await session.scalar(select(Person))
    assert person is not None and person.consent_at is None


async def test_typed_words_in_ukrainian_and_turkish(app: Application) -> None:
    ukrainian = Dialog(app, user="olena", language_hint="uk")
    for said in ("/start", "Українська", "1"):
        await ukrainian.say(said)
    intake = app.catalogues.format("uk", "intake-intro").splitlines()[0]  # "Find work": the intake
    assert intake in await ukrainian.say("я шукаю роботу")
    turkish = Dialog(app, user="emre", language_hint="tr")
    for said in ("/start", "Türkçe", "1"):
        await turkish.say(said)
    assert app.catalogues.format("tr", "intake-intro").splitlines()[0] in await turkish.say("İş arıyorum")


async def test_an_answer_lost_after_the_commit_is_made_good_by_the_next_message(app: Application) -> None:
    """The process died after committing "agree" and before sending the menu: whatever the person does
    next, they get the screen they are on (the menu), never silence."""
    dialog = Dialog(app, language_hint="en", channel="telegram")
    for said in ("/start", "English"):
        await dialog.say(said)
    await dialog.say("I agree")  # committed; pretend this answer never reached the phone
    # They press "I agree" again on the old screen, or write something: the menu comes.
    assert "What do you want to do?" in await dialog.press("agree")
    assert "What do you want to do?" in await dialog.say("hello?")


async def test_writing_again_after_blocking_the_bot_makes_the_person_reachable(app: Application) -> None:
    dialog = Dialog(app, language_hint="en", channel="telegram")
    await dialog.say("/start")
    async with app.db.session() as session:
        person = await session.scalar(select(Person))
        assert person is not None
        person.unreachable_at = person.created_at  # a delivery found the bot blocked
    await dialog.say("English")
    async with app.db.session() as session:
        person = await session.scalar(select(Person))
    assert person is not None and person.unreachable_at is None


async def test_an_unusable_answer_to_the_privacy_note_repeats_only_the_question(app: Application) -> None:
    dialog = Dialog(app, language_hint="de")
    await dialog.say("/start")
    assert "Ich speichere:" in await dialog.say("Deutsch")
    again = await dialog.say("Was heißt das?")
    assert "Ich speichere:" not in again  # not the whole note once more
    shown = " ".join(again.split())
    expected = "Bitte schreiben Sie die Nummer einer Auswahl. Sind Sie einverstanden?"
    assert shown == f"{expected} 1. ✅ Einverstanden 2. Jetzt nicht"
    assert "Danke! Jetzt können wir anfangen." in await dialog.say("Ich stimme zu")


async def test_i_do_not_agree_is_not_taken_as_agreeing(app: Application) -> None:
    dialog = Dialog(app, language_hint="de")
    await dialog.say("/start")
    await dialog.say("Deutsch")
    assert "Danke!" not in await dialog.say("Ich stimme nicht zu")


async def test_a_question_about_the_jobcenter_is_not_taken_for_the_job_search(app: Application) -> None:
    dialog = Dialog(app, language_hint="de")
    for said in ("/start", "Deutsch", "ja", "/menu"):
        await dialog.say(said)
    answer = await dialog.say("Mein Jobcenter hat mir einen Brief geschickt")
    assert "Ich stelle Ihnen ein paar kurze Fragen zur Arbeit." not in answer
    # Asked once (the second time it goes to a coach); the terminal has no buttons, so: "the number".
    assert "Bitte schreiben Sie die Nummer einer Auswahl." in answer
    assert "Knopf" not in answer
    # A sentence about looking for work still reaches "Find work" (a short ending: "arbeiten").
    menu = Dialog(app, user="seeker", language_hint="de")
    for said in ("/start", "Deutsch", "ja", "/menu"):
        await menu.say(said)
    assert "Ich stelle Ihnen" in await menu.say("Ich möchte gerne hier in Bruchsal arbeiten")


@pytest.mark.parametrize(
    ("code", "language", "question", "about_work"),
    [
        ("uk", "Українська", "Мій Jobcenter надіслав мені лист про роботу", "Я шукаю роботу тут в Брухзалі"),
        ("ar", "العربية", "عندي رسالة من الجوب سنتر بخصوص العمل", "أريد أن أجد عمل هنا في بروخزال"),
        ("en", "English", "The job centre sent me a letter about work", "I would like to find work here"),
    ],
    ids=["uk", "ar", "en"],
)
async def test_a_letter_from_an_authority_is_a_question_even_when_it_names_work(
    app: Application, code: str, language: str, question: str, about_work: str
) -> None:
    """A sentence about a letter or an office goes to a person (asked once, then a coach), not into the
    job search; a sentence about finding work without one still reaches "Find work"."""
    intake = app.catalogues.format(code, "intake-intro").splitlines()[0]
    unplaced = app.catalogues.format(code, "menu-unplaced-number").splitlines()[0]  # terminal
    asking = Dialog(app, user=f"letter-{code}", language_hint=code)
    for said in ("/start", language, "1", "/menu"):  # "1": agree
        await asking.say(said)
    answer = await asking.say(question)
    assert intake not in answer
    assert unplaced in answer
    seeking = Dialog(app, user=f"seeker-{code}", language_hint=code)
    for said in ("/start", language, "1", "/menu"):
        await seeking.say(said)
    assert intake in await seeking.say(about_work)
