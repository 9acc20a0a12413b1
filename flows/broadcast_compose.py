"""Coordinators compose announcements in a private chat (`/broadcast`, or the staff menu's entry).

 bc_home ─ New ─► bc_text (German) ─► bc_audience ─┬ languages  ► bc_pick (toggle, Done)
   │                                                ├ places     ► bc_pick
   │                                                ├ German level (intake) ► bc_pick
   │                                                ├ people only / coaches only / everyone
   │                                                └ Continue ─► bc_event ─ no ──────────────┐
   │                                                               └ yes ► bc_when ► bc_place ► bc_capacity
   │                                                                                          ▼
   │        bc_preview (the German text and each language's text as messages, recipients per language
   │        and channel) ─ Send now / Schedule (bc_schedule) / Replace a translation (bc_replace ►
   │        bc_replace_text) ─► bc_detail
   └ an announcement ─► bc_detail: the report; Cancel; participants as CSV (events); Refresh

Only coordinators: every step is `coordinator_only` (the engine takes anyone else home, and answers
`/broadcast` as an unknown command). What a step needs is in `ctx.data["draft"]` (JSON: text,
audience, overrides, event, at), so a restart continues where the coordinator was.
"""

from __future__ import annotations

import copy
from typing import Any, ClassVar

from flows.engine import BaseStep, Context, File, Go, Incoming, Option, Outcome, Screen, Stay, Text, t
from flows.ports import BroadcastPreview

LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2")
MEDIA = ("photo", "document")  # what may go with an announcement (copied on Telegram)
CHANNEL_NAMES = {"telegram": "Telegram", "whatsapp": "WhatsApp", "terminal": "Terminal"}
MAX_TEXT = 3000


class Coordinators(BaseStep):
    coordinator_only: ClassVar[bool] = True
    staff_only: ClassVar[bool] = True
    requires_consent: ClassVar[bool] = False


def _draft(ctx: Context) -> dict[str, Any]:
    """The draft, as a fresh copy put back in place: the stored state is compared with what was loaded,
    so a nested dict changed in place would not be saved."""
    draft = copy.deepcopy(ctx.data.get("draft") or {})
    ctx.data["draft"] = draft
    return draft


def _audience(ctx: Context) -> dict[str, Any]:
    audience = _draft(ctx).setdefault("audience", {})
    assert isinstance(audience, dict)
    return audience


def _service(ctx: Context) -> Any:
    services = ctx.services
    if services is None or services.broadcasts is None:
        raise RuntimeError("the broadcast service is not configured")
    return services.broadcasts


def preview_messages(ctx: Context, preview: BroadcastPreview) -> list[Text]:
    """One message per language: which text, made how, for how many on which channel."""
    said = []
    for language, (text, by) in preview.texts.items():
        channels = preview.channels.get(language, {})
        where = " · ".join(f"{CHANNEL_NAMES.get(c, c)} {n}" for c, n in sorted(channels.items())) or "–"
        name = ctx.services.languages.name(language) if ctx.services is not None else language
        said.append(
            Text(
                "bc-preview-language",
                {
                    "language": Text.raw(f"{name} ({language})"),
                    "by": t(f"bc-made-{by}"),
                    "channels": Text.raw(where),
                    "text": text,
                },
            )
        )
    return said


async def to_preview(ctx: Context, say: list[Text] | None = None) -> Outcome:
    draft = _draft(ctx)
    preview = await _service(ctx).preview(draft)
    media = [t("bc-media-note")] if draft.get("media") else []
    return Go("bc_preview", [*(say or []), *media, *preview_messages(ctx, preview)])


