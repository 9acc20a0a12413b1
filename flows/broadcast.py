"""People's side of announcements: the buttons under them, answered from any screen (engine `actions`).

 announcement ─ "I'll take part"  event.<id>.yes ─► event_answer: a place, or the waiting list (position)
              ─ "Not this time"   event.<id>.no                  └ "Cancel my place" event.<id>.cancel
              ─ "Unsubscribe"     news.stop      ─► news_stop: no more announcements ("Get them again")
 /stop ─► news_stop          /start ─► announcements again (`resubscribe`, run by the engine on /start)

Whether the announcement reached this person is checked by the service (`flows.ports.Broadcasts`); a
forged or old id gets a polite "this event is not available".
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from flows.engine import Back as BackOutcome
from flows.engine import BaseStep, Context, Option, Outcome, Screen, Stay, Text, t

SIGNED_UP = ("confirmed", "waiting", "already")


def _ok() -> Option[Text]:
    return Option("ok", t("broadcast-ok"))


class EventAnswer(BaseStep):
    """The person answered an event's buttons (under the announcement, a reminder or a moved-up note)."""

    name: ClassVar[str] = "event_answer"
    actions: ClassVar[tuple[str, ...]] = ("event",)

    async def on_option(self, ctx: Context, option_id: str) -> Outcome:
        if option_id == "ok":
            return BackOutcome()
        parts = option_id.split(".")
        if len(parts) != 3 or not parts[1].isdigit() or parts[2] not in ("yes", "no", "cancel"):
            return BackOutcome(say=[t("option-stale")])
        services = ctx.services
        if services is None or services.broadcasts is None or ctx.profile.person_id is None:
            return BackOutcome(say=[t("feature-not-ready")])
        answer = await services.broadcasts.respond(ctx.profile.person_id, int(parts[1]), parts[2])
        ctx.data.clear()
        ctx.data.update(
            status=answer.status,
            id=answer.broadcast_id,
            title=answer.title,
            when=answer.when.isoformat() if answer.when else None,
            place=answer.place,
            position=answer.position,
        )
        return Stay()

    def screen(self, ctx: Context) -> Screen:
        data = ctx.data
        status = str(data.get("status", "gone"))
        when = datetime.fromisoformat(data["when"]) if data.get("when") else None
        args: dict[str, Any] = {"title": data.get("title", ""), "place": data.get("place", "")}
        if when is not None:
            args["when"] = when
        if status == "waiting":
            args["position"] = int(data.get("position", 0))
        if when is None and status not in ("gone",):
            status = "gone"
        options = []
        if status in SIGNED_UP:
            options.append(Option(f"event.{data.get('id')}.cancel", t("broadcast-cancel-place")))
        options.append(_ok())
        return Screen(Text(f"event-{status.replace('_', '-')}", args), options)


class NewsStop(BaseStep):
    """No more announcements. Shown after "Unsubscribe" or /stop; the unsubscription happens when the
    screen is loaded (it is what this step is), so /stop works in one message, twice is harmless."""

    name: ClassVar[str] = "news_stop"
    actions: ClassVar[tuple[str, ...]] = ("news",)

    async def load(self, ctx: Context) -> dict[str, Any]:
        services = ctx.services
        if services is None or services.broadcasts is None or ctx.profile.person_id is None:
            return {}
        await services.broadcasts.subscribe(ctx.profile.person_id, False)
        return {}

    async def on_option(self, ctx: Context, option_id: str) -> Outcome:
        if option_id == "news.start":
            services = ctx.services
            if services is not None and services.broadcasts is not None and ctx.profile.person_id is not None:
                await services.broadcasts.subscribe(ctx.profile.person_id, True)
            return BackOutcome(say=[t("news-started")])
        if option_id == "news.stop":
            return Stay()
        return BackOutcome()

    def screen(self, ctx: Context) -> Screen:
        return Screen(t("news-stopped"), [Option("news.start", t("news-start")), _ok()])


async def resubscribe(ctx: Context) -> list[Text]:
    """/start: announcements again for someone who had unsubscribed (the engine runs it on /start)."""
    services = ctx.services
    if services is None or getattr(services, "broadcasts", None) is None or ctx.profile.person_id is None:
        return []
    if ctx.profile.staff:
        return []
    if await services.broadcasts.subscribe(ctx.profile.person_id, True):
        return [t("news-started")]
    return []
