"""Handoff over Telegram, end to end: a person writing Arabic, coaches answering German in a forum topic,
through the fake Bot API and the real deep-translator code path against a fake LibreTranslate."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from babel.dates import format_datetime
from sqlalchemy import select

from bot.storage.models import Booking, Coach, HandoffCase, HandoffTopic, OfficeHour, Person, utcnow
from handlers.telegram.render import Choice
from tests.fakes.libretranslate import FakeLibreTranslate
from tests.fakes.telegram_api import Sent
from tests.handoff.conftest import COACH_CHAT_ID, HandoffLotse
from tests.telegram.conftest import TelegramPerson

COACH = {"id": 700_001, "is_bot": False, "first_name": "Ute"}


async def arabic_person(lotse: HandoffLotse) -> TelegramPerson:
    amira = lotse.person(1001, "ar", "Amira")
    await amira.say("/start")
    await amira.press("العربية")
    await amira.press("agree")
    return amira


def group(lotse: HandoffLotse) -> list[Sent]:
    return lotse.fake.sent_to(COACH_CHAT_ID)


def thread(sent: Sent) -> int | None:
    return sent.raw.get("message_thread_id")


async def cases(lotse: HandoffLotse) -> list[HandoffCase]:
    async with lotse.app.db.session() as session:
        return list(await session.scalars(select(HandoffCase).order_by(HandoffCase.id)))


async def test_arabic_case_german_reply_note_claim_close_rating_and_topic_reuse(
    handoff_lotse: HandoffLotse, libre: FakeLibreTranslate
) -> None:
    lotse = handoff_lotse
    libre.phrases[("ar", "de", "عندي رسالة من الجوب سنتر")] = "Ich habe einen Brief vom Jobcenter"
    libre.phrases[("de", "ar", "Bitte schicken Sie mir ein Foto des Briefes.")] = (
        "من فضلك أرسل لي صورة الرسالة."
    )
    amira = await arabic_person(lotse)
    async with lotse.app.db.session() as session:  # the coach pool: who speaks Arabic is named on the card
        session.add_all(
            [
                Coach(name="Ute Brenner", telegram_user_id=COACH["id"], languages=["de"]),
                Coach(name="Amal Nasser", telegram_user_id=700_002, languages=["de", "ar"], skills=["forms"]),
                Coach(name="Samir Haddad", languages=["ar"], active=False),
            ]
        )
        # Her next appointment (a booking made earlier): on the card, in the coaches' local time.
        hour = OfficeHour(place="Rathaus", start_time="09:00", end_time="12:00", weekday=1)
        session.add(hour)
        await session.flush()
        soon = utcnow().replace(microsecond=0) + timedelta(days=2)
        session.add(
            Booking(
                person_id=(await session.scalar(select(Person.id))),
                office_hour_id=hour.id,
                starts_at=soon,
                ends_at=soon + timedelta(minutes=30),
                seat=1,
            )
        )

    # /human opens a case: the person is told, in Arabic, that a human will answer.
    [opened] = await amira.say("/human")
    assert "سيجيبك إنسان هنا" in (opened.text or "")
    assert opened.labels == ["✖ إنهاء المحادثة"]
    [sent] = await amira.say("عندي رسالة من الجوب سنتر")
    assert "أُرسلت إلى المستشارين" in (sent.text or "")
    await lotse.deliver_outbox()

    # One topic, created for her; the card first, then her message in German with the original.
    assert len(lotse.fake.topics) == 1
    [(topic, name)] = lotse.fake.topics.items()
    assert "ar" in name and "Amira" not in name
    card, relayed = group(lotse)
    assert thread(card) == thread(relayed) == topic
    assert (
        "Fall #" in (card.text or "") and "العربية" in (card.text or "") and "telegram" in (card.text or "")
    )
    assert card.labels == ["✋ Übernehmen", "✅ Abschließen", "👤 Profil"]
    assert "Passende Coaches: Amal Nasser\n" in (card.text or "")
    local = soon.astimezone(ZoneInfo("Europe/Berlin"))
    assert f"Termine: {format_datetime(local, 'EEE dd.MM. HH:mm', locale='de')}" in (card.text or "")
    assert "Ich habe einen Brief vom Jobcenter" in (relayed.text or "")
    assert "Original (ar): عندي رسالة من الجوب سنتر" in (relayed.text or "")

    # A note stays in the group; a German reply arrives translated, with the coach's first name.
    await lotse.coach_says(COACH, topic, "// Jobcenter-Brief, bitte Ute übernehmen")
    await lotse.coach_says(COACH, topic, "Bitte schicken Sie mir ein Foto des Briefes.")
    await lotse.deliver_outbox()
    replies = amira.inbox[-1:]
    assert "Ute" in (replies[0].text or "") and "من فضلك أرسل لي صورة الرسالة." in (replies[0].text or "")
    assert not any("Jobcenter-Brief" in (m.text or "") for m in amira.inbox)

    # Claim shows on the card; Close tells her and asks "Did this help?"; her answer is stored.
    await lotse.coach_presses(COACH, Choice(id=card.buttons[0][1][2:]).pack(), card.raw)
    assert "✋ Übernommen von Ute" in (card.text or "") and card.labels == ["✅ Abschließen", "👤 Profil"]
    # Profile: the person's profile as it is now, in the topic (she has not done the intake: a dash).
    await lotse.coach_presses(COACH, card.buttons[1][1], card.raw)
    profile = group(lotse)[-1]
    assert "Profil von P1 (Fall #1)" in (profile.text or "") and thread(profile) == topic
    [claimed] = await cases(lotse)
    assert (claimed.state, claimed.claimed_name) == ("claimed", "Ute")
    await lotse.coach_presses(COACH, card.buttons[0][1], card.raw)
    await lotse.deliver_outbox()
    ask = amira.inbox[-1]
    assert "هل ساعدك هذا" in (ask.text or "") and ask.labels == ["1", "2", "3", "4", "5"]
    thanks = await amira.press("4", on=ask)
    assert any("شكرًا على إجابتك" in (m.text or "") for m in thanks)
    [closed] = await cases(lotse)
    assert (closed.state, closed.rating) == ("closed", 4)

    # A second case reuses her topic (reopened), never a second one.
    await amira.say("/coach")
    await amira.say("سؤال آخر")
    await lotse.deliver_outbox()
    assert len(lotse.fake.topics) == 1
    assert lotse.fake.calls_of("reopenForumTopic")
    assert all(thread(m) == topic for m in group(lotse))
    assert [c.state for c in await cases(lotse)] == ["closed", "open"]


async def test_translator_down_or_hanging_relays_the_original_with_the_marker(
    handoff_lotse: HandoffLotse, libre: FakeLibreTranslate
) -> None:
    lotse = handoff_lotse
    amira = await arabic_person(lotse)
    await amira.say("/human")
    libre.mode = "down"
    await amira.say("مرحبا")
    libre.mode = "hang"
    await amira.say("هل من أحد؟")
    await lotse.deliver_outbox()
    texts = [m.text or "" for m in group(lotse)[1:]]
    assert len(texts) == 2
    assert all(text.startswith("⚠ Nicht übersetzt.") for text in texts)
    assert "مرحبا" in texts[0] and "هل من أحد؟" in texts[1]

    # The coach's reply while the translator hangs: sent as written, marked in Arabic.
    [topic] = lotse.fake.topics
    await lotse.coach_says(COACH, topic, "Guten Tag!")
    await lotse.deliver_outbox()
    last = amira.inbox[-1].text or ""
    assert "Guten Tag!" in last and "لم أستطع ترجمة هذه الرسالة" in last


async def test_a_non_member_reaches_nobody_and_other_groups_are_ignored(
    handoff_lotse: HandoffLotse,
) -> None:
    lotse = handoff_lotse
    amira = await arabic_person(lotse)
    await amira.say("/human")
    await amira.say("مرحبا")
    await lotse.deliver_outbox()
    [topic] = lotse.fake.topics
    before = len(amira.inbox)
    stranger = lotse.fake.user(700_666, "Mallory")
    lotse.fake.members[700_666] = "left"
    await lotse.coach_says(stranger, topic, "Hallo, ich bin kein Coach")
    # A message in another group, in a thread with the same number: ignored as well.
    other = lotse.fake.message(
        COACH, "Hallo", chat=lotse.fake.group_chat(-100999), message_thread_id=topic, is_topic_message=True
    )
    update_id = await lotse.deliver(lotse.fake.update(message=other))
    await lotse.handled.wait(update_id)
    await lotse.deliver_outbox()
    assert len(amira.inbox) == before
    async with lotse.app.db.session() as session:
        assert (await session.scalar(select(HandoffTopic.topic_id))) == topic


async def test_a_burst_creates_one_topic_and_telegram_429_and_502_lose_nothing(
    handoff_lotse: HandoffLotse,
) -> None:
    lotse = handoff_lotse
    amira = await arabic_person(lotse)
    # /human and four messages at once: one case, one topic, every message relayed in order.
    updates = [lotse.fake.update(message=lotse.fake.message(amira.user, "/human"))] + [
        lotse.fake.update(message=lotse.fake.message(amira.user, f"رسالة {n}")) for n in range(1, 5)
    ]
    for update in updates:
        await lotse.deliver(update)
    for update in updates:
        await lotse.handled.wait(update["update_id"])
    lotse.fake.fail("sendMessage", status=429, retry_after=1)
    lotse.fake.fail("sendMessage", status=502)
    await lotse.deliver_outbox()
    assert len(lotse.fake.topics) == 1 and len(await cases(lotse)) == 1
    relayed = [m.text or "" for m in group(lotse)[1:]]
    assert [next(line for line in text.splitlines() if "رسالة" in line)[-7:] for text in relayed] == [
        f"رسالة {n}" for n in range(1, 5)
    ]
    assert len(set(relayed)) == len(relayed) == 4  # each once, none lost, none twice