class BroadcastHome(Coordinators):
    name: ClassVar[str] = "bc_home"
    leads_to: ClassVar[tuple[str, ...]] = ("bc_text", "bc_detail")
    back: ClassVar[bool] = True

    async def load(self, ctx: Context) -> dict[str, Any]:
        return {
            "recent": [(info.id, info.title, info.report["state"]) for info in await _service(ctx).recent()]
        }

    def screen(self, ctx: Context) -> Screen:
        options = [Option("new", t("bc-new"))]
        for broadcast_id, title, state in ctx.view.get("recent", []):
            options.append(
                Option(
                    f"b{broadcast_id}",
                    t("bc-list-entry", id=broadcast_id, title=title, state=t(f"bc-state-{state}")),
                )
            )
        return Screen(t("bc-home"), options)

    def on_option(self, ctx: Context, option_id: str) -> Outcome:
        if option_id == "new":
            ctx.data.clear()
            return Go("bc_text")
        ctx.data["id"] = int(option_id[1:])
        return Go("bc_detail")


class BroadcastText(Coordinators):
    name: ClassVar[str] = "bc_text"
    leads_to: ClassVar[tuple[str, ...]] = ("bc_audience",)
    back: ClassVar[bool] = True

    def screen(self, ctx: Context) -> Screen:
        return Screen(t("bc-text"))

    def on_text(self, ctx: Context, text: str) -> Outcome:
        if len(text.strip()) > MAX_TEXT:
            return Stay(say=[t("bc-too-long")])
        ctx.data["draft"] = {"text": text.strip(), "audience": {}}
        return Go("bc_audience")

    def on_media(self, ctx: Context, incoming: Incoming) -> Outcome:
        """A photo or document with the announcement as its caption: copied to Telegram recipients."""
        if incoming.value not in MEDIA or incoming.ref is None:
            return Stay(say=[t("media-unsupported")])
        if not incoming.text.strip():
            return Stay(say=[t("bc-media-caption")])
        media = {**incoming.ref, "type": incoming.value}  # the sender captions the kinds that take one
        ctx.data["draft"] = {"text": incoming.text.strip(), "audience": {}, "media": media}
        return Go("bc_audience")


class BroadcastAudience(Coordinators):
    name: ClassVar[str] = "bc_audience"
    leads_to: ClassVar[tuple[str, ...]] = ("bc_pick", "bc_event")
    back: ClassVar[bool] = True

    def screen(self, ctx: Context) -> Screen:
        audience = _audience(ctx)
        role = audience.get("role")
        summary = t(
            "bc-audience",
            languages=Text.raw(", ".join(audience.get("languages", [])) or "–"),
            towns=Text.raw(", ".join(audience.get("municipalities", [])) or "–"),
            levels=Text.raw(", ".join(audience.get("intake", {}).get("german", [])) or "–"),
            event=Text.raw(f"#{audience['event']}" if audience.get("event") is not None else "–"),
            role=t(f"bc-role-{role or 'all'}"),
        )
        options = [
            Option("languages", t("bc-by-language")),
            Option("municipalities", t("bc-by-place")),
            Option("german", t("bc-by-german")),
            Option("event", t("bc-by-event")),
            Option("role", t("bc-by-role")),
            Option("continue", t("bc-continue")),
        ]
        return Screen(summary, options)

    def on_option(self, ctx: Context, option_id: str) -> Outcome:
        if option_id == "continue":
            return Go("bc_event")
        if option_id == "role":
            audience = _audience(ctx)
            cycle = {None: "people", "people": "coaches", "coaches": None}
            role = cycle[audience.get("role")]
            if role is None:
                audience.pop("role", None)
            else:
                audience["role"] = role
            return Stay()
        ctx.data["picking"] = option_id
        return Go("bc_pick")


