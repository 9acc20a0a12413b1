"""My data: see what Lotse stores about you, withdraw consent, delete everything.

Open to everyone who has chosen a language, also without consent: people who said "Not now" can see
and delete the one thing stored about them.
"""

from __future__ import annotations

from typing import ClassVar

from flows.engine import BaseStep, Context, End, Go, Option, Outcome, Screen, Text, t


def channel_name(channel: str) -> Text:
    """The product name of the channel ("Telegram", "WhatsApp", the terminal chat in their language)."""
    return t(f"channel-{channel}")


class MyData(BaseStep):
    name: ClassVar[str] = "my_data"
    leads_to: ClassVar[tuple[str, ...]] = ("confirm_delete", "no_consent")
    requires_consent: ClassVar[bool] = False
    back: ClassVar[bool] = True

    def screen(self, ctx: Context) -> Screen:
        profile = ctx.profile
        language = ctx.services.languages.name(profile.language or ctx.language)
        channel = channel_name(profile.channel)
        if profile.consent_at is not None:
            text = t("my-data-consented", language=language, since=profile.consent_at, channel=channel)
            options = [Option("withdraw", t("my-data-withdraw"))]
        else:
            text = t("my-data-no-consent", language=language, channel=channel)
            options = []
        options.append(Option("delete", t("my-data-delete")))
        return Screen(text, options)

    def on_option(self, ctx: Context, option_id: str) -> Outcome:
        if option_id == "withdraw":
            ctx.profile.consent_at = None
            ctx.profile.consent_version = None
            return Go("no_consent", say=[t("consent-withdrawn")])
        return Go("confirm_delete")


class ConfirmDelete(BaseStep):
    name: ClassVar[str] = "confirm_delete"
    leads_to: ClassVar[tuple[str, ...]] = ("my_data",)
    requires_consent: ClassVar[bool] = False

    def screen(self, ctx: Context) -> Screen:
        return Screen(t("delete-confirm"), [Option("yes", t("delete-yes")), Option("no", t("delete-no"))])

    def on_option(self, ctx: Context, option_id: str) -> Outcome:
        if option_id == "yes":
            ctx.profile.erase = True
            return End(say=[t("data-deleted")])
        return Go("my_data")
