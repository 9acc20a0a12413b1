"""German for the coaches: the intake's free-text answers translated in the background, never in the way.

A free-text answer (the job title, a start date in the person's words) is stored as written. When a
translator is configured and the person wrote in another language than German, `IntakeService.save`
also notes it as waiting for a translation in the answers:

    answers["translated"] = {"title": {"text": "لحام", "from": "ar"}}

`IntakeTranslations.sweep` (a scheduler job, every `SWEEP_EVERY` seconds) finds those notes in the
rows changed since its last run, asks the translator with no transaction open (the person's update
was committed long before; a slow or dead translator holds up nobody), and writes the German back
(`"de": "Schweißer"`) only if the answer is still the same text. A translator that fails or times out
leaves `"failed": true`: the coaches' profile then shows the original with a note, and the first sweep
after the next start tries once more. The coaches' short profile (flows/profile.py) shows
"Schweißer (Original: لحام)"; the person always sees their own words.

The translations live in the answers row, so they are exported and deleted with the person's data.

The same sweep translates the local offers' German texts into the languages the offers file leaves
out (`Offer.texts["machine"]`, see bot/intake/catalogue.py): shown with a note that a machine
translated them, never exported, dropped when an import changes the offer, made again after.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from bot.intake.catalogue import MACHINE, TEXT_FIELDS
from bot.languages import LANGUAGES
from bot.storage.database import Database
from bot.storage.models import IntakeAnswers, Offer
from bot.translation import Translator
from bot.translation.service import digest
from flows.profile import COACHES_LANGUAGE, FREE_TEXT, START, TRANSLATED

log = logging.getLogger(__name__)

SWEEP_EVERY = 10  # seconds between sweeps: the German is there well before a coach usually looks
FIRST_LOOK_BACK = timedelta(days=2)  # after a start: rows changed this long ago are looked at again
COMMIT_MARGIN = timedelta(minutes=1)  # a row committed a little after its updated_at is not missed
OFFERS_PER_SWEEP = 10  # offer translations per sweep: a sweep stays short, the catalogue fills up soon


def is_free_text(key: str, value: Any) -> bool:
    """A free-text answer: the job title, or a start written in the person's words (not a button)."""
    return key in FREE_TEXT and isinstance(value, str) and bool(value.strip()) and value not in START


def note_for_translation(answers: dict[str, Any], key: str, value: Any, language: str | None) -> None:
    """Called with every saved answer: a free-text answer in another language waits for its German;
    a changed or removed answer drops a translation that no longer fits."""
    waiting = dict(answers.get(TRANSLATED) or {})
    waiting.pop(key, None)
    if is_free_text(key, value) and language is not None and language != COACHES_LANGUAGE:
        waiting[key] = {"text": value, "from": language}
    if waiting:
        answers[TRANSLATED] = waiting
    else:
        answers.pop(TRANSLATED, None)


def waiting(answers: dict[str, Any], *, retry_failed: bool) -> list[tuple[str, str, str]]:
    """(key, text, source language) of each free-text answer that still needs its German."""
    found = []
    for key, entry in (answers.get(TRANSLATED) or {}).items():
        if not isinstance(entry, dict) or "de" in entry or (entry.get("failed") and not retry_failed):
            continue
        if answers.get(key) == entry.get("text") and isinstance(entry.get("from"), str):
            found.append((key, entry["text"], entry["from"]))
    return found


def german_digest(texts: dict[str, Any]) -> str:
    german = texts.get(COACHES_LANGUAGE) or {}
    return digest("\n".join(str(german.get(part, "")) for part in TEXT_FIELDS))


def machine_text(texts: dict[str, Any], language: str) -> dict[str, str] | None:
    """The machine translation of an offer's German text into `language`, if made from this German."""
    entry = (texts.get(MACHINE) or {}).get(language)
    if isinstance(entry, dict) and entry.get("of") == german_digest(texts) and entry.get("description"):
        return {part: str(entry[part]) for part in TEXT_FIELDS if entry.get(part)}
    return None


