"""Project templates: blank, an insurer's journey and a retailer's (structure, no data).

Ids are derived from names, so a template builds the same project every time.
"""
from __future__ import annotations

import re
from typing import Sequence

from ..core import layout, model
from ..core.project import Project

# (phase, [(stage, channel, role, department, emotion)])
INSURANCE = [
    ("Inquiry", [("Searches and sees an ad", "web", "entry", "Marketing", 0.5),
                 ("Calls the contact centre", "phone", "step", "Contact centre", -0.5),
                 ("Chats with the bot", "chat", "step", "Digital", -1.0)]),
    ("Quote", [("Gets an online quote", "web", "step", "Digital", 1.0),
               ("Agent prepares a quote", "agent", "step", "Sales", 0.5)]),
    ("Purchase", [("Compares and decides", "web", "step", "Sales", 0.0),
                  ("Signs the policy", "web", "step", "Sales", 1.5),
                  ("Drops out", "web", "terminal", "Sales", -2.0)]),
    ("Onboarding", [("Receives the welcome pack", "mail", "step", "Operations", 1.0),
                    ("Registers in the app", "app", "step", "Digital", -1.0)]),
    ("Payment", [("Sets up direct debit", "web", "step", "Finance", 0.0),
                 ("Receives the first bill", "mail", "step", "Finance", -0.5),
                 ("Payment fails and is chased", "mail", "step", "Finance", -2.5)]),
    ("Service", [("Changes policy details", "app", "step", "Operations", 0.5),
                 ("Calls with a question", "phone", "step", "Contact centre", -1.0),
                 ("Renews the policy", "web", "terminal", "Sales", 1.0)]),
    ("Complaint", [("Files a complaint", "phone", "step", "Complaints", -2.5),
                   ("Complaint is handled", "agent", "step", "Complaints", -1.5)]),
    ("Claim", [("Reports a claim", "phone", "step", "Claims", -1.5),
               ("Assessment and documents", "agent", "step", "Claims", -2.0),
               ("Claim is settled", "web", "terminal", "Claims", 1.5)]),
]

# (from, to, kind, share, label)
INSURANCE_FLOW = [
    ("Searches and sees an ad", "Gets an online quote", "normal", 0.6, ""),
    ("Searches and sees an ad", "Calls the contact centre", "normal", 0.25, ""),
    ("Searches and sees an ad", "Chats with the bot", "normal", 0.15, ""),
    ("Chats with the bot", "Calls the contact centre", "handoff", 0.55, "bot cannot answer"),
    ("Calls the contact centre", "Agent prepares a quote", "normal", None, ""),
    ("Chats with the bot", "Gets an online quote", "normal", 0.45, ""),
    ("Gets an online quote", "Compares and decides", "normal", None, ""),
    ("Agent prepares a quote", "Compares and decides", "normal", None, ""),
    ("Compares and decides", "Signs the policy", "normal", 0.65, ""),
    ("Compares and decides", "Drops out", "drop-out", 0.35, "price, unclear cover"),
    ("Signs the policy", "Receives the welcome pack", "normal", None, ""),
    ("Receives the welcome pack", "Registers in the app", "normal", 0.7, ""),
    ("Registers in the app", "Sets up direct debit", "normal", None, ""),
    ("Receives the welcome pack", "Sets up direct debit", "normal", 0.3, ""),
    ("Sets up direct debit", "Receives the first bill", "normal", None, ""),
    ("Receives the first bill", "Payment fails and is chased", "normal", 0.08, ""),
    ("Payment fails and is chased", "Sets up direct debit", "loop", None, "sets up again"),
    ("Receives the first bill", "Changes policy details", "normal", 0.4, ""),
    ("Receives the first bill", "Calls with a question", "normal", 0.3, ""),
    ("Changes policy details", "Calls with a question", "handoff", 0.25, "app change fails"),
    ("Changes policy details", "Renews the policy", "normal", None, ""),
    ("Calls with a question", "Files a complaint", "normal", 0.12, "not resolved"),
    ("Files a complaint", "Complaint is handled", "handoff", None, "passed to complaints"),
    ("Complaint is handled", "Calls with a question", "loop", 0.3, "repeat contact"),
    ("Complaint is handled", "Renews the policy", "normal", 0.7, ""),
    ("Calls with a question", "Renews the policy", "normal", None, ""),
    ("Receives the first bill", "Reports a claim", "normal", 0.05, "has a loss"),
    ("Reports a claim", "Assessment and documents", "handoff", None, ""),
    ("Assessment and documents", "Files a complaint", "normal", 0.15, "slow settlement"),
    ("Assessment and documents", "Claim is settled", "normal", 0.85, ""),
]

