"""The domain services flows may call, as small interfaces. The composition root passes implementations
(`bot/…`), bound to the database transaction of the update being handled; tests pass in-memory ones.

Flows import these protocols, never the implementations: no SQLAlchemy, no platform, no channel code.
Each later feature adds its service here (booking, handoff, …) and its implementation in `bot/`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any, Protocol


@dataclass(frozen=True)
class LanguageInfo:
    """A language people can choose: its code, its own name, and words people type for it."""

    code: str
    native_name: str
    aliases: tuple[str, ...] = ()


class Languages(Protocol):
    def all(self) -> Sequence[LanguageInfo]:
        """Every language, in the one fixed order the language screen shows."""
        ...

    def name(self, code: str) -> str: ...


@dataclass(frozen=True)
class Place:
    """A municipality the deployment serves."""

    id: int
    name: str
    county: str
    postcodes: tuple[str, ...] = ()


class Places(Protocol):
    async def all(self) -> Sequence[Place]:
        """The served municipalities, by name."""
        ...

    async def find(self, text: str) -> Sequence[Place]:
        """Municipalities whose name or postcode the text names (best first; empty when none)."""
        ...


@dataclass(frozen=True)
class Where:
    """A choice on "Where?": a municipality with office hours (`m<id>`), `online`, or `any`."""

    id: str
    name: str


@dataclass(frozen=True)
class Slot:
    """A bookable time of an office hour (UTC), with what the person needs to decide."""

    id: str  # "s<office hour>-<YYYYMMDDHHMM, UTC>": fits in an option id
    office_hour_id: int
    starts_at: datetime
    ends_at: datetime
    place: str
    address: str | None
    online: bool
    coach: str | None  # the first name of the coach shown (one who speaks the person's language first)
    free: int
    day: date  # the local day (TIMEZONE), for "Tuesday, 27 October 2026"
    clock: time  # the local time of the start
    latitude: float | None = None  # the place on the map, when the office hour has one
    longitude: float | None = None


@dataclass(frozen=True)
class Appointment:
    """A person's booking of one slot."""

    id: int
    slot: Slot


@dataclass(frozen=True)
class BookingResult:
    """`booked`, or why not: `taken` (no seat left), `limit` (BOOKING_MAX_UPCOMING), `too_soon`
    (BOOKING_MIN_LEAD or past), `gone` (no such slot or booking, a cancelled day, not theirs)."""

    status: str
    appointment: Appointment | None = None


@dataclass(frozen=True)
class HoursDay:
    """One day of an office hour, as its coach sees it: who booked which time."""

    id: str  # "h<office hour>-<YYYYMMDD>"
    office_hour_id: int
    day: date
    place: str
    start: time
    end: time
    booked: tuple[time, ...]  # the local start of each booked seat


class Booking(Protocol):
    """Office hours and bookings, for one person at a time (ownership is checked here, not in flows)."""

    async def places(self) -> Sequence[Where]: ...

    async def free_slots(self, where: str, language: str, limit: int = 40) -> Sequence[Slot]: ...

    async def book(self, person_id: int, slot_id: str, language: str) -> BookingResult: ...

    async def move(self, person_id: int, booking_id: int, slot_id: str, language: str) -> BookingResult: ...

    async def cancel(self, person_id: int, booking_id: int) -> Appointment | None: ...

    async def appointments(self, person_id: int) -> Sequence[Appointment]: ...

    def calendar(self, appointment: Appointment) -> bytes:
        """The appointment as an .ics file (times in UTC)."""
        ...

    def today(self) -> date:
        """Today in TIMEZONE (for typed "tomorrow 10:00")."""
        ...

    async def staff_days(self, person_id: int, everyone: bool) -> Sequence[HoursDay]:
        """The next days of the office hours this coach holds (a coordinator: `everyone`'s)."""
        ...

    async def staff_cancel_day(self, person_id: int, everyone: bool, office_hour_id: int, day: date) -> bool:
        """Cancel one day (only an office hour the coach holds, unless `everyone`); False when refused."""
        ...

    async def check(self, person_id: int, booking_id: int) -> str:
        """What a button naming a booking may do: "mine", "not_mine" (forged), "past", "gone"."""
        ...

    async def come(self, person_id: int, booking_id: int) -> bool:
        """"I'll come" under a reminder: confirmed, the coaches told (once); False when not theirs/ahead."""
        ...

    async def slot(self, slot_id: str, language: str) -> Slot | None:
        """The slot with this id while it can still be booked, else None."""
        ...

    async def mark_attendance(self, person_id: int, everyone: bool, booking_id: int, attended: bool) -> str:
        """A coach marks attended / no-show: "saved", "refused", "early" or "gone"."""
        ...


