"""Escalation: a case whose person has waited `ESCALATE_AFTER` (counted within `COACH_HOURS`) for an
answer is reported to every coordinator privately, with a link to the topic, and noted in the topic.

Its clock starts at the first message of the person that no coach has answered (`waiting_since`, reset
by a coach's reply). A case is escalated once per wait (`escalated_at`, cleared when the person writes
again after an answer); the outbox keys make a second run in another process write nothing more. Found
by a scheduler job every 30 seconds (`bot.app.scheduling`).
"""

from __future__ import annotations

import logging
from datetime import timedelta

from sqlalchemy import select

from bot.handoff.service import CLOSED, HandoffConfig, alias, group_text, post_content, queue_post
from bot.storage.database import Database
from bot.storage.models import HandoffCase, HandoffTopic
from flows.effects import Send, ToCoordinators
from flows.engine import Reply

log = logging.getLogger(__name__)

EVERY = 30  # seconds between looks for due escalations


def topic_link(chat_id: int | None, topic_id: int | None) -> str:
    """A t.me link into a forum topic of a private supergroup (`-100…` chat ids), else empty."""
    if chat_id is None or topic_id is None or not str(chat_id).startswith("-100"):
        return "—"
    return f"https://t.me/c/{str(chat_id)[4:]}/{topic_id}"


async def escalate_due(
    db: Database, config: HandoffConfig, after: timedelta, coach_chat_id: int | None
) -> int:
    """Escalate every case that waited long enough; returns how many were escalated now."""
    now = config.clock()
    escalated = 0
    async with db.session() as session:
        waiting = await session.scalars(
            select(HandoffCase).where(
                HandoffCase.state != CLOSED,
                HandoffCase.waiting_since.is_not(None),
                HandoffCase.escalated_at.is_(None),
            )
        )
        for case in list(waiting):
            assert case.waiting_since is not None
            if config.hours.elapsed(case.waiting_since, now, config.zone) < after:
                continue
            topic_id = await session.scalar(
                select(HandoffTopic.topic_id).where(HandoffTopic.person_id == case.person_id)
            )
            key = f"handoff-escalated-{case.id}-{case.waiting_since.isoformat()}"
            text = group_text(
                "handoff-escalated",
                case=str(case.id),
                alias=alias(case.person_id),
                link=topic_link(coach_chat_id, topic_id),
            )
            await config.outbox.put(
                session,
                Send(ToCoordinators(), Reply(text), purpose="escalation", key=key, about=case.person_id),
            )
            note = Reply(group_text("handoff-group-escalated", case=str(case.id)))
            await queue_post(
                session, config, case.person_id, case.id, post_content(note), "note", f"{key}-note"
            )
            case.escalated_at = now
            escalated += 1
            log.info("Handoff: case %d escalated to the coordinators", case.id)
    if escalated:
        config.outbox.wake()
    return escalated
