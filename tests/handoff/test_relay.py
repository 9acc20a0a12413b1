"""The relay through the fake Bot API: media both ways, the "Original" button, ratings from any screen,
"blocked by the user" noted in the topic, deleting a person's data, and a group without topics."""

from __future__ import annotations

import asyncio
from typing import Any

from sqlalchemy import func, select

from bot.storage.models import HandoffCase, HandoffPost, HandoffRelay, HandoffTopic
from handlers.telegram.render import Choice
from tests.fakes.libretranslate import FakeLibreTranslate
from tests.fakes.telegram_api import MEDIA
from tests.handoff.conftest import COACH_CHAT_ID, HandoffLotse
from tests.handoff.test_telegram import COACH, arabic_person, cases, group, thread
from tests.telegram.conftest import TelegramPerson


async def open_case(lotse: HandoffLotse) -> tuple[TelegramPerson, int]:
    amira = await arabic_person(lotse)
    await amira.say("/human")
    await amira.say("مرحبا")
    await lotse.deliver_outbox()
    [topic] = lotse.fake.topics
    return amira, topic


async def coach_sends(lotse: HandoffLotse, topic: int | None, **content: Any) -> None:
    """A coach posts a photo, voice note… (`content`) in the topic (or, `reply_to`, as a plain reply)."""
    message = lotse.fake.message(COACH, chat=lotse.fake.group_chat(COACH_CHAT_ID, "Coaches"), **content)
    if topic is not None:
        message |= {"message_thread_id": topic, "is_topic_message": True}
    update_id = await lotse.deliver(lotse.fake.update(message=message))
    await lotse.handled.wait(update_id)


async def test_voice_photo_and_location_go_to_the_topic_as_they_are_and_a_coach_photo_comes_back(
    handoff_lotse: HandoffLotse, libre: FakeLibreTranslate
) -> None:
    lotse = handoff_lotse
    libre.phrases[("ar", "de", "هذه الرسالة")] = "Das ist der Brief"
    amira, topic = await open_case(lotse)
    [sent] = await amira.send_voice()
    assert "أُرسلت إلى المستشارين" in (sent.text or "")  # not "I can only read text"
    photo = lotse.fake.message(amira.user, photo=MEDIA["photo"], caption="هذه الرسالة")
    await amira.send(lotse.fake.update(message=photo))
    location = lotse.fake.message(amira.user, location=MEDIA["location"])
    lotse.fake.captionless.add(location["message_id"])  # Telegram refuses a caption on a location
    await amira.send(lotse.fake.update(message=location))
    await lotse.deliver_outbox()

    copies = [m for m in group(lotse) if m.copied_from is not None]
    assert [c.copied_from[0] for c in copies if c.copied_from] == [amira.chat_id] * 3
    assert all(thread(c) == topic for c in copies)
    voice, picture, place = copies
    assert "Sprachnachricht" in (voice.text or "")
    assert "Foto" in (picture.text or "") and "Das ist der Brief" in (picture.text or "")
    assert "Original (ar): هذه الرسالة" in (picture.text or "")
    posts = group(lotse)
    after_place = posts[posts.index(place) + 1]
    assert place.text is None and "Standort" in (after_place.text or "")
    assert "openstreetmap.org/?mlat=48.52160" in (after_place.text or "")

    # A coach's photo with a German caption: copied to her, the caption translated, with the name.
    libre.phrases[("de", "ar", "So sieht das Formular aus.")] = "هكذا يبدو النموذج."
    await coach_sends(lotse, topic, photo=MEDIA["photo"], caption="So sieht das Formular aus.")
    # … and a voice note without words.
    await coach_sends(lotse, topic, voice=MEDIA["voice"])
    await lotse.deliver_outbox()
    form, voice_back = [m for m in amira.inbox if m.copied_from is not None]
    assert form.copied_from is not None and form.copied_from[0] == COACH_CHAT_ID
    assert "Ute" in (form.text or "") and "هكذا يبدو النموذج." in (form.text or "")
    assert "Ute" in (voice_back.text or "")


async def test_the_original_button_shows_the_coach_german_and_only_to_that_person(
    handoff_lotse: HandoffLotse, libre: FakeLibreTranslate
) -> None:
    lotse = handoff_lotse
    libre.phrases[("de", "ar", "Kommen Sie morgen um 10 Uhr.")] = "تعال غدًا الساعة 10."
    amira, topic = await open_case(lotse)
    await lotse.coach_says(COACH, topic, "Kommen Sie morgen um 10 Uhr.")
    await lotse.deliver_outbox()
    reply = amira.inbox[-1]
    assert "تعال غدًا الساعة 10." in (reply.text or "") and reply.labels == ["النص الأصلي"]
    [(_label, orig_data)] = reply.buttons
    shown, screen = await amira.press("النص الأصلي", on=reply)
    assert "Ute" in (shown.text or "") and "Kommen Sie morgen um 10 Uhr." in (shown.text or "")
    assert screen.labels == ["✖ إنهاء المحادثة"]
    # Still in the conversation with the coach: what she writes next goes to the topic.
    await amira.say("شكرا")
    await lotse.deliver_outbox()
    assert "شكرا" in (group(lotse)[-1].text or "")

    # Someone else pressing (forging) the same button learns nothing.
    bob = lotse.person(1002, "de", "Bob")
    await bob.say("/start")
    await bob.press("Deutsch")
    await bob.press("agree")
    answer = await bob.press_data(orig_data, on=reply)
    assert not any("Kommen Sie morgen" in (m.text or "") for m in answer)


