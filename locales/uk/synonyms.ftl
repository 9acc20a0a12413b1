# Words people type for a choice (comma-separated). Key: syn-<button key>. German and English count too.
# A typed word fits when it starts with a synonym of at least 3 characters (so stems are listed); a
# synonym with a space fits only as whole words. Negations are listed under "no", so that "not agree"
# never reads as "agree" (at worst the bot asks again).
# Ukrainian: stems ("робот" fits "роботу"); also Russian words and Latin letters, which many people type.

syn-menu-find-work = робот, прац, вакансі, работ, robot, rabot
syn-menu-book = запис, запис на прийом, прийом, консультаці, zapys
syn-menu-ask-coach = коуч, консультант, питанн, запитанн, запитат, спитат, kouch
syn-menu-appointments = мої записи, записи, мої зустрічі, мої прийоми
syn-menu-language = мова, мову, мови, мовою, mova
syn-menu-my-data = дані, даних, конфіденційн
syn-consent-agree = так, згод, погоджу, добре, гаразд, окей, tak
syn-consent-decline = ні, не зараз, пізніше, потім, не згоден, не згодна, не погоджуюсь, не погоджуюся, не хочу, ni
syn-consent-agree-now = так, згод, погоджу, добре, гаразд, окей, tak
syn-my-data-delete = видал, стерти
syn-my-data-withdraw = відклик, скасувати згоду, забрати згоду
syn-delete-yes = так, видалити, видаліть, tak
syn-delete-no = ні, не видаляти, не видаляйте, не видаляй, не треба, ni
syn-nav-back = назад, nazad
syn-nav-skip = пропуст, далі
syn-nav-cancel = скасув, відмін, стоп
syn-nav-more = більше, ще
syn-nav-previous = попередн

# Words that make a sentence (five words or more) a question for a coach, not a choice: letters and
# authorities. German and English count too. Here: only words for an official letter or an office.
syn-question-words = лист, джобцентр, джоб центр, відомств
