"""The coaches' forum supergroup (`COACH_CHAT_ID`): replies to people, notes, Claim and Close.

Only updates from `COACH_CHAT_ID` reach this router; messages in any other group match no router and
are ignored. A message in a case's topic (in a group without topics: a reply to the bot's post about a
person) from a member of the group (`getChatMember`: creator, administrator or member; cached briefly)
goes to the person of that topic, translated (`bot.handoff.desk.CoachDesk`); voice notes, photos and
documents are copied as they are. One starting with `COACH_NOTE_PREFIX` stays in the group. Anyone else
(a bot, someone who left the group, a forged update) reaches nobody.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from aiogram import Bot, Router
from aiogram.exceptions import TelegramAPIError
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup
from aiogram.types import Message as TgMessage

from bot.conversation import ConversationService
from bot.handoff.desk import CoachDesk
from bot.handoff.media import MAX_BYTES, Fetched, filename_for
from flows.engine import Reply, Text
from handlers.telegram.filters import the_chat
from handlers.telegram.private import answer_button, media_ref
from handlers.telegram.render import Choice, pressed_label
from handlers.telegram.sender import TelegramSender

log = logging.getLogger(__name__)

MEMBER_STATUSES = {"creator", "administrator", "member"}
CARD_ACTIONS = ("case-claim", "case-close", "case-profile")
# What a coach may send a person besides text: copied as it is (copyMessage).
RELAYED_MEDIA = {"voice", "audio", "photo", "video", "video_note", "document", "location", "sticker"}
COACHES_LANGUAGE = "de"


class TelegramMedia:
    """A coach's file from Telegram (getFile, then the download), for a person on WhatsApp."""

    def __init__(self, bot: Bot) -> None:
        self.bot = bot

    async def fetch(self, ref: Mapping[str, Any]) -> Fetched | None:
        file_id = ref.get("file_id")
        if not isinstance(file_id, str):
            return None  # a location, a sticker…: nothing to fetch
        try:
            found = await self.bot.get_file(file_id)
            if (found.file_size or 0) > MAX_BYTES or found.file_path is None:
                log.warning("A coach's file of %s bytes is too big to relay", found.file_size)
                return None
            content = await self.bot.download_file(found.file_path)
        except Exception as exc:  # Telegram refused or is down: the coaches are told in the topic
            log.warning("A coach's file could not be fetched from Telegram (%s)", type(exc).__name__)
            return None
        data = content.read() if content is not None else b""
        if not data or len(data) > MAX_BYTES:
            return None
        mime_type = str(ref.get("mime_type") or "application/octet-stream")
        return Fetched(data, mime_type, filename_for(ref, mime_type))


