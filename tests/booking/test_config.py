"""REMINDER_OFFSETS, BOOKING_MAX_UPCOMING, BOOKING_MIN_LEAD: defaults, durations, one-line errors."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.config import ConfigError, load_settings


def test_defaults() -> None:
    settings = load_settings()
    assert settings.reminder_offsets == [timedelta(hours=24), timedelta(hours=2)]
    assert settings.booking_max_upcoming == 2 and settings.booking_min_lead == timedelta(hours=2)


def test_durations_for_a_trial_and_no_lead() -> None:
    settings = load_settings(reminder_offsets="90s, 10m,1d", booking_min_lead="0")
    assert settings.reminder_offsets == [timedelta(days=1), timedelta(minutes=10), timedelta(seconds=90)]
    assert settings.booking_min_lead == timedelta(0)


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("reminder_offsets", "soon", "REMINDER_OFFSETS: 'soon' is not a duration such as 90s, 10m, 2h or 1d"),
        ("reminder_offsets", "0s", "REMINDER_OFFSETS: '0s' is not a duration"),
        ("booking_min_lead", "2 hours", "BOOKING_MIN_LEAD: '2 hours' is not a duration"),
        ("booking_max_upcoming", "0", "BOOKING_MAX_UPCOMING:"),
    ],
)
def test_bad_values_are_one_line(name: str, value: str, message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings(**{name: value})
    assert message in str(caught.value) and "\n" not in str(caught.value)
