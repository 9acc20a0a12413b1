"""Who is writing: a person looking for help, a coach, or a coordinator. Decided here and nowhere else.

Coaches are known by their Telegram user id in the `coaches` table (active ones only); coordinators by
`COORDINATOR_IDS` or the `coordinators` table. Only Telegram carries staff: a WhatsApp number or a
terminal login is always a person, so nobody reaches a staff menu by writing from another channel with
a number that happens to match. Someone who is both coordinator and coach is a coordinator (their menu
is the larger one).

The skills vocabulary lives here too: what a coach can help with, in the same categories as the help a
person asks for in the intake, so cases can be matched to coaches by id.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage import staff
from flows.engine import Role  # the flows' own word for it: one Role everywhere

STAFF_CHANNEL = "telegram"
_USER_ID = re.compile(r"[0-9]{1,18}")  # ASCII digits only: int() would also take "١٢"

# Skill id → what it means (for the command line's help and the README). The ids are the intake's help
# categories; keep the two in step.
SKILLS: dict[str, str] = {
    "job_search": "finding a job",
    "apprenticeship": "finding an apprenticeship (Ausbildung)",
    "cv": "CV and application documents",
    "interview": "interview practice",
    "forms": "forms and letters from authorities",
    "recognition": "recognition of a foreign qualification",
    "german_course": "finding a German course",
}


def telegram_user_id(channel: str, external_id: str) -> int | None:
    """The Telegram user id behind an address, or None when the address cannot belong to staff."""
    if channel != STAFF_CHANNEL:
        return None
    return int(external_id) if _USER_ID.fullmatch(external_id) else None


class Roles:
    """Tells people, coaches and coordinators apart; built once with `COORDINATOR_IDS`.

    `of` runs inside the caller's session (the transaction that handles the update) and costs at most
    one query, none for a coordinator from the environment or anyone not on Telegram.
    """

    def __init__(self, coordinator_ids: Collection[int]) -> None:
        self.coordinator_ids = frozenset(coordinator_ids)

    async def of(self, session: AsyncSession, channel: str, external_id: str) -> Role:
        staff_id = self.staff_id(channel, external_id)
        flags = await staff.staff_flags(session, staff_id) if staff_id is not None else None
        return self.role(channel, external_id, flags)

    def staff_id(self, channel: str, external_id: str) -> int | None:
        """The Telegram user id whose staff rows `role` needs, or None when it needs none (not on
        Telegram, or a coordinator from the environment). The conversation service loads them with the
        person, in the same query (`repositories.talking`)."""
        user_id = telegram_user_id(channel, external_id)
        return None if user_id is None or user_id in self.coordinator_ids else user_id

    def role(self, channel: str, external_id: str, flags: staff.StaffFlags | None) -> Role:
        """The role, given what the staff tables say about `staff_id(channel, external_id)`."""
        user_id = telegram_user_id(channel, external_id)
        if user_id is None:
            return Role.PERSON
        if user_id in self.coordinator_ids:
            return Role.COORDINATOR
        if flags is None:
            return Role.PERSON
        if flags.coordinator:
            return Role.COORDINATOR
        if flags.coach:
            return Role.COACH
        return Role.PERSON


async def role_of(
    session: AsyncSession, channel: str, external_id: str, *, coordinator_ids: Collection[int]
) -> Role:
    """`Roles(coordinator_ids).of(…)` for a single question."""
    return await Roles(coordinator_ids).of(session, channel, external_id)
