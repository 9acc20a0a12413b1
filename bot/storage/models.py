"""The tables. Only what a flow needs is stored; see the privacy note in `locales/*/main.ftl`.

People are identified per channel (`telegram` + user id, `whatsapp` + phone number, `terminal` + login):
one human on two channels is two people until they link them.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes in and out, on SQLite (which forgets the zone) and PostgreSQL alike."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSON(),
        list[str]: JSON(),
    }


class Person(Base):
    """Someone who writes to the bot. Deleting the row deletes everything about them (cascade)."""

    __tablename__ = "people"
    __table_args__ = (UniqueConstraint("channel", "external_id", name="uq_people_channel_external_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))
    external_id: Mapped[str] = mapped_column(String(64))
    language: Mapped[str | None] = mapped_column(String(8))
    consent_version: Mapped[str | None] = mapped_column(String(16))
    consent_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    # When a channel said the person cannot be reached (blocked the bot); messages to them are not retried.
    unreachable_at: Mapped[datetime | None]

    conversation: Mapped[Conversation | None] = relationship(
        back_populates="person", cascade="all, delete-orphan", passive_deletes=True, uselist=False
    )


class Conversation(Base):
    """Where a person is in a flow, so a restart continues where they were."""

    __tablename__ = "conversations"

    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), primary_key=True)
    step: Mapped[str | None] = mapped_column(String(64))
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    shown: Mapped[list[str]] = mapped_column(default=list)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    person: Mapped[Person] = relationship(back_populates="conversation")


class Municipality(Base):
    """A town or municipality of the county, where office hours take place."""

    __tablename__ = "municipalities"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    county: Mapped[str] = mapped_column(String(120))
    postcodes: Mapped[list[str]] = mapped_column(default=list)  # five-digit German postcodes


class Coach(Base):
    """A volunteer or staff job coach: languages, region and skills let cases find the best-suited one."""

    __tablename__ = "coaches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    telegram_user_id: Mapped[int | None] = mapped_column(BigInteger, unique=True)
    languages: Mapped[list[str]] = mapped_column(default=list)
    skills: Mapped[list[str]] = mapped_column(default=list)
    municipality_id: Mapped[int | None] = mapped_column(ForeignKey("municipalities.id", ondelete="SET NULL"))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Coordinator(Base):
    """Someone who manages coaches, office hours and announcements (beside `COORDINATOR_IDS`)."""

    __tablename__ = "coordinators"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    telegram_user_id: Mapped[int] = mapped_column(BigInteger, unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ProcessedUpdate(Base):
    """Update ids already handled, per channel: a delivery the platform repeats is answered once."""

    __tablename__ = "processed_updates"

    channel: Mapped[str] = mapped_column(String(16), primary_key=True)
    key: Mapped[str] = mapped_column(String(128), primary_key=True)
    received_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)


class InboundUpdate(Base):
    """An update from Telegram or WhatsApp, stored before the platform is told "received" (see bot/inbound).

    `state` is queued → handling → done (or failed after too many attempts). `claimed_until` is the lease
    of the process handling it (for a queued row: not before then, after a failed attempt). The payload
    and the person key are cleared when the row is done; the row itself is kept a week, so a redelivery
    is recognised, then deleted.
    """

    __tablename__ = "inbound_updates"
    __table_args__ = (UniqueConstraint("channel", "key", name="uq_inbound_updates_channel_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))
    key: Mapped[str] = mapped_column(String(128))
    sequence: Mapped[int | None] = mapped_column(BigInteger)  # order within a person (Telegram update_id)
    person_key: Mapped[str | None] = mapped_column(String(160), index=True)
    payload: Mapped[str | None] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(16), default="queued", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    received_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    claimed_until: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(String(500))


OUTBOX_STATES = ("queued", "sending", "sent", "failed", "waiting", "blocked")


class OutboxMessage(Base):
    """A message that is not the immediate answer, kept until it is sent (see `bot/outbox`).

    One row per recipient, written in the same transaction as its cause. The content is stored
    renderable (message keys and arguments, not sentences) and rendered in the recipient's language
    when it is sent; once sent, only the metadata is kept. Deleting a person deletes their messages.
    """

    __tablename__ = "outbox"
    __table_args__ = (
        CheckConstraint(f"state IN {OUTBOX_STATES!r}", name="ck_outbox_state"),
        Index("ix_outbox_due", "state", "channel", "not_before"),  # "due rows of a channel"
        Index("ix_outbox_recipient", "channel", "address", "id"),  # one recipient's queue, in order
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))
    address: Mapped[str] = mapped_column(String(64))  # chat id, wa_id or terminal login
    thread_id: Mapped[int | None] = mapped_column(BigInteger)  # forum topic in the coaches' group
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    coach_id: Mapped[int | None] = mapped_column(ForeignKey("coaches.id", ondelete="CASCADE"), index=True)
    purpose: Mapped[str] = mapped_column(String(32))
    content: Mapped[dict[str, Any]]
    language: Mapped[str | None] = mapped_column(String(8))  # overrides the recipient's language
    not_before: Mapped[datetime]
    state: Mapped[str] = mapped_column(String(16), default="queued")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    claimed_until: Mapped[datetime | None]  # the lease of the worker sending it (state "sending")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]
    key: Mapped[str | None] = mapped_column(String(200), unique=True)  # a second put with it writes nothing
    # A message to staff (a coach's notice, a post in the coaches' group) about this person: deleted with
    # their data, also while it waits (issue 7).
    about_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE", name="fk_outbox_about_person_id"),
        index=True,
        default=None,
    )
    # The announcement this row delivers (bot/broadcast), for its report.
    broadcast_id: Mapped[int | None] = mapped_column(
        ForeignKey("broadcasts.id", ondelete="CASCADE"), index=True, default=None
    )


# -- office hours and bookings (bot/booking) ----------------------------------------------------------


# An office hour's map location: both coordinates or neither, within WGS 84's ranges.
LOCATION_CHECK = (
    "(latitude IS NULL AND longitude IS NULL) "
    "OR (latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180)"
)


class OfficeHour(Base):
    """Open office hours: a weekly rule (`weekday`, 0 = Monday) or one date (`on_date`), in local time
    (`TIMEZONE`); slots are computed from it and stored in UTC only when booked (see `bot/booking`)."""

    __tablename__ = "office_hours"
    __table_args__ = (
        CheckConstraint("(weekday IS NULL) <> (on_date IS NULL)", name="ck_office_hours_rule"),
        CheckConstraint("seats >= 1 AND slot_minutes >= 5", name="ck_office_hours_sizes"),
        CheckConstraint(LOCATION_CHECK, name="ck_office_hours_location"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    place: Mapped[str] = mapped_column(String(120))
    address: Mapped[str | None] = mapped_column(String(300))
    municipality_id: Mapped[int | None] = mapped_column(ForeignKey("municipalities.id", ondelete="SET NULL"))
    online: Mapped[bool] = mapped_column(default=False)
    weekday: Mapped[int | None] = mapped_column(Integer)
    on_date: Mapped[date | None] = mapped_column(Date)
    start_time: Mapped[str] = mapped_column(String(5))  # "HH:MM", local
    end_time: Mapped[str] = mapped_column(String(5))
    slot_minutes: Mapped[int] = mapped_column(Integer, default=30)
    seats: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # The place on the map (WGS 84 degrees), both or neither (migration 0014): the confirmation's pin.
    latitude: Mapped[float | None] = mapped_column(default=None)
    longitude: Mapped[float | None] = mapped_column(default=None)


class OfficeHourCoach(Base):
    """Who holds an office hour (notices about its bookings go to them)."""

    __tablename__ = "office_hour_coaches"

    office_hour_id: Mapped[int] = mapped_column(
        ForeignKey("office_hours.id", ondelete="CASCADE"), primary_key=True
    )
    coach_id: Mapped[int] = mapped_column(ForeignKey("coaches.id", ondelete="CASCADE"), primary_key=True)


class OfficeHourCancellation(Base):
    """A day on which an office hour does not take place."""

    __tablename__ = "office_hour_cancellations"

    office_hour_id: Mapped[int] = mapped_column(
        ForeignKey("office_hours.id", ondelete="CASCADE"), primary_key=True
    )
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Booking(Base):
    """One seat of one slot. The unique constraint on (office hour, start, seat) is what makes
    overbooking impossible, across processes: a second insert of the same seat fails in the database."""

    __tablename__ = "bookings"
    __table_args__ = (
        UniqueConstraint("office_hour_id", "starts_at", "seat", name="uq_bookings_seat"),
        UniqueConstraint("person_id", "office_hour_id", "starts_at", name="uq_bookings_person_slot"),
        Index("ix_bookings_starts_at", "starts_at"),
        Index("ix_bookings_confirm_by", "confirm_by"),
        CheckConstraint(
            "attendance IS NULL OR attendance IN ('attended', 'no_show')", name="ck_bookings_attendance"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    office_hour_id: Mapped[int] = mapped_column(ForeignKey("office_hours.id", ondelete="CASCADE"))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    seat: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Set by a coach after the slot: 'attended' or 'no_show' (migration 0009).
    attendance: Mapped[str | None] = mapped_column(String(16), default=None)
    # After two no-shows: confirm by then (start of the appointment's day), or the seat is released.
    confirm_by: Mapped[datetime | None] = mapped_column(default=None)
    confirmed_at: Mapped[datetime | None] = mapped_column(default=None)


class IntakeAnswers(Base):
    """What a person told the intake (flows/intake.py), as written; deleted with the person.

    `answers` holds one key per question (see docs in bot/intake/answers.py); `offered_at` says the
    intake was offered after consent (it is offered once), `confirmed_at` when the review was confirmed.
    """

    __tablename__ = "intake_answers"

    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), primary_key=True)
    answers: Mapped[dict[str, Any]] = mapped_column(default=dict)
    offered_at: Mapped[datetime | None]
    confirmed_at: Mapped[datetime | None]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class Offer(Base):
    """A local offer (course, counselling, workshop, job fair) with simple eligibility rules.

    Rules left empty (None or []) do not restrict. `texts` is {language code: {"title", "description"}}
    (German required). Managed with `lotse offers import/export` (bot/intake/catalogue.py).
    """

    __tablename__ = "offers"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    german_min: Mapped[str | None] = mapped_column(String(2))
    german_max: Mapped[str | None] = mapped_column(String(2))
    residence: Mapped[list[str]] = mapped_column(default=list)
    municipalities: Mapped[list[str]] = mapped_column(default=list)
    age_min: Mapped[int | None] = mapped_column(Integer)
    age_max: Mapped[int | None] = mapped_column(Integer)
    helps: Mapped[list[str]] = mapped_column(default=list)
    texts: Mapped[dict[str, Any]] = mapped_column(default=dict)
    contact: Mapped[str | None] = mapped_column(String(300))
    address: Mapped[str | None] = mapped_column(String(300))
    link: Mapped[str | None] = mapped_column(String(300))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


# -- handoff to coaches and translation (bot/handoff, bot/translation) ------------------------------


class TranslationCache(Base):
    """A translation already made: the same text and language pair is not sent to the backend again.

    The row belongs to the person whose conversation the text is part of (theirs or a coach's reply to
    them) and is deleted with them.
    """

    __tablename__ = "translations"
    __table_args__ = (
        UniqueConstraint("person_id", "source", "target", "digest", name="uq_translations_text"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    source: Mapped[str] = mapped_column(String(8))
    target: Mapped[str] = mapped_column(String(8))
    digest: Mapped[str] = mapped_column(String(64))  # sha256 of the text: no second copy of it
    translated: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class HandoffTopic(Base):
    """A person's forum topic in the coaches' group: created on their first case, reused for later ones.

    One row per person (`person_id` is unique), inserted before the topic is asked for: a process that
    wants to create the topic claims the row (`creating_until`), so two processes never create two topics.
    `topic_id` is NULL while the topic is being created, and for good when the group has no topics
    (`forum` False: posts reply to the case's card instead). When the person deletes their data,
    `person_id` becomes NULL: the relay closes the topic, deletes the bot's posts in it, then the row.
    """

    __tablename__ = "handoff_topics"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), unique=True
    )
    topic_id: Mapped[int | None] = mapped_column(BigInteger, unique=True)
    forum: Mapped[bool] = mapped_column(default=True)
    creating_until: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class HandoffPost(Base):
    """A message the bot posted in the coaches' group about a person (a card, a relayed message, a note):
    deleted with the person's data, and, in a group without topics, how a coach's reply finds the person.
    `message_id` is Telegram's, recorded once the outbox row (`outbox_id`) went out."""

    __tablename__ = "handoff_posts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    topic_ref: Mapped[int] = mapped_column(ForeignKey("handoff_topics.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("handoff_cases.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(16))  # card | message | note
    outbox_id: Mapped[int | None] = mapped_column(Integer, unique=True)
    message_id: Mapped[int | None] = mapped_column(BigInteger, index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class HandoffRelay(Base):
    """A message between a person and the coaches on its way: written in the update's transaction,
    translated and given its forum topic by the relay worker (`bot.handoff.relay`) outside it, then handed
    to the outbox. One person's relays go in order. `text` is the original (the person's words, or the
    coach's German for the "Original" button); it is deleted with the person.

    `direction`: `group` (to the coaches' group) or `person`. `kind`: `text`, `media` (`media`: what to
    copy), or `post` (`content`: a stored reply that only needs the topic: a card, a note).
    """

    __tablename__ = "handoff_relays"
    __table_args__ = (
        CheckConstraint("direction IN ('group', 'person')", name="ck_handoff_relays_direction"),
        CheckConstraint("state IN ('queued', 'sending', 'done')", name="ck_handoff_relays_state"),
        Index("ix_handoff_relays_due", "state", "not_before"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("handoff_cases.id", ondelete="CASCADE"))
    direction: Mapped[str] = mapped_column(String(8))
    kind: Mapped[str] = mapped_column(String(8))
    text: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(8))  # the text's language
    coach_name: Mapped[str | None] = mapped_column(String(64))
    media: Mapped[dict[str, Any] | None]
    content: Mapped[dict[str, Any] | None]
    post_kind: Mapped[str | None] = mapped_column(String(16))
    key: Mapped[str | None] = mapped_column(String(200), unique=True)
    state: Mapped[str] = mapped_column(String(16), default="queued")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    not_before: Mapped[datetime] = mapped_column(default=utcnow)
    claimed_until: Mapped[datetime | None]
    noted_at: Mapped[datetime | None]  # "blocked by the person" was noted in the topic
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class HandoffCase(Base):
    """A person's question to the coaches: open → claimed → closed, with a rating 1–5 after closing.

    `waiting_since` is the first message of the person no coach has answered yet (escalation's clock).
    At most one case per person is not closed (`uq_handoff_cases_open`).
    """

    __tablename__ = "handoff_cases"
    __table_args__ = (
        CheckConstraint("state IN ('open', 'claimed', 'closed')", name="ck_handoff_cases_state"),
        CheckConstraint("rating IS NULL OR rating BETWEEN 1 AND 5", name="ck_handoff_cases_rating"),
        Index(
            "uq_handoff_cases_open",
            "person_id",
            unique=True,
            sqlite_where=text("state != 'closed'"),
            postgresql_where=text("state != 'closed'"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    state: Mapped[str] = mapped_column(String(16), default="open")
    claimed_by: Mapped[int | None] = mapped_column(BigInteger)  # the coach's Telegram user id
    claimed_name: Mapped[str | None] = mapped_column(String(64))
    rating: Mapped[int | None] = mapped_column(Integer)
    opened_at: Mapped[datetime] = mapped_column(default=utcnow)
    claimed_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    waiting_since: Mapped[datetime | None]
    escalated_at: Mapped[datetime | None]


# -- broadcasts and events (bot/broadcast) -----------------------------------------------------------


class Broadcast(Base):
    """An announcement by a coordinator (and, with `event_at`, an event people sign up for).

    `state`: scheduled → starting (its outbox rows are being written, in batches; `cursor` says how far)
    → running (every row is queued; delivery is in the outbox) → done; or cancelled. `texts` holds the
    text per language: {"ar": {"text": "…", "by": "machine" | "coordinator" | "german"}}; German is
    `text`. `audience` is the filter as chosen; `counts` what resolving it found (recipients per
    language and channel, left out as unsubscribed or blocked). `claimed_until` is the lease of the
    process writing the rows (another takes over when it runs out; the outbox keys prevent doubles).
    """

    __tablename__ = "broadcasts"
    __table_args__ = (
        CheckConstraint(
            "state IN ('scheduled', 'starting', 'running', 'done', 'cancelled')", name="ck_broadcasts_state"
        ),
        Index("ix_broadcasts_due", "state", "scheduled_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    state: Mapped[str] = mapped_column(String(16), default="scheduled")
    text: Mapped[str] = mapped_column(Text)
    texts: Mapped[dict[str, Any]] = mapped_column(default=dict)
    audience: Mapped[dict[str, Any]] = mapped_column(default=dict)
    counts: Mapped[dict[str, Any]] = mapped_column(default=dict)
    scheduled_at: Mapped[datetime]
    started_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]
    cancelled_at: Mapped[datetime | None]
    claimed_until: Mapped[datetime | None]
    cursor: Mapped[str | None] = mapped_column(String(32))  # last recipient written ("p123", "c4")
    created_by: Mapped[str | None] = mapped_column(String(64))  # "cli" or the coordinator's Telegram id
    progress_chat: Mapped[int | None] = mapped_column(BigInteger)  # where the progress message is
    progress_message: Mapped[int | None] = mapped_column(BigInteger)
    event_at: Mapped[datetime | None]
    place: Mapped[str | None] = mapped_column(String(300))
    capacity: Mapped[int | None] = mapped_column(Integer)
    # A photo or document the coordinator sent with it: {"channel": "telegram", "chat_id", "message_id"},
    # copied to each Telegram recipient with the text as its caption.
    media: Mapped[dict[str, Any] | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class EventSignup(Base):
    """A person's answer to an event: `confirmed` (has a place), `waiting` (on the waiting list, in the
    order of `since`), `declined` ("Not this time") or `cancelled` (gave the place back)."""

    __tablename__ = "event_signups"
    __table_args__ = (
        CheckConstraint(
            "state IN ('confirmed', 'waiting', 'declined', 'cancelled')", name="ck_event_signups_state"
        ),
    )

    broadcast_id: Mapped[int] = mapped_column(
        ForeignKey("broadcasts.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    state: Mapped[str] = mapped_column(String(16))
    since: Mapped[datetime] = mapped_column(default=utcnow)


class BroadcastOptOut(Base):
    """Someone who does not want announcements (the button under one, or /stop); deleted when they
    subscribe again (/start) or delete their data."""

    __tablename__ = "broadcast_optouts"

    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
