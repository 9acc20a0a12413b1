"""My data: see what Lotse stores about you, withdraw consent, delete everything."""

from __future__ import annotations

from typing import ClassVar

from bot.languages import LANGUAGES
from flows.engine import BaseStep, Context, End, Go, Option, Outcome, Screen, t


class MyData(BaseStep):
    name: ClassVar[str] = "my_data"

    def screen(self, ctx: Context) -> Screen:
        profile = ctx.profile
        language = LANGUAGES[profile.language or ctx.language].native_name
        if profile.consent_at is not None:
            text = t(
                "my-data-consented", language=language, since=profile.consent_at, channel=profile.channel
            )
            options = [Option("withdraw", t("my-data-withdraw"))]
        else:
            text = t("my-data-no-consent", language=language, channel=profile.channel)
            options = []
        options += [Option("delete", t("my-data-delete")), Option("back", t("back"))]
        return Screen(text, options)

    def on_option(self, ctx: Context, option_id: str) -> Outcome:
        if option_id == "withdraw":
            ctx.profile.consent_at = None
            ctx.profile.consent_version = None
            return Go("no_consent", say=[t("consent-withdrawn")])
        if option_id == "delete":
            return Go("confirm_delete")
        return Go("menu" if ctx.profile.consented else "no_consent")


class ConfirmDelete(BaseStep):
    name: ClassVar[str] = "confirm_delete"

    def screen(self, ctx: Context) -> Screen:
        return Screen(t("delete-confirm"), [Option("yes", t("delete-yes")), Option("no", t("delete-no"))])

    def on_option(self, ctx: Context, option_id: str) -> Outcome:
        if option_id == "yes":
            ctx.profile.erase = True
            return End(say=[t("data-deleted")])
        return Go("my_data")
