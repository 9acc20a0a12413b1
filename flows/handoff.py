"""Ask a coach: a conversation with the human coaches, translated both ways (issue 9).

Entered from the menu ("Ask a coach"), `/human` or `/coach`. Opening a case tells the person that a
human will answer and when coaches usually do (`COACH_HOURS`). While the case is open, everything the
person sends (text, and voice notes, photos, documents, locations through `on_media`) goes to their topic
in the coaches' group (through `services.handoff`); the coaches' answers come back through the outbox.
"End conversation" closes the case. When a coach closed it, the same step asks "Did this help?" (1–5).

Buttons under messages that come later, answered from any screen (`HandoffButtons`, engine actions):
`rate.<case>.<n>` (the rating under "the coach closed the conversation") and `orig.<reply>` (the
"Original" under a translated reply: the coach's German as written). Both check that the case or reply
belongs to the person who pressed.
"""

from __future__ import annotations

import unicodedata
from typing import Any, ClassVar

from flows.engine import (
    Back,
    BaseStep,
    Context,
    Go,
    Incoming,
    Option,
    Outcome,
    Screen,
    Stay,
    Text,
    choose_hint,
    t,
)

RATE, ORIGINAL = "rate", "orig"


def rating_options(case_id: int) -> list[Option[Text]]:
    """1 … 5 as buttons, `rate.<case>.<n>`: the same ids on the coach's closing message and here."""
    return [Option(f"{RATE}.{case_id}.{n}", Text.raw(str(n))) for n in range(1, 6)]


def parse(option_id: str, prefix: str) -> list[int] | None:
    """`prefix.1.2` → [1, 2]; None for anything else (forged or malformed)."""
    head, _, rest = option_id.partition(".")
    parts = rest.split(".")
    if head != prefix or not rest or not all(part.isdigit() and len(part) < 12 for part in parts):
        return None
    return [int(part) for part in parts]


async def rate(ctx: Context, option_id: str) -> Outcome | None:
    """A rating button: stored when the case is the person's and closed; None when the id is not one."""
    handoff, person, parsed = ctx.services.handoff, ctx.profile.person_id, parse(option_id, RATE)
    if handoff is None or person is None or parsed is None or len(parsed) != 2 or not 1 <= parsed[1] <= 5:
        return None
    if not await handoff.rate(person, parsed[0], parsed[1]):
        return None
    ctx.data["ended"] = True
    return Go("menu", say=[t("handoff-thanks")])


def opened_notice(hours: str | None, within: bool, *, asked: bool = False) -> Text:
    """What a person hears when their case opens: a human will answer, and when coaches usually do.

    `asked`: their question is on its way already (words the menu could not place), so the notice says
    it was passed on; otherwise (they chose "Ask a coach") it asks them to write it."""
    kind = "opened" if asked else "ask"
    if not hours:
        return t(f"handoff-{kind}-always")
    if within:
        return t(f"handoff-{kind}-within", times=hours)
    return t(f"handoff-{kind}-outside", times=hours)


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
            return Screen(t("handoff-rate"), rating_options(int(view["rate"])))
        end = [Option("end", t("handoff-end"))]
        if view.get("created"):
            return Screen(opened_notice(view.get("hours"), bool(view.get("within"))), end)
        # "Sent" only after a message went to the coaches; after a refused one (a command, too long, an
        # edit) the invitation to write again, so nobody believes a message arrived that did not.
        sent = ctx.retry and not ctx.unusable
        return Screen(t("handoff-sent") if sent else t("handoff-chat"), end)

    async def on_option(self, ctx: Context, option_id: str) -> Outcome:
        handoff, person = ctx.services.handoff, ctx.profile.person_id
        if handoff is None or person is None:
            return Go("menu")
        if option_id.startswith(f"{RATE}."):
            rated = await rate(ctx, option_id)
            return rated if rated is not None else Stay(say=[t("option-stale")])
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
                return await self.on_option(ctx, f"{RATE}.{ctx.view['rate']}.{digit}")
            return Stay(say=[choose_hint(ctx)])
        await handoff.relay(person, ctx.language, text)
        return Stay()

    async def on_media(self, ctx: Context, incoming: Incoming) -> Outcome:
        """A voice note, photo, document, location…: to the coaches as it is, its caption translated."""
        handoff, person = ctx.services.handoff, ctx.profile.person_id
        if handoff is None or person is None or ctx.view.get("unavailable") or "rate" in ctx.view:
            return Stay(say=[t("media-unsupported")])
        media = {**(incoming.ref or {}), "type": incoming.value}
        await handoff.relay_media(person, ctx.language, media, incoming.text)
        return Stay()


class HandoffButtons(BaseStep):
    """Rating and "Original" buttons pressed on any screen (engine actions): answered, then Back to where
    the person was (after a rating: the menu)."""

    name: ClassVar[str] = "handoff_buttons"
    leads_to: ClassVar[tuple[str, ...]] = ("menu",)
    actions: ClassVar[tuple[str, ...]] = (RATE, ORIGINAL)

    def screen(self, ctx: Context) -> Screen:
        return Screen(t("option-stale"))  # only ever passed through

    async def on_option(self, ctx: Context, option_id: str) -> Outcome:
        handoff, person = ctx.services.handoff, ctx.profile.person_id
        if option_id.startswith(f"{RATE}."):
            rated = await rate(ctx, option_id)
            return rated if rated is not None else Back(say=[t("option-stale")])
        parsed = parse(option_id, ORIGINAL)
        if handoff is None or person is None or parsed is None or len(parsed) != 1:
            return Back(say=[t("option-stale")])
        found = await handoff.original(person, parsed[0])
        if found is None:
            return Back(say=[t("option-stale")])
        coach, text = found
        return Back(say=[t("handoff-original", coach=coach, text=text)])
