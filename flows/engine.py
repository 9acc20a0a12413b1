"""The flow engine: screens, steps, transitions, navigation and the commands that work from anywhere.

A *step* declares its screen (text + options, built from data its async `load` fetched through the
domain services) and reacts to the option the person chose or to free text. Steps are grouped into
*flows*; each flow keeps its own data. The engine does everything that is the same for every step:

- global commands (/start /help /menu /language), media, edits and over-long text;
- matching a typed number, label (in the person's language, German or English) or synonym to an option;
- refusing stale or forged option ids;
- navigation: Back (a history per conversation), Skip, Cancel, paging of long option lists, sub-flows
  that return a result to the step that called them (`Call` / `Return`);
- the consent gate: a step that needs consent is never shown to someone without a current consent;
- checking, when it is built, that every step name a step may lead to exists.

Steps stay small and read like the conversation they hold; they never see a platform object, a
database session or a sentence (only message keys).
"""

from __future__ import annotations

import difflib
import inspect
import re
import unicodedata
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any, ClassVar, Generic, Protocol, TypeVar

# The longest text a person may send, and the longest a channel shows in one message (Telegram's limit).
MAX_TEXT_LENGTH = 4096
# Option ids travel in Telegram's callback data (64 bytes), WhatsApp's button ids and the stored state.
OPTION_ID = re.compile(r"^[a-z0-9_.-]{1,48}$")
# Commands that work from every step, in the order Telegram's command menu shows them.
COMMANDS = ("start", "menu", "language", "help")
_LANGUAGE_COMMANDS = ("language", "lang", "sprache")
HISTORY_LIMIT = 30
DEFAULT_PAGE_SIZE = 8


class Nav(StrEnum):
    """Options the engine adds by itself; steps cannot use these ids."""

    BACK = "nav.back"
    SKIP = "nav.skip"
    CANCEL = "nav.cancel"
    MORE = "nav.more"
    PREVIOUS = "nav.previous"


_NAV_LABELS = {
    Nav.BACK: "nav-back",
    Nav.SKIP: "nav-skip",
    Nav.CANCEL: "nav-cancel",
    Nav.MORE: "nav-more",
    Nav.PREVIOUS: "nav-previous",
}


@dataclass(frozen=True)
class Text:
    """A message key and its arguments; rendered later in the person's language (or `lang`)."""

    key: str
    args: Mapping[str, Any] = field(default_factory=dict)
    lang: str | None = None
    verbatim: str | None = None

    @classmethod
    def raw(cls, text: str) -> Text:
        """Text that is the same in every language, such as a language's own name."""
        return cls(key="", verbatim=text)


def t(key: str, /, **args: Any) -> Text:
    return Text(key, args)


L = TypeVar("L", Text, str)


@dataclass(frozen=True)
class Option(Generic[L]):
    """One choice. `id` is stable and never shown; `label` is what the person reads (a `Text` in flows,
    a `str` once rendered). `aliases` are extra words that mean this option in any language (e.g.
    "Arabic", "arabisch" for العربية); synonyms per language come from the catalogues."""

    id: str
    label: L
    aliases: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not OPTION_ID.match(self.id):
            raise ValueError(f"option id {self.id!r} does not match {OPTION_ID.pattern}")


@dataclass(frozen=True)
class File(Generic[L]):
    filename: str
    content: bytes
    mime_type: str
    caption: L | None = None


@dataclass(frozen=True)
class Location:
    """A place on the map (WGS 84 degrees) that goes with a message: a venue on Telegram, a location
    message on WhatsApp, a map link in the terminal. Name and address are data, shown as they are."""

    latitude: float
    longitude: float
    name: str
    address: str | None = None


@dataclass(frozen=True)
class Reply(Generic[L]):
    """One message: text, options, files and a map location. `Reply[Text]` in flows, `Reply[str]` once
    rendered."""

    text: L
    options: tuple[Option[L], ...] = ()
    files: tuple[File[L], ...] = ()
    rtl: bool = False
    location: Location | None = None


class Kind(StrEnum):
    TEXT = "text"
    OPTION = "option"
    COMMAND = "command"
    MEDIA = "media"
    EDITED = "edited"


