"""Attended / no-show in the coaches' group, for office hours whose coaches the bot cannot write to
privately: the question is posted there after the slot, and any member of the group answers it with the
buttons, through the fake Bot API and the real dispatcher (as `lotse run` wires it)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from bot.booking import BookingRules, BookingService
from bot.booking.slots import slot_id
from bot.outbox import DeliveryWorker
from bot.outbox.render import Renderer
from bot.storage.models import Booking, utcnow
from tests.booking.test_service import BERLIN, people, tuesday_hour
from tests.handoff.conftest import COACH_CHAT_ID, HandoffLotse, handoff_lotse, libre  # noqa: F401

COACH = {"id": 700_002, "is_bot": False, "first_name": "Ute"}
BOOKED_AT = datetime(2026, 10, 20, 8, 0, tzinfo=UTC)
TUESDAY = datetime(2026, 10, 27, 9, 0, tzinfo=UTC)  # 10:00 in Berlin; long over when the test runs


async def test_a_member_of_the_coaches_group_marks_a_no_show(handoff_lotse: HandoffLotse) -> None:  # noqa: F811
    lotse = handoff_lotse
    hour_id = await tuesday_hour(lotse.app.db)  # no coach who started the bot: the group is asked
    [person] = await people(lotse.app.db, 1)
    async with lotse.app.db.session() as session:
        service = BookingService(session, lotse.app.outbox, BookingRules(BERLIN), lambda: BOOKED_AT)
        booked = (await service.book(person, slot_id(hour_id, TUESDAY), "de")).appointment
        assert booked is not None
    await DeliveryWorker(lotse.app.db, lotse.sender, Renderer(lotse.app.catalogues), clock=utcnow).drain()
    [question] = [
        sent for sent in lotse.fake.sent_to(COACH_CHAT_ID) if "Ist die Person gekommen?" in (sent.text or "")
    ]
    assert question.labels == ["✅ Gekommen", "❌ Nicht gekommen"]

    await lotse.coach_presses(COACH, question.buttons[1][1], question.raw)

    async with lotse.app.db.session() as session:
        assert await session.scalar(select(Booking.attendance).where(Booking.id == booked.id)) == "no_show"
    assert question.buttons == [] and "✓ ❌ Nicht gekommen (Ute)" in (question.text or "")
    assert "Danke, ich habe es eingetragen." in (lotse.fake.sent_to(COACH_CHAT_ID)[-1].text or "")
