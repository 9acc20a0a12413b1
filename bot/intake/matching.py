"""Which offers fit a person, best first: simple eligibility rules, then a score.

An offer's rule that is left empty does not restrict. An answer the person skipped does not exclude an
offer either (we would rather show one offer too many than hide one that fits); it only scores lower.
Age is not asked by the intake, so an age range never excludes anyone whose age is unknown.

Someone with a qualification from abroad always sees recognition counselling (IQ network) first.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from flows.profile import level_index


@dataclass(frozen=True)
class OfferRules:
    id: str
    kind: str
    german_min: str | None = None
    german_max: str | None = None
    residence: Sequence[str] = ()
    municipalities: Sequence[str] = ()
    age_min: int | None = None
    age_max: int | None = None
    helps: Sequence[str] = ()
    extra: Mapping[str, Any] = field(default_factory=dict)


def recognition(offer: OfferRules) -> bool:
    return offer.kind == "recognition" or "recognition" in offer.helps


def eligible(offer: OfferRules, answers: Mapping[str, Any], age: int | None = None) -> bool:
    level = level_index(answers.get("german"))
    if level is not None:
        low, high = level_index(offer.german_min), level_index(offer.german_max)
        if (low is not None and level < low) or (high is not None and level > high):
            return False
    residence = answers.get("residence")
    if offer.residence and residence and residence != "other" and residence not in offer.residence:
        return False
    place = answers.get("place") or {}
    if offer.municipalities:
        if place.get("outside"):
            return False
        if place.get("name") and place["name"] not in offer.municipalities:
            return False
    too_young = age is not None and offer.age_min is not None and age < offer.age_min
    too_old = age is not None and offer.age_max is not None and age > offer.age_max
    return not (too_young or too_old)


def score(offer: OfferRules, answers: Mapping[str, Any]) -> int:
    """Higher is better: recognition for a qualification from abroad, then the help asked for, then the
    offer being for the person's own town."""
    wanted = set(answers.get("help") or [])
    points = 0
    if answers.get("abroad") and recognition(offer):
        points += 100
    points += 10 * len(wanted & set(offer.helps))
    place = answers.get("place") or {}
    if offer.municipalities and place.get("name") in offer.municipalities:
        points += 3
    if not offer.helps:
        points += 1  # open to every need
    return points


def fitting(
    offers: Sequence[OfferRules], answers: Mapping[str, Any], age: int | None = None
) -> list[OfferRules]:
    """The offers that fit, best first (ties by id, so the order is stable). Offers that serve only help
    the person did not ask for are left out, unless nothing was asked for yet; recognition counselling
    stays for anyone with a qualification from abroad."""
    wanted = set(answers.get("help") or [])
    found = []
    for offer in offers:
        if not eligible(offer, answers, age):
            continue
        needed = not offer.helps or not wanted or wanted & set(offer.helps)
        if needed or (answers.get("abroad") and recognition(offer)):
            found.append(offer)
    return sorted(found, key=lambda offer: (-score(offer, answers), offer.id))