@dataclass(frozen=True)
class Incoming:
    """What the person sent, already stripped of everything platform-specific."""

    kind: Kind
    text: str = ""
    value: str = ""
    # MEDIA: where the platform keeps it (channel, ids), for a step that passes it on (`on_media`)
    ref: Mapping[str, Any] | None = None

    @classmethod
    def message(cls, text: str) -> Incoming:
        stripped = text.strip()
        if stripped.startswith("/") and len(stripped) > 1 and " " not in stripped:
            return cls(Kind.COMMAND, text=stripped, value=stripped[1:].split("@", 1)[0].lower())
        return cls(Kind.TEXT, text=text)

    @classmethod
    def option(cls, option_id: str) -> Incoming:
        return cls(Kind.OPTION, value=option_id)

    @classmethod
    def media(cls, media_kind: str, ref: Mapping[str, Any] | None = None, caption: str = "") -> Incoming:
        return cls(Kind.MEDIA, text=caption, value=media_kind, ref=ref)

    @classmethod
    def edited(cls) -> Incoming:
        return cls(Kind.EDITED)


class Role(StrEnum):
    PERSON = "person"
    COACH = "coach"
    COORDINATOR = "coordinator"


@dataclass
class Profile:
    """What the flows may read and change about the one who writes; the conversation service stores it."""

    channel: str
    person_id: int | None = None
    role: Role = Role.PERSON
    language: str | None = None
    consent_version: str | None = None
    consent_at: datetime | None = None
    created_at: datetime | None = None
    erase: bool = False

    @property
    def consented(self) -> bool:
        return self.consent_at is not None

    @property
    def staff(self) -> bool:
        return self.role is not Role.PERSON


@dataclass
class Frame:
    """One level of the conversation: the step on screen, how it got there, and each flow's data.

    The bottom frame is the conversation itself; `Call` pushes a frame for a sub-flow, `Return` pops it.
    """

    step: str
    history: list[str] = field(default_factory=list)
    data: dict[str, dict[str, Any]] = field(default_factory=dict)
    page: int = 0

    def dump(self) -> dict[str, Any]:
        return {"step": self.step, "history": self.history, "data": self.data, "page": self.page}

    @classmethod
    def load(cls, raw: Mapping[str, Any]) -> Frame:
        return cls(
            step=str(raw.get("step", "")),
            history=[str(s) for s in raw.get("history", [])],
            data={str(k): dict(v) for k, v in dict(raw.get("data", {})).items()},
            page=int(raw.get("page", 0)),
        )


@dataclass
class State:
    """Where a conversation is: a stack of frames and the option ids on screen (typed numbers map to
    these). Stored as JSON by the conversation service, in the same transaction as the update id."""

    frames: list[Frame] = field(default_factory=list)
    shown: list[str] = field(default_factory=list)
    suggested: str | None = None

    @property
    def step(self) -> str | None:
        return self.frames[-1].step if self.frames else None

    def dump(self) -> dict[str, Any]:
        return {"frames": [f.dump() for f in self.frames], "suggested": self.suggested}

    @classmethod
    def load(cls, data: Mapping[str, Any] | None, step: str | None, shown: Sequence[str]) -> State:
        data = data or {}
        frames = [Frame.load(raw) for raw in data.get("frames", []) if isinstance(raw, Mapping)]
        if not frames and step:  # state written before frames existed: one frame, no history
            frames = [Frame(step)]
        suggested = data.get("suggested")
        return cls(frames, list(shown), suggested if isinstance(suggested, str) else None)


@dataclass
class Context:
    """Everything a step sees: the person, its flow's data, the loaded view, services, the clock.

    `services` are the domain services the composition root passes in (see `flows.ports`), bound to
    the transaction of this update. `effects` collects what the step causes besides its answer
    (`flows.effects`); they are stored with the state or not at all. `buttons` is False where the
    channel has none (the terminal), so texts can say "write the number" instead.
    """

    profile: Profile
    now: datetime
    services: Any = None
    language_hint: str | None = None
    guess_language: Callable[[str], str | None] = field(default=lambda _text: None)
    buttons: bool = True
    data: dict[str, Any] = field(default_factory=dict)
    view: dict[str, Any] = field(default_factory=dict)
    effects: list[Any] = field(default_factory=list)
    suggested: str | None = None
    retry: bool = False  # the same screen is shown again (after an answer it kept, or input it could not use)
    unusable: bool = False  # …because the input could not be used (unknown command, too long, edited…)

    @property
    def language(self) -> str:
        return self.profile.language or self.suggested or self.language_hint or "de"


# -- outcomes -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Go:
    """Say `say` (if anything), then show step `to`. Back leads here again from `to`."""

    to: str
    say: Sequence[Text] = ()


