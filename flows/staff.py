"""The staff menu: what a coach or a coordinator sees when they write to the bot privately.

Coaches and coordinators are told apart from people in one place (`bot/roles.py`); the engine only ever
shows these steps to staff (`staff_only`). Entries whose feature is still being built say "coming".

 staff_menu (coach)            staff_menu (coordinator)
  ├ My office hours             ├ Office hours   (all; cancel a day: flows/booking.py)
  ├ Open cases       (coming)   ├ Open cases     (coming)
  └ Language                    ├ Coaches        (coming)
                                ├ Announcements  (flows/broadcast_compose.py)
                                ├ Overview       (coming)
                                └ Language
"""

from __future__ import annotations

from typing import ClassVar

from flows.engine import BaseStep, Context, Go, Option, Outcome, Role, Screen, Stay, t

COACH_MENU = (
    ("hours", "staff-hours"),
    ("cases", "staff-cases"),
    ("language", "menu-language"),
)
COORDINATOR_MENU = (
    ("hours", "staff-hours-all"),
    ("cases", "staff-cases"),
    ("coaches", "staff-coaches"),
    ("broadcast", "staff-broadcast"),
    ("overview", "staff-overview"),
    ("language", "menu-language"),
)
READY = {"hours": "staff_hours", "language": "language", "broadcast": "bc_home"}


class StaffMenu(BaseStep):
    name: ClassVar[str] = "staff_menu"
    leads_to: ClassVar[tuple[str, ...]] = tuple(READY.values())
    requires_consent: ClassVar[bool] = False
    staff_only: ClassVar[bool] = True

    def screen(self, ctx: Context) -> Screen:
        coordinator = ctx.profile.role is Role.COORDINATOR
        entries = COORDINATOR_MENU if coordinator else COACH_MENU
        title = "staff-menu-coordinator" if coordinator else "staff-menu-coach"
        return Screen(t(title), [Option(option_id, t(key)) for option_id, key in entries])

    def on_option(self, ctx: Context, option_id: str) -> Outcome:
        if option_id in READY:
            return Go(READY[option_id])
        return Stay(say=[t("staff-coming")])
