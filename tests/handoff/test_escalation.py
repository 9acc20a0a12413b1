"""Escalation: a case nobody answered within ESCALATE_AFTER goes to the coordinators, once, with a link."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.handoff.escalation import escalate_due, topic_link
from bot.handoff.hours import CoachHours
from bot.handoff.service import HandoffConfig
from bot.storage.models import utcnow
from tests.handoff.conftest import COACH_CHAT_ID, COORDINATOR, HandoffLotse
from tests.handoff.test_telegram import COACH, arabic_person, group


async def test_unanswered_case_is_escalated_once_and_an_answer_stops_the_clock(
    handoff_lotse: HandoffLotse,
) -> None:
    lotse = handoff_lotse
    amira = await arabic_person(lotse)
    await amira.say("/human")
    await amira.say("مرحبا")
    await lotse.deliver_outbox()
    [topic] = lotse.fake.topics
    assert lotse.app.handoff is not None
    after = timedelta(hours=4)

    config = lotse.app.handoff

    def later(hours: float) -> HandoffConfig:
        return dataclasses.replace(config, clock=lambda: utcnow() + timedelta(hours=hours))

    assert await escalate_due(lotse.app.db, later(3.9), after, COACH_CHAT_ID) == 0
    assert await escalate_due(lotse.app.db, later(4.1), after, COACH_CHAT_ID) == 1
    assert await escalate_due(lotse.app.db, later(9), after, COACH_CHAT_ID) == 0
    await lotse.deliver_outbox()
    [told] = lotse.fake.sent_to(COORDINATOR)
    assert "wartet zu lange" in (told.text or "") and topic_link(COACH_CHAT_ID, topic) in (told.text or "")
    assert "Koordination ist informiert" in (group(lotse)[-1].text or "")

    # A coach answers: nothing is waiting any more.
    await lotse.coach_says(COACH, topic, "Ich bin da.")
    assert await escalate_due(lotse.app.db, later(30), after, COACH_CHAT_ID) == 0


def test_coach_hours_count_only_time_within_them() -> None:
    hours = CoachHours.parse("Mon-Fri 09:00-17:00")
    zone = ZoneInfo("Europe/Berlin")
    friday_four_pm = datetime(2026, 11, 27, 15, 0, tzinfo=UTC)  # 16:00 in Berlin
    monday_ten_am = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)  # 10:00 in Berlin
    assert hours.elapsed(friday_four_pm, monday_ten_am, zone) == timedelta(hours=2)
    assert hours.within(friday_four_pm, zone) and not hours.within(friday_four_pm + timedelta(hours=2), zone)
    assert CoachHours.parse("").always