async def test_rating_works_from_any_screen_and_only_for_the_own_case(handoff_lotse: HandoffLotse) -> None:
    lotse = handoff_lotse
    amira, _topic = await open_case(lotse)
    card = group(lotse)[0]
    await lotse.coach_presses(COACH, card.buttons[1][1], card.raw)  # Close
    await lotse.deliver_outbox()
    ask = amira.inbox[-1]
    assert ask.labels == ["1", "2", "3", "4", "5"]
    # She went elsewhere meanwhile (the menu, then her data); the old rating button still counts.
    await amira.say("/menu")
    await amira.press("my_data")
    answered = await amira.press("5", on=ask)
    assert any("شكرًا على إجابتك" in (m.text or "") for m in answered)
    [closed] = await cases(lotse)
    assert closed.rating == 5
    await lotse.deliver_outbox()
    assert "Bewertung für Fall #1: 5 von 5" in (group(lotse)[-1].text or "")

    # Another person pressing a forged rating for her case changes nothing.
    bob = lotse.person(1002, "de", "Bob")
    await bob.say("/start")
    await bob.press("Deutsch")
    await bob.press("agree")
    await bob.press_data(Choice(id=f"rate.{closed.id}.1").pack())
    [still] = await cases(lotse)
    assert still.rating == 5


async def test_a_person_who_blocked_the_bot_is_noted_in_the_topic(handoff_lotse: HandoffLotse) -> None:
    lotse = handoff_lotse
    _amira, topic = await open_case(lotse)
    lotse.fake.fail("sendMessage", status=403)
    await lotse.coach_says(COACH, topic, "Sind Sie noch da?")
    await lotse.deliver_outbox()
    assert lotse.app.relay is not None
    await lotse.app.relay.tend()
    await lotse.deliver_outbox()
    note = group(lotse)[-1]
    assert "hat den Bot blockiert" in (note.text or "") and thread(note) == topic
    await lotse.app.relay.tend()  # noted once
    await lotse.deliver_outbox()
    assert sum("blockiert" in (m.text or "") for m in group(lotse)) == 1


async def test_deleting_her_data_closes_the_topic_and_deletes_the_bot_posts(
    handoff_lotse: HandoffLotse,
) -> None:
    lotse = handoff_lotse
    amira, topic = await open_case(lotse)
    posts = [m for m in group(lotse) if thread(m) == topic]
    assert len(posts) == 2  # the card and her message
    await amira.say("/menu")
    await amira.press("my_data")
    await amira.press("delete")
    await amira.press("yes")
    assert lotse.app.relay is not None
    await lotse.app.relay.tend()
    assert topic in lotse.fake.closed_topics
    assert all(m.deleted for m in posts)
    async with lotse.app.db.session() as session:
        for table in (HandoffTopic, HandoffPost, HandoffRelay, HandoffCase):
            assert await session.scalar(select(func.count()).select_from(table)) == 0


async def test_without_topics_posts_thread_on_the_card_and_a_reply_reaches_the_person(
    handoff_lotse: HandoffLotse, libre: FakeLibreTranslate
) -> None:
    lotse = handoff_lotse
    lotse.fake.forum = False
    libre.phrases[("de", "ar", "Ich helfe Ihnen.")] = "سأساعدك."
    amira = await arabic_person(lotse)
    await amira.say("/human")
    await amira.say("مرحبا")
    await lotse.deliver_outbox()
    assert lotse.fake.topics == {}
    card, relayed = group(lotse)
    assert thread(card) is None and "Fall #" in (card.text or "")
    assert relayed.raw["reply_to_message"]["message_id"] == card.message_id
    # A coach replies to the bot's copy of her message: it reaches her, translated.
    await coach_sends(lotse, None, text="Ich helfe Ihnen.", reply_to_message=relayed.raw)
    await lotse.deliver_outbox()
    assert "سأساعدك." in (amira.inbox[-1].text or "")
    # A plain message in the group reaches nobody.
    before = len(amira.inbox)
    await coach_sends(lotse, None, text="Kaffee, jemand?")
    await lotse.deliver_outbox()
    assert len(amira.inbox) == before


async def test_a_hanging_translator_holds_no_database_connection(
    handoff_lotse: HandoffLotse, libre: FakeLibreTranslate
) -> None:
    """While the relay waits for a hung translator, other people's updates are handled (SQLite has a
    single pooled connection: a transaction waiting for the translator would stop everyone)."""
    lotse = handoff_lotse
    amira = await arabic_person(lotse)
    await amira.say("/human")
    relay, handoff = lotse.app.relay, lotse.app.handoff
    assert relay is not None and handoff is not None
    await lotse.deliver_outbox()
    handoff.translator.timeout = 5  # the call below is still hanging when Bob writes
    libre.mode = "hang"
    await amira.say("مرحبا")  # woken after the commit, the relay asks the translator
    while not any(call.get("q") == "مرحبا" for call in libre.calls):
        await asyncio.sleep(0.01)
    bob = lotse.person(1002, "de", "Bob")
    [greeting] = await bob.say("/start")  # handled while the translation hangs
    assert greeting.labels
    assert any(call.get("q") == "مرحبا" for call in libre.calls)
    await relay.idle()  # the translator gave up: the original goes with the marker line
    await lotse.deliver_outbox()
    assert (group(lotse)[-1].text or "").startswith("⚠ Nicht übersetzt.")
