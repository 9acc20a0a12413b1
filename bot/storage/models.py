"""The tables. Only what a flow needs is stored; see the privacy note in `locales/*/main.ftl`.

People are identified per channel (`telegram` + user id, `whatsapp` + phone number, `terminal` + login):
one human on two channels is two people until they link them.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
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