class Members:
    """Who may reach people: members of the coaches' group, asked from Telegram, cached `ttl` seconds."""

    def __init__(self, chat_id: int, ttl: float = 60.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.chat_id = chat_id
        self.ttl = ttl
        self.clock = clock
        self._known: dict[int, tuple[bool, float]] = {}

    async def allowed(self, bot: Bot, user_id: int) -> bool:
        now = self.clock()
        known = self._known.get(user_id)
        if known is not None and known[1] > now:
            return known[0]
        try:
            member = await bot.get_chat_member(self.chat_id, user_id)
            allowed = (
                str(member.status) in MEMBER_STATUSES
                or getattr(member.status, "value", "") in MEMBER_STATUSES
            )
        except TelegramAPIError as exc:
            log.warning(
                "Could not check membership of user %s in the coaches' group: %s", user_id, exc.message
            )
            return False  # not cached: asked again next time
        self._known[user_id] = (allowed, now + self.ttl)
        if len(self._known) > 10_000:
            self._known.clear()
        return allowed


# Attended / no-show from the group (`bot.app.Application.mark_attendance`): booking id, attended → status.
MarkAttendance = Callable[[int, bool], Awaitable[str]]
ATTENDANCE_ACTIONS = {"attendance-came": True, "attendance-missed": False}  # bot.booking.service GROUP_*


def build_router(
    coach_chat_id: int | None, desk: CoachDesk | None = None, attendance: MarkAttendance | None = None
) -> Router:
    router = Router(name="coaches_group")
    if coach_chat_id is None:
        return router
    coaches = the_chat(coach_chat_id)
    router.message.filter(coaches)
    router.edited_message.filter(coaches)
    router.callback_query.filter(coaches)
    members = Members(coach_chat_id)

    async def say(
        sender: TelegramSender, service: ConversationService, topic: int | None, text: Text
    ) -> None:
        await sender.send(coach_chat_id, service.render(Reply(text), COACHES_LANGUAGE), thread_id=topic)

    @router.message()
    async def on_coach_message(
        message: TgMessage, bot: Bot, sender: TelegramSender, service: ConversationService
    ) -> None:
        """A coach's message in a case's topic (or, in a group without topics, a reply to the bot's
        post): to that person, text translated, a voice note, photo or document copied as it is;
        nothing when it is a note."""
        user = message.from_user
        if desk is None or user is None or user.is_bot:
            return
        topic = message.message_thread_id if message.is_topic_message else None
        replied = message.reply_to_message.message_id if message.reply_to_message is not None else None
        if topic is None and replied is None:
            return  # the general chat of the group: coaches among themselves
        text = message.text or message.caption or ""
        kind = getattr(message.content_type, "value", str(message.content_type))
        media = None
        if kind not in RELAYED_MEDIA and not text:
            return  # a service message (topic created, member joined…)
        if kind in RELAYED_MEDIA:
            media = media_ref(message) | {"type": kind}
        if text and desk.is_note(text):
            return
        if not await members.allowed(bot, user.id):
            log.warning(
                "A message from user %s, not a member of the coaches' group, was not relayed", user.id
            )
            return
        outcome = await desk.reply(user.first_name, text, topic_id=topic, replied_to=replied, media=media)
        if outcome.said is not None and topic is not None:  # (a plain reply to a coach: no answer)
            await say(sender, service, topic, outcome.said)

    @router.edited_message()
    async def on_coach_edit(message: TgMessage) -> None:
        """Consumed: an edit is not sent again (the person has the first version)."""

    @router.callback_query()
    async def on_card_button(
        query: CallbackQuery,
        bot: Bot,
        sender: TelegramSender,
        service: ConversationService,
        buttons_answered: bool,
    ) -> None:
        try:
            option = Choice.unpack(query.data or "").id
        except (TypeError, ValueError):
            option = ""
        if not buttons_answered:
            await answer_button(query)
        action, _, number = option.rpartition("-")
        known = (desk is not None and action in CARD_ACTIONS) or (
            attendance is not None and action in ATTENDANCE_ACTIONS
        )
        if not known or not number.isdigit():
            return
        if not await members.allowed(bot, query.from_user.id):
            log.warning(
                "A card button from user %s, not a member of the coaches' group, was ignored",
                query.from_user.id,
            )
            return
        card = query.message if isinstance(query.message, TgMessage) else None
        name = query.from_user.first_name
        topic = card.message_thread_id if card is not None else None
        if action in ATTENDANCE_ACTIONS:
            assert attendance is not None
            status = await attendance(int(number), ATTENDANCE_ACTIONS[action])
            if status == "saved" and card is not None:
                chosen = f"{pressed_label(card, query.data or '') or ''} ({name})"
                await sender.mark_chosen(coach_chat_id, card.message_id, card.text or "", chosen)
            key = {"saved": "booking-attendance-saved", "early": "booking-attendance-early"}
            await say(sender, service, topic, Text(key.get(status, "option-stale")))
            return
        assert desk is not None
        if action == "case-claim":
            outcome = await desk.claim(int(number), query.from_user.id, name)
            if outcome.claimed_by is not None and card is not None:
                claimed = service.text(
                    Text("handoff-group-claimed", {"coach": outcome.claimed_by}), COACHES_LANGUAGE
                )
                keep = InlineKeyboardMarkup(
                    inline_keyboard=[
                        [
                            InlineKeyboardButton(
                                text=service.text(Text(label), COACHES_LANGUAGE),
                                callback_data=Choice(id=f"{action_id}-{number}").pack(),
                            )
                            for action_id, label in (
                                ("case-close", "handoff-group-close"),
                                ("case-profile", "handoff-group-profile"),
                            )
                        ]
                    ]
                )
                base = (card.text or "").split("\n\n✋")[0]
                try:
                    await bot.edit_message_text(
                        text=f"{base}\n\n{claimed}", chat_id=coach_chat_id, message_id=card.message_id,
                        reply_markup=keep, parse_mode=None,
                    )  # fmt: skip
                except TelegramAPIError as exc:
                    log.info("Card of case %s not updated: %s", number, exc.message)
        elif action == "case-profile":
            outcome = await desk.profile(int(number))
        else:
            outcome = await desk.close(int(number), name)
            if card is not None and outcome.said is None:
                await sender.mark_chosen(coach_chat_id, card.message_id, card.text or "", f"✅ {name}")
        if outcome.said is not None:
            await say(sender, service, topic, outcome.said)

    return router
