"""First contact: choose a language, read the privacy note, agree or not.

 (first message or /start)
         │
         ▼
  ┌─ language ─┐  shows every language in its own name; the phone's language comes first
  │            │
  ▼            ▼ (already agreed)
consent ──────► menu
  │ "Not now"
  ▼
no_consent ──"I agree now"──► consent … ► menu
"""

from __future__ import annotations

from typing import ClassVar

from bot.languages import LANGUAGES
from flows.engine import BaseStep, Context, Go, Option, Outcome, Screen, Stay, Text, t

# Bump when the privacy note changes in substance: people who agreed to an older version are asked again.
CONSENT_VERSION = "2026-11"


class ChooseLanguage(BaseStep):
    name: ClassVar[str] = "language"

    def screen(self, ctx: Context) -> Screen:
        first = ctx.language
        codes = [first, *(code for code in LANGUAGES if code != first)]
        options = [Option(code, Text.raw(LANGUAGES[code].native_name)) for code in codes]
        # Shown in the language we guess, so the person can read it before choosing.
        return Screen(Text("welcome", lang=first), options)

    def on_option(self, ctx: Context, option_id: str) -> Outcome:
        ctx.profile.language = option_id
        ctx.data.pop("suggested", None)
        if ctx.profile.consented and ctx.profile.consent_version == CONSENT_VERSION:
            return Go("menu", say=[t("language-set")])
        return Go("consent")

    def on_text(self, ctx: Context, text: str) -> Outcome:
        guess = ctx.guess_language(text)
        if guess and guess != ctx.language:
            ctx.data["suggested"] = guess
            return Stay(
                say=[Text("language-suggested", {"language": LANGUAGES[guess].native_name}, lang=guess)]
            )
        return Stay(say=[t("choose-option")])


class Consent(BaseStep):
    name: ClassVar[str] = "consent"

    def screen(self, ctx: Context) -> Screen:
        return Screen(
            t("privacy-note"),
            [Option("agree", t("consent-agree")), Option("decline", t("consent-decline"))],
        )

    def on_option(self, ctx: Context, option_id: str) -> Outcome:
        if option_id == "agree":
            ctx.profile.consent_at = ctx.now
            ctx.profile.consent_version = CONSENT_VERSION
            return Go("menu", say=[t("consent-thanks")])
        ctx.profile.consent_at = None
        ctx.profile.consent_version = None
        return Go("no_consent")


class NoConsent(BaseStep):
    """Without consent we keep only the language; this screen says what still works."""

    name: ClassVar[str] = "no_consent"

    def screen(self, ctx: Context) -> Screen:
        return Screen(
            t("consent-declined"),
            [Option("agree", t("consent-agree-now")), Option("language", t("menu-language"))],
        )

    def on_option(self, ctx: Context, option_id: str) -> Outcome:
        return Go("consent" if option_id == "agree" else "language")