@dataclass(frozen=True)
class Stay:
    """Say `say`, then show the current screen again."""

    say: Sequence[Text] = ()


@dataclass(frozen=True)
class End:
    """Say `say` and forget the conversation (the next message starts afresh)."""

    say: Sequence[Text] = ()


@dataclass(frozen=True)
class Back:
    """Say `say`, then show the step before this one (or leave a sub-flow, or go home)."""

    say: Sequence[Text] = ()


@dataclass(frozen=True)
class Call:
    """Start the sub-flow whose first step is `to`, with `args` as its data. When it returns, the calling
    step's `on_result` gets the value (or `CANCELLED`)."""

    to: str
    args: Mapping[str, Any] = field(default_factory=dict)
    say: Sequence[Text] = ()


@dataclass(frozen=True)
class Return:
    """Leave this sub-flow with `value`; the calling step's `on_result` decides what comes next."""

    value: Any = None
    say: Sequence[Text] = ()


Outcome = Go | Stay | End | Back | Call | Return


class _Cancelled:
    def __repr__(self) -> str:
        return "CANCELLED"


CANCELLED: Any = _Cancelled()


@dataclass(frozen=True)
class Screen:
    text: Text
    options: Sequence[Option[Text]] = ()
    files: Sequence[File[Text]] = ()
    location: Location | None = None


# -- steps ----------------------------------------------------------------------------------------------


class Step(Protocol):
    name: ClassVar[str]
    leads_to: ClassVar[tuple[str, ...]]
    calls: ClassVar[tuple[str, ...]]
    requires_consent: ClassVar[bool]
    back: ClassVar[bool]
    cancel: ClassVar[bool]
    skip_to: ClassVar[str | None]
    page_size: ClassVar[int]
    staff_only: ClassVar[bool]
    actions: ClassVar[tuple[str, ...]]

    async def load(self, ctx: Context) -> dict[str, Any]: ...

    def screen(self, ctx: Context) -> Screen: ...

    def on_option(self, ctx: Context, option_id: str) -> Outcome | Awaitable[Outcome]: ...

    def chosen(self, ctx: Context, option_id: str) -> list[Text] | None: ...

    def on_text(self, ctx: Context, text: str) -> Outcome | Awaitable[Outcome]: ...

    def on_skip(self, ctx: Context) -> Outcome | Awaitable[Outcome]: ...

    def on_result(self, ctx: Context, result: Any) -> Outcome | Awaitable[Outcome]: ...


class BaseStep:
    """Defaults: no data to load, free text on a screen with options asks the person to choose.

    Class attributes a step may set:
    `leads_to`   step names its `Go` outcomes use (checked when the engine is built and when it runs);
    `calls`      first steps of the sub-flows it `Call`s;
    `requires_consent`  False for the steps someone without consent may see (language, consent, my data);
    `back`       show a Back option (when there is somewhere to go back to);
    `cancel`     show a Cancel option (leaves the sub-flow, or goes home);
    `skip_to`    show a Skip option that goes there (or override `on_skip`);
    `page_size`  options per screen before "More" pages them;
    `staff_only` only coaches and coordinators ever see it (anyone else is taken home);
    `on_media(ctx, incoming)`  (optional method) takes a voice note, photo, document, location…
                 (`incoming.value` the kind, `incoming.ref` where it is, `incoming.text` its caption);
                 steps without it answer "I can only read text".
    `actions`    prefixes of option ids this step answers from ANY screen (`"reminder"` takes
                 `reminder.42.cancel`): buttons under messages sent later through the outbox (a reminder,
                 an announcement). The step must check that what the id names belongs to the person.
    """

    name: ClassVar[str] = ""
    leads_to: ClassVar[tuple[str, ...]] = ()
    calls: ClassVar[tuple[str, ...]] = ()
    requires_consent: ClassVar[bool] = True
    back: ClassVar[bool] = False
    cancel: ClassVar[bool] = False
    skip_to: ClassVar[str | None] = None
    page_size: ClassVar[int] = DEFAULT_PAGE_SIZE
    staff_only: ClassVar[bool] = False
    actions: ClassVar[tuple[str, ...]] = ()

    async def load(self, ctx: Context) -> dict[str, Any]:
        return {}

    def screen(self, ctx: Context) -> Screen:
        raise NotImplementedError

    def on_option(self, ctx: Context, option_id: str) -> Outcome | Awaitable[Outcome]:
        return Stay()

    def chosen(self, ctx: Context, option_id: str) -> list[Text] | None:
        """What the message whose button was pressed shows as the choice made (Telegram: "✓ …"), asked
        before `on_option`; None: the button's own label. A multiple choice's "Done" names the items."""
        return None

    def on_text(self, ctx: Context, text: str) -> Outcome | Awaitable[Outcome]:
        return Stay(say=[choose_hint(ctx)])

    def on_skip(self, ctx: Context) -> Outcome | Awaitable[Outcome]:
        return Go(self.skip_to) if self.skip_to else Stay()

    def on_result(self, ctx: Context, result: Any) -> Outcome | Awaitable[Outcome]:
        return Stay()


