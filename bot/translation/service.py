"""Translating what people and coaches write: off the event loop, bounded, cached, never in the way.

`Translator.translate_outside(db, text, source, target, person_id=…)` answers a `Translation`: the text
in the target language, or the original with `ok=False` when the backend lacks a language, fails, or
takes longer than `TRANSLATE_TIMEOUT` (the caller adds the visible marker line). A message is never
lost or held long because of translation.

deep-translator blocks and has no timeout; a hung call cannot be cancelled in its thread. So calls run
in a small pool of their own (`max_workers`): a hanging backend can tie up those threads, never the
event loop or the database pool, and every caller stops waiting after the timeout.

Results are cached in `translations` (same text and language pair for the same person → no second
call). Each row belongs to the person whose conversation the text is part of, and is deleted with them.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.database import Database
from bot.storage.models import TranslationCache, utcnow
from bot.translation.backends import Backend

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Translation:
    text: str
    ok: bool  # False: `text` is the original (not translated); show the marker


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Translator:
    """One per process (holds the thread pool). `backend=None` (`TRANSLATOR=none`) translates nothing."""

    def __init__(
        self,
        backend: Backend | None,
        *,
        timeout: float = 5.0,
        max_workers: int = 4,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.backend = backend
        self.timeout = timeout
        self.clock = clock
        self._pool = ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="translate")
        self._reported: set[str] = set()

    @property
    def enabled(self) -> bool:
        return self.backend is not None

    async def translate(
        self, session: AsyncSession, text: str, source: str, target: str, *, person_id: int | None
    ) -> Translation:
        """Translate with the cache in `session`. The session stays open during the backend's call, so
        the handoff uses `translate_outside` (a transaction must not wait for a translator)."""
        first = await self._before_call(session, text, source, target, person_id)
        if isinstance(first, Translation):
            return first
        translated = await self._call(first, text, source, target)
        if translated.ok:
            await self._store(session, text, source, target, person_id, translated.text)
        return translated

    async def translate_outside(
        self, db: Database, text: str, source: str, target: str, *, person_id: int | None
    ) -> Translation:
        """The same, with no transaction open while the backend is asked: the cache is read in one short
        transaction and written in another (a cache write that fails costs a second call later, no more)."""
        async with db.session() as session:
            first = await self._before_call(session, text, source, target, person_id)
        if isinstance(first, Translation):
            return first
        translated = await self._call(first, text, source, target)
        if translated.ok:
            try:
                async with db.session() as session:
                    await self._store(session, text, source, target, person_id, translated.text)
            except Exception as exc:  # the person's data may be gone meanwhile, or the database hiccupped
                log.info("Translation not cached (%s)", type(exc).__name__)
        return translated

    async def _before_call(
        self, session: AsyncSession, text: str, source: str, target: str, person_id: int | None
    ) -> Translation | tuple[Backend, str, str]:
        """A final answer (same language, no backend, language missing, cached), or what to call."""
        if source == target or not text.strip():
            return Translation(text, True)
        backend = self.backend
        if backend is None:
            return Translation(text, False)
        source_code, target_code = backend.code(source), backend.code(target)
        if source_code is None or target_code is None:
            missing = source if source_code is None else target
            if missing not in self._reported:
                self._reported.add(missing)
                log.warning(
                    "Translator %s has no language %r: such messages go untranslated", backend.name, missing
                )
            return Translation(text, False)
        cached = await session.scalar(
            select(TranslationCache.translated).where(
                TranslationCache.person_id == person_id,
                TranslationCache.source == source,
                TranslationCache.target == target,
                TranslationCache.digest == digest(text),
            )
        )
        if cached is not None:
            return Translation(cached, True)
        return backend, source_code, target_code

    async def _call(
        self, prepared: tuple[Backend, str, str], text: str, source: str, target: str
    ) -> Translation:
        backend, source_code, target_code = prepared
        try:
            translated = await asyncio.wait_for(
                self._in_thread(backend, text, source_code, target_code), self.timeout
            )
        except TimeoutError:
            log.warning(
                "Translator %s gave no answer within %.1fs (%s→%s)",
                backend.name,
                self.timeout,
                source,
                target,
            )
            return Translation(text, False)
        except Exception as exc:  # requests' errors, deep-translator's own, a bad answer
            log.warning("Translator %s failed (%s→%s): %s", backend.name, source, target, type(exc).__name__)
            return Translation(text, False)
        if not isinstance(translated, str) or not translated.strip():
            log.warning("Translator %s answered nothing (%s→%s)", backend.name, source, target)
            return Translation(text, False)
        return Translation(translated, True)

    async def _store(
        self, session: AsyncSession, text: str, source: str, target: str, person_id: int | None, result: str
    ) -> None:
        insert = postgresql_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
        await session.execute(
            insert(TranslationCache)
            .values(
                person_id=person_id,
                source=source,
                target=target,
                digest=digest(text),
                translated=result,
                created_at=self.clock(),
            )
            .on_conflict_do_nothing()
        )

    def _in_thread(self, backend: Backend, text: str, source: str, target: str) -> asyncio.Future[str]:
        """The call in the pool; its answer comes back to the loop only if the loop still runs (a call
        that hung past the timeout may end after the loop stopped: that is no error)."""
        loop = asyncio.get_running_loop()
        waiter: asyncio.Future[str] = loop.create_future()

        def settle(outcome: tuple[bool, Any]) -> None:
            if waiter.done():
                return
            if outcome[0]:
                waiter.set_result(outcome[1])
            else:
                waiter.set_exception(outcome[1])

        def run() -> None:
            try:
                outcome: tuple[bool, Any] = (True, backend.call(text, source, target))
            except Exception as exc:
                outcome = (False, exc)
            with contextlib.suppress(RuntimeError):  # the loop has stopped
                loop.call_soon_threadsafe(settle, outcome)

        self._pool.submit(run)
        return waiter

    def close(self) -> None:
        """Do not wait for hung calls: their threads end with the process."""
        self._pool.shutdown(wait=False, cancel_futures=True)
