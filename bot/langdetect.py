"""Guess a person's language from their first free text, offline (py3langid).

Used only to *suggest* a language on the language screen, never to switch without asking. The model
has no Tigrinya; text in Ge'ez script is classified as Amharic, and among our languages that script
means Tigrinya.
"""

from __future__ import annotations

import functools
import logging

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from bot.languages import LANGUAGES

log = logging.getLogger(__name__)

_MODEL_TO_OURS = {code: code for code in LANGUAGES} | {"ku": "kmr", "am": "ti"}
MIN_CONFIDENCE = 0.5  # greetings like "مرحبا" score ~0.6; a wrong guess only reorders the list
MIN_LETTERS = 4


@functools.cache
def _identifier() -> LanguageIdentifier:
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages([code for code in _MODEL_TO_OURS if code in identifier.nb_classes])
    return identifier


def guess_language(text: str) -> str | None:
    """One of our language codes when the text clearly is in it, else None (short texts, emoji…)."""
    if sum(char.isalpha() for char in text) < MIN_LETTERS:
        return None
    try:
        code, confidence = _identifier().classify(text[:500])
    except Exception:  # a guess is a nicety; never let it break a conversation
        log.warning("Language guess failed", exc_info=True)
        return None
    if confidence < MIN_CONFIDENCE:
        return None
    return _MODEL_TO_OURS.get(code)
