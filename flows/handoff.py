"""Ask a coach: a conversation with the human coaches, translated both ways (issue 9).

Entered from the menu ("Ask a coach"), `/human` or `/coach`. Opening a case tells the person that a
human will answer and when coaches usually do (`COACH_HOURS`). While the case is open, everything the
person writes goes to their topic in the coaches' group (through `services.handoff`); the coaches'
answers come back through the outbox. "End conversation" closes the case. When a coach closed it, the
same step asks "Did this help?" (1–5) and stores the answer on the case.
"""

from __future__ import annotations

import unicodedata
from typing import Any, ClassVar

from flows.engine import BaseStep, Context, Go, Option, Outcome, Screen, Stay, Text, choose_hint, t

RATINGS = tuple(f"rate-{n}" for n in range(1, 6))


def rating_options() -> list[Option[Text]]:
    """1 … 5 as buttons (the same ids on the coach's closing message and on this screen)."""
    return [Option(option_id, Text.raw(option_id[-1])) for option_id in RATINGS]


class HandoffChat(BaseStep):
    name: ClassVar[str] = "handoff_chat"
    leads_to: ClassVar[tuple[str, ...]] = ("menu",)
    typed_numbers: ClassVar[bool] = False  # "1" is a message to the coach, not the first button

    async def load(self, ctx: Context) -> dict[str, Any]:
        handoff, person = ctx.services.handoff, ctx.profile.person_id
        if handoff is None or person is None:
            return {"unavailable": True}
        case = await handoff.current(person)
        if case is None and ctx.data.get("case"):
            last = await handoff.case(person, int(ctx.data["case"]))
            if (
                last is not None
                and last.state == "closed"
                and last.rating is None
                and not ctx.data.get("ended")
            ):
                return {"rate": last.id}
        if case is None:
            opened = await handoff.open(person, ctx.language, ctx.profile.channel)
            ctx.data["case"], ctx.data["ended"] = opened.case.id, False
            return {"case": opened.case.id, "created": opened.created, "hours": opened.hours,
                    "within": opened.now_within}  # fmt: skip
        ctx.data["case"] = case.id
        return {"case": case.id, "created": False}

    def screen(self, ctx: Context) -> Screen:
        view = ctx.view
        if view.get("unavailable"):
            return Screen(t("feature-not-ready"))
        if "rate" in view:
            return Screen(t("handoff-rate"), rating_options())
        end = [Option("end", t("handoff-end"))]
        if view.get("created"):
            if not view.get("hours"):
                opened = t("handoff-opened-always")
            elif view.get("within"):
                opened = t("handoff-opened-within", times=view["hours"])
            else:
                opened = t("handoff-opened-outside", times=view["hours"])
            return Screen(opened, end)
        return Screen(t("handoff-sent") if ctx.retry else t("handoff-chat"), end)

    async def on_option(self, ctx: Context, option_id: str) -> Outcome:
        handoff, person = ctx.services.handoff, ctx.profile.person_id
        if handoff is None or person is None:
            return Go("menu")
        if option_id in RATINGS and "rate" in ctx.view:
            await handoff.rate(person, int(ctx.view["rate"]), int(option_id[-1]))
            ctx.data["ended"] = True
            return Go("menu", say=[t("handoff-thanks")])
        if option_id == "end":
            await handoff.end(person)
            ctx.data["ended"] = True
            return Go("menu", say=[t("handoff-ended")])
        return Stay()

    async def on_text(self, ctx: Context, text: str) -> Outcome:
        handoff, person = ctx.services.handoff, ctx.profile.person_id
        if handoff is None or person is None or ctx.view.get("unavailable"):
            return Go("menu")
        if "rate" in ctx.view:
            digit = unicodedata.digit(text.strip(), None) if len(text.strip()) == 1 else None
            if digit is not None and 1 <= digit <= 5:
                return await self.on_option(ctx, f"rate-{digit}")
            return Stay(say=[choose_hint(ctx)])
        await handoff.relay(person, ctx.language, text)
        return Stay()
