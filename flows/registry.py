"""All flows of Lotse, collected in one place (the flow counterpart of a router list)."""

from __future__ import annotations

from flows.booking import (
    AppointmentCancel,
    AppointmentDetail,
    Appointments,
    BookConfirm,
    BookDone,
    BookSlots,
    BookWhere,
    StaffAttendance,
    StaffHours,
    StaffHoursCancel,
)
from flows.broadcast import EventAnswer, NewsStop, resubscribe
from flows.broadcast_compose import COMPOSE_STEPS
from flows.consent import consent_current
from flows.engine import Flow, FlowEngine, Words
from flows.handoff import HandoffButtons, HandoffChat
from flows.intake import INTAKE_STEPS
from flows.menu import Menu, home, start
from flows.my_data import ConfirmDelete, MyData, MyDataExport
from flows.onboarding import ChooseLanguage, Consent, NoConsent
from flows.pickers import ChoosePlace
from flows.staff import StaffMenu

FLOWS = (
    Flow("onboarding", [ChooseLanguage(), Consent(), NoConsent()]),
    Flow("menu", [Menu()]),
    Flow("my_data", [MyData(), ConfirmDelete(), MyDataExport()]),
    Flow("staff", [StaffMenu()]),
    Flow("choose_place", [ChoosePlace()]),
    Flow(
        "booking",
        [
            BookWhere(),
            BookSlots(),
            BookConfirm(),
            BookDone(),
            Appointments(),
            AppointmentDetail(),
            AppointmentCancel(),
        ],
    ),
    Flow("staff_hours", [StaffHours(), StaffHoursCancel(), StaffAttendance()]),
    Flow("handoff", [HandoffChat(), HandoffButtons()]),
    Flow("intake", list(INTAKE_STEPS)),
    Flow("event", [EventAnswer()]),
    Flow("news", [NewsStop()]),
    Flow("broadcast", list(COMPOSE_STEPS)),
)


def build_engine(words: Words) -> FlowEngine:
    """The engine with every flow; a step leading to an unknown name fails here, at start-up."""
    return FlowEngine(
        FLOWS,
        start=start,
        home=home,
        words=words,
        consent=consent_current,
        consent_step=Consent.name,
        language_step=ChooseLanguage.name,
        commands={
            "human": HandoffChat.name,
            "coach": HandoffChat.name,
            "broadcast": "bc_home",  # coordinators only: anyone else gets "unknown command"
            "stop": NewsStop.name,
        },
        on_start=(resubscribe,),
    )
