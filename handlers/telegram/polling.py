"""Long polling that confirms an update to Telegram only after it is stored.

Telegram forgets an update once a later `getUpdates` call passes an offset beyond it. aiogram's own
polling loop moves the offset on before its updates are handled, so a process killed in between loses
them. Here each batch is committed to the inbound journal first (`InboundQueue.accept`), and only the next
`getUpdates` confirms it; handling runs in the background from the journal. When storing fails (the
database is down) the offset stays, and Telegram returns the same updates on the next call.

Network errors, Telegram outages (5xx) and flood waits are waited out with backoff, as at start-up. Only
one process may poll one bot: Telegram answers a second one with 409 Conflict (logged, waited out). For
several processes use webhook mode.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Sequence

from aiogram import Bot
from aiogram.exceptions import TelegramConflictError, TelegramRetryAfter, TelegramUnauthorizedError
from aiogram.types import Update

from bot.config import ConfigError
from bot.inbound import InboundQueue
from handlers.telegram.inbound import arrival

log = logging.getLogger(__name__)

POLL_TIMEOUT = 30  # seconds Telegram holds a getUpdates call open when nothing happens
BATCH = 100  # Telegram's maximum per call


class LongPolling:
    """`run()` until `stop()`: getUpdates → journal → next getUpdates (which confirms the batch)."""

    def __init__(
        self,
        bot: Bot,
        inbound: InboundQueue,
        *,
        allowed_updates: Sequence[str] | None = None,
        timeout: int = POLL_TIMEOUT,
        first_wait: float = 1.0,
        max_wait: float = 60.0,
    ) -> None:
        self.bot = bot
        self.inbound = inbound
        self.allowed_updates = list(allowed_updates) if allowed_updates is not None else None
        self.timeout = timeout
        self.first_wait = first_wait
        self.max_wait = max_wait
        self.offset: int | None = None  # the next update id Telegram should send
        self._stopping = asyncio.Event()

    def stop(self) -> None:
        """End `run()`: an open getUpdates call is abandoned (its updates were not confirmed yet)."""
        self._stopping.set()

    def stop_on_signals(self) -> None:
        """SIGTERM and SIGINT end `run()` (when nothing else, such as the web server, handles them)."""
        loop = asyncio.get_running_loop()
        for number in (signal.SIGTERM, signal.SIGINT):
            with contextlib.suppress(NotImplementedError):  # not on Windows
                loop.add_signal_handler(number, self.stop)

    async def run(self) -> None:
        wait = self.first_wait
        while not self._stopping.is_set():
            try:
                updates = await self._next_batch()
            except TelegramUnauthorizedError:
                raise ConfigError(
                    "Configuration error: TELEGRAM_BOT_TOKEN: Telegram rejected this token"
                ) from None
            except TelegramConflictError:
                log.error(
                    "Telegram refused getUpdates (409): another process polls this bot or a webhook is set; "
                    "trying again in %.0f s",
                    wait,
                )
                await self._pause(wait)
                wait = min(wait * 2, self.max_wait)
                continue
            except TelegramRetryAfter as exc:
                log.warning("Telegram asks to wait %d s before polling again", exc.retry_after)
                await self._pause(exc.retry_after)
                continue
            except Exception as exc:  # network errors, 5xx, anything else: never stop polling over it
                log.warning(
                    "Could not get updates from Telegram (%s); trying again in %.0f s",
                    type(exc).__name__,
                    wait,
                )
                await self._pause(wait)
                wait = min(wait * 2, self.max_wait)
                continue
            if updates is None:
                break  # stopped
            if updates and not await self._store(updates, wait):
                wait = min(wait * 2, self.max_wait)
                continue
            wait = self.first_wait

    async def _store(self, updates: list[Update], wait: float) -> bool:
        """Commit the batch to the journal; then (and only then) move the offset past it."""
        try:
            await self.inbound.accept([arrival(update) for update in updates])
        except Exception:
            log.exception(
                "Could not store %d Telegram update(s); Telegram sends them again in %.0f s",
                len(updates),
                wait,
            )
            await self._pause(wait)
            return False
        highest = max(update.update_id for update in updates)
        self.offset = max(self.offset or 0, highest + 1)
        return True

    async def _next_batch(self) -> list[Update] | None:
        """One long-poll call; None when `stop()` came first."""
        request_timeout = int(self.bot.session.timeout + self.timeout) if self.bot.session.timeout else None
        call = asyncio.ensure_future(
            self.bot.get_updates(
                offset=self.offset,
                limit=BATCH,
                timeout=self.timeout,
                allowed_updates=self.allowed_updates,
                request_timeout=request_timeout,
            )
        )
        stopping = asyncio.ensure_future(self._stopping.wait())
        try:
            await asyncio.wait({call, stopping}, return_when=asyncio.FIRST_COMPLETED)
        except asyncio.CancelledError:
            call.cancel()
            raise
        finally:
            stopping.cancel()
        if not call.done():
            call.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await call
            return None
        return call.result()

    async def _pause(self, seconds: float) -> None:
        """Sleep, but wake at once when stopped."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stopping.wait(), timeout=seconds)
