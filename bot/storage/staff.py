"""Queries for coaches and coordinators: who they are, and the command line's add/list/edit/remove.

Each function works inside the caller's session (and so inside its transaction); nothing commits here.
Checking what a value means (a language code, a skill) is the caller's job; this module only stores.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from sqlalchemy import exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import Coach, Coordinator, Municipality


class StaffFlags(NamedTuple):
    """What the staff tables say about one Telegram user id."""

    coordinator: bool  # in the coordinators table
    coach: bool  # an active coach


async def staff_flags(session: AsyncSession, telegram_user_id: int) -> StaffFlags:
    """Both answers in one round trip: it runs for every message from Telegram.

    Both lookups use the unique index on `telegram_user_id`.
    """
    query = select(
        exists().where(Coordinator.telegram_user_id == telegram_user_id),
        exists().where(Coach.telegram_user_id == telegram_user_id, Coach.active.is_(True)),
    )
    row = (await session.execute(query)).one()
    return StaffFlags(coordinator=bool(row[0]), coach=bool(row[1]))


# -- municipalities ---------------------------------------------------------------------------------


async def municipalities(session: AsyncSession) -> list[Municipality]:
    return list(await session.scalars(select(Municipality).order_by(Municipality.name)))


async def municipality_named(session: AsyncSession, name: str) -> Municipality | None:
    """The municipality called `name`, ignoring case (compared here: SQLite's lower() knows only ASCII)."""
    wanted = name.strip().casefold()
    return next((m for m in await municipalities(session) if m.name.casefold() == wanted), None)


# -- coaches ----------------------------------------------------------------------------------------


class CoachRow(NamedTuple):
    coach: Coach
    municipality: str | None


async def add_coach(
    session: AsyncSession,
    *,
    name: str,
    telegram_user_id: int,
    languages: Sequence[str],
    skills: Sequence[str],
    municipality_id: int | None,
) -> Coach:
    coach = Coach(
        name=name,
        telegram_user_id=telegram_user_id,
        languages=list(languages),
        skills=list(skills),
        municipality_id=municipality_id,
        active=True,
    )
    session.add(coach)
    await session.flush()
    return coach


async def coaches(session: AsyncSession, *, include_inactive: bool = False) -> list[CoachRow]:
    query = (
        select(Coach, Municipality.name)
        .outerjoin(Municipality, Coach.municipality_id == Municipality.id)
        .order_by(Coach.id)
    )
    if not include_inactive:
        query = query.where(Coach.active.is_(True))
    return [CoachRow(coach, town) for coach, town in (await session.execute(query)).all()]


async def coach_row(session: AsyncSession, coach_id: int) -> CoachRow | None:
    query = (
        select(Coach, Municipality.name)
        .outerjoin(Municipality, Coach.municipality_id == Municipality.id)
        .where(Coach.id == coach_id)
    )
    row = (await session.execute(query)).one_or_none()
    return None if row is None else CoachRow(row[0], row[1])


async def coach(session: AsyncSession, coach_id: int) -> Coach | None:
    return await session.get(Coach, coach_id)


async def coach_with_telegram_id(session: AsyncSession, telegram_user_id: int) -> Coach | None:
    """Active or not: the id stays taken by a deactivated coach (so reactivating them is safe)."""
    return await session.scalar(select(Coach).where(Coach.telegram_user_id == telegram_user_id))


# -- coordinators -----------------------------------------------------------------------------------


async def add_coordinator(session: AsyncSession, *, name: str, telegram_user_id: int) -> Coordinator:
    coordinator = Coordinator(name=name, telegram_user_id=telegram_user_id)
    session.add(coordinator)
    await session.flush()
    return coordinator


async def coordinators(session: AsyncSession) -> list[Coordinator]:
    return list(await session.scalars(select(Coordinator).order_by(Coordinator.id)))


async def coordinator(session: AsyncSession, coordinator_id: int) -> Coordinator | None:
    return await session.get(Coordinator, coordinator_id)


async def coordinator_with_telegram_id(session: AsyncSession, telegram_user_id: int) -> Coordinator | None:
    return await session.scalar(select(Coordinator).where(Coordinator.telegram_user_id == telegram_user_id))


async def remove_coordinator(session: AsyncSession, row: Coordinator) -> None:
    await session.delete(row)
    await session.flush()
