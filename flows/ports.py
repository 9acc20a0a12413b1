"""The domain services flows may call, as small interfaces. The composition root passes implementations
(`bot/…`), bound to the database transaction of the update being handled; tests pass in-memory ones.

Flows import these protocols, never the implementations: no SQLAlchemy, no platform, no channel code.
Each later feature adds its service here (booking, handoff, …) and its implementation in `bot/`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class LanguageInfo:
    """A language people can choose: its code, its own name, and words people type for it."""

    code: str
    native_name: str
    aliases: tuple[str, ...] = ()


class Languages(Protocol):
    def all(self) -> Sequence[LanguageInfo]:
        """Every language, in the one fixed order the language screen shows."""
        ...

    def name(self, code: str) -> str: ...


@dataclass(frozen=True)
class Place:
    """A municipality the deployment serves."""

    id: int
    name: str
    county: str
    postcodes: tuple[str, ...] = ()


class Places(Protocol):
    async def all(self) -> Sequence[Place]:
        """The served municipalities, by name."""
        ...

    async def find(self, text: str) -> Sequence[Place]:
        """Municipalities whose name or postcode the text names (best first; empty when none)."""
        ...


@dataclass
class Services:
    """What the flows can reach, one field per domain service."""

    languages: Languages
    places: Places | None = None
