"""My data: see what Lotse stores about you, withdraw consent, delete everything.

Open to everyone who has chosen a language, also without consent: people who said "Not now" can see
and delete the one thing stored about them.
"""

from __future__ import annotations

from typing import Any, ClassVar

from flows.engine import BaseStep, Context, End, File, Go, Option, Outcome, Screen, Stay, Text, t


def channel_name(channel: str) -> Text:
    """The product name of the channel ("Telegram", "WhatsApp", the terminal chat in their language)."""
    return t(f"channel-{channel}")


class MyData(BaseStep):
    name: ClassVar[str] = "my_data"
    leads_to: ClassVar[tuple[str, ...]] = ("confirm_delete", "no_consent", "intake_review", "my_data_export")
    requires_consent: ClassVar[bool] = False
    back: ClassVar[bool] = True

    async def load(self, ctx: Context) -> dict[str, Any]:
        intake, broadcasts, person = ctx.services.intake, ctx.services.broadcasts, ctx.profile.person_id
        if person is None:
            return {"answers": None}
        answers = await intake.answers(person) if intake is not None else None
        view: dict[str, Any] = {
            "answers": intake.profile(answers, ctx.language) if intake and answers else None
        }
        if broadcasts is not None and ctx.profile.consent_at is not None:
            view["news"] = await broadcasts.subscribed(person)
        return view

    def screen(self, ctx: Context) -> Screen:
        profile = ctx.profile
        language = ctx.services.languages.name(profile.language or ctx.language)
        channel = channel_name(profile.channel)
        if profile.consent_at is not None:
            text = t("my-data-consented", language=language, since=profile.consent_at, channel=channel)
            options = [Option("withdraw", t("my-data-withdraw"))]
            if ctx.view.get("answers"):
                options = [Option("change", t("my-data-change")), *options]
        else:
            text = t("my-data-no-consent", language=language, channel=channel)
            options = []
        if ctx.view.get("answers"):  # without intake answers, everything stored is on this screen already
            text = t("my-data-answers", data=text, answers="\n".join(ctx.view["answers"]))
            options.append(Option("export", t("my-data-export")))
        if "news" in ctx.view:  # announcements (seminars, events): off, or on again
            news = (
                Option("news_off", t("my-data-news-off"))
                if ctx.view["news"]
                else Option("news_on", t("my-data-news-on"))
            )
            options.append(news)
        options.append(Option("delete", t("my-data-delete")))
        return Screen(text, options)

    async def on_option(self, ctx: Context, option_id: str) -> Outcome:
        if option_id == "change":
            return Go("intake_review")
        if option_id == "export":
            return Go("my_data_export")
        if option_id in ("news_on", "news_off") and ctx.services.broadcasts is not None:
            wanted = option_id == "news_on"
            if ctx.profile.person_id is not None:
                await ctx.services.broadcasts.subscribe(ctx.profile.person_id, wanted)
            return Stay(say=[t("news-started" if wanted else "news-stopped")])
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


class MyDataExport(BaseStep):
    """Everything stored, as a JSON file (GDPR Art. 15 and 20); keys documented in the README."""

    name: ClassVar[str] = "my_data_export"
    leads_to: ClassVar[tuple[str, ...]] = ("my_data",)
    requires_consent: ClassVar[bool] = False

    async def load(self, ctx: Context) -> dict[str, Any]:
        assert ctx.profile.person_id is not None
        return {"content": await ctx.services.intake.export(ctx.profile.person_id)}

    def screen(self, ctx: Context) -> Screen:
        caption = t("my-data-export-caption")
        file = File("lotse-my-data.json", ctx.view["content"], "application/json", caption)
        return Screen(t("my-data-export-sent"), [Option("back", t("my-data-export-done"))], [file])

    def on_option(self, ctx: Context, option_id: str) -> Outcome:
        return Go("my_data")
