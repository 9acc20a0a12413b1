"""Which coaches suit a case (the coach pool of seeds/004): they speak the person's language, and among
those, who covers the person's municipality and has the skill the person asked for comes first.

Named on the case's card, so the right people look first; anyone in the group may still answer.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import Coach

MENTIONED = 3  # at most this many names on a card


async def suited_coaches(session: AsyncSession, language: str, answers: Mapping[str, Any]) -> list[str]:
    """Names of the best-suited active coaches, best first; empty when nobody speaks the language."""
    place = answers.get("place")
    place_id = place.get("id") if isinstance(place, Mapping) else None
    wanted = {str(item) for item in answers.get("help") or []}
    ranked: list[tuple[int, str]] = []
    for coach in await session.scalars(select(Coach).where(Coach.active.is_(True)).order_by(Coach.id)):
        if language not in (coach.languages or []):
            continue
        score = 0
        if place_id is not None and coach.municipality_id == place_id:
            score += 2
        if wanted & set(coach.skills or []):
            score += 1
        ranked.append((-score, coach.name))
    ranked.sort(key=lambda item: item[0])  # stable: the earlier coach first among equals
    return [name for _score, name in ranked[:MENTIONED]]
