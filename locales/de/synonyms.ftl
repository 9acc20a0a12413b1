# Wörter, die Menschen für eine Auswahl tippen (durch Komma getrennt). Schlüssel: syn-<Knopf-Schlüssel>.
# Ein Wort passt auch, wenn ein getipptes Wort damit beginnt („Arbeit“ passt zu „Arbeitssuche“).
# Deutsch und Englisch gelten in jeder Sprache; hier nur Wörter, die eindeutig eine Auswahl meinen.

syn-menu-find-work = Arbeit, Job, Stelle, Arbeitssuche, Jobsuche, arbeiten
syn-menu-book = Sprechstunde, Termin buchen, Beratung, buchen
syn-menu-ask-coach = Coach, Frage, Hilfe von Menschen, Berater, Beraterin, fragen
syn-menu-appointments = Meine Termine, Termine, Sprechstunden
syn-menu-language = Sprache, Sprache ändern
syn-menu-my-data = Daten, Datenschutz, Meine Daten
syn-consent-agree = ja, einverstanden, okay, ok, zustimmen, stimme zu, akzeptiere, in ordnung
syn-consent-decline = nein, nicht jetzt, später, nicht, kein, keine, nicht einverstanden, don't, do not
syn-consent-agree-now = ja, einverstanden, okay, ok, zustimmen, stimme zu, akzeptiere, in ordnung
syn-my-data-delete = löschen, alles löschen
syn-my-data-withdraw = Zustimmung beenden, widerrufen
syn-delete-yes = ja, ja löschen
syn-delete-no = nein
syn-nav-back = zurück
syn-nav-skip = überspringen, weiter
syn-nav-cancel = abbrechen, stopp
syn-nav-more = mehr, weitere
syn-nav-previous = vorherige

# Wörter, die einen Satz (ab fünf Wörtern) zu einer Frage an einen Coach machen statt zu einer Auswahl:
# Briefe und Behörden. Deutsch und Englisch gelten in jeder Sprache.
syn-question-words = Brief, Bescheid, Schreiben vom, Jobcenter, Job Center, Ausländerbehörde, Arbeitsagentur, Agentur für Arbeit, BAMF, Sozialamt, Familienkasse, Behörde, Amt