class BroadcastPick(Coordinators):
    """Toggle languages, municipalities or German levels (✓), or choose one event, then Done."""

    name: ClassVar[str] = "bc_pick"
    leads_to: ClassVar[tuple[str, ...]] = ("bc_audience",)
    page_size: ClassVar[int] = 14

    async def load(self, ctx: Context) -> dict[str, Any]:
        picking = ctx.data.get("picking")
        if picking == "languages" and ctx.services is not None:
            return {
                "choices": [(i.code, f"{i.native_name} ({i.code})") for i in ctx.services.languages.all()]
            }
        if picking == "municipalities" and ctx.services is not None and ctx.services.places is not None:
            return {"choices": [(p.name, p.name) for p in await ctx.services.places.all()]}
        if picking == "event":
            return {"choices": [(str(i), f"#{i} {title}") for i, title in await _service(ctx).events()]}
        return {"choices": [(level, level) for level in LEVELS]}

    def _chosen(self, ctx: Context) -> list[str]:
        audience = _audience(ctx)
        picking = ctx.data.get("picking")
        if picking == "event":
            return [str(audience["event"])] if audience.get("event") is not None else []
        if picking == "german":
            found = audience.setdefault("intake", {}).setdefault("german", [])
        else:
            found = audience.setdefault(str(picking), [])
        assert isinstance(found, list)
        return found

    def screen(self, ctx: Context) -> Screen:
        chosen = self._chosen(ctx)
        options = [Option("done", t("bc-done"))]
        for index, (value, label) in enumerate(ctx.view.get("choices", [])):
            mark = "✓ " if value in chosen else ""
            options.append(Option(f"c{index}", Text.raw(mark + label), (label,)))
        picking = ctx.data.get("picking", "german")
        if picking == "event" and not ctx.view.get("choices"):
            return Screen(t("bc-no-events"), options)
        return Screen(t(f"bc-pick-{picking}"), options)

    def on_option(self, ctx: Context, option_id: str) -> Outcome:
        if option_id == "done":
            audience = _audience(ctx)
            for key in ("languages", "municipalities"):
                if not audience.get(key):
                    audience.pop(key, None)
            if not audience.get("intake", {}).get("german"):
                audience.pop("intake", None)
            return Go("bc_audience")
        value = ctx.view["choices"][int(option_id[1:])][0]
        if ctx.data.get("picking") == "event":  # one event: pressed again, none
            audience = _audience(ctx)
            if audience.get("event") == int(value):
                audience.pop("event", None)
            else:
                audience["event"] = int(value)
            return Stay()
        chosen = self._chosen(ctx)
        if value in chosen:
            chosen.remove(value)
        else:
            chosen.append(value)
        return Stay()


class BroadcastEvent(Coordinators):
    name: ClassVar[str] = "bc_event"
    leads_to: ClassVar[tuple[str, ...]] = ("bc_when", "bc_preview")
    back: ClassVar[bool] = True

    def screen(self, ctx: Context) -> Screen:
        return Screen(t("bc-event"), [Option("no", t("bc-event-no")), Option("yes", t("bc-event-yes"))])

    async def on_option(self, ctx: Context, option_id: str) -> Outcome:
        if option_id == "yes":
            return Go("bc_when")
        _draft(ctx).pop("event", None)
        return await to_preview(ctx)


class BroadcastWhen(Coordinators):
    name: ClassVar[str] = "bc_when"
    leads_to: ClassVar[tuple[str, ...]] = ("bc_place",)
    back: ClassVar[bool] = True

    def screen(self, ctx: Context) -> Screen:
        return Screen(t("bc-when"))

    def on_text(self, ctx: Context, text: str) -> Outcome:
        when = _service(ctx).parse_time(text)
        if when is None or when <= ctx.now:
            return Stay(say=[t("bc-time-unknown")])
        _draft(ctx)["event"] = {"at": when.isoformat()}
        return Go("bc_place")


class BroadcastPlace(Coordinators):
    name: ClassVar[str] = "bc_place"
    leads_to: ClassVar[tuple[str, ...]] = ("bc_capacity",)
    back: ClassVar[bool] = True

    def screen(self, ctx: Context) -> Screen:
        return Screen(t("bc-place"))

    def on_text(self, ctx: Context, text: str) -> Outcome:
        _draft(ctx).setdefault("event", {})["place"] = text.strip()[:300]
        return Go("bc_capacity")


