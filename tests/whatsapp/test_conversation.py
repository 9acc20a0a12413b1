"""The first conversation on WhatsApp, as a person sees it: numbered languages, buttons, a list."""

from __future__ import annotations

from typing import Any

from bot.languages import LANGUAGES
from flows.menu import MENU
from tests.dialog import menu_after_consent
from tests.whatsapp.conftest import Lotse, texts

GERMAN = "4915112345678"
SYRIAN = "963912345678"


async def test_first_conversation_in_german(lotse: Lotse) -> None:
    anna = lotse.person(GERMAN)

    [welcome] = await anna.say("Hallo")
    # Twelve languages do not fit a list (at most 10 rows): numbered lines, no buttons.
    assert welcome.kind == "text"
    assert welcome.text.startswith(lotse.text("de", "welcome"))
    lines = welcome.text.splitlines()
    for number, code in enumerate(LANGUAGES, start=1):
        assert f"{number}. {LANGUAGES[code].native_name}" in lines

    [consent] = await anna.say("1")  # typed number: Deutsch comes first for a German default
    assert consent.kind == "button"
    assert consent.text == lotse.text("de", "privacy-note-v4")
    assert consent.buttons == [
        ("agree", lotse.text("de", "consent-agree")),
        ("decline", lotse.text("de", "consent-decline")),
    ]

    thanks, menu = await anna.press("agree")
    assert thanks.kind == "text" and thanks.text == lotse.text("de", "consent-thanks")
    assert menu.kind == "list"
    assert menu.text == menu_after_consent(lotse.app.catalogues, "de")  # invites to the intake once
    assert menu.list_button == "Auswählen"
    assert menu.buttons == [(option_id, lotse.text("de", key)) for option_id, key in MENU]
    assert all(len(title) <= 24 for title in menu.titles)

    [opened] = await anna.press("ask_coach")  # a case with the coaches opens
    assert opened.text == lotse.text("de", "handoff-ask-always")
    assert opened.buttons == [("end", lotse.text("de", "handoff-end"))]


async def test_first_conversation_in_arabic_by_typed_label_and_arabic_digits(lotse: Lotse) -> None:
    amira = lotse.person(SYRIAN)
    [welcome] = await amira.say("مرحبا")
    assert welcome.kind == "text" and "العربية" in welcome.text

    [consent] = await amira.say("العربية")  # the label typed instead of its number
    assert consent.kind == "button"
    assert consent.text == lotse.text("ar", "privacy-note-v4")
    assert consent.titles == [lotse.text("ar", "consent-agree"), lotse.text("ar", "consent-decline")]
    assert all(len(title) <= 20 for title in consent.titles)

    thanks, menu = await amira.press(lotse.text("ar", "consent-agree"))
    assert thanks.text == lotse.text("ar", "consent-thanks")
    assert menu.kind == "list" and menu.list_button == lotse.text("ar", "list-button") == "الخيارات"
    assert menu.titles == [lotse.text("ar", key) for _id, key in MENU]

    # "٦" is six in Arabic-Indic digits: My data.
    [my_data] = await amira.say("٦")
    assert "العربية" in my_data.text and "WhatsApp" in my_data.text
    assert my_data.kind == "list"  # four options: more than WhatsApp's three reply buttons
    assert [option_id for option_id, _title in my_data.buttons] == [
        "withdraw",
        "news_off",
        "delete",
        "nav.back",
    ]

    # Deleting everything works from WhatsApp too; the next message starts afresh.
    [confirm] = await amira.press("delete")
    assert [option_id for option_id, _title in confirm.buttons] == ["yes", "no"]
    [deleted] = await amira.press("yes")
    assert deleted.text == lotse.text("ar", "data-deleted")


async def test_typed_numbers_choose_list_rows(lotse: Lotse) -> None:
    ben = lotse.person("491700000001")
    await ben.say("/start")
    await ben.say("2")  # English
    await ben.press("agree")
    [language] = await ben.say("5")  # menu entry 5: Language → the numbered language screen again
    assert language.kind == "text" and "2. English" in language.text
    assert language.text.startswith(lotse.text("en", "language-choose"))
    [menu] = await ben.say("/menu")
    assert menu.kind == "list" and menu.list_button == "Choose"


async def test_a_stale_button_is_refused_politely(lotse: Lotse) -> None:
    cem = lotse.person("905321234567")
    await cem.say("/start")
    [consent] = await cem.say("Türkçe")
    stale, again = await cem.tap("my_data", list_reply=True)  # a menu row never shown to Cem
    assert stale.text == lotse.text("tr", "option-stale")
    assert again.buttons == consent.buttons


async def test_media_and_reactions_get_the_media_unsupported_text(lotse: Lotse) -> None:
    dana = lotse.person("380501234567")
    await dana.say("/start")
    await dana.say("English")
    expected = lotse.text("en", "media-unsupported")
    media: dict[str, dict[str, Any]] = {
        "image": {"id": "1", "mime_type": "image/jpeg", "sha256": "x"},
        "audio": {"id": "2", "mime_type": "audio/ogg; codecs=opus", "voice": True},
        "video": {"id": "3", "mime_type": "video/mp4"},
        "document": {"id": "4", "mime_type": "application/pdf", "filename": "cv.pdf"},
        "sticker": {"id": "5", "mime_type": "image/webp", "animated": False},
        "location": {"latitude": 49.0, "longitude": 8.4},
        "reaction": {"message_id": "wamid.OUT1", "emoji": "👍"},
        "order": {"catalog_id": "1", "product_items": []},
    }
    for kind, content in media.items():
        reply, screen = await dana.send(dana.message(kind, content))
        assert reply.text == expected, kind
        assert screen.kind == "button", kind  # the consent screen again, with its buttons
    contacts = dana.message("contacts", {})
    contacts["contacts"] = [{"name": {"formatted_name": "X"}, "phones": [{"phone": "+491"}]}]
    reply, _screen = await dana.send(contacts)
    assert reply.text == expected
    unsupported = dana.message("unsupported", {}, errors=[{"code": 131051, "title": "Unsupported"}])
    reply, _screen = await dana.send(unsupported)
    assert reply.text == expected
    # Taking a reaction back needs no answer.
    assert await dana.send(dana.message("reaction", {"message_id": "wamid.OUT1"})) == []


async def test_two_people_are_two_conversations(lotse: Lotse) -> None:
    a, b = lotse.person("491111111111"), lotse.person("492222222222")
    await a.say("/start")
    await b.say("/start")
    await a.say("Deutsch")
    [b_consent] = await b.say("English")
    assert b_consent.text == lotse.text("en", "privacy-note-v4")
    assert texts(await a.say("/help"))[0] == lotse.text("de", "help")
