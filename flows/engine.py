"""The flow engine: screens, steps, transitions and the commands that work from anywhere.

A *step* declares its screen (text + options) and reacts to the option the person chose or to free text.
The engine does everything that is the same for every step: global commands, matching a typed number or
label to an option, refusing stale or forged button data, telling people what kinds of input work, and
remembering which options were on screen so the next input can be understood.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any, ClassVar, Protocol

MAX_TEXT_LENGTH = 4096


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


@dataclass(frozen=True)
class Option:
    """One choice on a screen. `id` is stable and never shown; `label` is what the person reads."""

    id: str
    label: Text


@dataclass(frozen=True)
class File:
    filename: str
    content: bytes
    mime_type: str
    caption: Text | None = None


@dataclass(frozen=True)
class Reply:
    text: Text
    options: tuple[Option, ...] = ()
    files: tuple[File, ...] = ()


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
    def media(cls, media_kind: str) -> Incoming:
        return cls(Kind.MEDIA, value=media_kind)

    @classmethod
    def edited(cls) -> Incoming:
        return cls(Kind.EDITED)


@dataclass
class Profile:
    """What the flows may read and change about a person; the conversation service stores it."""

    channel: str
    language: str | None = None
    consent_version: str | None = None
    consent_at: datetime | None = None
    created_at: datetime | None = None
    erase: bool = False

    @property
    def consented(self) -> bool:
        return self.consent_at is not None


@dataclass
class Context:
    """Everything a step sees: the person, this conversation's scratch data, and the clock."""

    profile: Profile
    data: dict[str, Any]
    now: datetime
    language_hint: str | None = None
    guess_language: Callable[[str], str | None] = field(default=lambda _text: None)

    @property
    def language(self) -> str:
        return self.profile.language or self.data.get("suggested") or self.language_hint or "de"


@dataclass(frozen=True)
class Go:
    """Say `say` (if anything), then show step `to`."""

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


Outcome = Go | Stay | End


@dataclass(frozen=True)
class Screen:
    text: Text
    options: Sequence[Option] = ()
    files: Sequence[File] = ()


class Step(Protocol):
    name: ClassVar[str]

    def screen(self, ctx: Context) -> Screen: ...

    def on_option(self, ctx: Context, option_id: str) -> Outcome: ...

    def on_text(self, ctx: Context, text: str) -> Outcome: ...


class BaseStep:
    """Default reactions: free text on a screen with buttons asks the person to choose."""

    name: ClassVar[str] = ""

    def screen(self, ctx: Context) -> Screen:
        raise NotImplementedError

    def on_option(self, ctx: Context, option_id: str) -> Outcome:
        return Stay()

    def on_text(self, ctx: Context, text: str) -> Outcome:
        return Stay(say=[t("choose-option")])


@dataclass
class Turn:
    """The engine's answer to one input: replies to send and the state to keep."""

    replies: list[Reply]
    step: str | None
    shown: list[str]


class Labeller(Protocol):
    def __call__(self, text: Text, language: str) -> str: ...


class FlowEngine:
    """Runs steps. `start` is where new people and `/start` land; `home` is what `/menu` opens."""

    def __init__(
        self,
        steps: Sequence[Step],
        *,
        start: str,
        home: Callable[[Context], str],
        label: Labeller,
    ) -> None:
        self.steps = {step.name: step for step in steps}
        self.start = start
        self.home = home
        self.label = label

    def handle(self, ctx: Context, incoming: Incoming, step: str | None, shown: Sequence[str]) -> Turn:
        current = self.steps.get(step or "")
        if current is None:
            # New person, a deleted one writing again, or a step that a newer version removed.
            return self._show(ctx, self._first_contact(ctx, incoming), None)

        if incoming.kind is Kind.COMMAND:
            return self._command(ctx, incoming.value, current)
        if incoming.kind is Kind.MEDIA:
            return self._show(ctx, Stay(say=[t("media-unsupported")]), current)
        if incoming.kind is Kind.EDITED:
            return self._show(ctx, Stay(say=[t("edited-unsupported")]), current)
        if incoming.kind is Kind.OPTION:
            if incoming.value not in shown:
                return self._show(ctx, Stay(say=[t("option-stale")]), current)
            return self._show(ctx, current.on_option(ctx, incoming.value), current)

        text = incoming.text.strip()
        if len(incoming.text) > MAX_TEXT_LENGTH:
            return self._show(ctx, Stay(say=[t("too-long", limit=MAX_TEXT_LENGTH)]), current)
        if not text:
            return self._show(ctx, Stay(say=[t("choose-option")]), current)
        chosen = self._match(ctx, current, text, shown)
        if chosen is not None:
            return self._show(ctx, current.on_option(ctx, chosen), current)
        return self._show(ctx, current.on_text(ctx, text), current)

    def show(self, ctx: Context, step: str) -> Turn:
        """The screen of `step` alone (used to re-show a conversation after a restart or an error)."""
        return self._show(ctx, Go(step), None)

    # -- internals ---------------------------------------------------------------------------------

    def _first_contact(self, ctx: Context, incoming: Incoming) -> Outcome:
        if incoming.kind is Kind.TEXT and incoming.text.strip():
            guess = ctx.guess_language(incoming.text)
            if guess and guess != ctx.language:
                ctx.data["suggested"] = guess
        return Go(self.start)

    def _command(self, ctx: Context, command: str, current: Step) -> Turn:
        if command == "start":
            ctx.data.clear()
            return self._show(ctx, Go(self.start), current)
        if command == "help":
            return self._show(ctx, Stay(say=[t("help")]), current)
        if command == "menu":
            return self._show(ctx, Go(self.home(ctx)), current)
        if command in ("language", "lang", "sprache"):
            return self._show(ctx, Go("language"), current)
        return self._show(ctx, Stay(say=[t("unknown-command")]), current)

    def _match(self, ctx: Context, step: Step, text: str, shown: Sequence[str]) -> str | None:
        """The option a typed number or label means, if any."""
        number = _as_number(text)
        if number is not None:
            return shown[number - 1] if 1 <= number <= len(shown) else None
        wanted = _normalise(text)
        if not wanted:
            return None
        for option in step.screen(ctx).options:
            if option.id in shown and _normalise(self.label(option.label, ctx.language)) == wanted:
                return option.id
        return None

    def _show(self, ctx: Context, outcome: Outcome, current: Step | None) -> Turn:
        replies = [Reply(text) for text in outcome.say]
        if isinstance(outcome, End):
            return Turn(replies, None, [])
        target = self.steps[outcome.to] if isinstance(outcome, Go) else current or self.steps[self.start]
        screen = target.screen(ctx)
        replies.append(Reply(screen.text, tuple(screen.options), tuple(screen.files)))
        return Turn(replies, target.name, [option.id for option in screen.options])


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


def _normalise(text: str) -> str:
    """Case, emoji, punctuation and bidi marks do not matter when a label is typed."""
    return _NOT_WORD.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()
