"""Rendering a stored reply when it is sent: the recipient's language now, and WhatsApp template variables."""

from __future__ import annotations

from datetime import date, datetime, time

from babel import Locale
from babel.dates import format_date, format_time

from bot.conversation import Message, RenderedFile, RenderedOption
from bot.i18n import Catalogues
from bot.languages import LANGUAGES
from flows.engine import Reply, Text


class Renderer:
    """Stored replies → `Message`s in a language, and template parameters (for WhatsApp's templates)."""

    def __init__(self, catalogues: Catalogues) -> None:
        self.catalogues = catalogues

    def message(self, reply: Reply[Text], language: str) -> Message:
        """The same rendering as an answer gets: catalogues along the fallback chain, RTL marks."""
        lang = reply.text.lang or language
        text = self.catalogues.text
        return Message(
            text=text(reply.text, lang),
            options=tuple(RenderedOption(o.id, text(o.label, lang)) for o in reply.options),
            files=tuple(
                RenderedFile(f.filename, f.content, f.mime_type, text(f.caption, lang) if f.caption else None)
                for f in reply.files
            ),
            rtl=LANGUAGES[lang].rtl,
            location=reply.location,
        )

    def parameter(self, reply: Reply[Text], spec: str, language: str) -> str:
        """One template variable: the argument `name` of the reply's text, formatted for `language`.

        `spec` is `name`, or `name:date` / `name:time` for one half of a datetime (a reminder template
        has the day and the hour as separate variables). A missing argument is an empty string.
        """
        name, _, part = spec.partition(":")
        value = reply.text.args.get(name)
        if value is None:
            return ""
        locale = LANGUAGES[language].babel_locale
        zone = self.catalogues.zone
        if isinstance(value, datetime):
            local = value.astimezone(zone)
            if part == "date":
                return str(format_date(local, "full", locale=locale))
            if part == "time":
                return str(format_time(local, "short", tzinfo=zone, locale=locale))
            day = format_date(local, "long", locale=locale)
            clock = format_time(local, "short", tzinfo=zone, locale=locale)
            return str(Locale.parse(locale).datetime_formats["medium"]).format(clock, day)
        if isinstance(value, date):
            return str(format_date(value, "full", locale=locale))
        if isinstance(value, time):
            return str(format_time(value, "short", locale=locale))
        if isinstance(value, Text):
            return self.catalogues.text(value, language)
        return str(value)
