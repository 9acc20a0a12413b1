"""Lotse: job coaching access for refugees and migrants, over Telegram, WhatsApp and a terminal chat."""

__version__ = "0.1.0"
