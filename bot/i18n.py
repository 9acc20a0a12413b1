"""Fluent catalogues: one folder per language under `locales/`, looked up along a fallback chain.

Flows never hold sentences, only message keys and arguments (`flows.engine.Text`). This module turns
those into strings for one person. Right-to-left catalogues are formatted with Fluent's isolation on, so
a Latin name, a time or a number inside an Arabic sentence is wrapped in FSI/PDI marks and cannot
scramble the line. Dates and times are formatted by Babel in the person's locale before Fluent sees them.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date, format_time
from fluent.runtime import FluentBundle, FluentResource

from bot.languages import LANGUAGES, chain
from flows.engine import Text

log = logging.getLogger(__name__)

FSI, PDI = "\u2068", "\u2069"


class Catalogues:
    """All Fluent bundles, loaded once at start-up."""

    def __init__(self, locales_dir: Path, zone: ZoneInfo | None = None) -> None:
        self.zone = zone or ZoneInfo("Europe/Berlin")
        # Two bundles per language: with isolation marks for right-to-left readers (also when their
        # chain falls back to an English text), without for left-to-right ones.
        self._bundles: dict[tuple[str, bool], FluentBundle] = {}
        for code, language in LANGUAGES.items():
            resources = [
                FluentResource(path.read_text(encoding="utf-8"))
                for path in sorted((locales_dir / code).glob("*.ftl"))
            ]
            for isolating in (False, True):
                bundle = FluentBundle([language.babel_locale.replace("_", "-")], use_isolating=isolating)
                for resource in resources:
                    bundle.add_resource(resource)
                self._bundles[code, isolating] = bundle
        self._synonyms: dict[tuple[str, str], tuple[str, ...]] = {}  # (key, language) → words, read once
        # (language, key) → the text of a message that takes no arguments: formatted once. The menu's
        # title and labels, the language names and the buttons of most screens are such messages, and
        # Fluent formats a pattern anew on every call.
        self._plain: dict[tuple[str, str], str] = {}

    def text(self, text: Text, language: str) -> str:
        """A flow's `Text` in `language` (or the language the text itself asks for)."""
        if text.verbatim is not None:
            return text.verbatim
        return self.format(text.lang or language, text.key, text.args)

    def label(self, text: Text, language: str) -> str:
        """How the engine reads an option's label in `language` (the flows' `Words` interface)."""
        return self.text(text, language)

    def synonyms(self, text: Text, language: str) -> tuple[str, ...]:
        """Words people type for an option, from `syn-<key>` in that language's catalogue only
        (comma-separated); the engine also asks German and English. Read once per key and language:
        every typed text is matched against them."""
        found = self._synonyms.get((text.key, language))
        if found is None:
            found = ()
            if text.key and self.has(language, f"syn-{text.key}"):
                words = self.format(language, f"syn-{text.key}").replace(FSI, "").replace(PDI, "")
                found = tuple(word.strip() for word in words.replace("\n", ",").split(",") if word.strip())
            self._synonyms[text.key, language] = found
        return found

    def has(self, code: str, key: str) -> bool:
        return self._bundles[code, False].has_message(key)

    def format(self, code: str, key: str, args: Mapping[str, Any] | None = None) -> str:
        """The message `key` in language `code`, or the first language of its chain that has it."""
        if not args:
            plain = self._plain.get((code, key))
            if plain is None:
                plain = self._plain[code, key] = self._format(code, key, None)
            return plain
        return self._format(code, key, args)

    def _format(self, code: str, key: str, args: Mapping[str, Any] | None) -> str:
        prepared = {name: self._prepare(code, value) for name, value in (args or {}).items()}
        isolating = LANGUAGES[code].rtl
        for candidate in chain(code):
            bundle = self._bundles[candidate, isolating]
            if not bundle.has_message(key):
                continue
            message = bundle.get_message(key)
            if message.value is None:
                continue
            text, errors = bundle.format_pattern(message.value, prepared)
            if errors:
                log.warning("Fluent errors in %s/%s: %s", candidate, key, errors)
            return str(text)
        log.error("Message %s is missing in every catalogue", key)
        return key

    def _prepare(self, code: str, value: Any) -> Any:
        """Dates and times become Babel-formatted strings; numbers stay numbers for Fluent's plurals."""
        locale = LANGUAGES[code].babel_locale
        if isinstance(value, datetime):
            if value.tzinfo is None:
                raise ValueError("naive datetime passed to a message; flows use aware UTC datetimes")
            # "23. November 2026, 10:40": the month in words, no seconds, joined the locale's way.
            local = value.astimezone(self.zone)
            day = format_date(local, "long", locale=locale)
            clock = format_time(local, "short", tzinfo=self.zone, locale=locale)
            return str(Locale.parse(locale).datetime_formats["medium"]).format(clock, day)
        if isinstance(value, date):
            return format_date(value, "full", locale=locale)
        if isinstance(value, time):
            return format_time(value, "short", locale=locale)
        if isinstance(value, Text):  # a message inside a message, e.g. the channel's name
            return self.text(value, code)
        if isinstance(value, int | float | Decimal | str):
            return value
        return str(value)


def isolate(text: str) -> str:
    """Wrap `text` in first-strong isolation marks (for inserts put together outside Fluent)."""
    return f"{FSI}{text}{PDI}"