def choose_hint(ctx: Context) -> Text:
    """"Please choose a button", or "write the number" where the channel has no buttons."""
    return t("choose-option") if ctx.buttons else t("choose-number")


@dataclass(frozen=True)
class Flow:
    """Steps that belong together and share one data dict (e.g. the intake form)."""

    name: str
    steps: Sequence[Step]


class Words(Protocol):
    """How the engine reads labels: rendered in a language, and the synonyms people type for them."""

    def label(self, text: Text, language: str) -> str: ...

    def synonyms(self, text: Text, language: str) -> Sequence[str]: ...


@dataclass
class Turn:
    """The engine's answer to one input: replies to send and the state to keep."""

    replies: list[Reply[Text]]
    state: State
    ended: bool = False
    # The screen a button was pressed on, shown again changed and nothing else (a toggle ✓, another
    # page): a channel that can edit messages may update the pressed one instead of sending a new one.
    refreshed: bool = False
    chosen: list[Text] | None = None  # `Step.chosen`: the choice to show on the pressed message

    @property
    def step(self) -> str | None:
        return self.state.step

    @property
    def shown(self) -> list[str]:
        return self.state.shown


class UnknownStep(LookupError):
    """A step leads to a name no flow defines, or to one it did not declare in `leads_to`."""


_MATCH_LANGUAGES = ("de", "en")  # labels and synonyms in these always match, besides the person's own


