"""WhatsApp's limits, kept in every language: buttons, lists, numbered lines, readable shortening."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from bot.conversation import Message, RenderedFile, RenderedOption
from bot.i18n import Catalogues
from bot.languages import LANGUAGES
from handlers.whatsapp import wording
from handlers.whatsapp.render import (
    BUTTON_ID_LIMIT,
    BUTTON_TITLE_LIMIT,
    ROW_DESCRIPTION_LIMIT,
    ROW_ID_LIMIT,
    ROW_TITLE_LIMIT,
    Document,
    ListMessage,
    PlainText,
    ReplyButtons,
    Wording,
    chunks,
    render,
    shorten,
)

LOCALES = Path(__file__).resolve().parents[2] / "locales"
WORDING = Wording(list_button="Auswählen", prompt="Bitte wählen Sie.")


def options(*labels: str, prefix: str = "o") -> tuple[RenderedOption, ...]:
    return tuple(RenderedOption(f"{prefix}{n}", label) for n, label in enumerate(labels, start=1))


# -- shortening ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("✅ Einverstanden", 20, "✅ Einverstanden"),
        ("Einverständnis zurücknehmen", 20, "Einverständnis…"),
        ("📅 Sprechstunde in Bruchsal buchen", 20, "📅 Sprechstunde in…"),
        ("Donaudampfschifffahrtsgesellschaft", 20, "Donaudampfschifffah…"),
        ("الموافقة على سياسة الخصوصية الآن", 20, "الموافقة على سياسة…"),
        ("ምርጫ ኣብ ቋንቋ ትግርኛ ንምቕያር ጠውቑ", 20, "ምርጫ ኣብ ቋንቋ ትግርኛ…"),
        ("Согласие на обработку данных", 20, "Согласие на…"),
        ("Hello, world, and more words", 14, "Hello, world…"),
    ],
)
def test_shorten_cuts_at_a_word_and_ends_with_an_ellipsis(text: str, limit: int, expected: str) -> None:
    assert shorten(text, limit) == expected
    assert len(shorten(text, limit)) <= limit


@pytest.mark.parametrize(
    "text",
    [
        "👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻",  # zero-width-joiner sequences
        "👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽",  # skin tones
        "🇩🇪🇸🇾🇦🇫🇺🇦🇹🇷🇪🇷🇸🇴🇫🇷🇮🇶🇮🇷🇦🇫🇪🇹",  # flags: pairs of regional indicators
        "1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣8️⃣9️⃣",  # keycaps
        "مُحَمَّدٌمُحَمَّدٌمُحَمَّدٌمُحَمَّدٌ",  # Arabic with vowel marks, no spaces
        "e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301",  # combining accents
    ],
)
@pytest.mark.parametrize("limit", [20, 24])
def test_shorten_never_splits_an_emoji_or_a_letter_with_its_marks(text: str, limit: int) -> None:
    text *= 3  # longer than any limit
    short = shorten(text, limit)
    assert len(short) <= limit and short.endswith("…")
    kept = short.removesuffix("…")
    assert text.startswith(kept)
    rest = text[len(kept) :]
    # What follows the cut starts a new character: not a mark, joiner, selector, modifier or half a flag.
    first = rest[0]
    assert unicodedata.category(first) not in ("Mn", "Mc", "Me")
    assert first not in ("\u200d", "\ufe0f", "\u20e3") and not 0x1F3FB <= ord(first) <= 0x1F3FF
    assert not kept.endswith("\u200d")
    flags = sum(1 for char in kept if 0x1F1E6 <= ord(char) <= 0x1F1FF)
    assert flags % 2 == 0


def test_chunks_split_at_lines_then_words_within_the_limit() -> None:
    text = "a" * 3000 + "\n" + "b" * 3000
    assert chunks(text) == ["a" * 3000, "b" * 3000]
    words = " ".join(["Wort"] * 2000)  # 9999 characters on one line
    parts = chunks(words)
    assert all(len(part) <= 4096 for part in parts)
    assert all(not part.startswith(" ") and "Wor " not in part for part in parts)
    assert " ".join(part.strip() for part in parts) == words


# -- choosing the form -----------------------------------------------------------------------------


def test_up_to_three_options_are_reply_buttons() -> None:
    [part] = render(Message("Einverstanden?", options("✅ Einverstanden", "Jetzt nicht")), WORDING)
    assert part == ReplyButtons("Einverstanden?", (("o1", "✅ Einverstanden"), ("o2", "Jetzt nicht")))


def test_four_to_ten_options_are_a_list_with_the_translated_button() -> None:
    labels = [f"Eintrag {n}" for n in range(1, 11)]
    [part] = render(Message("Was möchten Sie?", options(*labels)), WORDING)
    assert isinstance(part, ListMessage)
    assert part.button == "Auswählen" and part.body == "Was möchten Sie?"
    assert [(row.id, row.title, row.description) for row in part.rows] == [
        (f"o{n}", f"Eintrag {n}", None) for n in range(1, 11)
    ]


def test_more_than_ten_options_are_numbered_lines() -> None:
    names = [LANGUAGES[code].native_name for code in LANGUAGES]
    [part] = render(Message("Welche Sprache?", options(*names)), WORDING)
    assert isinstance(part, PlainText)
    assert part.body.splitlines() == [
        "Welche Sprache?",
        "",
        *(f"{n}. {name}" for n, name in enumerate(names, 1)),
    ]


def test_buttons_whose_titles_are_alike_once_cut_become_a_list_with_full_descriptions() -> None:
    labels = ("Sprechstunde buchen am Montag", "Sprechstunde buchen am Dienstag")
    [part] = render(Message("Wann?", options(*labels)), WORDING)
    assert isinstance(part, ListMessage)
    titles = [row.title for row in part.rows]
    assert len(set(titles)) == 2 and all(len(title) <= ROW_TITLE_LIMIT for title in titles)
    assert [row.description for row in part.rows] == list(labels)


def test_long_labels_get_a_short_title_and_the_whole_label_as_description() -> None:
    long = (
        "Eine Möglichkeit mit einem wirklich sehr langen Namen, der nicht in eine Zeile passt und weitergeht"
    )
    [part] = render(Message("?", options(long, "b", "c", "d")), WORDING)
    assert isinstance(part, ListMessage)
    row = part.rows[0]
    assert len(row.title) <= ROW_TITLE_LIMIT and row.title.endswith("…")
    assert row.description is not None and len(row.description) <= ROW_DESCRIPTION_LIMIT


def test_option_ids_always_fit_whatsapps_id_limits() -> None:
    # Ids are checked where options are made (48 characters at most); WhatsApp allows 256 and 200.
    assert BUTTON_ID_LIMIT >= ROW_ID_LIMIT > 48
    with pytest.raises(ValueError, match="option id"):
        RenderedOption("x" * 201, "A")


def test_a_body_over_1024_goes_ahead_and_the_interactive_gets_the_prompt() -> None:
    text = "x" * 1500
    before, buttons = render(Message(text, options("Ja", "Nein")), WORDING)
    assert before == PlainText(text)
    assert isinstance(buttons, ReplyButtons) and buttons.body == "Bitte wählen Sie."


def test_an_empty_body_gets_the_prompt() -> None:
    [part] = render(Message("", options("Ja", "Nein")), WORDING)
    assert isinstance(part, ReplyButtons) and part.body == "Bitte wählen Sie."


def test_empty_labels_get_their_number_as_title() -> None:
    [part] = render(Message("?", options("", "B")), WORDING)
    assert isinstance(part, ReplyButtons) and part.buttons == (("o1", "1"), ("o2", "B"))
    [part] = render(Message("?", options("A", " ", "C", "D")), WORDING)
    assert isinstance(part, ListMessage) and [row.title for row in part.rows] == ["A", "2", "C", "D"]


def test_multiline_labels_become_one_line_titles() -> None:
    [part] = render(Message("?", options("Ja\nbitte", "Nein")), WORDING)
    assert isinstance(part, ReplyButtons) and part.buttons[0][1] == "Ja bitte"


def test_files_follow_as_documents_with_a_caption_within_1024() -> None:
    file = RenderedFile("daten.json", b"{}", "application/json", "c" * 2000)
    text, document = render(Message("Ihre Daten", files=(file,)), WORDING)
    assert text == PlainText("Ihre Daten")
    assert isinstance(document, Document) and document.caption is not None and len(document.caption) <= 1024


# -- every language --------------------------------------------------------------------------------


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_every_language_has_a_list_button_within_20_characters(code: str) -> None:
    catalogues = Catalogues(LOCALES)
    assert catalogues.has(code, "list-button"), f"{code}: list-button missing (would fall back)"
    label = catalogues.format(code, "list-button")
    assert 0 < len(label) <= 20
    if code != "de":
        assert label != catalogues.format("de", "list-button"), f"{code}: list-button not translated"


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_the_real_screens_fit_in_every_language(code: str) -> None:
    """Every button label of the flows, in every language, renders within the limits unshortened."""
    catalogues = Catalogues(LOCALES)
    words = wording(catalogues)(code)
    keys = [
        ("consent-agree", "consent-decline"),
        ("consent-agree-now", "menu-language"),
        ("my-data-withdraw", "my-data-delete", "back"),
        ("delete-yes", "delete-no"),
        (
            "menu-find-work",
            "menu-book",
            "menu-ask-coach",
            "menu-appointments",
            "menu-language",
            "menu-my-data",
        ),
    ]
    for screen in keys:
        labels = [catalogues.format(code, key) for key in screen]
        [part] = render(Message("…", options(*labels)), words)
        if isinstance(part, ReplyButtons):
            assert [title for _id, title in part.buttons] == labels
            assert all(len(title) <= BUTTON_TITLE_LIMIT for title in labels)
        else:
            assert isinstance(part, ListMessage)
            assert [row.title for row in part.rows] == labels
