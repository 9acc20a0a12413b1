"""Channel-agnostic conversations.

A step receives what the person sent (`Incoming`) and answers with what to show (`Reply`: message keys,
options with stable ids, files) and where the conversation goes next. Nothing in this package knows
Telegram, WhatsApp or the terminal: the same flow serves all of them.
"""
