"""The municipalities the deployment serves, as the flows see them (`flows.ports.Places`).

Bound to the session of the update being handled, so a flow's question reads inside the same
transaction as everything else of that update.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import Municipality
from flows.engine import normalise
from flows.ports import Place


class PlaceDirectory:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def all(self) -> list[Place]:
        rows = await self.session.scalars(select(Municipality).order_by(Municipality.name))
        return [Place(row.id, row.name, row.county, tuple(_postcodes(row))) for row in rows]

    async def find(self, text: str) -> list[Place]:
        """By postcode (five digits), by the whole name, or by the start of one name ("bruch" → Bruchsal)."""
        wanted = normalise(text)
        if not wanted:
            return []
        places = await self.all()
        digits = "".join(ch for ch in text if ch.isdigit())
        if len(digits) == 5:
            return [place for place in places if digits in place.postcodes]
        exact = [place for place in places if normalise(place.name) == wanted]
        if exact:
            return exact
        return [place for place in places if normalise(place.name).startswith(wanted)]


def _postcodes(row: Municipality) -> list[str]:
    return list(getattr(row, "postcodes", None) or [])
