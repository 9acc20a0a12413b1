"""The durable outbox: every message that is not the immediate answer, kept in the database until sent.

outbox.py   `Outbox.put` (a flow's `Send` → rows, in the caller's transaction), `release_waiting`, `wake`
content.py  a `Reply` as stored JSON (message keys and typed arguments, small files)
render.py   stored reply → `Message` in the recipient's language now; WhatsApp template variables
channel.py  `ChannelSender` (what each channel implements), `DeliveryFailed`, `Envelope`, `State`
queue.py    the worker's queries: claim (FOR UPDATE SKIP LOCKED on PostgreSQL), outcomes, lost leases
worker.py   `DeliveryWorker`: one per channel, within the channel's limits, retries with backoff

The guarantees are described in docs/architecture.md ("Outbox and delivery guarantees").
"""

from __future__ import annotations

from bot.outbox.channel import SENT, ChannelSender, Delivered, DeliveryFailed, Envelope, State
from bot.outbox.content import ContentError
from bot.outbox.outbox import Outbox
from bot.outbox.worker import DeliveryWorker

__all__ = [
    "SENT",
    "ChannelSender",
    "ContentError",
    "Delivered",
    "DeliveryFailed",
    "DeliveryWorker",
    "Envelope",
    "Outbox",
    "State",
]
