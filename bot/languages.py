"""The languages Lotse speaks: code, own name, writing direction, Babel locale and fallback chain.

The codes are the folder names under `locales/`. `fa` covers Farsi and Dari (one written language for
our plain texts); Pashto speakers in Afghanistan usually read Dari, so Pashto falls back to it before
English. German is last in every chain because it is the source every catalogue is checked against.
"""

from __future__ import annotations

from dataclasses import dataclass

from flows.ports import LanguageInfo


@dataclass(frozen=True)
class Language:
    code: str
    native_name: str
    babel_locale: str
    rtl: bool = False
    fallbacks: tuple[str, ...] = ("en",)
    # What people type for the language: its name in German, English, the language itself (also in
    # Latin letters) and the big neighbour languages, so "arabisch", "Arabic" or "arabi" all find it.
    aliases: tuple[str, ...] = ()


LANGUAGES: dict[str, Language] = {
    lang.code: lang
    for lang in (
        Language(
            "de", "Deutsch", "de_DE", fallbacks=(),
            aliases=("german", "deutsch", "almanca", "allemand", "німецька", "немецкий", "الألمانية",
                     "آلمانی", "جرمني", "elmanî", "jarmal", "ጀርመንኛ"),
        ),
        Language(
            "en", "English", "en_GB", fallbacks=("de",),
            aliases=("englisch", "english", "ingilizce", "anglais", "англійська", "английский",
                     "الإنجليزية", "انگلیسی", "انګلیسي", "îngilîzî", "ingiriis", "እንግሊዝኛ"),
        ),
        Language(
            "ar", "العربية", "ar", rtl=True,
            aliases=("arabisch", "arabic", "arabi", "arab", "arapça", "arabe", "عربي", "عربى", "arabî",
                     "арабська", "арабский"),
        ),
        Language(
            "fa", "فارسی/دری", "fa", rtl=True,
            aliases=("persisch", "persian", "farsi", "dari", "farsça", "فارسی", "دری", "فارسي", "دري",
                     "perse", "фарсі", "фарси"),
        ),
        Language(
            "ps", "پښتو", "ps", rtl=True, fallbacks=("fa", "en"),
            aliases=("paschtu", "paschto", "pashto", "pashtu", "pushto", "پشتو", "پښتو", "peştuca"),
        ),
        Language(
            "uk", "Українська", "uk",
            aliases=("ukrainisch", "ukrainian", "ukrainska", "ukrainski", "українська", "украинский",
                     "ukraynaca", "ukrainien", "українською"),
        ),
        Language(
            "ru", "Русский", "ru",
            aliases=("russisch", "russian", "russkiy", "russki", "русский", "російська", "rusça", "russe",
                     "по-русски"),
        ),
        Language(
            "tr", "Türkçe", "tr",
            aliases=("türkisch", "turkish", "turkce", "türkçe", "turc", "турецька", "турецкий", "tirkî"),
        ),
        Language(
            "kmr", "Kurmancî", "ku", fallbacks=("tr", "en"),
            aliases=("kurdisch", "kurdish", "kurmanji", "kurmancî", "kurmanci", "kurdî", "kurdi",
                     "kürtçe", "کوردی", "کردی"),
        ),
        Language(
            "ti", "ትግርኛ", "ti",
            aliases=("tigrinya", "tigrinisch", "tigrigna", "tigrinja", "ትግርኛ"),
        ),
        Language(
            "so", "Soomaali", "so",
            aliases=("somali", "somalisch", "soomaali", "af soomaali", "somalice"),
        ),
        Language(
            "fr", "Français", "fr",
            aliases=("französisch", "french", "francais", "français", "fransızca", "французька",
                     "французский", "الفرنسية", "فرانسوی"),
        ),
    )
}  # fmt: skip

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


class LanguageDirectory:
    """The languages as the flows see them (`flows.ports.Languages`): one fixed order, own names, aliases."""

    def __init__(self) -> None:
        self._infos = tuple(
            LanguageInfo(lang.code, lang.native_name, lang.aliases) for lang in LANGUAGES.values()
        )

    def all(self) -> tuple[LanguageInfo, ...]:
        return self._infos

    def name(self, code: str) -> str:
        return LANGUAGES[code].native_name
