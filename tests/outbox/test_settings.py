"""The sending-rate and template settings: defaults, what is refused, and in one line."""

from __future__ import annotations

import pytest

from bot.config import ConfigError, load_settings


def test_defaults_are_the_platforms_standard_limits() -> None:
    settings = load_settings(
        telegram_rate_limit="",
        telegram_paid_broadcast="",
        whatsapp_rate_limit="",
        whatsapp_template_fallbacks="",
    )
    assert settings.telegram_rate_limit == 30
    assert settings.telegram_paid_broadcast is False
    assert settings.whatsapp_rate_limit == 80
    assert settings.whatsapp_template_fallbacks == {}


def test_more_than_30_a_second_on_telegram_needs_paid_broadcasts() -> None:
    with pytest.raises(ConfigError, match=r"TELEGRAM_RATE_LIMIT: .*TELEGRAM_PAID_BROADCAST=true"):
        load_settings(telegram_rate_limit="100")
    assert load_settings(telegram_rate_limit="500", telegram_paid_broadcast="true").telegram_rate_limit == 500
    with pytest.raises(ConfigError, match="TELEGRAM_RATE_LIMIT"):
        load_settings(telegram_rate_limit="1001", telegram_paid_broadcast="true")
    with pytest.raises(ConfigError, match="WHATSAPP_RATE_LIMIT"):
        load_settings(whatsapp_rate_limit="0")


def test_template_fallbacks_name_known_languages() -> None:
    settings = load_settings(whatsapp_template_fallbacks='{"ps": ["fa", "en"], "so": ["en"]}')
    assert settings.whatsapp_template_fallbacks == {"ps": ["fa", "en"], "so": ["en"]}
    with pytest.raises(ConfigError, match="WHATSAPP_TEMPLATE_FALLBACKS: 'dari' is not one of"):
        load_settings(whatsapp_template_fallbacks='{"ps": ["dari"]}')
    with pytest.raises(ConfigError, match="WHATSAPP_TEMPLATE_FALLBACKS: not valid JSON"):
        load_settings(whatsapp_template_fallbacks="{ps: fa}")


def test_template_params_name_arguments() -> None:
    good = '{"reminder": {"name": "r", "languages": ["de"], "params": ["when:date", "when:time", "place"]}}'
    assert load_settings(whatsapp_templates=good).whatsapp_templates["reminder"].params == [
        "when:date",
        "when:time",
        "place",
    ]
    bad = '{"reminder": {"name": "r", "languages": ["de"], "params": ["when:weekday"]}}'
    with pytest.raises(ConfigError, match=r"WHATSAPP_TEMPLATES: reminder\.params"):
        load_settings(whatsapp_templates=bad)