class BroadcastCapacity(Coordinators):
    name: ClassVar[str] = "bc_capacity"
    leads_to: ClassVar[tuple[str, ...]] = ("bc_preview",)
    back: ClassVar[bool] = True
    typed_numbers: ClassVar[bool] = False  # "20" is a capacity, not the 20th button

    def screen(self, ctx: Context) -> Screen:
        return Screen(t("bc-capacity"), [Option("unlimited", t("bc-unlimited"))])

    async def on_option(self, ctx: Context, option_id: str) -> Outcome:
        _draft(ctx).setdefault("event", {})["capacity"] = None
        return await to_preview(ctx)

    async def on_text(self, ctx: Context, text: str) -> Outcome:
        digits = text.strip()
        if not (digits.isascii() and digits.isdigit()) or not 0 < int(digits) <= 100_000:
            return Stay(say=[t("bc-capacity-unknown")])
        _draft(ctx).setdefault("event", {})["capacity"] = int(digits)
        return await to_preview(ctx)


class BroadcastPreviewStep(Coordinators):
    name: ClassVar[str] = "bc_preview"
    leads_to: ClassVar[tuple[str, ...]] = ("bc_schedule", "bc_replace", "bc_detail", "bc_home")
    cancel: ClassVar[bool] = True

    async def load(self, ctx: Context) -> dict[str, Any]:
        preview = await _service(ctx).preview(_draft(ctx))
        return {
            "total": preview.total,
            "unsubscribed": preview.unsubscribed,
            "blocked": preview.blocked,
            "languages": [code for code in preview.texts if code != "de"],
        }

    def screen(self, ctx: Context) -> Screen:
        view = ctx.view
        options = [Option("send", t("bc-send-now")), Option("schedule", t("bc-schedule"))]
        if view.get("languages"):
            options.append(Option("replace", t("bc-replace")))
        return Screen(
            t(
                "bc-preview",
                recipients=view.get("total", 0),
                unsubscribed=view.get("unsubscribed", 0),
                blocked=view.get("blocked", 0),
            ),
            options,
        )

    async def on_option(self, ctx: Context, option_id: str) -> Outcome:
        if option_id == "schedule":
            return Go("bc_schedule")
        if option_id == "replace":
            return Go("bc_replace")
        if ctx.view.get("total", 0) == 0:
            return Stay(say=[t("bc-nobody")])
        draft = _draft(ctx)
        draft.pop("at", None)
        broadcast_id = await _service(ctx).create(draft, ctx.profile.person_id)
        ctx.data.clear()
        ctx.data["id"] = broadcast_id
        return Go("bc_detail", [t("bc-started", id=broadcast_id)])


class BroadcastSchedule(Coordinators):
    name: ClassVar[str] = "bc_schedule"
    leads_to: ClassVar[tuple[str, ...]] = ("bc_detail",)
    back: ClassVar[bool] = True

    def screen(self, ctx: Context) -> Screen:
        return Screen(t("bc-schedule-when"))

    async def on_text(self, ctx: Context, text: str) -> Outcome:
        when = _service(ctx).parse_time(text)
        if when is None or when <= ctx.now:
            return Stay(say=[t("bc-time-unknown")])
        draft = _draft(ctx)
        draft["at"] = when.isoformat()
        broadcast_id = await _service(ctx).create(draft, ctx.profile.person_id)
        ctx.data.clear()
        ctx.data["id"] = broadcast_id
        return Go("bc_detail", [t("bc-scheduled", id=broadcast_id, when=when)])


