"""The intake: what the person can do and what help they want, one short question at a time.

 menu "Find work" (right after consent the menu's heading invites to it, once)
        │
        ▼
  intake_intro ── "Later" ──► menu            (answers confirmed: the profile, offers, change)
        │ Start
        ▼
  intake_help (several, Done) → intake_field (KldB areas, paged) → intake_title (free text)
  → intake_experience → intake_qualification → [intake_abroad] → intake_german [→ examples]
  → intake_residence ──Call──► choose_place ──► intake_availability (several, Done) → intake_start
  → intake_review ── Confirm ──► intake_offers ──► menu
        │ Change <question>
        └──► that question, and back to the review

Every question has Skip and Back. Each answer is stored at once (`ctx.services.intake`), so a person
who stops half-way keeps what they said and can go on later; the review and "My data" change any
answer. Free text is stored as written (cut at `MAX_ANSWER`, with a note).
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Any, ClassVar

from flows.consent import consent_current
from flows.engine import (
    CANCELLED,
    BaseStep,
    Call,
    Context,
    Go,
    Option,
    Outcome,
    Screen,
    Stay,
    Text,
    choose_hint,
    t,
)
from flows.profile import (
    AVAILABILITY,
    EXPERIENCE,
    FIELDS,
    HELP,
    LEVELS,
    MAX_ANSWER,
    QUALIFICATIONS,
    QUESTIONS,
    RESIDENCE,
    START,
)

REVIEW = "intake_review"
# The step that asks each question (the review's "Change" buttons lead there).
STEP_OF = {
    "help": "intake_help",
    "field": "intake_field",
    "title": "intake_title",
    "experience": "intake_experience",
    "qualification": "intake_qualification",
    "german": "intake_german",
    "residence": "intake_residence",
    "place": "choose_place",
    "availability": "intake_availability",
    "start": "intake_start",
}


def _person(ctx: Context) -> int:
    assert ctx.profile.person_id is not None
    return ctx.profile.person_id


async def _answers(ctx: Context) -> dict[str, Any]:
    return await ctx.services.intake.answers(_person(ctx))


async def _save(ctx: Context, key: str, value: Any) -> None:
    await ctx.services.intake.save(_person(ctx), key, value)


def _next(ctx: Context, default: str) -> str:
    """The next question, or the review when the person came from there to change one answer."""
    return REVIEW if ctx.data.get("editing") else default


class IntakeIntro(BaseStep):
    """ "Find work": the intake's start, or (once confirmed) the profile with the offers and changes."""

    name: ClassVar[str] = "intake_intro"
    leads_to: ClassVar[tuple[str, ...]] = ("intake_help", "menu", "intake_offers", REVIEW)

    async def load(self, ctx: Context) -> dict[str, Any]:
        answers = await _answers(ctx)
        _offered, confirmed = await ctx.services.intake.state(_person(ctx))
        lines = ctx.services.intake.profile(answers, ctx.language) if confirmed else []
        return {"confirmed": confirmed is not None, "lines": lines}

    def screen(self, ctx: Context) -> Screen:
        if ctx.view["confirmed"]:
            return Screen(
                t("intake-profile", profile="\n".join(ctx.view["lines"])),
                [
                    Option("offers", t("intake-see-offers")),
                    Option("change", t("intake-change")),
                    Option("later", t("offers-menu")),
                ],
            )
        return Screen(
            t("intake-intro"), [Option("start", t("intake-start")), Option("later", t("intake-later"))]
        )

    def on_option(self, ctx: Context, option_id: str) -> Outcome:
        if option_id == "start":
            ctx.data.pop("editing", None)
            return Go("intake_help")
        if option_id == "offers":
            return Go("intake_offers")
        if option_id == "change":
            return Go(REVIEW)
        return Go("menu")


class _Question(BaseStep):
    """One question with buttons; the answer is stored under `key`, then the next question follows."""

    key: ClassVar[str] = ""
    question: ClassVar[str] = ""
    following: ClassVar[str] = ""
    back: ClassVar[bool] = True

    def choices(self, ctx: Context) -> list[Option[Text]]:
        raise NotImplementedError

    async def load(self, ctx: Context) -> dict[str, Any]:
        return {"answers": await _answers(ctx)}

    def screen(self, ctx: Context) -> Screen:
        return Screen(t(self.question), self.choices(ctx))

    async def on_option(self, ctx: Context, option_id: str) -> Outcome:
        await _save(ctx, self.key, option_id)
        return Go(_next(ctx, self.following))

    def on_skip(self, ctx: Context) -> Outcome | Awaitable[Outcome]:
        return Go(_next(ctx, self.following))


