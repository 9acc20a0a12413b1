"""Composition: settings → database → catalogues → flows → conversation service → channels.

Everything is built here and passed down; no module reaches for a global. `bot.cli` calls these.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import getpass
import logging
import os
import sys
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy.ext.asyncio import AsyncSession

from bot.booking import BookingRules, BookingService
from bot.booking.reminders import drop_past_reminders, sweep_bookings
from bot.broadcast.desk import BroadcastDesk
from bot.broadcast.quiet import QuietHours
from bot.broadcast.runner import EVERY as BROADCAST_EVERY
from bot.broadcast.runner import BroadcastRunner, MediaCarrier, TelegramBoard
from bot.broadcast.service import BroadcastConfig
from bot.config import ConfigError, Settings
from bot.conversation import ConversationService
from bot.handoff.desk import CoachDesk
from bot.handoff.escalation import EVERY as ESCALATION_EVERY
from bot.handoff.escalation import escalate_due
from bot.handoff.hours import CoachHours
from bot.handoff.relay import EVERY as RELAY_EVERY
from bot.handoff.relay import RelayWorker
from bot.handoff.service import HandoffConfig, HandoffService
from bot.handoff.topics import GroupTopics
from bot.i18n import Catalogues
from bot.intake.retention import RETENTION_EVERY, RETENTION_FIRST_RUN, retention_pass
from bot.intake.service import IntakeService
from bot.intake.translations import SWEEP_EVERY as TRANSLATION_SWEEP_EVERY
from bot.intake.translations import IntakeTranslations
from bot.langdetect import guess_language
from bot.languages import LanguageDirectory, match_language
from bot.outbox import ChannelSender, DeliveryWorker, Outbox
from bot.outbox.render import Renderer
from bot.places import PlaceDirectory
from bot.roles import Roles
from bot.scheduling import Scheduler
from bot.storage.database import Database
from bot.storage.models import Booking, utcnow
from bot.translation import Translator, make_backend
from flows.ports import Services
from flows.registry import build_engine

if TYPE_CHECKING:  # aiogram takes ~2 s to import; the terminal chat does not need it
    import uvicorn
    from aiogram import Bot
    from aiogram.types import User
    from fastapi import APIRouter

    from handlers.telegram.sender import TelegramSender
    from handlers.whatsapp import WhatsAppChannel

log = logging.getLogger(__name__)

# uvicorn's HTTP parser for the webhooks: httptools (llhttp, in C) costs a fraction of the CPU of h11,
# the pure-Python default, for every update Telegram or WhatsApp posts (bench/throughput.py).
HTTP_PARSER = "httptools"


@dataclass
class Application:
    settings: Settings
    db: Database
    catalogues: Catalogues
    service: ConversationService
    outbox: Outbox
    handoff: HandoffConfig | None = None
    relay: RelayWorker | None = None
    broadcasts: BroadcastConfig | None = None

    def coach_desk(self, sender: TelegramSender | None = None) -> CoachDesk:
        """The coaches' side of the handoff; with the Telegram `sender`, cases get forum topics and the
        relay records which group messages its posts became (to delete them with the person's data)."""
        assert self.handoff is not None
        if sender is not None and self.settings.coach_chat_id is not None:
            self.handoff.topics = GroupTopics(sender, self.settings.coach_chat_id)
            if self.relay is not None:
                sender.after_delivery.append(self.relay.delivered)
            from handlers.telegram.coaches_group import TelegramMedia

            self.handoff.media["telegram"] = TelegramMedia(sender.bot)  # a coach's photo for WhatsApp
        catalogues = self.catalogues

        async def profile_of(session: AsyncSession, person_id: int) -> list[str]:
            intake = IntakeService(session, catalogues)
            answers = await intake.answers(person_id)
            return intake.profile(answers, "de") if answers else []

        return CoachDesk(self.db, self.handoff, self.settings.coach_note_prefix, profile_of)

    async def mark_attendance(self, booking_id: int, attended: bool) -> str:
        """Attended / no-show from the coaches' group (any member may, as with a case card): "saved",
        "early" (not begun) or "gone" (no such booking)."""
        async with self.db.session() as session:
            booking = await session.get(Booking, booking_id)
            if booking is None:
                return "gone"
            booking_service = BookingService(
                session, self.outbox, BookingRules.from_settings(self.settings), utcnow
            )
            status = await booking_service.set_attendance(booking, attended)
        self.outbox.wake()  # a seat released or a confirmation asked, after the commit
        return status

    async def close(self) -> None:
        if self.relay is not None:
            await self.relay.stop()
        if self.handoff is not None:
            self.handoff.translator.close()
        await self.db.dispose()


async def build(
    settings: Settings,
    *,
    migrate: bool = True,
    database_wait: float = float("inf"),
    clock: Callable[[], datetime] = utcnow,
) -> Application:
    """`clock` is read by the outbox, the conversation service and booking (tests move it)."""
    db = Database(settings.database_url)
    await db.connect(wait=database_wait)  # one line for a bad DATABASE_URL; waits while PostgreSQL is down
    if migrate:
        await db.upgrade()
        await drop_past_reminders(db, clock)  # before any worker starts: missed and now pointless
    catalogues = Catalogues(settings.locales_dir, settings.zone)
    languages = LanguageDirectory()
    booking_rules = BookingRules.from_settings(settings)

    def services(session: AsyncSession) -> Services:
        """The domain services for one update, bound to its transaction."""
        found = Services(
            languages=languages,
            places=PlaceDirectory(session),
            intake=IntakeService(session, catalogues, clock=clock, translate=translator.enabled),
        )
        found.booking = BookingService(session, outbox, booking_rules, clock, intake=found.intake)
        if handoff.available:
            found.handoff = HandoffService(session, handoff, intake=found.intake)
        found.broadcasts = BroadcastDesk(session, broadcasts)
        return found

    outbox = Outbox(
        clock=clock, coach_chat_id=settings.coach_chat_id, coordinator_ids=settings.coordinator_ids
    )
    translator = Translator(
        make_backend(
            settings.translator,
            libretranslate_url=settings.libretranslate_url,
            libretranslate_api_key=settings.libretranslate_api_key,
            deepl_api_key=settings.deepl_api_key,
            microsoft_key=settings.microsoft_translator_key,
            microsoft_region=settings.microsoft_translator_region,
        ),
        timeout=settings.translate_timeout,
        clock=clock,
    )
    broadcasts = BroadcastConfig(
        outbox,
        translator,
        settings.zone,
        QuietHours.parse(settings.quiet_hours, settings.zone),
        {"telegram": settings.telegram_rate_limit, "whatsapp": settings.whatsapp_rate_limit},
        clock,
        settings.default_language,
    )
    handoff = HandoffConfig(outbox, translator, CoachHours.parse(settings.coach_hours), settings.zone, clock)
    relay = RelayWorker(db, handoff, coach_chat_id=settings.coach_chat_id)
    handoff.wake = relay.wake
    service = ConversationService(
        db,
        build_engine(catalogues),
        catalogues,
        services=services,
        roles=Roles(settings.coordinator_ids),
        outbox=outbox,
        default_language=settings.default_language,
        guess_language=guess_language,
        clock=clock,
    )
    return Application(settings, db, catalogues, service, outbox, handoff, relay, broadcasts)


def make_bot(settings: Settings) -> Bot:
    from aiogram import Bot
    from aiogram.client.default import DefaultBotProperties
    from aiogram.client.telegram import TelegramAPIServer

    from handlers.telegram.session import JsonSession

    assert settings.telegram_bot_token is not None
    session = JsonSession(api=TelegramAPIServer.from_base(settings.telegram_api_base))
    return Bot(
        settings.telegram_bot_token.get_secret_value(),
        session=session,
        default=DefaultBotProperties(parse_mode=None, link_preview_is_disabled=True),
    )


def scheduling(
    app: Application, senders: Sequence[ChannelSender], *, address: str | None = None
) -> Scheduler:
    """A delivery worker per channel sender (of `address` only: the terminal's user), woken by
    `Outbox.wake()` and the scheduler's tick, and the housekeeping jobs. `start()` it; `await stop()`."""
    renderer = Renderer(app.catalogues)
    workers = []
    for sender in senders:
        rate = {"telegram": app.settings.telegram_rate_limit, "whatsapp": app.settings.whatsapp_rate_limit}
        worker = DeliveryWorker(
            app.db,
            sender,
            renderer,
            clock=utcnow,
            default_language=app.settings.default_language,
            address=address,
            # Enough deliveries in flight to keep the rate with ~100 ms per API call, and to spare.
            concurrency=max(8, min(256, int(rate.get(sender.channel, 8)))),
        )
        app.outbox.on_wake(worker.wake, sender.channel)
        workers.append(worker)
    scheduler = Scheduler(app.db, workers, clock=utcnow, zone=app.settings.zone)
    if address is None:  # the terminal chat (one user) does not delete other people

        async def retention() -> None:
            await retention_pass(app.db, app.outbox, clock=utcnow, months=app.settings.retention_months)

        # Daily, the first run a few minutes after start (not in the middle of starting or stopping).
        scheduler.scheduler.add_job(
            retention,
            "interval",
            seconds=RETENTION_EVERY,
            id="retention",
            coalesce=True,
            max_instances=1,
            next_run_time=utcnow() + timedelta(seconds=RETENTION_FIRST_RUN),
        )

    if address is None and app.handoff is not None:
        handoff = app.handoff

        async def escalate() -> None:
            await escalate_due(app.db, handoff, app.settings.escalate_after, app.settings.coach_chat_id)

        scheduler.every(ESCALATION_EVERY, escalate, name="handoff-escalation")
    if app.relay is not None:
        # Translation and forum topics after the update's commit (woken then); the tick finds leftovers,
        # replies to people who blocked the bot, and topics of people who deleted their data.
        scheduler.every(RELAY_EVERY, app.relay.tend, name="handoff-relay")
    if app.handoff is not None and app.handoff.translator.enabled:
        # The intake's free-text answers (and missing offer texts) translated, after the person's update.
        translations = IntakeTranslations(app.db, app.handoff.translator, utcnow)

        async def translate_answers() -> None:
            await translations.sweep()

        scheduler.every(TRANSLATION_SWEEP_EVERY, translate_answers, name="intake-translations")

    async def drop_reminders() -> None:
        await drop_past_reminders(app.db, utcnow)
        await sweep_bookings(app.db, app.outbox, BookingRules.from_settings(app.settings), utcnow)

    scheduler.every(60, drop_reminders, name="booking-reminders")
    if address is None and app.broadcasts is not None:
        # Announcements: started when due, paused in quiet hours, progress shown to the coordinator.
        telegram = next((s for s in senders if s.channel == "telegram"), None)
        whatsapp = next((s for s in senders if s.channel == "whatsapp"), None)
        carriers: dict[str, MediaCarrier] = {}
        if telegram is not None and whatsapp is not None:
            from handlers.telegram.coaches_group import TelegramMedia
            from handlers.telegram.sender import TelegramSender
            from handlers.whatsapp.carry import WhatsAppCarrier
            from handlers.whatsapp.window import WindowPolicy

            if isinstance(telegram, TelegramSender) and isinstance(whatsapp, WindowPolicy):
                # A coordinator's photo from Telegram, uploaded to WhatsApp once per announcement.
                sources = {"telegram": TelegramMedia(telegram.bot)}
                carriers["whatsapp"] = WhatsAppCarrier(sources, whatsapp.sender)
        runner = BroadcastRunner(
            app.db,
            app.broadcasts,
            board=TelegramBoard(telegram) if telegram is not None else None,
            render=lambda text: app.catalogues.text(text, "de"),
            carriers=carriers,
        )
        scheduler.every(BROADCAST_EVERY, runner.tick, name="broadcasts")
    return scheduler


def require_coaches_group(app: Application) -> bool:
    """Questions to coaches only where coaches can read them: without the coaches' Telegram group
    (`COACH_CHAT_ID` and a Telegram bot to post there) "Ask a coach" says it is not available yet,
    instead of promising people that a human will answer. The terminal chat keeps it (a demo: the
    cases are in `lotse cases`). Returns whether the handoff is available."""
    settings = app.settings
    if app.handoff is None:
        return False
    if settings.coach_chat_id is None or settings.telegram_bot_token is None:
        app.handoff.available = False
        log.error(
            "Questions to coaches are switched off: %s. People who choose 'Ask a coach' are told it is "
            "not available yet. Set COACH_CHAT_ID and TELEGRAM_BOT_TOKEN (README, 'The coaches' group').",
            "COACH_CHAT_ID is not set" if settings.coach_chat_id is None else "TELEGRAM_BOT_TOKEN is not set",
        )
    return app.handoff.available


async def run(app: Application) -> None:
    """`lotse run` with a channel set up: Telegram (and WhatsApp beside it, when set) or WhatsApp alone."""
    require_coaches_group(app)
    if app.settings.telegram_bot_token is not None:
        await run_telegram(app)
    else:
        await run_whatsapp(app)


def make_whatsapp(app: Application) -> WhatsAppChannel:
    from handlers.whatsapp import build_channel

    channel = build_channel(app.settings, app.db, app.service, app.catalogues)
    if app.handoff is not None and app.settings.whatsapp_token is not None:
        from bot.handoff.media import WhatsAppMedia

        # What a WhatsApp person sends a coach is fetched and posted in the topic as a file.
        token = app.settings.whatsapp_token.get_secret_value()
        app.handoff.media["whatsapp"] = WhatsAppMedia(channel.sender.client, channel.http, token)
    return channel


# Python's default is 700: handling one update allocates hundreds of objects, so the youngest generation
# was collected every few updates, each time walking all survivors. 7,000 measured best (see below).
YOUNG_OBJECTS_BEFORE_COLLECTING = 7_000


def keep_startup_objects() -> None:
    """Take what start-up built out of the cyclic garbage collector's reach (`gc.freeze`), just before
    the bot starts taking updates, and let the youngest generation grow before it is collected.

    Start-up leaves about 400,000 objects that live as long as the process: aiogram's and pydantic's
    models, the Fluent catalogues of 12 languages, Babel's locale data. Python's collector walks all of
    them in every full collection, which stops the event loop for about 0.3 s of CPU on the 2-core test
    machine. Frozen, they are never walked; what handling an update allocates is collected as before.
    `bench/throughput.py` (webhook, PostgreSQL, one process; CPU ms per update, first conversation /
    menu): 6.8–7.2 / 3.7–3.9 before, 5.1–5.3 / 3.2–3.4 frozen, 4.9–5.6 / 2.9–3.2 frozen with a young
    generation of 7,000 (3,000–20,000 all within the noise of each other; 50,000 worse).
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(YOUNG_OBJECTS_BEFORE_COLLECTING, *gc.get_threshold()[1:])


def web_server(
    app: Application,
    routers: Sequence[APIRouter],
    on_startup: Sequence[Callable[[], Awaitable[None]]] = (),
    on_shutdown: Sequence[Callable[[], Awaitable[None]]] = (),
) -> uvicorn.Server:
    """The bot's web server on WEB_HOST:WEB_PORT: /healthz and the given webhook routes.

    Built as the last thing before serving, so it also freezes what start-up built
    (`keep_startup_objects`); long polling alone does that itself."""
    import uvicorn

    from bot.web import create_app

    web = create_app(app.db, routers, on_startup=on_startup, on_shutdown=on_shutdown)
    config = uvicorn.Config(
        web, host=app.settings.web_host, port=app.settings.web_port, log_level="warning", http=HTTP_PARSER
    )
    server = uvicorn.Server(config)
    keep_startup_objects()
    return server


async def run_whatsapp(app: Application) -> None:
    """WhatsApp alone: the web server with /whatsapp/webhook and /healthz."""
    from handlers.whatsapp import webhook as whatsapp_webhook

    whatsapp = make_whatsapp(app)
    scheduler = scheduling(app, [whatsapp.delivery])
    # Messages stored by a process that stopped are handled now, and leftovers looked for every few s.
    scheduler.every(whatsapp.inbox.queue.wake_every, whatsapp.inbox.queue.tend, name="inbound-whatsapp")
    scheduler.start()
    try:
        server = web_server(app, [whatsapp.router])
        log.info(
            "Serving the WhatsApp webhook at %s on %s:%d",
            whatsapp_webhook.PATH,
            app.settings.web_host,
            app.settings.web_port,
        )
        await server.serve()
    finally:
        await scheduler.stop()
        await whatsapp.close()


async def run_telegram(app: Application) -> None:
    """Long polling, or webhook mode when `WEBHOOK_URL` is set; WhatsApp on the web server beside it."""
    from bot.inbound import Journal
    from handlers.telegram import build_dispatcher
    from handlers.telegram import inbound as telegram_inbound
    from handlers.telegram import webhook as telegram_webhook
    from handlers.telegram.commands import publish_commands
    from handlers.telegram.polling import LongPolling
    from handlers.telegram.sender import TelegramSender

    settings = app.settings
    bot = make_bot(settings)
    sender = TelegramSender(
        bot, per_second=settings.telegram_rate_limit, paid_broadcast=settings.telegram_paid_broadcast
    )
    dispatcher = build_dispatcher(
        app.service,
        sender,
        settings.coach_chat_id,
        app.coach_desk(sender),
        attendance=app.mark_attendance,
        buttons_answered=settings.webhook_url is not None,  # in the webhook's response
    )
    # Updates are stored before Telegram is told "received", then handled from there (bot/inbound).
    inbound = telegram_inbound.build_queue(bot, dispatcher, Journal(app.db))
    whatsapp = make_whatsapp(app) if settings.whatsapp_enabled else None
    scheduler = scheduling(app, [sender] if whatsapp is None else [sender, whatsapp.delivery])
    scheduler.start()
    try:
        me = await connect_telegram(bot)
        log.info("Connected to Telegram as @%s", me.username)
        await publish_commands(bot, app.catalogues, settings.default_language)
        # Updates stored by a process that stopped are handled now, and leftovers looked for every few s.
        scheduler.every(inbound.wake_every, inbound.tend, name="inbound-telegram")
        if whatsapp is not None:
            queue = whatsapp.inbox.queue
            scheduler.every(queue.wake_every, queue.tend, name="inbound-whatsapp")
        if settings.webhook_url is None:
            await bot.delete_webhook(drop_pending_updates=False)
            polling = LongPolling(bot, inbound, allowed_updates=dispatcher.resolve_used_update_types())
            if whatsapp is None:
                keep_startup_objects()
                polling.stop_on_signals()
                await polling.run()
                return
            # Both: long polling for Telegram while the web server takes WhatsApp's webhook. The web
            # server handles the signals; when it stops, polling stops too (and the other way round).
            server = web_server(app, [whatsapp.router])
            polling_task = asyncio.create_task(polling.run())
            polling_task.add_done_callback(lambda _task: setattr(server, "should_exit", True))
            try:
                await server.serve()
            finally:
                polling.stop()
                with contextlib.suppress(asyncio.CancelledError):
                    await polling_task
            return

        assert settings.webhook_secret is not None
        secret = settings.webhook_secret.get_secret_value()
        url = settings.webhook_url
        if not url.endswith(telegram_webhook.PATH):
            url += telegram_webhook.PATH

        async def register_webhook() -> None:
            await bot.set_webhook(
                url, secret_token=secret, allowed_updates=dispatcher.resolve_used_update_types()
            )
            log.info("Webhook registered at %s", url)

        routers = [telegram_webhook.build_router(bot, inbound, secret)]
        if whatsapp is not None:
            routers.append(whatsapp.router)
        await web_server(app, routers, on_startup=[register_webhook]).serve()
    finally:
        await inbound.close(telegram_inbound.SHUTDOWN_GRACE)  # what is not finished stays stored
        await scheduler.stop()
        if whatsapp is not None:
            await whatsapp.close()
        await bot.session.close()


async def connect_telegram(bot: Bot, *, first_wait: float = 1, max_wait: float = 60) -> User:
    """`getMe`, waiting out a Telegram outage at start-up; a rejected token stops with one clear line."""
    from aiogram.exceptions import TelegramNetworkError, TelegramServerError, TelegramUnauthorizedError

    wait = first_wait
    while True:
        try:
            return await bot.get_me()
        except TelegramUnauthorizedError:
            message = "Configuration error: TELEGRAM_BOT_TOKEN: Telegram rejected this token"
            raise ConfigError(message) from None
        except (TelegramNetworkError, TelegramServerError) as exc:
            log.warning("Telegram is not reachable (%s); trying again in %.0f s", type(exc).__name__, wait)
            await asyncio.sleep(wait)
            wait = min(wait * 2, max_wait)


async def run_terminal(app: Application, *, user: str | None = None, language: str | None = None) -> None:
    from handlers import terminal

    # The terminal's own language (LC_ALL, LC_MESSAGES, LANG) plays the part of Telegram's language_code.
    environment = next((os.environ[n] for n in ("LC_ALL", "LC_MESSAGES", "LANG") if os.environ.get(n)), "")
    hint = language or match_language(environment.split(".")[0])
    user = user or getpass.getuser()
    # Outbox messages for this terminal user (a reminder, a coach's reply) appear while the chat runs.
    scheduler = scheduling(app, [terminal.TerminalSender(sys.stdout)], address=user)
    scheduler.start()
    try:
        await terminal.chat(app.service, user=user, language_hint=hint)
    finally:
        await scheduler.stop()
