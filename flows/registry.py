"""All steps of Lotse, collected in one place (the flow counterpart of a router list)."""

from __future__ import annotations

from flows.engine import FlowEngine, Labeller
from flows.menu import Menu, home
from flows.my_data import ConfirmDelete, MyData
from flows.onboarding import ChooseLanguage, Consent, NoConsent


def build_engine(label: Labeller) -> FlowEngine:
    steps = [ChooseLanguage(), Consent(), NoConsent(), Menu(), MyData(), ConfirmDelete()]
    return FlowEngine(steps, start=ChooseLanguage.name, home=home, label=label)