class FlowEngine:
    """Runs flows. `start(ctx)` is where new people and `/start` land; `home(ctx)` is what `/menu` opens.

    `consent(profile)` says whether the person's consent is current; `consent_step` is where someone
    without it is taken when a step needs it. Everything is checked here, at start-up.
    """

    def __init__(
        self,
        flows: Sequence[Flow],
        *,
        start: Callable[[Context], str],
        home: Callable[[Context], str],
        words: Words,
        consent: Callable[[Profile], bool],
        consent_step: str,
        language_step: str,
        commands: Mapping[str, str] | None = None,
        on_start: Sequence[Callable[[Context], Awaitable[Sequence[Text]]]] = (),
    ) -> None:
        self.steps: dict[str, Step] = {}
        self.flow_of: dict[str, str] = {}
        for flow in flows:
            for step in flow.steps:
                if not step.name or step.name in self.steps:
                    raise UnknownStep(f"step name {step.name!r} is empty or used twice")
                self.steps[step.name] = step
                self.flow_of[step.name] = flow.name
        for step in self.steps.values():
            targets = (*step.leads_to, *step.calls, *((step.skip_to,) if step.skip_to else ()))
            missing = [target for target in targets if target not in self.steps]
            if missing:
                raise UnknownStep(f"step {step.name!r} leads to unknown step(s) {', '.join(missing)}")
        self.actions: dict[str, Step] = {}
        for step in self.steps.values():
            for prefix in step.actions:
                if prefix in self.actions or not OPTION_ID.match(prefix) or "." in prefix:
                    raise UnknownStep(f"action prefix {prefix!r} of {step.name!r} is used twice or malformed")
                self.actions[prefix] = step
        for fixed in (consent_step, language_step):
            if fixed not in self.steps:
                raise UnknownStep(f"no step {fixed!r}")
        self.start = start
        self.home = home
        self.words = words
        self.consent = consent
        self.consent_step = consent_step
        self.language_step = language_step
        # Commands a feature adds (`/human` → the handoff's step); checked like every other step name.
        self.commands = dict(commands or {})
        for target in self.commands.values():
            self._step(target)
        # What a feature does on /start besides starting afresh (announcements on again); may say things.
        self.on_start = tuple(on_start)

    # -- entry points ------------------------------------------------------------------------------

    async def handle(self, ctx: Context, incoming: Incoming, state: State) -> Turn:
        ctx.suggested = state.suggested
        current = self.steps.get(state.step or "")
        if current is None:
            # New person, a deleted one writing again, or a step that a newer version removed.
            if incoming.kind is Kind.TEXT and incoming.text.strip():
                guess = ctx.guess_language(incoming.text)
                if guess and guess != ctx.language:
                    ctx.suggested = guess
            state = State(suggested=ctx.suggested)
            return await self._apply(ctx, state, Go(self.start(ctx)), None)

        frame = state.frames[-1]
        ctx.data = frame.data.setdefault(self.flow_of[current.name], {})
        if incoming.kind is Kind.COMMAND:
            return await self._command(ctx, state, incoming.value, current)
        if not _may_see(current, ctx.profile):
            return await self._home(ctx, state)
        if current.requires_consent and not ctx.profile.staff and not self.consent(ctx.profile):
            # The privacy note changed since the person agreed (or consent went elsewhere): ask first.
            return await self._apply(ctx, state, Go(self.consent_step), current, declared=False)
        if incoming.kind is Kind.MEDIA:
            on_media = getattr(current, "on_media", None)
            if on_media is None or incoming.ref is None:
                return await self._retry(ctx, state, current, t("media-unsupported"))
            ctx.view = await current.load(ctx)
            return await self._apply(ctx, state, await _call(on_media(ctx, incoming)), current)
        if incoming.kind is Kind.EDITED:
            return await self._retry(ctx, state, current, t("edited-unsupported"))
        if incoming.kind is Kind.OPTION:
            return await self._option(ctx, state, current, incoming.value)

        text = incoming.text.strip()
        if len(incoming.text) > MAX_TEXT_LENGTH:
            return await self._retry(ctx, state, current, t("too-long", limit=MAX_TEXT_LENGTH))
        if not text:
            return await self._retry(ctx, state, current, choose_hint(ctx))
        ctx.view = await current.load(ctx)
        chosen = self._match(ctx, current, frame, text, state.shown)
        if chosen is not None:
            return await self._option(ctx, state, current, chosen, loaded=True)
        return await self._apply(ctx, state, await _call(current.on_text(ctx, text)), current)

    async def show(self, ctx: Context, state: State) -> Turn:
        """The current screen again (after a restart, an error, or an answer that never arrived)."""
        ctx.suggested = state.suggested
        current = self.steps.get(state.step or "")
        if current is None:
            return await self._apply(ctx, State(suggested=ctx.suggested), Go(self.start(ctx)), None)
        ctx.data = state.frames[-1].data.setdefault(self.flow_of[current.name], {})
        return await self._apply(ctx, state, Stay(), current)

    # -- reactions ---------------------------------------------------------------------------------

    async def _option(
        self, ctx: Context, state: State, current: Step, option_id: str, *, loaded: bool = False
    ) -> Turn:
        frame = state.frames[-1]
        if not loaded:
            ctx.view = await current.load(ctx)
        nav = {n.value for n in Nav}
        if option_id in nav:
            if option_id not in state.shown:
                return await self._retry(ctx, state, current, t("option-stale"))
            return await self._navigate(ctx, state, current, Nav(option_id))
        # Any option of the current screen counts, also one on another page of it; a button under a
        # message sent later (a reminder) goes to the step that answers its prefix; anything else is a
        # button from an older message, or forged.
        if option_id not in {option.id for option in current.screen(ctx).options}:
            handler = self.actions.get(option_id.split(".", 1)[0])
            if handler is None:
                return await self._retry(ctx, state, current, t("option-stale"))
            return await self._action(ctx, state, current, handler, option_id)
        frame.page = 0
        chosen = current.chosen(ctx, option_id)
        turn = await self._apply(ctx, state, await _call(current.on_option(ctx, option_id)), current)
        turn.chosen = chosen
        return _refreshed(turn, current)

    async def _action(
        self, ctx: Context, state: State, current: Step, handler: Step, option_id: str
    ) -> Turn:
        """A button from outside the current screen that `handler` answers: the person is taken to
        `handler` (Back returns to where they were) and its `on_option` decides, with its flow's data."""
        frame = state.frames[-1]
        if handler.requires_consent and not ctx.profile.staff and not self.consent(ctx.profile):
            return await self._apply(ctx, state, Go(self.consent_step), current, declared=False)
        if handler.name != current.name:
            _remember(frame, current.name, handler.name)
            if self.flow_of[handler.name] != self.flow_of[current.name] and handler.name not in frame.history:
                frame.data[self.flow_of[handler.name]] = {}
        frame.step, frame.page = handler.name, 0
        ctx.data = frame.data.setdefault(self.flow_of[handler.name], {})
        ctx.view = await handler.load(ctx)
        return await self._apply(ctx, state, await _call(handler.on_option(ctx, option_id)), handler)

    async def _navigate(self, ctx: Context, state: State, current: Step, nav: Nav) -> Turn:
        frame = state.frames[-1]
        if nav is Nav.MORE:
            frame.page += 1
            return _refreshed(await self._apply(ctx, state, Stay(), current, keep_view=True), current)
        if nav is Nav.PREVIOUS:
            frame.page = max(0, frame.page - 1)
            return _refreshed(await self._apply(ctx, state, Stay(), current, keep_view=True), current)
        if nav is Nav.SKIP:
            return await self._apply(ctx, state, await _call(current.on_skip(ctx)), current)
        if nav is Nav.CANCEL:
            return await self._apply(ctx, state, Return(CANCELLED), current)
        return await self._apply(ctx, state, Back(), current)

    async def _command(self, ctx: Context, state: State, command: str, current: Step) -> Turn:
        if command == "start":
            said: list[Text] = []
            for hook in self.on_start:
                said += await hook(ctx)
            return await self._apply(ctx, State(suggested=ctx.suggested), Go(self.start(ctx), said), None)
        if command == "help":
            return await self._apply(ctx, state, Stay(say=[t("help")]), current)
        if command == "menu":
            return await self._home(ctx, state)
        if command in _LANGUAGE_COMMANDS:
            return await self._apply(ctx, state, Go(self.language_step), current, declared=False)
        if command in self.commands:
            if not _may_see(self._step(self.commands[command]), ctx.profile):
                return await self._retry(ctx, state, current, t("unknown-command"))  # not theirs: unknown
            return await self._apply(ctx, state, Go(self.commands[command]), current, declared=False)
        return await self._retry(ctx, state, current, t("unknown-command"))

    async def _retry(self, ctx: Context, state: State, current: Step, say: Text) -> Turn:
        ctx.retry = ctx.unusable = True
        return await self._apply(ctx, state, Stay(say=[say]), current)

    async def _home(self, ctx: Context, state: State) -> Turn:
        return await self._apply(ctx, state, Go(self.home(ctx)), None)

    # -- applying an outcome -------------------------------------------------------------------------

    async def _apply(
        self,
        ctx: Context,
        state: State,
        outcome: Outcome,
        current: Step | None,
        *,
        declared: bool = True,
        keep_view: bool = False,
    ) -> Turn:
        """Follow `outcome` (and what it leads to) to the screen to show; collect what is said on the way.

        `declared` is False for moves the engine makes itself (commands, the consent gate), which no
        step has to list in its `leads_to`.
        """
        said: list[Text] = []
        for _ in range(20):  # Return → on_result → Return … cannot loop for ever
            said += outcome.say
            if isinstance(outcome, End):
                return Turn([Reply(text) for text in said], State(), ended=True)
            if isinstance(outcome, Stay):
                if current is None:
                    outcome, declared = Go(self.start(ctx)), False
                    continue
                ctx.retry = True  # the same screen again: steps may show a shorter text
            elif isinstance(outcome, Go):
                if current is not None and declared and outcome.to not in current.leads_to:
                    raise UnknownStep(f"step {current.name!r} went to {outcome.to!r}, not in its leads_to")
                target = self._step(outcome.to)
                if outcome.to == self.home(ctx):
                    current = self._to_home(ctx, state)
                else:
                    if not state.frames:
                        state.frames.append(Frame(target.name))
                    frame = state.frames[-1]
                    if current is not None and current.name != target.name:
                        _remember(frame, current.name, target.name)
                    entering = current is None or self.flow_of[target.name] != self.flow_of[current.name]
                    if entering and target.name not in frame.history:
                        frame.data[self.flow_of[target.name]] = {}  # a flow entered afresh starts empty
                    frame.step, frame.page = target.name, 0
                    current = target
                    ctx.data = frame.data.setdefault(self.flow_of[target.name], {})
                keep_view = False
            elif isinstance(outcome, Back):
                frame = state.frames[-1]
                if not frame.history:
                    outcome = Return(CANCELLED) if len(state.frames) > 1 else Go(self.home(ctx))
                    declared = False
                    continue
                frame.step, frame.page = frame.history.pop(), 0
                current = self._step(frame.step)
                ctx.data = frame.data.setdefault(self.flow_of[current.name], {})
                keep_view = False
            elif isinstance(outcome, Call):
                if current is not None and outcome.to not in current.calls:
                    raise UnknownStep(f"step {current.name!r} called {outcome.to!r}, not in its calls")
                target = self._step(outcome.to)
                flow = self.flow_of[target.name]
                state.frames.append(Frame(target.name, data={flow: dict(outcome.args)}))
                current = target
                ctx.data = state.frames[-1].data[flow]
                keep_view = False
            else:  # Return: back to the calling step with the value
                if len(state.frames) <= 1:
                    if outcome.value is CANCELLED:
                        said.append(t("cancelled"))
                    outcome, declared = Go(self.home(ctx)), False
                    continue
                state.frames.pop()
                caller = self._step(state.frames[-1].step)
                ctx.data = state.frames[-1].data.setdefault(self.flow_of[caller.name], {})
                ctx.view = await caller.load(ctx)
                current, declared = caller, True
                outcome = await _call(caller.on_result(ctx, outcome.value))
                continue

            assert current is not None
            if not _may_see(current, ctx.profile):
                outcome, declared = Go(self.home(ctx)), False
                continue
            if current.requires_consent and not ctx.profile.staff and not self.consent(ctx.profile):
                outcome, declared = Go(self.consent_step), False
                continue
            if not keep_view or not ctx.view:
                ctx.view = await current.load(ctx)
            screen = current.screen(ctx)
            options = self._page(ctx, state, current, list(screen.options))
            state.shown = [option.id for option in options]
            replies = [Reply(text) for text in said]
            replies.append(Reply(screen.text, tuple(options), tuple(screen.files), location=screen.location))
            return Turn(replies, state)
        raise RuntimeError(f"flows keep returning without a screen (at {state.step!r})")

    def _to_home(self, ctx: Context, state: State) -> Step:
        """Home clears the way back: the bottom frame only, no history."""
        home = self._step(self.home(ctx))
        base = state.frames[0] if state.frames else Frame(home.name)
        base.history.clear()
        base.step, base.page = home.name, 0
        state.frames = [base]
        ctx.data = base.data.setdefault(self.flow_of[home.name], {})
        return home

    def _page(
        self, ctx: Context, state: State, step: Step, options: list[Option[Text]]
    ) -> list[Option[Text]]:
        """The options of this page of the screen, with More / Previous, Skip, Back and Cancel."""
        frame = state.frames[-1]
        shown = options
        size = max(1, step.page_size)
        if len(options) > size:
            pages = (len(options) + size - 1) // size
            frame.page = min(frame.page, pages - 1)
            shown = options[frame.page * size : (frame.page + 1) * size]
            if frame.page + 1 < pages:
                shown.append(_nav(Nav.MORE))
            if frame.page > 0:
                shown.append(_nav(Nav.PREVIOUS))
        if step.skip_to or type(step).on_skip is not BaseStep.on_skip:
            shown.append(_nav(Nav.SKIP))
        if step.back and (frame.history or len(state.frames) > 1):
            shown.append(_nav(Nav.BACK))
        if step.cancel:
            shown.append(_nav(Nav.CANCEL))
        return shown

    def _step(self, name: str) -> Step:
        try:
            return self.steps[name]
        except KeyError:
            raise UnknownStep(f"no step {name!r}") from None

    # -- understanding typed text --------------------------------------------------------------------

    def _match(self, ctx: Context, step: Step, frame: Frame, text: str, shown: Sequence[str]) -> str | None:
        """The option a typed number, label or synonym means, if exactly one fits."""
        number = _as_number(text) if getattr(step, "typed_numbers", True) else None
        if number is not None:
            return shown[number - 1] if 1 <= number <= len(shown) else None
        wanted = normalise(text)
        if not wanted:
            return None
        options = list(step.screen(ctx).options)
        options += [_nav(Nav(option_id)) for option_id in shown if option_id.startswith("nav.")]
        languages = dict.fromkeys((ctx.language, *_MATCH_LANGUAGES))
        labels: dict[str, set[str]] = {}
        words: dict[str, set[str]] = {}
        for option in options:
            labels[option.id] = {normalise(self.words.label(option.label, code)) for code in languages}
            words[option.id] = {normalise(alias) for alias in option.aliases} | {
                normalise(word) for code in languages for word in self.words.synonyms(option.label, code)
            }
            words[option.id].discard("")
        exact = [oid for oid in labels if wanted in labels[oid] or wanted in words[oid]]
        if len(set(exact)) == 1:
            return exact[0]
        tokens = wanted.split()
        if len(tokens) >= SENTENCE_WORDS and self._asks(tokens, wanted, languages):
            return None  # a question in their own words (a letter, an authority): for the step's on_text
        found = {oid for oid, said in words.items() if any(_mentions(tokens, wanted, s) for s in said)}
        if len(found) == 1:
            return found.pop()
        if len(tokens) == 1 and len(wanted) >= 4:  # a typo in one word: "arabsch", "Englisch"
            vocabulary = {w: oid for oid in labels for w in labels[oid] | words[oid]}
            close = difflib.get_close_matches(wanted, list(vocabulary), n=2, cutoff=0.8)
            if len({vocabulary[w] for w in close}) == 1:
                return vocabulary[close[0]]
        return None

    def _asks(self, tokens: Sequence[str], wanted: str, languages: Iterable[str]) -> bool:
        """Whether a sentence mentions a letter or an authority (`syn-question-words`): then it is a
        question for a person, not a choice, even when it also names an entry ("my Jobcenter sent me a
        letter about work" is not the job search)."""
        return any(
            _mentions(tokens, wanted, normalise(word))
            for code in languages
            for word in self.words.synonyms(QUESTION_WORDS, code)
        )


