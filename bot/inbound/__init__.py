"""Incoming updates are stored before they are acknowledged, and handled from there.

journal.py  the `inbound_updates` table: store, claim a person's next update in order, finish, retry
queue.py    one channel's side: `accept` (store, then handle in the background), leftovers after a restart

Telegram's webhook and long polling (handlers/telegram/) and WhatsApp's webhook (handlers/whatsapp/) go
through an `InboundQueue`, so a process killed between "received" and "answered" loses nothing.
"""

from bot.inbound.journal import Arrival, Claim, Journal, State
from bot.inbound.queue import Handling, InboundQueue, handling

__all__ = ["Arrival", "Claim", "Handling", "InboundQueue", "Journal", "State", "handling"]
