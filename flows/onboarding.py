"""First contact: choose a language, read the privacy note, agree or not.

 (first message or /start)
         │
         ▼
     language ── one fixed order, the welcome in the language we guess
         │
         ▼ (consent missing or for an older note)       (already agreed)
      consent ─────────── "I agree" ──────────────────────────► menu
         │ "Not now"                                              ▲
         ▼                                                        │
    no_consent ── "I agree now" (the note was read) ──────────────┘
         ├── Language ──► language
         └── My data ───► my_data (see and delete what is stored)

/language from anywhere opens the same list with a short question instead of the greeting, and goes
back to where the person was once they chose.
"""

from __future__ import annotations

from typing import ClassVar

from flows.consent import CONSENT_VERSION, PRIVACY_NOTE, consent_current
from flows.engine import (
    Back,
    BaseStep,
    Context,
    Go,
    Option,
    Outcome,
    Screen,
    Stay,
    Text,
    choose_hint,
    t,
)


def agree(ctx: Context) -> None:
    ctx.profile.consent_at = ctx.now
    ctx.profile.consent_version = CONSENT_VERSION


class ChooseLanguage(BaseStep):
    name: ClassVar[str] = "language"
    leads_to: ClassVar[tuple[str, ...]] = ("consent", "menu")
    requires_consent: ClassVar[bool] = False
    page_size: ClassVar[int] = 20  # every language on one screen, always in the same order

    def screen(self, ctx: Context) -> Screen:
        options = [
            Option(info.code, Text.raw(info.native_name), aliases=info.aliases)
            for info in ctx.services.languages.all()
        ]
        first_time = ctx.profile.language is None and not ctx.retry
        # Shown in the language we guess, so the person can read it before choosing.
        text = Text("welcome" if first_time else "language-choose", lang=ctx.language)
        return Screen(text, options)

    def on_option(self, ctx: Context, option_id: str) -> Outcome:
        changing = ctx.profile.language is not None
        ctx.profile.language = option_id
        ctx.suggested = None
        if changing or ctx.profile.staff:  # back to where they were; staff need no privacy note here
            return Back(say=[t("language-set")])
        if consent_current(ctx.profile):
            return Go("menu", say=[t("language-set")])
        return Go("consent")

    def on_text(self, ctx: Context, text: str) -> Outcome:
        guess = ctx.guess_language(text)
        if guess and guess != ctx.language:
            ctx.suggested = guess
            name = ctx.services.languages.name(guess)
            return Stay(say=[Text("language-suggested", {"language": name}, lang=guess)])
        return Stay(say=[choose_hint(ctx)])


class Consent(BaseStep):
    name: ClassVar[str] = "consent"
    leads_to: ClassVar[tuple[str, ...]] = ("menu", "no_consent")
    requires_consent: ClassVar[bool] = False

    def screen(self, ctx: Context) -> Screen:
        options = [Option("agree", t("consent-agree")), Option("decline", t("consent-decline"))]
        if ctx.retry:  # after an answer it could not use: the question, not the whole note again
            return Screen(t("consent-question"), options)
        return Screen(t(PRIVACY_NOTE), options)

    def on_option(self, ctx: Context, option_id: str) -> Outcome:
        if option_id == "agree":
            agree(ctx)
            return Go("menu", say=[t("consent-thanks")])
        ctx.profile.consent_at = None
        ctx.profile.consent_version = None
        return Go("no_consent")


class NoConsent(BaseStep):
    """Without consent we keep only the language; this screen says what still works."""

    name: ClassVar[str] = "no_consent"
    leads_to: ClassVar[tuple[str, ...]] = ("menu", "language", "my_data", "consent")
    requires_consent: ClassVar[bool] = False

    def screen(self, ctx: Context) -> Screen:
        options = [
            Option("agree", t("consent-agree-now")),
            Option("note", t("consent-read-note")),
            Option("language", t("menu-language")),
            Option("my_data", t("menu-my-data")),
        ]
        return Screen(t("consent-declined"), options)

    def on_option(self, ctx: Context, option_id: str) -> Outcome:
        if option_id == "agree":  # they read the note before saying "Not now"
            agree(ctx)
            return Go("menu", say=[t("consent-thanks")])
        if option_id == "note":
            return Go("consent")
        return Go(option_id)
