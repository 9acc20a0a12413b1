"""The one consent rule: someone may use the features only after agreeing to the current privacy note.

Bump `CONSENT_VERSION` (and write the note as a new message key) whenever the note changes in substance:
everyone who agreed to an older version is asked again, by the engine's consent gate, before anything
that needs consent.
"""

from __future__ import annotations

from flows.engine import Profile

CONSENT_VERSION = "2026-12c"  # v4: appointments, events and questions to coaches (v3: intake, retention)
# The privacy note the person reads and agrees to; it says exactly what each feature stores.
PRIVACY_NOTE = "privacy-note-v4"


def consent_current(profile: Profile) -> bool:
    return profile.consent_at is not None and profile.consent_version == CONSENT_VERSION