RETAIL = [
    ("Order", [("Browses and orders", "web", "entry", "E-commerce", 1.0)]),
    ("Payment", [("Pays at checkout", "web", "step", "Finance", 0.0),
                 ("Payment is declined", "web", "step", "Finance", -2.0)]),
    ("Shipping", [("Order is shipped", "mail", "step", "Logistics", 0.5)]),
    ("Tracking", [("Tracks the parcel", "app", "step", "Logistics", -0.5),
                  ("Asks where the parcel is", "chat", "step", "Customer service", -1.5)]),
    ("Receipt", [("Receives the order", "mail", "terminal", "Logistics", 1.5)]),
    ("Return", [("Returns an item", "branch", "step", "Customer service", -1.0)]),
    ("Claim", [("Claims a refund", "web", "terminal", "Finance", -1.0)]),
]

RETAIL_FLOW = [
    ("Browses and orders", "Pays at checkout", "normal", None, ""),
    ("Pays at checkout", "Payment is declined", "normal", 0.04, ""),
    ("Payment is declined", "Pays at checkout", "loop", None, "tries again"),
    ("Pays at checkout", "Order is shipped", "normal", 0.96, ""),
    ("Order is shipped", "Tracks the parcel", "normal", None, ""),
    ("Tracks the parcel", "Asks where the parcel is", "normal", 0.15, "late"),
    ("Asks where the parcel is", "Receives the order", "normal", None, ""),
    ("Tracks the parcel", "Receives the order", "normal", 0.85, ""),
    ("Receives the order", "Returns an item", "normal", 0.1, ""),
    ("Returns an item", "Claims a refund", "normal", None, ""),
]

TEMPLATES = ("blank", "insurance", "retail")


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40]


def add_journey(project: Project, *, name: str, phases: Sequence, flow: Sequence, persona: str | None = None,
                key: str = "") -> model.Journey:
    """Adds a journey with its phases, stages and transitions; stages auto-laid out."""
    key = key or slug(name)
    journey = model.Journey(f"jn-{key}", name, persona=persona)
    project.add(journey)
    stage_ids: dict[str, str] = {}
    for order, (phase_name, stages) in enumerate(phases):
        phase = model.Phase(f"ph-{key}-{slug(phase_name)}", journey.id, phase_name, order)
        project.add(phase)
        for stage_name, channel, role, department, emotion in stages:
            sid = f"st-{key}-{slug(stage_name)}"
            project.add(model.Stage(sid, journey.id, phase.id, stage_name, role=role, channel=channel,
                                    department=department, emotion=emotion))
            stage_ids[stage_name] = sid
    for i, (source, target, kind, share, label) in enumerate(flow):
        project.add(model.Transition(f"tr-{key}-{i:03d}", journey.id, stage_ids[source],
                                     stage_ids[target], label=label, share=share, kind=kind))
    for sid, (x, y) in layout.auto_layout(project, journey.id).items():
        project.update("stages", sid, x=x, y=y)
    if project.info.default_journey is None:
        project.set_info(default_journey=journey.id)
    return journey


def build(template: str, *, title: str | None = None) -> Project:
    """A new project from ``template`` (one of TEMPLATES)."""
    if template not in TEMPLATES:
        raise ValueError(f"unknown template {template!r}: choose one of {', '.join(TEMPLATES)}")
    if template == "blank":
        project = Project(model.ProjectInfo(title=title or "New journey map"))
        add_journey(project, name="Customer journey", phases=[("Phase 1", [])], flow=[], key="main")
        return project
    if template == "insurance":
        project = Project(model.ProjectInfo(title=title or "Insurance journey", currency="EUR"))
        add_journey(project, name="Insurance end to end", phases=INSURANCE, flow=INSURANCE_FLOW, key="ins")
        return project
    project = Project(model.ProjectInfo(title=title or "Retail journey", currency="EUR"))
    add_journey(project, name="Online order", phases=RETAIL, flow=RETAIL_FLOW, key="ret")
    return project