class Intake(Protocol):
    """The intake's answers of one person (flows/profile.py lists the keys), the short profile and the
    local offers that fit them, rendered in a language."""

    async def answers(self, person_id: int) -> dict[str, Any]: ...

    async def save(self, person_id: int, key: str, value: Any) -> None:
        """Store one answer (None removes it)."""
        ...

    async def state(self, person_id: int) -> tuple[datetime | None, datetime | None]:
        """When the intake was offered after consent, and when the answers were last confirmed."""
        ...

    async def mark(
        self, person_id: int, *, offered: datetime | None = None, confirmed: datetime | None = None
    ) -> None: ...

    def profile(self, answers: dict[str, Any], language: str) -> list[str]:
        """The short profile's lines in `language`."""
        ...

    async def offers(self, answers: dict[str, Any], language: str) -> list[str]:
        """The fitting offers, best first, each as one rendered block (title, text, what to do next)."""
        ...

    async def export(self, person_id: int) -> bytes:
        """Everything stored about the person as JSON (keys: README, "The data export")."""
        ...


@dataclass(frozen=True)
class Case:
    """A person's question to the coaches (handoff): `open`, `claimed` (by `coach`, a first name) or
    `closed`; `rating` 1-5 once the person answered "Did this help?"."""

    id: int
    state: str
    coach: str | None = None
    rating: int | None = None


@dataclass(frozen=True)
class Opened:
    """A case just opened (or the one already open): whether it is new, and when coaches answer
    (`hours`: `COACH_HOURS` as written, empty for always; `now_within`: it is within them now)."""

    case: Case
    created: bool
    hours: str
    now_within: bool


class Handoff(Protocol):
    """Cases with the human coaches, for one person at a time (ownership is checked here)."""

    async def current(self, person_id: int) -> Case | None:
        """The person's case that is not closed, if any."""
        ...

    async def case(self, person_id: int, case_id: int) -> Case | None: ...

    async def open(self, person_id: int, language: str, channel: str) -> Opened: ...

    async def relay(self, person_id: int, language: str, text: str) -> None:
        """What the person wrote, to their topic in the coaches' group (translated to German)."""
        ...

    async def relay_media(
        self, person_id: int, language: str, media: Mapping[str, Any] | None, caption: str
    ) -> None:
        """A voice note, photo, document, location… (`media`: where the platform keeps it, and its
        `type`) to the topic as it is, its caption translated."""
        ...

    async def original(self, person_id: int, reply_id: int) -> tuple[str, str] | None:
        """(coach's first name, the reply as written) for the "Original" button; None when the reply is
        not one to this person."""
        ...

    async def end(self, person_id: int) -> None:
        """The person ended the conversation."""
        ...

    async def rate(self, person_id: int, case_id: int, rating: int) -> bool: ...


@dataclass(frozen=True)
class EventAnswer:
    """What became of a person's answer to an event (bot/broadcast): `confirmed` (has a place),
    `waiting` (on the waiting list at `position`), `already` (had a place), `declined`, `cancelled`
    (gave the place back), `not_signed_up`, `past`, or `gone` (no such event, cancelled, not theirs)."""

    status: str
    broadcast_id: int = 0
    title: str = ""
    when: datetime | None = None
    place: str = ""
    position: int = 0


@dataclass(frozen=True)
class BroadcastPreview:
    """A composed announcement as it would go out now: the text per language (`by`: machine,
    coordinator or german = not translated), recipients per language and channel, who is left out."""

    texts: dict[str, tuple[str, str]]  # language → (text, by)
    channels: dict[str, dict[str, int]]  # language → channel → recipients
    unsubscribed: int
    blocked: int

    @property
    def total(self) -> int:
        return sum(sum(per.values()) for per in self.channels.values())


@dataclass(frozen=True)
class BroadcastInfo:
    """One broadcast in the coordinator's list, with its report (keys as `lotse broadcast report`)."""

    id: int
    title: str
    report: dict[str, Any]


class Broadcasts(Protocol):
    """Announcements and events: people's answers and opt-out; the coordinators' composing and reports."""

    async def respond(self, person_id: int, broadcast_id: int, answer: str) -> EventAnswer:
        """`answer`: yes, no or cancel (checks the announcement reached this person)."""
        ...

    async def subscribe(self, person_id: int, wanted: bool) -> bool:
        """Announcements on or off; True when that changed something."""
        ...

    async def subscribed(self, person_id: int) -> bool: ...

    async def preview(self, draft: dict[str, Any]) -> BroadcastPreview:
        """`draft` as the compose flow keeps it: text, audience, overrides, event."""
        ...

    async def create(self, draft: dict[str, Any], person_id: int | None) -> int:
        """Store the draft; `person_id` (the coordinator) gets the progress and the report."""
        ...

    async def recent(self) -> Sequence[BroadcastInfo]: ...

    async def events(self) -> Sequence[tuple[int, str]]:
        """Events still to come (id, title), soonest first: an audience can be their participants."""
        ...

    async def info(self, broadcast_id: int) -> BroadcastInfo | None: ...

    async def cancel(self, broadcast_id: int) -> str: ...

    async def participants_csv(self, broadcast_id: int) -> bytes: ...

    def parse_time(self, text: str) -> datetime | None:
        """"YYYY-MM-DD HH:MM" (or "DD.MM.YYYY HH:MM") in TIMEZONE → UTC; None when it is not one."""
        ...


@dataclass
class Services:
    """What the flows can reach, one field per domain service."""

    languages: Languages
    places: Places | None = None
    intake: Intake | None = None
    booking: Booking | None = None
    handoff: Handoff | None = None
    broadcasts: Broadcasts | None = None
