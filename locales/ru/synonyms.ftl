# Words people type for a choice (comma-separated). Key: syn-<button key>. German and English count too.
# A typed word fits when it starts with a synonym of at least 3 characters (so stems are listed); a
# synonym with a space fits only as whole words. Negations are listed under "no", so that "not agree"
# never reads as "agree" (at worst the bot asks again).
# Russian: stems ("работ" fits "работу"); е and ё both; Latin letters, which some people type.

syn-menu-find-work = работ, ваканси, трудоустро, rabot
syn-menu-book = записат, запись, приём, прием, консультаци, zapis
syn-menu-ask-coach = коуч, консультант, вопрос, спросит, kouch
syn-menu-appointments = мои записи, записи, мои встречи, мои приёмы, мои приемы
syn-menu-language = язык, yazyk
syn-menu-my-data = данн, конфиденциальн
syn-consent-agree = да, соглас, соглаш, хорошо, ладно, окей, конечно, da
syn-consent-decline = нет, не сейчас, позже, потом, не согласен, не согласна, не соглашаюсь, не хочу, net
syn-consent-agree-now = да, соглас, соглаш, хорошо, ладно, окей, конечно, da
syn-my-data-delete = удали, стереть
syn-my-data-withdraw = отозват, отзыв, отменить согласие, забрать согласие
syn-delete-yes = да, удалить, удалите, da
syn-delete-no = нет, не удалять, не удаляйте, не удаляй, не надо, net
syn-nav-back = назад, nazad
syn-nav-skip = пропуст, дальше, далее
syn-nav-cancel = отмен, стоп
syn-nav-more = ещё, еще, больше
syn-nav-previous = предыдущ

# Words that make a sentence (five words or more) a question for a coach, not a choice: letters and
# authorities. German and English count too. Here: only words for an official letter or an office.
syn-question-words = письм, джобцентр, джоб центр, ведомств
