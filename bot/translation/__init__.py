"""Translation between people and coaches (deep-translator behind `TRANSLATOR`); see service.py."""

from bot.translation.backends import Backend, make_backend
from bot.translation.service import Translation, Translator

__all__ = ["Backend", "Translation", "Translator", "make_backend"]
