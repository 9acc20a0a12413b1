"""The flow engine without a database: a ten-question form's vocabulary as transcripts.

A small form (help wanted → place (a sub-flow) → German level (skippable) → review) exercises Back,
Skip, Cancel, a sub-flow returning its answer, paging of a long list, per-flow data, effects, the consent
gate, staff-only steps and the checks made when the engine is built. Texts are rendered as their keys
(`key(arg=value)`) so a transcript shows exactly what the flow decided.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, ClassVar

import pytest

from flows.consent import CONSENT_VERSION, consent_current
from flows.effects import Send, ToCoachesGroup
from flows.engine import (
    CANCELLED,
    Back,
    BaseStep,
    Call,
    Context,
    Flow,
    FlowEngine,
    Go,
    Incoming,
    Option,
    Outcome,
    Profile,
    Reply,
    Role,
    Screen,
    State,
    Stay,
    Text,
    UnknownStep,
    t,
)
from flows.ports import LanguageInfo, Place, Services
from flows.registry import FLOWS, build_engine

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


class KeyWords:
    """Labels are their keys; synonyms come from a small table."""

    SYNONYMS: ClassVar[dict[str, list[str]]] = {"help-cv": ["lebenslauf"], "nav-back": ["zurück"]}

    def label(self, text: Text, language: str) -> str:
        return text.verbatim if text.verbatim is not None else text.key

    def synonyms(self, text: Text, language: str) -> Sequence[str]:
        return self.SYNONYMS.get(text.key, []) if language == "de" else []


class Languages:
    def all(self) -> list[LanguageInfo]:
        return [LanguageInfo("de", "Deutsch", ("german",)), LanguageInfo("ar", "العربية", ("arabic",))]

    def name(self, code: str) -> str:
        return {"de": "Deutsch", "ar": "العربية"}[code]


class Places:
    PLACES: ClassVar[list[Place]] = [
        Place(i, name, "Landkreis Karlsruhe", (code,))
        for i, (name, code) in enumerate(
            [("Bretten", "75015"), ("Bruchsal", "76646"), ("Ettlingen", "76275"), ("Graben-Neudorf", "76676"),
             ("Karlsbad", "76307"), ("Oberderdingen", "75038"), ("Philippsburg", "76661"),
             ("Rheinstetten", "76287"), ("Stutensee", "76297"), ("Waghäusel", "68753")],
            start=1,
        )
    ]  # fmt: skip

    async def all(self) -> list[Place]:
        return list(self.PLACES)

    async def find(self, text: str) -> list[Place]:
        wanted = text.strip()
        return [p for p in self.PLACES if wanted in p.postcodes or p.name.lower() == wanted.lower()]


# -- a small form ------------------------------------------------------------------------------------------


class HelpWanted(BaseStep):
    """Several choices, then Done."""

    name: ClassVar[str] = "form.help"
    leads_to: ClassVar[tuple[str, ...]] = ("form.place",)
    back: ClassVar[bool] = True
    cancel: ClassVar[bool] = True

    def screen(self, ctx: Context) -> Screen:
        chosen = ctx.data.get("help", [])
        options = [Option(i, t(f"help-{i}" + ("-chosen" if i in chosen else ""))) for i in ("job", "cv")]
        return Screen(t("help-question"), [*options, Option("done", t("done"))])

    def on_option(self, ctx: Context, option_id: str) -> Outcome:
        if option_id == "done":
            return Go("form.place")
        chosen = ctx.data.setdefault("help", [])
        chosen.remove(option_id) if option_id in chosen else chosen.append(option_id)
        return Stay()


class AskPlace(BaseStep):
    """Calls the reusable place question and keeps its answer."""

    name: ClassVar[str] = "form.place"
    leads_to: ClassVar[tuple[str, ...]] = ("form.german",)
    calls: ClassVar[tuple[str, ...]] = ("choose_place",)
    back: ClassVar[bool] = True

    def screen(self, ctx: Context) -> Screen:
        return Screen(t("place-intro"), [Option("choose", t("choose-place"))])

    def on_option(self, ctx: Context, option_id: str) -> Outcome:
        return Call("choose_place", {"question": "where-do-you-live"})

    def on_result(self, ctx: Context, result: Any) -> Outcome:
        if result is CANCELLED:
            return Stay(say=[t("no-place-yet")])
        ctx.data["place"] = result["name"] if result else None
        return Go("form.german")


class GermanLevel(BaseStep):
    name: ClassVar[str] = "form.german"
    leads_to: ClassVar[tuple[str, ...]] = ("form.review",)
    skip_to: ClassVar[str | None] = "form.review"
    back: ClassVar[bool] = True

    def screen(self, ctx: Context) -> Screen:
        levels = [Option(level, Text.raw(level.upper())) for level in ("a1", "a2", "b1")]
        return Screen(t("german-question"), levels)

    def on_option(self, ctx: Context, option_id: str) -> Outcome:
        ctx.data["german"] = option_id
        return Go("form.review")


class Review(BaseStep):
    name: ClassVar[str] = "form.review"
    leads_to: ClassVar[tuple[str, ...]] = ("menu",)
    back: ClassVar[bool] = True

    def screen(self, ctx: Context) -> Screen:
        data = ctx.data
        return Screen(
            t("review", help=",".join(data.get("help", [])), place=data.get("place"), german=data.get("german")),  # noqa: E501
            [Option("confirm", t("confirm"))],
        )

    def on_option(self, ctx: Context, option_id: str) -> Outcome:
        key = f"profile-{ctx.profile.person_id}"
        ctx.effects.append(Send(ToCoachesGroup(), Reply(t("new-profile")), key=key))
        return Go("menu", say=[t("thanks")])


class FormMenu(BaseStep):
    name: ClassVar[str] = "menu"
    leads_to: ClassVar[tuple[str, ...]] = ("form.help",)

    def screen(self, ctx: Context) -> Screen:
        return Screen(t("menu-title"), [Option("form", t("menu-form"))])

    def on_option(self, ctx: Context, option_id: str) -> Outcome:
        return Go("form.help")


class Consent(BaseStep):
    name: ClassVar[str] = "consent"
    leads_to: ClassVar[tuple[str, ...]] = ("menu",)
    requires_consent: ClassVar[bool] = False

    def screen(self, ctx: Context) -> Screen:
        return Screen(t("privacy"), [Option("agree", t("agree"))])

    def on_option(self, ctx: Context, option_id: str) -> Outcome:
        ctx.profile.consent_at, ctx.profile.consent_version = ctx.now, CONSENT_VERSION
        return Go("menu")


class Language(BaseStep):
    name: ClassVar[str] = "language"
    requires_consent: ClassVar[bool] = False

    def screen(self, ctx: Context) -> Screen:
        return Screen(t("language"), [Option("de", Text.raw("Deutsch"))])


def engine_with(*extra: BaseStep, steps: Sequence[BaseStep] | None = None) -> FlowEngine:
    from flows.pickers import ChoosePlace

    form = steps if steps is not None else [HelpWanted(), AskPlace(), GermanLevel(), Review()]
    return FlowEngine(
        [
            Flow("main", [FormMenu(), Consent(), Language(), *extra]),
            Flow("form", list(form)),
            Flow("choose_place", [ChoosePlace()]),
        ],
        start=lambda ctx: "menu",
        home=lambda ctx: "menu",
        words=KeyWords(),
        consent=consent_current,
        consent_step="consent",
        language_step="language",
    )


@dataclass
class Transcript:
    """One person talking to an engine; the state is kept as the conversation service would keep it."""

    engine: FlowEngine
    profile: Profile = field(
        default_factory=lambda: Profile("telegram", person_id=7, language="de", consent_at=NOW,
                                        consent_version=CONSENT_VERSION)
    )  # fmt: skip
    state: State = field(default_factory=State)
    effects: list[Any] = field(default_factory=list)

    async def send(self, incoming: Incoming) -> str:
        ctx = Context(self.profile, NOW, services=Services(Languages(), Places()))
        turn = await self.engine.handle(ctx, incoming, State.load(self.state.dump(), None, self.state.shown))
        self.state = turn.state
        self.effects += ctx.effects
        return " | ".join(_render(reply) for reply in turn.replies)

    async def verify(self, exchanges: Sequence[tuple[str, str]]) -> None:
        """(said, expected): a said word starting with "#" presses that option id."""
        for said, expected in exchanges:
            incoming = Incoming.option(said[1:]) if said.startswith("#") else Incoming.message(said)
            answer = await self.send(incoming)
            assert answer == expected, f"after {said!r}:\n{answer}\n--- expected ---\n{expected}"


def _render(reply: Reply[Text]) -> str:
    def text(value: Text) -> str:
        if value.verbatim is not None:
            return value.verbatim
        args = ",".join(f"{k}={v}" for k, v in value.args.items())
        return f"{value.key}({args})" if args else value.key

    lines = [text(reply.text)]
    lines += [f"{n}. {text(option.label)}" for n, option in enumerate(reply.options, 1)]
    return " | ".join(lines)


PAGE_1 = (
    "where-do-you-live | 1. Bretten | 2. Bruchsal | 3. Ettlingen | 4. Graben-Neudorf | 5. Karlsbad"
    " | 6. Oberderdingen | 7. Philippsburg | 8. Rheinstetten | 9. nav-more | 10. nav-back | 11. nav-cancel"
)
HELP = "help-question | 1. help-job | 2. help-cv | 3. done | 4. nav-back | 5. nav-cancel"
GERMAN = "german-question | 1. A1 | 2. A2 | 3. B1 | 4. nav-skip | 5. nav-back"

# -- transcripts ------------------------------------------------------------------------------------------


async def test_a_form_with_back_skip_a_sub_flow_and_paging() -> None:
    talk = Transcript(engine_with())
    await talk.verify(
        [
            ("hi", "menu-title | 1. menu-form"),
            ("1", HELP),
            ("1", "help-question | 1. help-job-chosen | 2. help-cv | 3. done | 4. nav-back | 5. nav-cancel"),
            ("lebenslauf", "help-question | 1. help-job-chosen | 2. help-cv-chosen | 3. done"
                           " | 4. nav-back | 5. nav-cancel"),
            ("done", "place-intro | 1. choose-place | 2. nav-back"),
            # The place question pages its eleven options: eight, then More.
            ("1", PAGE_1),
            ("9", "where-do-you-live | 1. Stutensee | 2. Waghäusel | 3. place-elsewhere | 4. nav-previous"
                  " | 5. nav-back | 6. nav-cancel"),
            ("2", GERMAN),
            ("#nav.skip", "review(help=job,cv,place=Waghäusel,german=None) | 1. confirm | 2. nav-back"),
            ("zurück", GERMAN),
            ("2", "review(help=job,cv,place=Waghäusel,german=a2) | 1. confirm | 2. nav-back"),
            ("confirm", "thanks | menu-title | 1. menu-form"),
        ]
    )  # fmt: skip
    assert talk.effects == [Send(ToCoachesGroup(), Reply(t("new-profile")), key="profile-7")]
    assert talk.state.frames[0].history == []  # home clears the way back


async def test_a_typed_postcode_answers_the_sub_flow_and_back_from_it_returns_to_the_caller() -> None:
    talk = Transcript(engine_with())
    for said in ("hi", "1", "done", "1"):
        await talk.send(Incoming.message(said))
    await talk.verify([("76646", GERMAN)])
    await talk.verify([("#nav.back", "place-intro | 1. choose-place | 2. nav-back")])
    await talk.verify(
        [
            ("1", PAGE_1),
            # Back (or Cancel) out of the sub-flow: the caller hears CANCELLED and stays.
            ("10", "no-place-yet | place-intro | 1. choose-place | 2. nav-back"),
            ("1", PAGE_1),
            ("Nirgendwo", f"place-unknown | {PAGE_1}"),
        ]
    )  # fmt: skip


async def test_cancel_leaves_the_form_and_the_next_start_is_fresh() -> None:
    talk = Transcript(engine_with())
    for said in ("hi", "1", "1"):
        await talk.send(Incoming.message(said))
    await talk.verify(
        [
            ("#nav.cancel", "cancelled | menu-title | 1. menu-form"),
            # The form's data went with it: nothing is chosen any more.
            ("1", HELP),
        ]
    )


async def test_stale_forged_and_other_page_options() -> None:
    talk = Transcript(engine_with())
    for said in ("hi", "1", "done", "1"):
        await talk.send(Incoming.message(said))
    # "p10" (Waghäusel) is on the second page, but it is an option of this screen: it counts.
    assert (await talk.send(Incoming.option("p10"))).startswith("german-question")
    assert (await talk.send(Incoming.option("form"))).startswith("option-stale | german-question")
    assert (await talk.send(Incoming.option("nav.more"))).startswith("option-stale | german-question")
    assert (await talk.send(Incoming.option("../../etc"))).startswith("option-stale")


async def test_the_consent_gate_and_staff_only_steps() -> None:
    class Secret(BaseStep):
        name: ClassVar[str] = "secret"
        staff_only: ClassVar[bool] = True

        def screen(self, ctx: Context) -> Screen:
            return Screen(t("secret"))

    talk = Transcript(engine_with(Secret()))
    talk.profile.consent_version = "2020-01"  # agreed to an older note
    await talk.verify([("hi", "privacy | 1. agree")])
    await talk.verify([("1", "menu-title | 1. menu-form")])
    # A person whose state points at a staff-only step (say, a coach who was removed) is taken home.
    talk.state = State.load({"frames": [{"step": "secret"}]}, None, [])
    await talk.verify([("hi", "menu-title | 1. menu-form")])
    talk.profile.role = Role.COACH
    talk.state = State.load({"frames": [{"step": "secret"}]}, None, [])
    assert await talk.send(Incoming.message("/help")) == "help | secret"


async def test_state_from_before_frames_still_works() -> None:
    talk = Transcript(engine_with())
    talk.state = State.load({"suggested": None}, "menu", ["form"])
    await talk.verify([("1", HELP)])


def test_an_unknown_step_name_fails_when_the_engine_is_built() -> None:
    class Typo(BaseStep):
        name: ClassVar[str] = "form.typo"
        leads_to: ClassVar[tuple[str, ...]] = ("form.reveiw",)

        def screen(self, ctx: Context) -> Screen:
            return Screen(t("x"))

    with pytest.raises(UnknownStep, match=r"form\.reveiw"):
        engine_with(steps=[HelpWanted(), AskPlace(), GermanLevel(), Review(), Typo()])


async def test_going_somewhere_undeclared_fails_loudly_in_tests() -> None:
    class Sneaky(BaseStep):
        name: ClassVar[str] = "form.help"
        leads_to: ClassVar[tuple[str, ...]] = ()

        def screen(self, ctx: Context) -> Screen:
            return Screen(t("x"), [Option("go", t("go"))])

        def on_option(self, ctx: Context, option_id: str) -> Outcome:
            return Go("form.review")

    talk = Transcript(engine_with(steps=[Sneaky(), AskPlace(), GermanLevel(), Review()]))
    await talk.send(Incoming.message("hi"))
    await talk.send(Incoming.message("1"))
    with pytest.raises(UnknownStep, match="not in its leads_to"):
        await talk.send(Incoming.option("go"))


@pytest.mark.parametrize("bad", ["2026-12-01T10:00", "Slot 1", "x" * 49, "", "ä"])
def test_option_ids_every_channel_can_carry(bad: str) -> None:
    with pytest.raises(ValueError, match="option id"):
        Option(bad, t("label"))
    Option("2026-12-01t10-00", t("label"))


def test_lotses_own_flows_build() -> None:
    engine = build_engine(KeyWords())
    assert {step for flow in FLOWS for step in (s.name for s in flow.steps)} == set(engine.steps)


class ReminderAnswer(BaseStep):
    """Answers the buttons under a reminder sent days later through the outbox, from any screen."""

    name: ClassVar[str] = "reminder"
    actions: ClassVar[tuple[str, ...]] = ("reminder",)
    back: ClassVar[bool] = True
    MINE: ClassVar[set[str]] = {"41"}  # the booking ids of this person (a service in real life)

    def screen(self, ctx: Context) -> Screen:
        return Screen(t("reminder-answered", booking=ctx.data.get("booking")), [Option("ok", t("ok"))])

    def on_option(self, ctx: Context, option_id: str) -> Outcome:
        _prefix, booking, answer = [*option_id.split("."), "", ""][:3]
        if booking not in self.MINE:
            return Back(say=[t("not-yours")])
        ctx.data["booking"] = f"{booking}:{answer}"
        return Stay()


async def test_a_button_under_a_later_message_is_answered_from_any_screen() -> None:
    talk = Transcript(engine_with(ReminderAnswer()))
    for said in ("hi", "1", "1"):  # in the middle of the form
        await talk.send(Incoming.message(said))
    await talk.verify(
        [
            ("#reminder.41.come", "reminder-answered(booking=41:come) | 1. ok | 2. nav-back"),
            # Back leads to where the person was, with the form's data as it was.
            ("#nav.back", "help-question | 1. help-job-chosen | 2. help-cv | 3. done"
                          " | 4. nav-back | 5. nav-cancel"),
            # Someone else's booking: refused, and the person stays where they are.
            ("#reminder.99.cancel", "not-yours | help-question | 1. help-job-chosen | 2. help-cv | 3. done"
                                    " | 4. nav-back | 5. nav-cancel"),
            ("#unknown.1.x", "option-stale | help-question | 1. help-job-chosen | 2. help-cv | 3. done"
                             " | 4. nav-back | 5. nav-cancel"),
        ]
    )  # fmt: skip


def test_action_prefixes_are_checked_when_the_engine_is_built() -> None:
    class Twice(ReminderAnswer):
        name: ClassVar[str] = "reminder2"

    with pytest.raises(UnknownStep, match="used twice"):
        engine_with(ReminderAnswer(), Twice())