class _MultiQuestion(_Question):
    """Several choices: a press (or the typed number) toggles one, "Done" moves on."""

    ids: ClassVar[tuple[str, ...]] = ()
    label_prefix: ClassVar[str] = ""
    page_size: ClassVar[int] = 10

    def choices(self, ctx: Context) -> list[Option[Text]]:
        chosen = set(ctx.view["answers"].get(self.key) or [])
        options = []
        for item in self.ids:
            label = t(f"{self.label_prefix}{item}")
            options.append(Option(item, t("intake-checked", label=label) if item in chosen else label))
        options.append(Option("done", t("intake-done")))
        return options

    def chosen(self, ctx: Context, option_id: str) -> list[Text] | None:
        """After "Done" the question shows what was chosen, not "✓ Done"."""
        picked = set(ctx.view["answers"].get(self.key) or [])
        if option_id != "done" or not picked:
            return None
        return [t(f"{self.label_prefix}{item}") for item in self.ids if item in picked]

    async def on_option(self, ctx: Context, option_id: str) -> Outcome:
        if option_id == "done":
            return Go(_next(ctx, self.following))
        chosen = list(ctx.view["answers"].get(self.key) or [])
        if option_id in chosen:
            chosen.remove(option_id)
        else:
            chosen.append(option_id)
        await _save(ctx, self.key, [item for item in self.ids if item in chosen])
        return Stay()


class IntakeHelp(_MultiQuestion):
    name: ClassVar[str] = "intake_help"
    leads_to: ClassVar[tuple[str, ...]] = ("intake_field", REVIEW)
    key, question, following = "help", "intake-help-question", "intake_field"
    ids, label_prefix = HELP, "help-"


class IntakeField(_Question):
    name: ClassVar[str] = "intake_field"
    leads_to: ClassVar[tuple[str, ...]] = ("intake_title", REVIEW)
    key, question, following = "field", "intake-field-question", "intake_title"
    page_size: ClassVar[int] = 5

    def choices(self, ctx: Context) -> list[Option[Text]]:
        return [Option(field, t(f"field-{field}")) for field in FIELDS]


class IntakeTitle(_Question):
    """Free text: the job title in the person's words, stored as written."""

    name: ClassVar[str] = "intake_title"
    leads_to: ClassVar[tuple[str, ...]] = ("intake_experience", REVIEW)
    key, question, following = "title", "intake-title-question", "intake_experience"

    def choices(self, ctx: Context) -> list[Option[Text]]:
        return []

    async def on_text(self, ctx: Context, text: str) -> Outcome:
        return await _free_text(ctx, self.key, text, _next(ctx, self.following))


async def _free_text(ctx: Context, key: str, text: str, to: str) -> Outcome:
    say: list[Text] = []
    if len(text) > MAX_ANSWER:
        text = text[:MAX_ANSWER]
        say.append(t("intake-cut", limit=MAX_ANSWER))
    await _save(ctx, key, text)
    return Go(to, say=say)


class IntakeExperience(_Question):
    name: ClassVar[str] = "intake_experience"
    leads_to: ClassVar[tuple[str, ...]] = ("intake_qualification", REVIEW)
    key, question, following = "experience", "intake-experience-question", "intake_qualification"

    def choices(self, ctx: Context) -> list[Option[Text]]:
        return [Option(item, t(f"exp-{item}")) for item in EXPERIENCE]


class IntakeQualification(_Question):
    name: ClassVar[str] = "intake_qualification"
    leads_to: ClassVar[tuple[str, ...]] = ("intake_abroad", "intake_german", REVIEW)
    key, question, following = "qualification", "intake-qualification-question", "intake_german"

    def choices(self, ctx: Context) -> list[Option[Text]]:
        return [Option(item, t(f"qual-{item}")) for item in QUALIFICATIONS]

    async def on_option(self, ctx: Context, option_id: str) -> Outcome:
        await _save(ctx, self.key, option_id)
        if option_id == "none":
            await _save(ctx, "abroad", None)
            return Go(_next(ctx, self.following))
        return Go("intake_abroad")


