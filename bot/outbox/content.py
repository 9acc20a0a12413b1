"""A flow's `Reply` as the outbox stores it, and rendering it when it is sent.

The outbox keeps what to say, not the sentence: message keys and their arguments, so a message queued
today is rendered tomorrow in the language the recipient has *then* (they may have changed it), with
the catalogues of the running version. Arguments keep their type through JSON: datetimes, dates,
times and decimals are tagged (`{"$datetime": "2026-12-01T09:00:00+00:00"}`), so Babel still formats
them in the reader's locale (`bot.outbox.render`). Small files travel inline (base64); anything bigger
belongs elsewhere.

    {"v": 1,
     "text": {"key": "reminder", "args": {"when": {"$datetime": "…"}, "place": "Rathaus"}},
     "options": [{"id": "yes", "label": {"key": "yes"}}],
     "files": [{"filename": "termin.ics", "mime_type": "text/calendar", "base64": "…", "caption": null}],
     "location": {"latitude": 49.0, "longitude": 8.4, "name": "Rathaus", "address": "…"}}
"""

from __future__ import annotations

import base64
import dataclasses
from collections.abc import Mapping
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from flows.engine import File, Location, Option, Reply, Text

VERSION = 1
MAX_FILE_BYTES = 1024 * 1024  # per file; the outbox is a queue, not a file store


class ContentError(ValueError):
    """A reply the outbox cannot store (an argument of an unknown type, a naive datetime, a big file)."""


# -- storing ---------------------------------------------------------------------------------------


def dump_reply(reply: Reply[Any]) -> dict[str, Any]:
    """`reply` as JSON-safe data; raises `ContentError` for what could not be rendered faithfully later."""
    data: dict[str, Any] = {"v": VERSION, "text": dump_text(reply.text)}
    if reply.options:
        data["options"] = [_dump_option(option) for option in reply.options]
    if reply.files:
        data["files"] = [_dump_file(file) for file in reply.files]
    if reply.location is not None:
        data["location"] = dataclasses.asdict(reply.location)
    return data


def dump_text(text: Text) -> dict[str, Any]:
    if not isinstance(text, Text):
        raise ContentError(f"expected a Text, got {type(text).__name__}")
    data: dict[str, Any] = {"key": text.key}
    if text.args:
        data["args"] = {str(name): _dump_value(name, value) for name, value in text.args.items()}
    if text.lang is not None:
        data["lang"] = text.lang
    if text.verbatim is not None:
        data["verbatim"] = text.verbatim
    return data


def _dump_option(option: Option[Any]) -> dict[str, Any]:
    data: dict[str, Any] = {"id": option.id, "label": dump_text(option.label)}
    if option.aliases:
        data["aliases"] = list(option.aliases)
    return data


def _dump_file(file: File[Any]) -> dict[str, Any]:
    if len(file.content) > MAX_FILE_BYTES:
        raise ContentError(
            f"file {file.filename!r} has {len(file.content)} bytes; "
            f"the outbox takes files up to {MAX_FILE_BYTES}"
        )
    return {
        "filename": file.filename,
        "mime_type": file.mime_type,
        "base64": base64.b64encode(file.content).decode("ascii"),
        "caption": dump_text(file.caption) if file.caption is not None else None,
    }


def _dump_value(name: str, value: Any) -> Any:
    # bool before int (a bool is an int); datetime before date (a datetime is a date).
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, int | float):
        return value
    if isinstance(value, Decimal):
        return {"$decimal": str(value)}
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ContentError(f"argument {name!r} is a naive datetime; use an aware one (UTC)")
        return {"$datetime": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, time):
        return {"$time": value.isoformat()}
    if isinstance(value, Text):
        return {"$text": dump_text(value)}
    raise ContentError(f"argument {name!r} of type {type(value).__name__} cannot be stored in the outbox")


# -- loading ---------------------------------------------------------------------------------------


def load_reply(data: Mapping[str, Any]) -> Reply[Text]:
    version = data.get("v", VERSION)
    if version != VERSION:
        raise ContentError(f"outbox content version {version} is not understood by this version of Lotse")
    options = tuple(
        Option(o["id"], load_text(o["label"]), tuple(o.get("aliases", ()))) for o in data.get("options", ())
    )
    files = tuple(
        File(
            f["filename"],
            base64.b64decode(f["base64"]),
            f["mime_type"],
            load_text(f["caption"]) if f.get("caption") is not None else None,
        )
        for f in data.get("files", ())
    )
    location = Location(**data["location"]) if data.get("location") else None
    return Reply(load_text(data["text"]), options, files, location=location)


def load_text(data: Mapping[str, Any]) -> Text:
    args = {name: _load_value(value) for name, value in (data.get("args") or {}).items()}
    return Text(data.get("key", ""), args, data.get("lang"), data.get("verbatim"))


def _load_value(value: Any) -> Any:
    if not isinstance(value, dict):
        return value
    [(tag, raw)] = value.items()
    if tag == "$datetime":
        return datetime.fromisoformat(raw)
    if tag == "$date":
        return date.fromisoformat(raw)
    if tag == "$time":
        return time.fromisoformat(raw)
    if tag == "$decimal":
        return Decimal(raw)
    if tag == "$text":
        return load_text(raw)
    raise ContentError(f"unknown tag {tag!r} in outbox content")
