"""Thin channel edges: turn platform events into `flows.engine.Incoming`, render `bot.conversation.Message`s.

One sub-package or module per channel: `telegram/` (aiogram), `whatsapp/` (Cloud API via pywa),
`terminal` (stdin/stdout).
"""
