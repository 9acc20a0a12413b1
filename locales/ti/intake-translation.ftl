# The coaches' short profile: a free-text answer translated to German, the person's own words beside it
# (bot/intake/translations.py). Shown to coaches in German; the other languages for completeness.
profile-translated = { $translated } (መበቆል: { $original })
# The translator could not translate it (yet): the person's words as written.
profile-untranslated = { $original } (ኣይተተርጎመን)
# An offer's text that the translator made from the German (the offers file has none in this language).
offers-machine-translated = (እዚ ጽሑፍ ኮምፒዩተር ካብ ጀርመንኛ ተርጒምዎ።)