class IntakeTranslations:
    """One per process. `sweep()` is safe to run in several processes at once: the same answer may be
    translated twice (harmless), a result is written only while the answer is unchanged."""

    def __init__(self, db: Database, translator: Translator, clock: Callable[[], datetime]) -> None:
        self.db = db
        self.translator = translator
        self.clock = clock
        self._since: datetime | None = None  # rows changed since then are looked at
        self._failed: set[tuple[str, str, str]] = set()  # (offer, language, German digest) not to retry

    async def sweep(self) -> int:
        """Translate what waits (the scheduler's job); answers how many answers and offers got it."""
        if not self.translator.enabled:
            return 0
        return await self.answers() + await self.offers()

    async def answers(self) -> int:
        """The free-text answers changed since the last sweep; how many got their German."""
        started = self.clock()
        first = self._since is None
        since = started - FIRST_LOOK_BACK if self._since is None else self._since - COMMIT_MARGIN
        async with self.db.session() as session:
            rows = (
                await session.execute(
                    select(IntakeAnswers.person_id, IntakeAnswers.answers).where(
                        IntakeAnswers.updated_at >= since
                    )
                )
            ).all()
        todo = [
            (person_id, item)
            for person_id, answers in rows
            for item in waiting(dict(answers or {}), retry_failed=first)
        ]
        done = 0
        for person_id, (key, text, source) in todo:
            translated = await self._translate(person_id, text, source)
            done += await self._store(person_id, key, text, translated)
        self._since = started
        return done

    async def offers(self, limit: int = OFFERS_PER_SWEEP) -> int:
        """Machine-translate up to `limit` missing offer texts; a language the translator cannot do (or a
        failure) is not asked again by this process for the same German text."""
        async with self.db.session() as session:
            rows = [(row.id, dict(row.texts or {})) for row in await session.scalars(select(Offer))]
        done = 0
        for offer_id, texts in rows:
            for code in LANGUAGES:
                if done >= limit:
                    return done
                own = texts.get(code) or {}
                if code == COACHES_LANGUAGE or own.get("description") or machine_text(texts, code):
                    continue
                of = german_digest(texts)
                if (offer_id, code, of) in self._failed:
                    continue
                german = texts.get(COACHES_LANGUAGE) or {}
                parts: dict[str, str] = {}
                for part in TEXT_FIELDS:
                    if not german.get(part):
                        continue
                    result = await self.translator.translate_outside(
                        self.db, str(german[part]), COACHES_LANGUAGE, code, person_id=None
                    )
                    if not result.ok:
                        break
                    parts[part] = result.text
                if set(parts) != {part for part in TEXT_FIELDS if german.get(part)}:
                    self._failed.add((offer_id, code, of))
                    continue
                if await self._store_offer(offer_id, code, of, parts):
                    done += 1
        return done

    async def _store_offer(self, offer_id: str, code: str, of: str, parts: dict[str, str]) -> bool:
        async with self.db.session() as session:
            row = await session.get(Offer, offer_id)
            if row is None:
                return False
            texts = dict(row.texts or {})
            if german_digest(texts) != of or (texts.get(code) or {}).get("description"):
                return False  # changed by an import meanwhile
            machine = dict(texts.get(MACHINE) or {})
            machine[code] = {**parts, "of": of}
            texts[MACHINE] = machine
            row.texts = texts
        return True

    async def _translate(self, person_id: int, text: str, source: str) -> str | None:
        """The German, or None when the translator could not give it (in time)."""
        # Its cache (`translations`, deleted with the person) is read and written in short transactions
        # of its own: no connection is held while the translator thinks.
        result = await self.translator.translate_outside(
            self.db, text, source, COACHES_LANGUAGE, person_id=person_id
        )
        return result.text if result.ok else None

    async def _store(self, person_id: int, key: str, text: str, translated: str | None) -> int:
        async with self.db.session() as session:
            row = await session.get(IntakeAnswers, person_id)
            if row is None:  # the person deleted their data meanwhile
                return 0
            answers = dict(row.answers or {})
            notes = dict(answers.get(TRANSLATED) or {})
            entry = notes.get(key)
            if answers.get(key) != text or not isinstance(entry, dict) or entry.get("text") != text:
                return 0  # changed meanwhile: the next sweep takes the new text
            if translated is None:
                notes[key] = {**entry, "failed": True}
            else:
                notes[key] = {"text": text, "from": entry.get("from"), "de": translated}
            answers[TRANSLATED] = notes
            row.answers = answers  # updated_at stays: the person did not change anything
        if translated is None:
            log.info("An intake answer stays untranslated for now (person %s, %s)", person_id, key)
            return 0
        return 1
