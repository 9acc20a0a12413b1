"""Configuration: typed, from the environment, and a clear one-line refusal when something is wrong."""

from __future__ import annotations

import pytest

from bot.config import ConfigError, load_settings


def test_defaults_run_on_sqlite_in_berlin(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ("TELEGRAM_BOT_TOKEN", "DATABASE_URL", "WEBHOOK_URL", "TIMEZONE", "DEFAULT_LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    settings = load_settings()
    assert settings.telegram_bot_token is None
    assert settings.database_url.startswith("sqlite+aiosqlite:///")
    assert settings.timezone == "Europe/Berlin"
    assert settings.telegram_api_base == "https://api.telegram.org"


def test_values_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123456:ABC-def_ghi")
    monkeypatch.setenv("COORDINATOR_IDS", "11, 22,33")
    monkeypatch.setenv("COACH_CHAT_ID", "-1001234567890")
    monkeypatch.setenv("DATABASE_URL", "postgresql://lotse:pw@db/lotse")
    settings = load_settings()
    assert settings.coordinator_ids == [11, 22, 33]
    assert settings.coach_chat_id == -1001234567890
    assert settings.database_url == "postgresql+asyncpg://lotse:pw@db/lotse"
    assert "ABC" not in repr(settings)  # secrets never show up in logs or tracebacks


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({"COACH_CHAT_ID": "coaches"}, "COACH_CHAT_ID"),
        ({"COORDINATOR_IDS": "12,abc"}, "COORDINATOR_IDS"),
        ({"DEFAULT_LANGUAGE": "xx"}, "DEFAULT_LANGUAGE"),
        ({"TIMEZONE": "Mars/Olympus"}, "TIMEZONE"),
        ({"DATABASE_URL": "mysql://x"}, "DATABASE_URL"),
        ({"TELEGRAM_BOT_TOKEN": "not-a-token"}, "TELEGRAM_BOT_TOKEN"),
        ({"WEB_PORT": "99999"}, "WEB_PORT"),
        ({"TELEGRAM_BOT_TOKEN": "1:a", "WEBHOOK_URL": "https://x.example"}, "WEBHOOK_SECRET"),
        (
            {"TELEGRAM_BOT_TOKEN": "1:a", "WEBHOOK_URL": "https://x", "WEBHOOK_SECRET": "has space"},
            "WEBHOOK_SECRET",
        ),
    ],
)
def test_bad_configuration_names_the_variable(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], named: str
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError) as error:
        load_settings()
    message = str(error.value)
    assert named in message
    assert "\n" not in message
