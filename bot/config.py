"""Typed settings, read from the environment and an optional `.env` file.

Every variable is documented in `.env.example`. Secrets are `SecretStr` so they never end up in a log
line or a traceback by accident.
"""

from __future__ import annotations

import json
import re
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticUseDefault
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from bot.languages import LANGUAGES

PUBLIC_BOT_API = "https://api.telegram.org"
PUBLIC_GRAPH_API = "https://graph.facebook.com"
# Why Lotse writes to someone on WhatsApp outside a conversation; one approved template each.
WHATSAPP_PURPOSES = ("reminder", "broadcast", "coach_reply")
_SECRET_TOKEN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
_TEMPLATE_PARAM = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*(:(date|time))?$")
# Telegram's free broadcast limit; above it only with paid broadcasts (TELEGRAM_PAID_BROADCAST), up to 1,000.
TELEGRAM_FREE_RATE = 30
TELEGRAM_PAID_RATE = 1000
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


_DURATION = re.compile(r"^(\d{1,6})(s|m|h|d)$")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}


def parse_duration(text: str, *, allow_zero: bool = False) -> timedelta:
    """`90s`, `10m`, `2h`, `1d` (and `0` where allowed) as a timedelta; ValueError with one line otherwise."""
    if allow_zero and text in ("0", "0s", "0m", "0h"):
        return timedelta(0)
    match = _DURATION.match(text.lower())
    if match is None or int(match.group(1)) == 0:
        raise ValueError(f"{text!r} is not a duration such as 90s, 10m, 2h or 1d")
    return timedelta(**{_UNITS[match.group(2)]: int(match.group(1))})


class ConfigError(Exception):
    """Bad configuration, explained in one line that names the variable."""


