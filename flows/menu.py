"""The main menu: what Lotse offers. Entries whose feature is not built yet say so honestly.

Right after the person agreed to the privacy note, the menu's heading invites them to the intake
("Find work"), once: the same options, so nothing else changes for them (`offer_after_consent`).

`start` and `home` decide where `/start` and `/menu` lead, for people and for staff alike.
"""

from __future__ import annotations

from typing import Any, ClassVar

from flows.consent import consent_current
from flows.engine import BaseStep, Context, Go, Option, Outcome, Screen, Stay, choose_hint, t
from flows.handoff import opened_notice
from flows.intake import offer_after_consent

# Each entry: (option id, label key). The order is the order people see.
MENU = (
    ("find_work", "menu-find-work"),
    ("book", "menu-book"),
    ("ask_coach", "menu-ask-coach"),
    ("appointments", "menu-appointments"),
    ("language", "menu-language"),
    ("my_data", "menu-my-data"),
)

# The entries as options, built once: the menu is shown on almost every update.
OPTIONS = tuple(Option(option_id, t(key)) for option_id, key in MENU)

# Entries that lead to a step of their own; every other entry is still being built.
READY = {
    "find_work": "intake_intro",
    "book": "book_where",
    "ask_coach": "handoff_chat",
    "appointments": "appointments",
    "language": "language",
    "my_data": "my_data",
}


class Menu(BaseStep):
    name: ClassVar[str] = "menu"
    leads_to: ClassVar[tuple[str, ...]] = tuple(READY.values())

    async def load(self, ctx: Context) -> dict[str, Any]:
        # Asks the database only in the update in which the person agreed (consent_at is now).
        if ctx.profile.consent_at is None or ctx.profile.consent_at != ctx.now or ctx.retry:
            return {}
        return {"invite": await offer_after_consent(ctx)}

    def screen(self, ctx: Context) -> Screen:
        title = (
            t("menu-intake-invite", label=t("menu-find-work")) if ctx.view.get("invite") else t("menu-title")
        )
        return Screen(title, list(OPTIONS))

    def on_option(self, ctx: Context, option_id: str) -> Outcome:
        ctx.data.pop("unplaced", None)
        if option_id in READY:
            return Go(READY[option_id])
        return Stay(say=[t("feature-not-ready")])

    async def on_text(self, ctx: Context, text: str) -> Outcome:
        """Words that fit no entry are a question in the person's own words: the first time the bot
        asks whether they meant an entry (the buttons are right there), the second time a human gets
        both messages, as if they had chosen "Ask a coach"."""
        handoff, person = ctx.services.handoff, ctx.profile.person_id
        if handoff is None or person is None or not any(char.isalpha() for char in text):
            return Stay(say=[choose_hint(ctx)])  # emoji, digits: no question to pass on
        earlier = ctx.data.pop("unplaced", None)
        if earlier is None:
            ctx.data["unplaced"] = text
            return Stay(say=[t("menu-unplaced" if ctx.buttons else "menu-unplaced-number")])
        opened = await handoff.open(person, ctx.language, ctx.profile.channel)
        for said in (earlier, text):
            await handoff.relay(person, ctx.language, said)
        notice = t("handoff-sent")
        if opened.created:
            notice = opened_notice(opened.hours, opened.now_within, asked=True)
        return Go("handoff_chat", say=[notice])


def start(ctx: Context) -> str:
    """Where a new conversation and `/start` begin: the language list, or the staff menu."""
    return "staff_menu" if ctx.profile.staff else "language"


def home(ctx: Context) -> str:
    """Where `/menu` leads: the menu once the person agreed, otherwise the steps before it."""
    if ctx.profile.staff:
        return "staff_menu"
    if ctx.profile.language is None:
        return "language"
    if ctx.profile.consented and not consent_current(ctx.profile):
        return "consent"  # agreed to an older privacy note: read the new one
    return "menu" if ctx.profile.consented else "no_consent"