def _refreshed(turn: Turn, pressed_on: Step) -> Turn:
    """`turn` marked `refreshed` when it is only the screen of the step whose button was pressed."""
    if not turn.ended and turn.step == pressed_on.name and len(turn.replies) == 1:
        turn.refreshed = True
    return turn


def _may_see(step: Step, profile: Profile) -> bool:
    """The staff gate: `staff_only` steps for coaches and coordinators, `coordinator_only` ones for
    coordinators alone (composing announcements)."""
    if getattr(step, "coordinator_only", False):
        return profile.role is Role.COORDINATOR
    return not step.staff_only or profile.staff


def _nav(nav: Nav) -> Option[Text]:
    return Option(nav.value, t(_NAV_LABELS[nav]))


def _remember(frame: Frame, leaving: str, target: str) -> None:
    """Back from `target` leads to `leaving`; going to a step already in the history cuts the loop."""
    if target in frame.history:
        del frame.history[frame.history.index(target) :]
        return
    frame.history.append(leaving)
    del frame.history[:-HISTORY_LIMIT]


# From this many words on, a text is more likely a question than a menu choice: a word then matches a
# synonym only with a short ending ("arbeiten" ← "arbeit", "роботу" ← "робот"), not as the start of a
# longer word ("Jobcenter" ← "job", "Arbeitgeber" ← "arbeit"), which would send a question about a
# letter from the Jobcenter into the job search.
SENTENCE_WORDS = 5
SENTENCE_ENDING = 3
# Words that make such a sentence a question for a coach: letters and authorities, per language in the
# catalogues (`syn-question-words` in locales/*/synonyms.ftl; German and English count in every language).
QUESTION_WORDS = t("question-words")


