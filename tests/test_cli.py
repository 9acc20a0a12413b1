"""The command line as an operator uses it: real processes, real SQLite files, stdin/stdout."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.languages import LANGUAGES


def lotse(tmp_path: Path, *args: str, stdin: str = "", **env: str) -> subprocess.CompletedProcess[str]:
    environment = {
        k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WEBHOOK_", "DATABASE_"))
    }
    environment.update({"DATABASE_URL": f"sqlite:///{tmp_path / 'lotse.db'}", "LANG": "C.UTF-8", **env})
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=environment,
        timeout=120,
        check=False,
    )


def test_run_without_token_starts_the_terminal_chat_and_says_so(tmp_path: Path) -> None:
    result = lotse(tmp_path, "run", stdin="/start\nDeutsch\n1\n")
    assert result.returncode == 0, result.stderr
    assert "No TELEGRAM_BOT_TOKEN" in result.stderr
    assert "Was möchten Sie tun?" in result.stdout
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_terminal_chat_holds_the_first_conversation(tmp_path: Path, code: str) -> None:
    name = LANGUAGES[code].native_name
    result = lotse(tmp_path, "chat", "--user", "amira", stdin=f"/start\n{name}\n1\n6\n")
    assert result.returncode == 0, result.stderr
    screens = result.stdout.strip().split("\n\n")
    assert screens[-1].splitlines()[-1].strip().startswith("3.")  # My data: withdraw, delete, back
    assert name in screens[-1]


def test_the_chat_continues_after_a_restart(tmp_path: Path) -> None:
    lotse(tmp_path, "chat", "--user", "amira", stdin="/start\nEnglish\n")
    result = lotse(tmp_path, "chat", "--user", "amira", stdin="I agree\n")
    assert "What do you want to do?" in result.stdout


def test_demo_and_db_upgrade(tmp_path: Path) -> None:
    upgrade = lotse(tmp_path, "db", "upgrade")
    assert upgrade.returncode == 0 and "up to date" in upgrade.stdout
    first = lotse(tmp_path, "demo")
    second = lotse(tmp_path, "demo")
    assert first.returncode == 0 and "Landkreis Karlsruhe" in first.stdout
    assert second.stdout == first.stdout


def test_bad_configuration_stops_with_one_line(tmp_path: Path) -> None:
    result = lotse(tmp_path, "run", COACH_CHAT_ID="coaches")
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "COACH_CHAT_ID" in result.stderr and "Traceback" not in result.stderr


def test_a_rejected_telegram_token_stops_with_one_line(tmp_path: Path) -> None:
    """The fake Bot API answers 401 for any token but its own, as Telegram does for a revoked token."""
    import asyncio
    import threading

    from tests.fakes.telegram_api import FakeTelegramAPI

    ready = threading.Event()
    holder: dict[str, object] = {}

    def serve() -> None:
        async def main() -> None:
            fake = await FakeTelegramAPI().start()
            holder["url"] = fake.url
            ready.set()
            while not holder.get("stop"):
                await asyncio.sleep(0.05)
            await fake.stop()

        asyncio.run(main())

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    ready.wait(10)
    try:
        result = lotse(
            tmp_path, "run", TELEGRAM_BOT_TOKEN="999:wrong-token", TELEGRAM_API_BASE=str(holder["url"])
        )
    finally:
        holder["stop"] = True
        thread.join(10)
    assert result.returncode == 2, result.stderr
    assert "TELEGRAM_BOT_TOKEN" in result.stderr and "Traceback" not in result.stderr
