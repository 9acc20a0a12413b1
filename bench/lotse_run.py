"""`lotse run` for the benchmarks: the real command, with Telegram's per-chat limit lifted.

Everything is as `python -m bot run` does it (settings from the environment, webhook or long polling,
the inbound journal, the conversation service, the outbox workers), except that `TelegramSender` allows
1,000 messages a second per chat instead of about one: a simulated person taps through a conversation
in milliseconds, a human in seconds, so the per-chat limit would measure the limit, not Lotse. The
overall limit is `TELEGRAM_RATE_LIMIT` as usual. bench/burst.py uses `python -m bot run` itself.

    python -m bench.lotse_run      (environment as for `lotse run`)
"""

from __future__ import annotations

from typing import Any

from handlers.telegram import sender

_init = sender.TelegramSender.__init__


def _lifted(self: sender.TelegramSender, bot: Any, **options: Any) -> None:
    options.setdefault("per_chat_burst", 1000)
    options.setdefault("per_chat_period", 1)
    _init(self, bot, **options)


sender.TelegramSender.__init__ = _lifted  # type: ignore[method-assign]

if __name__ == "__main__":
    from bot.cli import main

    raise SystemExit(main(["run"]))