class WhatsAppTemplate(BaseModel):
    """One approved WhatsApp message template (`WHATSAPP_TEMPLATES`, one per purpose).

    `languages` maps a Lotse language to the template's language code at Meta (a list means the same
    codes: `["de", "en"]` is `{"de": "de", "en": "en"}`). With `announce_only` the template only says
    that a message is waiting; the message itself is delivered when the person answers. `params` fill
    the template's variables {{1}}, {{2}}, … from the arguments of the message's text, rendered in the
    template's language: `"when:date"` and `"when:time"` are the day and the hour of the argument `when`.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(pattern=r"^[a-z0-9_]{1,512}$")
    languages: dict[str, str]
    announce_only: bool = False
    params: list[str] = Field(default_factory=list)

    @field_validator("languages", mode="before")
    @classmethod
    def _list_means_same_codes(cls, value: object) -> object:
        if isinstance(value, list):
            return {str(code): str(code) for code in value}
        return value

    @field_validator("languages")
    @classmethod
    def _known_codes(cls, value: dict[str, str]) -> dict[str, str]:
        from pywa.types.templates import TemplateLanguage  # only when templates are configured

        meta_codes = {member.value for member in TemplateLanguage} - {"UNKNOWN"}
        for ours, theirs in value.items():
            if ours not in LANGUAGES:
                raise ValueError(f"{ours!r} is not one of {', '.join(LANGUAGES)}")
            if theirs not in meta_codes:
                raise ValueError(f"{theirs!r} (for {ours!r}) is not a WhatsApp template language code")
        return value

    @field_validator("params")
    @classmethod
    def _param_specs(cls, value: list[str]) -> list[str]:
        for spec in value:
            if not _TEMPLATE_PARAM.match(spec):
                raise ValueError(f"{spec!r} is not an argument name, optionally with :date or :time")
        return value


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    telegram_bot_token: SecretStr | None = None
    telegram_api_base: str = PUBLIC_BOT_API
    database_url: str = "sqlite+aiosqlite:///lotse.db"
    # Seconds to wait for an unreachable PostgreSQL at start-up; unset: `lotse run` waits as long as it
    # takes, the other commands 60 s.
    database_wait: float | None = Field(default=None, ge=0)
    coach_chat_id: int | None = None
    coordinator_ids: Annotated[list[int], NoDecode] = Field(default_factory=list)
    default_language: str = "de"
    timezone: str = "Europe/Berlin"
    # People who have not written for this many months are deleted (warned a week before; issue 7).
    retention_months: int = Field(default=12, ge=1, le=120)
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    whatsapp_token: SecretStr | None = None
    whatsapp_phone_number_id: str | None = None
    whatsapp_app_secret: SecretStr | None = None
    whatsapp_verify_token: SecretStr | None = None
    whatsapp_api_base: str = PUBLIC_GRAPH_API
    whatsapp_templates: Annotated[dict[str, WhatsAppTemplate], NoDecode] = Field(default_factory=dict)
    # Where a language has no approved template: the template languages to try instead, in order.
    whatsapp_template_fallbacks: Annotated[dict[str, list[str]], NoDecode] = Field(default_factory=dict)
    telegram_rate_limit: float = Field(default=TELEGRAM_FREE_RATE, gt=0, le=TELEGRAM_PAID_RATE)
    telegram_paid_broadcast: bool = False
    whatsapp_rate_limit: float = Field(default=80, gt=0, le=1000)
    web_host: str = "127.0.0.1"
    web_port: int = Field(default=8080, ge=1, le=65535)
    log_level: str = "INFO"
    # Booking (bot/booking): reminders before each appointment, upcoming bookings per person, lead time.
    reminder_offsets: Annotated[list[timedelta], NoDecode] = Field(
        default_factory=lambda: [timedelta(hours=24), timedelta(hours=2)]
    )
    booking_max_upcoming: int = Field(default=2, ge=1, le=50)
    booking_min_lead: Annotated[timedelta, NoDecode] = timedelta(hours=2)
    # Handoff to coaches (bot/handoff) and translation (bot/translation).
    coach_hours: str = ""  # e.g. "Mon-Fri 09:00-17:00"; empty: always
    coach_note_prefix: str = Field(default="//", min_length=1, max_length=16)
    escalate_after: Annotated[timedelta, NoDecode] = timedelta(hours=4)
    translator: str = "none"
    libretranslate_url: str | None = None
    libretranslate_api_key: SecretStr | None = None
    deepl_api_key: SecretStr | None = None
    microsoft_translator_key: SecretStr | None = None
    microsoft_translator_region: str | None = None
    translate_timeout: float = Field(default=5.0, gt=0, le=60)
    # Broadcasts (bot/broadcast): no announcements in this local span; empty turns it off.
    quiet_hours: str = "21:00-08:00"

    @field_validator(
        "libretranslate_url",
        "libretranslate_api_key",
        "deepl_api_key",
        "microsoft_translator_key",
        "microsoft_translator_region",
        mode="before",
    )
    @classmethod
    def _handoff_empty_is_unset(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("coach_hours")
    @classmethod
    def _coach_hours(cls, value: str) -> str:
        from bot.handoff.hours import CoachHours

        CoachHours.parse(value)  # raises ValueError with the reason
        return value.strip()

    @field_validator("quiet_hours")
    @classmethod
    def _quiet_hours(cls, value: str) -> str:
        from bot.broadcast.quiet import QuietHours

        QuietHours.parse(value, ZoneInfo("UTC"))  # raises ValueError with the reason
        return value.strip()

    @field_validator("escalate_after", mode="before")
    @classmethod
    def _escalate_after(cls, value: object) -> object:
        if isinstance(value, str):
            return parse_duration(value.strip())
        return value

    @field_validator("translator")
    @classmethod
    def _translator(cls, value: str) -> str:
        value = value.strip().lower() or "none"
        if value not in ("none", "google", "libre", "deepl", "microsoft"):
            raise ValueError("must be one of none, google, libre, deepl, microsoft")
        return value

    @model_validator(mode="after")
    def _translator_complete(self) -> Settings:
        needed = {"libre": ("LIBRETRANSLATE_URL", self.libretranslate_url),
                  "deepl": ("DEEPL_API_KEY", self.deepl_api_key),
                  "microsoft": ("MICROSOFT_TRANSLATOR_KEY", self.microsoft_translator_key)}  # fmt: skip
        if self.translator in needed and needed[self.translator][1] is None:
            name = needed[self.translator][0]
            raise ValueError(f"{name}: must be set when TRANSLATOR={self.translator}")
        return self

    @field_validator("reminder_offsets", mode="before")
    @classmethod
    def _offsets(cls, value: object) -> object:
        if isinstance(value, str):
            parts = [part.strip() for part in value.split(",") if part.strip()]
            if not parts:
                raise ValueError("give durations such as 24h,2h (s, m, h, d)")
            return sorted({parse_duration(part) for part in parts}, reverse=True)
        return value

    @field_validator("booking_min_lead", mode="before")
    @classmethod
    def _lead(cls, value: object) -> object:
        if isinstance(value, str):
            return parse_duration(value.strip(), allow_zero=True)
        return value

    @field_validator(
        "telegram_bot_token",
        "webhook_secret",
        "webhook_url",
        "coach_chat_id",
        "whatsapp_token",
        "whatsapp_phone_number_id",
        "whatsapp_app_secret",
        "whatsapp_verify_token",
        "database_wait",
        mode="before",
    )
    @classmethod
    def _empty_is_unset(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("telegram_bot_token")
    @classmethod
    def _token_shape(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not re.fullmatch(r"\d+:[A-Za-z0-9_-]+", value.get_secret_value()):
            raise ValueError("expected the form 123456:ABC-DEF… that @BotFather gives")
        return value

    @field_validator("coordinator_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        if isinstance(value, str):
            parts = [part.strip() for part in value.split(",") if part.strip()]
            for part in parts:
                if not part.lstrip("-").isdigit():
                    raise ValueError(f"{part!r} is not a Telegram user id (comma-separated numbers expected)")
            return [int(part) for part in parts]
        if isinstance(value, int):
            return [value]
        return value

    @field_validator("default_language")
    @classmethod
    def _known_language(cls, value: str) -> str:
        if value not in LANGUAGES:
            raise ValueError(f"{value!r} is not one of {', '.join(LANGUAGES)}")
        return value

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"{value!r} is not an IANA time zone such as Europe/Berlin") from exc
        return value

    @field_validator("database_url")
    @classmethod
    def _async_driver(cls, value: str) -> str:
        if value.startswith(("postgresql://", "postgres://")):
            return "postgresql+asyncpg://" + value.split("://", 1)[1]
        if value.startswith("sqlite:///"):
            return "sqlite+aiosqlite:///" + value.removeprefix("sqlite:///")
        if not value.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
            raise ValueError("use sqlite+aiosqlite:///file.db or postgresql+asyncpg://user:pass@host/db")
        return value

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        level = value.strip().upper()
        if level not in LOG_LEVELS:
            raise ValueError(f"{value!r} is not one of {', '.join(LOG_LEVELS)}")
        return level

    @field_validator("whatsapp_phone_number_id")
    @classmethod
    def _phone_number_id_shape(cls, value: str | None) -> str | None:
        if value is not None and not value.strip().isdigit():
            raise ValueError("expected the numeric Phone number ID from Meta's WhatsApp API Setup page")
        return value.strip() if value is not None else None

    @field_validator("whatsapp_templates", mode="before")
    @classmethod
    def _templates_json(cls, value: object) -> object:
        if isinstance(value, str):
            if not value.strip():
                return {}
            try:
                value = json.loads(value)
            except json.JSONDecodeError as exc:
                raise ValueError(f"not valid JSON ({exc.msg} at character {exc.pos})") from None
        if isinstance(value, dict):
            unknown = sorted(set(value) - set(WHATSAPP_PURPOSES))
            if unknown:
                raise ValueError(
                    f"unknown purpose {unknown[0]!r}; purposes are {', '.join(WHATSAPP_PURPOSES)}"
                )
        return value

    @field_validator(
        "telegram_rate_limit", "telegram_paid_broadcast", "whatsapp_rate_limit", mode="before"
    )
    @classmethod
    def _empty_is_default(cls, value: object) -> object:
        if isinstance(value, str) and not value.strip():
            raise PydanticUseDefault()
        return value

    @field_validator("whatsapp_template_fallbacks", mode="before")
    @classmethod
    def _fallbacks_json(cls, value: object) -> object:
        if isinstance(value, str):
            if not value.strip():
                return {}
            try:
                value = json.loads(value)
            except json.JSONDecodeError as exc:
                raise ValueError(f"not valid JSON ({exc.msg} at character {exc.pos})") from None
        return value

    @field_validator("whatsapp_template_fallbacks")
    @classmethod
    def _fallback_languages(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for language, fallbacks in value.items():
            for code in (language, *fallbacks):
                if code not in LANGUAGES:
                    raise ValueError(f"{code!r} is not one of {', '.join(LANGUAGES)}")
        return value

    @model_validator(mode="after")
    def _telegram_rate(self) -> Settings:
        if self.telegram_rate_limit > TELEGRAM_FREE_RATE and not self.telegram_paid_broadcast:
            raise ValueError(
                f"TELEGRAM_RATE_LIMIT: Telegram allows {TELEGRAM_FREE_RATE} messages a second; more only "
                "with TELEGRAM_PAID_BROADCAST=true (paid in Telegram Stars, up to 1000)"
            )
        return self

    @field_validator("telegram_api_base", "webhook_url", "whatsapp_api_base")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value.rstrip("/") if value else value

    @field_validator("webhook_secret")
    @classmethod
    def _secret_token_shape(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not _SECRET_TOKEN.match(value.get_secret_value()):
            raise ValueError("1-256 characters of A-Z, a-z, 0-9, _ and - (Telegram's rule for secret tokens)")
        return value

    @model_validator(mode="after")
    def _webhook_needs_secret(self) -> Settings:
        if self.webhook_url and self.webhook_secret is None:
            raise ValueError(
                "WEBHOOK_SECRET: must be set when WEBHOOK_URL is set, so forged updates are refused"
            )
        if self.webhook_url and self.telegram_bot_token is None:
            raise ValueError("TELEGRAM_BOT_TOKEN: must be set when WEBHOOK_URL is set")
        return self

    @model_validator(mode="after")
    def _whatsapp_complete(self) -> Settings:
        """WhatsApp needs all four values: sending (token, number) and a verified webhook (secret, token)."""
        given: dict[str, Any] = {
            "WHATSAPP_TOKEN": self.whatsapp_token,
            "WHATSAPP_PHONE_NUMBER_ID": self.whatsapp_phone_number_id,
            "WHATSAPP_APP_SECRET": self.whatsapp_app_secret,
            "WHATSAPP_VERIFY_TOKEN": self.whatsapp_verify_token,
        }
        present = [name for name, value in given.items() if value is not None]
        missing = [name for name, value in given.items() if value is None]
        if present and missing:
            raise ValueError(
                f"{missing[0]}: must be set when {present[0]} is set (WhatsApp needs WHATSAPP_TOKEN, "
                "WHATSAPP_PHONE_NUMBER_ID, WHATSAPP_APP_SECRET and WHATSAPP_VERIFY_TOKEN)"
            )
        return self

    @property
    def whatsapp_enabled(self) -> bool:
        return self.whatsapp_token is not None

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def locales_dir(self) -> Path:
        return Path(__file__).resolve().parent.parent / "locales"


def load_settings(**overrides: object) -> Settings:
    """Read the settings, turning pydantic's report into one line that names the variable."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        first = exc.errors()[0]
        variable, *inside = (str(part) for part in first["loc"]) if first["loc"] else ("",)
        loc = variable.upper()
        message = first["msg"].removeprefix("Value error, ")
        if inside:  # inside a JSON value, such as WHATSAPP_TEMPLATES: reminder.languages: …
            message = f"{'.'.join(inside)}: {message}"
        if not loc and ":" in message:
            raise ConfigError(f"Configuration error: {message}") from None
        raise ConfigError(f"Configuration error: {loc or 'settings'}: {message}") from None
