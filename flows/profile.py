"""The intake's vocabulary and the short profile (Kurzprofil) built from the answers.

The answers are stored as one dict per person (bot/intake/answers.py), with these keys and values:

    help          list of HELP ids (the same ids as the coaches' skills in bot/roles.py)
    field         one of FIELDS (the ten areas of the KldB 2010, "f1" … "f9", "f0")
    title         the job title as the person wrote it (not translated)
    experience    one of EXPERIENCE (years of work in that field)
    qualification one of QUALIFICATIONS
    abroad        True when the qualification was obtained abroad, False in Germany
    german        one of LEVELS ("A1" … "C2") or "unknown"
    residence     one of RESIDENCE
    place         {"id": municipality id, "name": its name} or {"outside": True}
    availability  list of AVAILABILITY ids
    start         one of START, or a date/text as the person wrote it
    translated    the German of the free-text answers for the coaches (bot/intake/translations.py):
                  {"title": {"text": the answer, "from": "ar", "de": "…"}}; "de" missing while it waits,
                  with "failed": true when the translator could not give it

A question that was skipped has no key. The profile shows every question, "–" for the unanswered ones,
so the person sees what is missing and a coach sees at one glance what is known.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from flows.engine import Text, t

HELP = ("job_search", "apprenticeship", "cv", "interview", "forms", "recognition", "german_course")
FIELDS = ("f1", "f2", "f3", "f4", "f5", "f6", "f7", "f8", "f9", "f0")
EXPERIENCE = ("none", "short", "mid", "long")
QUALIFICATIONS = ("none", "school", "vocational", "university")
LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2")
RESIDENCE = ("eu", "permit", "gestattung", "duldung", "other")
AVAILABILITY = ("full_time", "part_time", "shifts", "minijob")
START = ("now", "month", "later")
# The questions in the order they are asked (and shown on the review screen and in the profile).
QUESTIONS = (
    "help",
    "field",
    "title",
    "experience",
    "qualification",
    "german",
    "residence",
    "place",
    "availability",
    "start",
)
MAX_ANSWER = 200  # free text longer than this is cut (with a note)
FREE_TEXT = ("title", "start")  # the answers a person may write in their own words
TRANSLATED = "translated"
COACHES_LANGUAGE = "de"  # the coaches read the short profile in German
MISSING = "–"

Render = Callable[[Text], str]


def level_index(level: str | None) -> int | None:
    """A1 → 0 … C2 → 5; None for no or an unknown level."""
    return LEVELS.index(level) if level in LEVELS else None


def _value(key: str, answers: Mapping[str, Any], render: Render, *, for_coaches: bool = False) -> str:
    value = answers.get(key)
    if value is None or value == [] or value == "":
        return MISSING
    if for_coaches and key in FREE_TEXT:
        entry = (answers.get(TRANSLATED) or {}).get(key)
        if isinstance(entry, Mapping) and entry.get("text") == value:
            if entry.get("de"):
                return render(t("profile-translated", translated=entry["de"], original=value))
            return render(t("profile-untranslated", original=value))
    if key == "help":
        return ", ".join(render(t(f"help-{item}")) for item in value if item in HELP) or MISSING
    if key == "availability":
        return ", ".join(render(t(f"avail-{item}")) for item in value if item in AVAILABILITY) or MISSING
    if key == "field":
        return render(t(f"field-{value}")) if value in FIELDS else MISSING
    if key == "experience":
        return render(t(f"exp-{value}")) if value in EXPERIENCE else MISSING
    if key == "qualification":
        label = render(t(f"qual-{value}")) if value in QUALIFICATIONS else MISSING
        if value != "none" and answers.get("abroad") is not None:
            label += " " + render(t("profile-abroad" if answers["abroad"] else "profile-in-germany"))
        return label
    if key == "german":
        return str(value) if value in LEVELS else render(t("german-unknown"))
    if key == "residence":
        return render(t(f"res-{value}")) if value in RESIDENCE else MISSING
    if key == "place":
        if isinstance(value, Mapping) and value.get("name"):
            return str(value["name"])
        return render(t("profile-outside"))
    if key == "start":
        return render(t(f"start-{value}")) if value in START else str(value)
    return str(value)


def profile_lines(answers: Mapping[str, Any], render: Render, *, for_coaches: bool = False) -> list[str]:
    """The short profile, one line per question ("Deutsch: A2"), rendered by `render` in one language.

    German for coaches (the handoff card, booking notices: `for_coaches`, free text translated with the
    original beside it), the person's own language on the review screen, in "Find work" and "My data"
    (their own words only)."""
    return [
        render(
            t(
                "profile-line",
                label=t(f"profile-{key}"),
                value=_value(key, answers, render, for_coaches=for_coaches),
            )
        )
        for key in QUESTIONS
    ]
