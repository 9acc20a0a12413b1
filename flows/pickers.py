"""Reusable questions that other flows `Call` and that `Return` the answer.

choose_place: "Where do you live?" A municipality the deployment serves, typed by name or postcode, or
picked from the paged list. Returns the place's id and name, or `None` when the person lives elsewhere
(the caller decides what applies to them); Back or Cancel returns `CANCELLED`.

    caller ──Call("choose_place")──► choose_place ──typed/picked──► Return({"id", "name"})
                                         │ "Somewhere else"
                                         └──────────────────────► Return(None)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from flows.engine import BaseStep, Context, Option, Outcome, Return, Screen, Stay, Text, t
from flows.ports import Place

ELSEWHERE = "elsewhere"


class ChoosePlace(BaseStep):
    name: ClassVar[str] = "choose_place"
    back: ClassVar[bool] = True
    cancel: ClassVar[bool] = True

    async def load(self, ctx: Context) -> dict[str, Any]:
        places = await ctx.services.places.all() if ctx.services.places is not None else ()
        return {"places": places}

    def screen(self, ctx: Context) -> Screen:
        options = [Option(f"p{place.id}", Text.raw(place.name)) for place in ctx.view["places"]]
        options.append(Option(ELSEWHERE, t("place-elsewhere")))
        return Screen(t(ctx.data.get("question", "place-question")), options)

    def on_option(self, ctx: Context, option_id: str) -> Outcome:
        if option_id == ELSEWHERE:
            return Return(None)
        place = next(p for p in ctx.view["places"] if f"p{p.id}" == option_id)
        return Return({"id": place.id, "name": place.name})

    async def on_text(self, ctx: Context, text: str) -> Outcome:
        places = ctx.services.places
        found: Sequence[Place] = await places.find(text) if places is not None else ()
        if len(found) == 1:
            return Return({"id": found[0].id, "name": found[0].name})
        return Stay(say=[t("place-unknown")])
