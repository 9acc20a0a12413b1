"""The main menu: what Lotse offers. Entries whose feature is not built yet say so honestly."""

from __future__ import annotations

from typing import ClassVar

from flows.engine import BaseStep, Context, Go, Option, Outcome, Screen, Stay, t

# Each entry: (option id, label key). The order is the order people see.
MENU = (
    ("find_work", "menu-find-work"),
    ("book", "menu-book"),
    ("ask_coach", "menu-ask-coach"),
    ("appointments", "menu-appointments"),
    ("language", "menu-language"),
    ("my_data", "menu-my-data"),
)

# Entries that lead to a step of their own; every other entry is still being built.
READY = {"language": "language", "my_data": "my_data"}


class Menu(BaseStep):
    name: ClassVar[str] = "menu"

    def screen(self, ctx: Context) -> Screen:
        return Screen(t("menu-title"), [Option(option_id, t(key)) for option_id, key in MENU])

    def on_option(self, ctx: Context, option_id: str) -> Outcome:
        if option_id in READY:
            return Go(READY[option_id])
        return Stay(say=[t("feature-not-ready")])


def home(ctx: Context) -> str:
    """Where `/menu` leads: the menu once the person agreed, otherwise the steps before it."""
    if ctx.profile.language is None:
        return "language"
    return "menu" if ctx.profile.consented else "no_consent"
