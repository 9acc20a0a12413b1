"""The translation backends behind `TRANSLATOR`, wrapped once around deep-translator 1.11.4's traps.

deep-translator is synchronous, and none of its requests has a timeout; the service
(`bot.translation.service`) runs these calls in a bounded thread pool and gives up after
`TRANSLATE_TIMEOUT`. What is wrapped here, once, rather than around each call:

- `LibreTranslator` joins `custom_url + "translate"`, so the URL needs a trailing slash (added here, so
  `LIBRETRANSLATE_URL` works with or without one); it refuses an empty api_key even for a keyless
  server (a placeholder is sent then, which such a server ignores); its built-in language list lacks
  uk, fa and ps although LibreTranslate serves them (our own per-backend code table decides instead).
- Each backend has its own codes for our languages: Dari is `fa` for Google and LibreTranslate and
  `prs` for Microsoft; Kurmanji is `ku` for Google and `kmr` for Microsoft. A language a backend lacks
  maps to None: the message goes untranslated with the visible marker (the service logs that once).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import SecretStr

# Our language code → the backend's, None where the backend has no such language.
GOOGLE_CODES: dict[str, str | None] = {
    "de": "de", "en": "en", "ar": "ar", "fa": "fa", "ps": "ps", "uk": "uk", "ru": "ru", "tr": "tr",
    "kmr": "ku", "ti": "ti", "so": "so", "fr": "fr",
}  # fmt: skip
LIBRE_CODES: dict[str, str | None] = {
    "de": "de", "en": "en", "ar": "ar", "fa": "fa", "ps": "ps", "uk": "uk", "ru": "ru", "tr": "tr",
    "kmr": None, "ti": None, "so": None, "fr": "fr",
}  # fmt: skip
DEEPL_CODES: dict[str, str | None] = {
    "de": "de", "en": "en", "ar": None, "fa": None, "ps": None, "uk": "uk", "ru": "ru", "tr": "tr",
    "kmr": None, "ti": None, "so": None, "fr": "fr",
}  # fmt: skip
MICROSOFT_CODES: dict[str, str | None] = {
    "de": "de", "en": "en", "ar": "ar", "fa": "prs", "ps": "ps", "uk": "uk", "ru": "ru", "tr": "tr",
    "kmr": "kmr", "ti": "ti", "so": "so", "fr": "fr",
}  # fmt: skip

KEYLESS = "lotse-no-key"  # LibreTranslator insists on an api_key; a keyless server ignores this one

Call = Callable[[str, str, str], str]  # (text, source code, target code) → translated text


@dataclass(frozen=True)
class Backend:
    """One translation backend: its name, its language codes and a blocking call (run in a thread)."""

    name: str
    codes: Mapping[str, str | None]
    call: Call

    def code(self, language: str) -> str | None:
        return self.codes.get(language)


def libre_url(url: str) -> str:
    """`LIBRETRANSLATE_URL` with exactly one trailing slash (deep-translator appends "translate")."""
    return url.rstrip("/") + "/"


def _libre(url: str, api_key: SecretStr | None) -> Call:
    from deep_translator import LibreTranslator

    class Libre(LibreTranslator):
        """Takes the codes as given: LibreTranslate serves more languages than the built-in list."""

        def _map_language_to_code(self, *languages: str) -> Any:
            yield from languages

    base = libre_url(url)
    key = api_key.get_secret_value() if api_key is not None and api_key.get_secret_value() else KEYLESS

    def call(text: str, source: str, target: str) -> str:
        return str(Libre(source=source, target=target, api_key=key, custom_url=base).translate(text))

    return call


def _google() -> Call:
    from deep_translator import GoogleTranslator

    def call(text: str, source: str, target: str) -> str:
        return str(GoogleTranslator(source=source, target=target).translate(text))

    return call


def _deepl(api_key: SecretStr) -> Call:
    from deep_translator import DeeplTranslator

    def call(text: str, source: str, target: str) -> str:
        translator = DeeplTranslator(
            api_key=api_key.get_secret_value(), source=source, target=target, use_free_api=True
        )
        return str(translator.translate(text))

    return call


def _microsoft(api_key: SecretStr, region: str | None) -> Call:
    from deep_translator import MicrosoftTranslator

    def call(text: str, source: str, target: str) -> str:
        translator = MicrosoftTranslator(
            api_key=api_key.get_secret_value(), region=region, source=source, target=target
        )
        return str(translator.translate(text))

    return call


def make_backend(
    name: str,
    *,
    libretranslate_url: str | None = None,
    libretranslate_api_key: SecretStr | None = None,
    deepl_api_key: SecretStr | None = None,
    microsoft_key: SecretStr | None = None,
    microsoft_region: str | None = None,
) -> Backend | None:
    """The backend `TRANSLATOR` names (None for `none`); settings validation checks the keys first."""
    if name == "none":
        return None
    if name == "google":
        return Backend(name, GOOGLE_CODES, _google())
    if name == "libre":
        if not libretranslate_url:
            raise ValueError("TRANSLATOR=libre needs LIBRETRANSLATE_URL")
        return Backend(name, LIBRE_CODES, _libre(libretranslate_url, libretranslate_api_key))
    if name == "deepl":
        if deepl_api_key is None:
            raise ValueError("TRANSLATOR=deepl needs DEEPL_API_KEY")
        return Backend(name, DEEPL_CODES, _deepl(deepl_api_key))
    if name == "microsoft":
        if microsoft_key is None:
            raise ValueError("TRANSLATOR=microsoft needs MICROSOFT_TRANSLATOR_KEY")
        return Backend(name, MICROSOFT_CODES, _microsoft(microsoft_key, microsoft_region))
    raise ValueError(f"unknown TRANSLATOR {name!r}: none, google, libre, deepl or microsoft")
