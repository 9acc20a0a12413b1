"""WhatsApp's 24-hour rule for everything that is not an answer (the outbox's WhatsApp `ChannelSender`).

Lotse may write freely only within 24 hours of the person's last message. `WindowPolicy.deliver` decides
for each outbox message:

- inside the window (with a five-minute margin, so a slow send does not arrive too late): the message
  as it is, with its options and files;
- outside, or when WhatsApp says the window is closed (error 131047): the approved template configured
  for the message's purpose (`WHATSAPP_TEMPLATES`), in the first language of the person's fallback chain
  that the template is approved in (Pashto → Dari → English → German by default, `bot.languages.chain`;
  per language `WHATSAPP_TEMPLATE_FALLBACKS`), its variables rendered in that same language. With
  `announce_only` (or for a message that needs its buttons, `BUTTONS_NEEDED`) the template only says that
  a message is waiting: the row waits for the person's answer (`Outbox.release_waiting`) and is then sent
  as it is. A template that carries the text cannot carry a photo, files or a map pin: such a message
  also waits for the answer, and then the photo, files or map pin follow without the text the template
  brought (`TEXT_DELIVERED`; a message with options comes whole, its buttons need their text);
- where no language of the chain has the template (or the purpose has none): the message waits until
  the person writes again, and the reason is logged and kept on the row.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from bot.config import WhatsAppTemplate
from bot.languages import LANGUAGES, chain
from bot.outbox.channel import BUTTONS_NEEDED, SENT, Delivered, DeliveryFailed, Envelope
from handlers.whatsapp.sender import CHANNEL, RE_ENGAGEMENT, WhatsAppSender, masked

log = logging.getLogger(__name__)

# Kept on a waiting row (`Delivered.remember`): a template brought its text, the rest follows without it.
TEXT_DELIVERED = "text_delivered"

WINDOW = timedelta(hours=24)
MARGIN = timedelta(minutes=5)


@dataclass(frozen=True)
class TemplateChoice:
    template: WhatsAppTemplate
    language: str  # the Lotse language the variables are rendered in
    code: str  # Meta's code for it


class WindowPolicy:
    """The outbox's way out to WhatsApp: free-form, template, or waiting (see the module docstring)."""

    channel = CHANNEL

    def __init__(
        self,
        sender: WhatsAppSender,
        *,
        templates: Mapping[str, WhatsAppTemplate] | None = None,
        fallbacks: Mapping[str, Sequence[str]] | None = None,
        clock: Callable[[], datetime],
        window: timedelta = WINDOW,
        margin: timedelta = MARGIN,
    ) -> None:
        self.sender = sender
        self.templates = dict(templates or {})
        self.fallbacks = {code: list(chain(code)) for code in LANGUAGES}
        for code, others in (fallbacks or {}).items():
            self.fallbacks[code] = [code, *(other for other in others if other != code)]
        self.clock = clock
        self.window = window
        self.margin = margin

    def is_open(self, last_seen_at: datetime | None) -> bool:
        """Whether the person wrote recently enough for a free-form message to arrive within the window."""
        return last_seen_at is not None and self.clock() - last_seen_at < self.window - self.margin

    def template_for(self, purpose: str, language: str) -> TemplateChoice | None:
        """The template for `purpose` in the first language of `language`'s chain that has it."""
        template = self.templates.get(purpose)
        if template is None:
            return None
        for candidate in self.fallbacks.get(language, [language]):
            code = template.languages.get(candidate)
            if code is not None:
                return TemplateChoice(template, candidate, code)
        return None

    async def deliver(self, envelope: Envelope) -> Delivered:
        to = envelope.address
        if self.is_open(envelope.last_seen_at):
            try:
                media = envelope.extra.get("media")  # an announcement's photo, uploaded once
                message = envelope.message()
                if envelope.extra.get(TEXT_DELIVERED) and not message.options:
                    message = replace(message, text="")  # the template brought it: not twice
                await self.sender.send(to, message, envelope.language, media=media)
                return SENT
            except DeliveryFailed as exc:
                if exc.code != RE_ENGAGEMENT:
                    raise
                log.info("WhatsApp says the window with %s is closed; trying a template", masked(to))

        choice = self.template_for(envelope.purpose, envelope.language)
        if choice is None:
            template = self.templates.get(envelope.purpose)
            languages = " → ".join(self.fallbacks.get(envelope.language, [envelope.language]))
            reason = (
                f"no WhatsApp template configured for {envelope.purpose!r}"
                if template is None
                else f"template {template.name!r} is approved in none of {languages}"
            )
            log.warning(
                "%s message to %s waits for their next message (24-hour window closed, %s)",
                envelope.purpose,
                masked(to),
                reason,
            )
            return Delivered(
                waiting=True,
                note=f"The person has not written for 24 hours and {reason}; "
                "the message is delivered when they write again.",
            )

        params = [
            envelope.renderer.parameter(envelope.reply, spec, choice.language)
            for spec in choice.template.params
        ]
        await self.sender.send_template(to, choice.template.name, choice.code, params)
        if choice.language != envelope.language:
            log.info(
                "%s template for %s sent in %s (no approved template in %s)",
                envelope.purpose,
                masked(to),
                choice.language,
                envelope.language,
            )
        if choice.template.announce_only or envelope.extra.get(BUTTONS_NEEDED):
            return Delivered(
                waiting=True,
                note=f"The person has not written for 24 hours: template {choice.template.name!r} told them "
                "a message is waiting; it is delivered when they answer.",
            )
        if carries_more_than_text(envelope):
            return Delivered(
                waiting=True,
                note=f"The person has not written for 24 hours: template {choice.template.name!r} brought "
                "the text; its photo, files or map pin follow when they answer.",
                remember={TEXT_DELIVERED: True},
            )
        return SENT


def carries_more_than_text(envelope: Envelope) -> bool:
    """Whether the message has what a template's text variables cannot carry: an announcement's photo,
    files, a map pin. Sent once the person answers, so none of it is lost."""
    reply = envelope.reply
    return bool(envelope.extra.get("media") or reply.files) or reply.location is not None
