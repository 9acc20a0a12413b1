"""The WHATSAPP_* settings: complete or refused with one line that names the variable."""

from __future__ import annotations

import json

import pytest

from bot.config import ConfigError, load_settings

COMPLETE = {
    "WHATSAPP_TOKEN": "EAAG-token",
    "WHATSAPP_PHONE_NUMBER_ID": "109876543210",
    "WHATSAPP_APP_SECRET": "app-secret-value",
    "WHATSAPP_VERIFY_TOKEN": "verify-me",
}


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.chdir(tmp_path)  # no .env of the developer
    for name in (*COMPLETE, "WHATSAPP_API_BASE", "WHATSAPP_TEMPLATES", "TELEGRAM_BOT_TOKEN", "WEBHOOK_URL"):
        monkeypatch.delenv(name, raising=False)


def test_whatsapp_is_off_by_default() -> None:
    settings = load_settings()
    assert not settings.whatsapp_enabled
    assert settings.whatsapp_api_base == "https://graph.facebook.com"
    assert settings.whatsapp_templates == {}


def test_complete_settings_with_templates(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in COMPLETE.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("WHATSAPP_API_BASE", "http://127.0.0.1:9999/")
    templates = {
        "reminder": {"name": "lotse_reminder", "languages": ["de", "en", "ar"]},
        "coach_reply": {"name": "lotse_coach_reply", "languages": {"en": "en_GB"}, "announce_only": True},
    }
    monkeypatch.setenv("WHATSAPP_TEMPLATES", json.dumps(templates))
    settings = load_settings()
    assert settings.whatsapp_enabled
    assert settings.whatsapp_api_base == "http://127.0.0.1:9999"
    assert settings.whatsapp_templates["reminder"].languages == {"de": "de", "en": "en", "ar": "ar"}
    assert settings.whatsapp_templates["coach_reply"].announce_only
    text = repr(settings)
    assert "EAAG-token" not in text and "app-secret-value" not in text and "verify-me" not in text


@pytest.mark.parametrize(
    ("missing", "named"),
    [
        ("WHATSAPP_PHONE_NUMBER_ID", "WHATSAPP_PHONE_NUMBER_ID"),
        ("WHATSAPP_APP_SECRET", "WHATSAPP_APP_SECRET"),
        ("WHATSAPP_VERIFY_TOKEN", "WHATSAPP_VERIFY_TOKEN"),
        ("WHATSAPP_TOKEN", "WHATSAPP_TOKEN"),
    ],
)
def test_an_incomplete_combination_names_the_missing_variable(
    monkeypatch: pytest.MonkeyPatch, missing: str, named: str
) -> None:
    for name, value in COMPLETE.items():
        if name != missing:
            monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError) as error:
        load_settings()
    message = str(error.value)
    assert message.startswith(f"Configuration error: {named}:")
    assert "\n" not in message


@pytest.mark.parametrize(
    ("env", "named", "says"),
    [
        ({"WHATSAPP_PHONE_NUMBER_ID": "+49 721"}, "WHATSAPP_PHONE_NUMBER_ID", "numeric"),
        ({"WHATSAPP_API_BASE": "graph.facebook.com"}, "WHATSAPP_API_BASE", "http"),
        ({"WHATSAPP_TEMPLATES": "{reminder: lotse}"}, "WHATSAPP_TEMPLATES", "JSON"),
        ({"WHATSAPP_TEMPLATES": '{"promo": {"name": "x", "languages": []}}'}, "WHATSAPP_TEMPLATES", "promo"),
        (
            {"WHATSAPP_TEMPLATES": '{"reminder": {"name": "x", "languages": ["xx"]}}'},
            "WHATSAPP_TEMPLATES",
            "reminder.languages",
        ),
        (
            {"WHATSAPP_TEMPLATES": '{"reminder": {"name": "x", "languages": {"ti": "ti"}}}'},
            "WHATSAPP_TEMPLATES",
            "template language",
        ),
        (
            {"WHATSAPP_TEMPLATES": '{"reminder": {"name": "Lotse Reminder", "languages": ["de"]}}'},
            "WHATSAPP_TEMPLATES",
            "reminder.name",
        ),
        (
            {"WHATSAPP_TEMPLATES": '{"reminder": {"name": "x", "languages": ["de"], "lang": "de"}}'},
            "WHATSAPP_TEMPLATES",
            "reminder.lang",
        ),
    ],
)
def test_bad_values_name_the_variable(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], named: str, says: str
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError) as error:
        load_settings()
    message = str(error.value)
    assert message.startswith(f"Configuration error: {named}:")
    assert says in message
    assert "\n" not in message
