"""The languages Lotse speaks: code, own name, writing direction, Babel locale and fallback chain.

The codes are the folder names under `locales/`. `fa` covers Farsi and Dari (one written language for
our plain texts); Pashto speakers in Afghanistan usually read Dari, so Pashto falls back to it before
English. German is last in every chain because it is the source every catalogue is checked against.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str
    native_name: str
    babel_locale: str
    rtl: bool = False
    fallbacks: tuple[str, ...] = ("en",)


LANGUAGES: dict[str, Language] = {
    lang.code: lang
    for lang in (
        Language("de", "Deutsch", "de_DE", fallbacks=()),
        Language("en", "English", "en_GB", fallbacks=("de",)),
        Language("ar", "العربية", "ar", rtl=True),
        Language("fa", "فارسی/دری", "fa", rtl=True),
        Language("ps", "پښتو", "ps", rtl=True, fallbacks=("fa", "en")),
        Language("uk", "Українська", "uk"),
        Language("ru", "Русский", "ru"),
        Language("tr", "Türkçe", "tr"),
        Language("kmr", "Kurmancî", "ku", fallbacks=("tr", "en")),
        Language("ti", "ትግርኛ", "ti"),
        Language("so", "Soomaali", "so"),
        Language("fr", "Français", "fr"),
    )
}

SOURCE_LANGUAGE = "de"

# What phones and Telegram's `language_code` say, mapped to our catalogue codes.
_ALIASES = {"prs": "fa", "fa-af": "fa", "ku": "kmr", "kmr": "kmr", "ckb": None}


def match_language(code: str | None) -> str | None:
    """Our language for an IETF tag such as `ar-SY` or `uk`, or None when we do not speak it."""
    if not code:
        return None
    tag = code.strip().lower().replace("_", "-")
    if tag in _ALIASES:
        return _ALIASES[tag]
    base = tag.split("-", 1)[0]
    if base in _ALIASES:
        return _ALIASES[base]
    return base if base in LANGUAGES else None


def chain(code: str) -> list[str]:
    """The catalogues to try for `code`, most specific first, always ending in the German source."""
    order = [code, *LANGUAGES[code].fallbacks]
    for extra in ("en", SOURCE_LANGUAGE):
        if extra not in order:
            order.append(extra)
    return order