def _mentions(tokens: Sequence[str], whole: str, synonym: str) -> bool:
    """A synonym is mentioned when a word starts with it ("роботу" ← "робот") or, for several words,
    when the text contains them; in a sentence only with a short ending (`SENTENCE_WORDS`)."""
    if " " in synonym:
        return f" {synonym} " in f" {whole} "
    if len(synonym) < 3:
        return False
    longest = len(synonym) + SENTENCE_ENDING if len(tokens) >= SENTENCE_WORDS else None
    return any(token.startswith(synonym) and (longest is None or len(token) <= longest) for token in tokens)


async def _call(result: Outcome | Awaitable[Outcome]) -> Outcome:
    if inspect.isawaitable(result):
        return await result
    return result


def _as_number(text: str) -> int | None:
    """`3`, `3.`, `٣` or `۳` as 3: people type the number they see in whatever digits their keyboard has."""
    core = text.strip().rstrip(".)")
    if not core or len(core) > 3:
        return None
    digits = []
    for char in core:
        value = unicodedata.digit(char, None)
        if value is None:
            return None
        digits.append(str(value))
    return int("".join(digits))


_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)


def normalise(text: str) -> str:
    """Case, accents and vowel marks, emoji, punctuation and bidi marks do not matter when a label is
    typed: "zuruck" finds "zurück", "İptal" (a phone's capital) finds "iptal", "عربي" finds "عَرَبِي"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _NOT_WORD.sub(" ", unicodedata.normalize("NFKC", bare)).strip()