class IntakeAbroad(_Question):
    name: ClassVar[str] = "intake_abroad"
    leads_to: ClassVar[tuple[str, ...]] = ("intake_german", REVIEW)
    key, question, following = "abroad", "intake-abroad-question", "intake_german"

    def choices(self, ctx: Context) -> list[Option[Text]]:
        return [Option("abroad", t("abroad-yes")), Option("germany", t("abroad-no"))]

    async def on_option(self, ctx: Context, option_id: str) -> Outcome:
        await _save(ctx, self.key, option_id == "abroad")
        return Go(_next(ctx, self.following))


class IntakeGerman(_Question):
    name: ClassVar[str] = "intake_german"
    leads_to: ClassVar[tuple[str, ...]] = ("intake_residence", "intake_german_examples", REVIEW)
    key, question, following = "german", "intake-german-question", "intake_residence"

    def choices(self, ctx: Context) -> list[Option[Text]]:
        options = [Option(level.lower(), Text.raw(level)) for level in LEVELS]
        return [*options, Option("unknown", t("german-unknown"))]

    async def on_option(self, ctx: Context, option_id: str) -> Outcome:
        if option_id == "unknown":
            return Go("intake_german_examples")
        await _save(ctx, self.key, option_id.upper())
        return Go(_next(ctx, self.following))


class IntakeGermanExamples(IntakeGerman):
    """What each level can do, in plain words; the person picks the one that fits, or skips."""

    name: ClassVar[str] = "intake_german_examples"
    leads_to: ClassVar[tuple[str, ...]] = ("intake_residence", REVIEW)
    question = "intake-german-examples"

    def choices(self, ctx: Context) -> list[Option[Text]]:
        return [Option(level.lower(), Text.raw(level)) for level in LEVELS]

    async def on_option(self, ctx: Context, option_id: str) -> Outcome:
        await _save(ctx, self.key, option_id.upper())
        return Go(_next(ctx, self.following))

    async def on_skip(self, ctx: Context) -> Outcome:
        await _save(ctx, self.key, "unknown")
        return Go(_next(ctx, self.following))


class IntakeResidence(_Question):
    """Residence situation (it decides which offers fit; skippable), then where they live."""

    name: ClassVar[str] = "intake_residence"
    leads_to: ClassVar[tuple[str, ...]] = ("intake_availability", REVIEW)
    calls: ClassVar[tuple[str, ...]] = ("choose_place",)
    key, question, following = "residence", "intake-residence-question", "intake_availability"

    def choices(self, ctx: Context) -> list[Option[Text]]:
        return [Option(item, t(f"res-{item}")) for item in RESIDENCE]

    async def on_option(self, ctx: Context, option_id: str) -> Outcome:
        await _save(ctx, self.key, option_id)
        return self._place(ctx)

    def on_skip(self, ctx: Context) -> Outcome:
        return self._place(ctx)

    def _place(self, ctx: Context) -> Outcome:
        if ctx.data.get("editing"):
            return Go(REVIEW)
        return Call("choose_place", {"question": "intake-place-question"})

    async def on_result(self, ctx: Context, result: Any) -> Outcome:
        return Go(self.following, say=await place_chosen(ctx, result))


async def place_chosen(ctx: Context, result: Any) -> list[Text]:
    """A place of the area is stored; somewhere else is told where to turn; Back/Cancel skips it."""
    if result is CANCELLED:
        return []
    if result is None:
        await _save(ctx, "place", {"outside": True})
        return [t("intake-outside")]
    await _save(ctx, "place", {"id": result["id"], "name": result["name"]})
    return []


class IntakeAvailability(_MultiQuestion):
    name: ClassVar[str] = "intake_availability"
    leads_to: ClassVar[tuple[str, ...]] = ("intake_start", REVIEW)
    key, question, following = "availability", "intake-availability-question", "intake_start"
    ids, label_prefix = AVAILABILITY, "avail-"