class BroadcastReplace(Coordinators):
    name: ClassVar[str] = "bc_replace"
    leads_to: ClassVar[tuple[str, ...]] = ("bc_replace_text",)
    back: ClassVar[bool] = True

    async def load(self, ctx: Context) -> dict[str, Any]:
        preview = await _service(ctx).preview(_draft(ctx))
        return {"languages": [code for code in preview.texts if code != "de"]}

    def screen(self, ctx: Context) -> Screen:
        names = ctx.services.languages if ctx.services is not None else None
        options = [
            Option(code, Text.raw(f"{names.name(code) if names else code} ({code})"))
            for code in ctx.view.get("languages", [])
        ]
        return Screen(t("bc-replace-which"), options)

    def on_option(self, ctx: Context, option_id: str) -> Outcome:
        ctx.data["replacing"] = option_id
        return Go("bc_replace_text")


class BroadcastReplaceText(Coordinators):
    name: ClassVar[str] = "bc_replace_text"
    leads_to: ClassVar[tuple[str, ...]] = ("bc_preview",)
    back: ClassVar[bool] = True

    def screen(self, ctx: Context) -> Screen:
        return Screen(t("bc-replace-text", language=Text.raw(str(ctx.data.get("replacing", "")))))

    async def on_text(self, ctx: Context, text: str) -> Outcome:
        if len(text.strip()) > MAX_TEXT:
            return Stay(say=[t("bc-too-long")])
        _draft(ctx).setdefault("overrides", {})[str(ctx.data.get("replacing"))] = text.strip()
        return await to_preview(ctx, [t("bc-replaced")])


class BroadcastDetail(Coordinators):
    name: ClassVar[str] = "bc_detail"
    leads_to: ClassVar[tuple[str, ...]] = ("bc_home",)
    back: ClassVar[bool] = True

    async def load(self, ctx: Context) -> dict[str, Any]:
        service = _service(ctx)
        info = await service.info(int(ctx.data.get("id", 0)))
        view: dict[str, Any] = {"info": info}
        if info is not None and ctx.data.get("csv"):
            view["csv"] = await service.participants_csv(info.id)
        return view

    def screen(self, ctx: Context) -> Screen:
        info = ctx.view.get("info")
        if info is None:
            return Screen(t("bc-gone"), [Option("list", t("bc-list"))])
        report = info.report
        recipients = sum(report.get("recipients", {}).values())
        text = t(
            "bc-report",
            id=info.id,
            title=info.title,
            state=t(f"bc-state-{report['state']}"),
            recipients=recipients,
            delivered=report["delivered"],
            queued=report["queued"],
            failed=report["failed"],
            blocked=report["blocked"],
            unsubscribed=report["unsubscribed"],
            waiting=report["waiting"],
            signups=report["sign_ups"],
            waitlist=report["waiting_list"],
        )
        options = [Option("refresh", t("bc-refresh"))]
        if report["state"] in ("scheduled", "sending", "paused"):
            options.append(Option("cancel", t("bc-cancel")))
        if "event" in report:
            options.append(Option("csv", t("bc-csv")))
        options.append(Option("list", t("bc-list")))
        files = []
        if ctx.view.get("csv") is not None:
            files.append(File(f"teilnehmende-{info.id}.csv", ctx.view["csv"], "text/csv"))
        return Screen(text, options, files)

    async def on_option(self, ctx: Context, option_id: str) -> Outcome:
        ctx.data.pop("csv", None)
        if option_id == "list":
            return Go("bc_home")
        if option_id == "csv":
            ctx.data["csv"] = True
            return Stay()
        if option_id == "cancel":
            outcome = await _service(ctx).cancel(int(ctx.data.get("id", 0)))
            return Stay(say=[t(f"bc-cancel-{outcome}")])
        return Stay()


COMPOSE_STEPS = (
    BroadcastHome(),
    BroadcastText(),
    BroadcastAudience(),
    BroadcastPick(),
    BroadcastEvent(),
    BroadcastWhen(),
    BroadcastPlace(),
    BroadcastCapacity(),
    BroadcastPreviewStep(),
    BroadcastSchedule(),
    BroadcastReplace(),
    BroadcastReplaceText(),
    BroadcastDetail(),
)