class IntakeStart(_Question):
    """From when: now, within a month, later, or a date typed in their own words."""

    name: ClassVar[str] = "intake_start"
    leads_to: ClassVar[tuple[str, ...]] = (REVIEW,)
    key, question, following = "start", "intake-start-question", REVIEW

    def choices(self, ctx: Context) -> list[Option[Text]]:
        return [Option(item, t(f"start-{item}")) for item in START]

    async def on_text(self, ctx: Context, text: str) -> Outcome:
        return await _free_text(ctx, self.key, text, REVIEW)


class IntakeReview(BaseStep):
    """All answers; Confirm shows the fitting offers, "Change …" asks that one question again."""

    name: ClassVar[str] = REVIEW
    leads_to: ClassVar[tuple[str, ...]] = (
        "intake_offers",
        *[s for s in STEP_OF.values() if s != "choose_place"],
    )
    calls: ClassVar[tuple[str, ...]] = ("choose_place",)
    back: ClassVar[bool] = True
    page_size: ClassVar[int] = 12

    async def load(self, ctx: Context) -> dict[str, Any]:
        answers = await _answers(ctx)
        return {"lines": ctx.services.intake.profile(answers, ctx.language)}

    def screen(self, ctx: Context) -> Screen:
        options = [Option("confirm", t("intake-confirm"))]
        options += [Option(f"c.{key}", t("intake-edit", label=t(f"profile-{key}"))) for key in QUESTIONS]
        return Screen(t("intake-review", profile="\n".join(ctx.view["lines"])), options)

    async def on_option(self, ctx: Context, option_id: str) -> Outcome:
        if option_id == "confirm":
            ctx.data.pop("editing", None)
            await ctx.services.intake.mark(_person(ctx), confirmed=ctx.now)
            return Go("intake_offers", say=[t("intake-thanks")])
        ctx.data["editing"] = True
        step = STEP_OF[option_id.removeprefix("c.")]
        if step == "choose_place":
            return Call("choose_place", {"question": "intake-place-question"})
        return Go(step)

    async def on_result(self, ctx: Context, result: Any) -> Outcome:
        ctx.data.pop("editing", None)
        return Stay(say=await place_chosen(ctx, result))


class IntakeOffers(BaseStep):
    """The offers that fit, best first, each with what to do next."""

    name: ClassVar[str] = "intake_offers"
    leads_to: ClassVar[tuple[str, ...]] = ("menu", REVIEW)

    async def load(self, ctx: Context) -> dict[str, Any]:
        answers = await _answers(ctx)
        return {"offers": await ctx.services.intake.offers(answers, ctx.language)}

    def screen(self, ctx: Context) -> Screen:
        offers = ctx.view["offers"]
        text = (
            t("offers-found", count=len(offers), offers="\n\n".join(offers)) if offers else t("offers-none")
        )
        return Screen(text, [Option("menu", t("offers-menu")), Option("change", t("intake-change"))])

    def on_option(self, ctx: Context, option_id: str) -> Outcome:
        return Go("menu" if option_id == "menu" else REVIEW)

    def on_text(self, ctx: Context, text: str) -> Outcome:
        return Stay(say=[choose_hint(ctx)])


async def offer_after_consent(ctx: Context) -> bool:
    """Whether to offer the intake now: once, in the update where the person agreed to the privacy note.

    The menu (flows/menu.py) asks this when it is shown; it invites to the intake with its heading the
    first time only: `offered` is stored here, and someone who was offered it before or confirmed
    answers already gets the usual menu."""
    intake = ctx.services.intake if ctx.services is not None else None
    profile = ctx.profile
    if intake is None or profile.person_id is None or not consent_current(profile):
        return False
    if profile.consent_at != ctx.now:  # not the update in which they agreed
        return False
    offered, confirmed = await intake.state(profile.person_id)
    if offered is not None or confirmed is not None:
        return False
    await intake.mark(profile.person_id, offered=ctx.now)
    return True


INTAKE_STEPS = (
    IntakeIntro(),
    IntakeHelp(),
    IntakeField(),
    IntakeTitle(),
    IntakeExperience(),
    IntakeQualification(),
    IntakeAbroad(),
    IntakeGerman(),
    IntakeGermanExamples(),
    IntakeResidence(),
    IntakeAvailability(),
    IntakeStart(),
    IntakeReview(),
    IntakeOffers(),
)
