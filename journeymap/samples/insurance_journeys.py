"""The sample's journeys: stage texts and per-segment emotions, and the future state.

The future state is derived from the current one (templates.INSURANCE): each of its stages
records the current stage it redesigns (Stage.derived_from); a few are renamed, one is removed
and two are new, which is what the current/future comparison shows.
"""
from __future__ import annotations

import numpy as np

from ..core.project import Project
from .templates import INSURANCE, INSURANCE_FLOW, add_journey

FIELDS = ("description", "customer_action", "thinking", "backstage", "opportunities")
# stage: (description, customer action, thinking, backstage, opportunities)
STAGE_TEXT = {
    "Searches and sees an ad": (
        "A prospect looks for home or car insurance and meets an ad or a comparison site.",
        "Searches, clicks an ad, reads reviews", "Who is reliable and not too expensive?",
        "Paid search, comparison-site feeds", "Show cover and a price range up front"),
    "Calls the contact centre": (
        "The prospect calls the sales line before buying.", "Calls, waits, asks about cover and price",
        "I just want a straight answer.", "IVR, sales queue, lead record in the CRM",
        "Offer a call-back instead of a queue"),
    "Chats with the bot": (
        "The prospect asks the website's chat bot.", "Types a question in the chat",
        "Is this a robot? Can it help me?", "Chat bot with 40 intents; hands over to the phone queue "
        "without the transcript", "Hand over to a live agent, with the transcript"),
    "Gets an online quote": (
        "Self-service quote on the website.", "Enters the car or home details, sees a price",
        "That was quick.", "Rating engine, quote store", "Save the quote and resume it on any channel"),
    "Agent prepares a quote": (
        "A tied agent prepares a tailored quote (usual for small business).",
        "Meets or calls the agent, gives the details", "Does the agent understand my business?",
        "Agent portal; business risks referred to underwriting", "Pre-fill from the online quote"),
    "Compares and decides": (
        "The prospect compares the quote with competitors.", "Compares price and cover, asks family",
        "Is it worth the price? What exactly is covered?", "Quote follow-up e-mails",
        "A plain-words cover summary next to the price"),
    "Signs the policy": (
        "The customer accepts and signs, online or with the agent.", "Signs, sets the start date",
        "Finally done.", "Policy administration issues the policy; e-signature",
        "Show the excess and the main exclusions before signing"),
    "Drops out": (
        "The prospect leaves without buying (about a third of those who compare).",
        "Buys elsewhere or puts it off", "Too expensive, and I am not sure what I would get.",
        "Lost-quote report; business leads get no follow-up", "Ask why; call business leads back"),
    "Receives the welcome pack": (
        "A printed welcome pack with the policy documents arrives by mail.", "Reads or files the pack",
        "So much paper. Where is the important bit?", "Print-and-mail vendor, 5-7 days after signing",
        "A one-page summary; the pack in the app"),
    "Registers in the app": (
        "The customer registers in the app to see the policy and make changes.",
        "Downloads the app, enters the SMS code, logs in", "Why does the code not arrive?",
        "Identity service and SMS gateway (failed deliveries)", "Fix SMS delivery; passwordless login"),
    "Sets up direct debit": (
        "The customer sets up the direct debit mandate.", "Enters the bank details",
        "I hope I typed the IBAN right.", "Mandate system, bank validation",
        "Check the bank details as they are typed"),
    "Receives the first bill": (
        "The first bill, with a pro-rata amount for the first period.", "Reads the bill, compares it "
        "with the quote", "Why is it more than the quote?", "Billing run, pro-rata calculation, print",
        "Plain-language first bill (live since June 2026)"),
    "Payment fails and is chased": (
        "A direct debit fails and the customer is chased by letter.",
        "Gets a reminder letter, calls to sort it out", "I did nothing wrong. Why a fee?",
        "Nightly bank returns file; letters only; Finance retries by hand",
        "Retry on payday and send an SMS before any letter"),
    "Changes policy details": (
        "The customer changes an address, a car or the cover in the app.",
        "Edits details; some changes need a call", "Why can the app not do this?",
        "The app supports 6 of 15 change types", "Support all common changes in the app"),
    "Calls with a question": (
        "The customer calls the service line with a question or a problem.",
        "Calls, waits, explains, is sometimes transferred", "Please just solve it this time.",
        "Service queue and CRM; no view of claims or billing", "One view of the customer for the agent"),
    "Renews the policy": (
        "The policy renews each year.", "Checks the renewal price, stays or leaves",
        "Did the price go up again?", "Renewal pricing, renewal notice", "Explain price changes"),
    "Files a complaint": (
        "The customer complains by phone, mail or online.", "Explains the problem, often again",
        "I want someone to take responsibility.", "Complaints log in a separate system, run by another "
        "subsidiary", "One owner from the first contact"),
    "Complaint is handled": (
        "The complaints team investigates and answers; it often needs Claims or Finance.",
        "Waits, chases, is passed on", "Who is actually dealing with this?",
        "Requests to Claims and Finance by e-mail; no shared case", "A shared case across departments"),
    "Reports a claim": (
        "The customer reports a loss by phone (first notice of loss).",
        "Calls, explains the loss, sends photos and documents", "I just had a loss. Make it easy.",
        "The handler re-keys the claim into three systems", "Online claim report; one claim record"),
    "Assessment and documents": (
        "Claims assesses the loss, asks for documents and may send a loss adjuster.",
        "Sends documents, waits, chases", "Why is this taking so long?",
        "Assessor queue; loss adjuster visits even for small claims; backlog after the winter storms",
        "Fast-track small claims; a claim tracker"),
    "Claim is settled": (
        "The claim is paid (or declined) and closed.", "Receives the payment and the letter",
        "Was the amount fair?", "Payment run, settlement letter", "Pay small claims the same day"),
}
# How much better (+) or worse (-) small business feels at a stage than the stage's emotion.
BUSINESS_EMOTION = {
    "Calls the contact centre": -0.5, "Agent prepares a quote": 1.0, "Gets an online quote": -0.5,
    "Compares and decides": -0.5, "Registers in the app": -0.5, "Receives the first bill": -0.5,
    "Payment fails and is chased": -0.5, "Calls with a question": -0.5, "Complaint is handled": -0.5,
    "Reports a claim": -1.0, "Assessment and documents": -1.0, "Claim is settled": -0.5,
}

# -- the future state ---------------------------------------------------------------------------
FUTURE_NAME = "Insurance end to end (future state)"
# current stage -> (future name, channel, emotion, description)
RENAMED = {
    "Chats with the bot": ("Live chat with an agent", "chat", 0.5,
                           "A live agent answers in the chat, with the history of the conversation."),
    "Payment fails and is chased": ("Smart payment retry", "app", -0.5,
                                    "A failed debit is retried on payday; the customer gets an SMS, not a letter."),
    "Reports a claim": ("Reports a claim online with photos", "app", -0.5,
                        "The customer reports the loss in the app with photos; one claim record for all systems."),
    "Assessment and documents": ("Fast-track assessment", "agent", -0.5,
                                 "Small claims are decided from the photos, without a loss adjuster visit."),
}
REMOVED = {"Receives the welcome pack"}
ADDED = {  # phase: stages added at the end of it (before its terminal stage)
    "Onboarding": [("Welcome call for small business", "phone", "step", "Sales", 1.5,
                    "An agent calls new business customers to walk through the cover.")],
    "Claim": [("Tracks the claim in the app", "app", "step", "Claims", 0.5,
               "The customer sees each step of the claim and what is still needed.")],
}
FLOW_CHANGES = {  # (from, to) in future names -> replacement (None: dropped)
    ("Live chat with an agent", "Calls the contact centre"):
        ("Live chat with an agent", "Agent prepares a quote", "normal", 0.55, "needs advice"),
    ("Fast-track assessment", "Files a complaint"):
        ("Fast-track assessment", "Files a complaint", "normal", 0.05, "slow settlement"),
    ("Fast-track assessment", "Claim is settled"):
        ("Fast-track assessment", "Tracks the claim in the app", "normal", 0.95, ""),
}
FLOW_ADDED = [
    ("Signs the policy", "Registers in the app", "normal", 0.8, ""),
    ("Signs the policy", "Welcome call for small business", "normal", 0.2, "small business"),
    ("Welcome call for small business", "Sets up direct debit", "normal", None, ""),
    ("Tracks the claim in the app", "Claim is settled", "normal", None, ""),
]


def segment_emotions(emotion: float, business: float) -> dict[str, float]:
    """Small business differs by ``business``; private customers move the other way, so that the
    share-weighted (0.8/0.2) mean stays the stage's emotion."""
    clip = lambda v: float(np.clip(round(v, 2), -3, 3))  # noqa: E731
    return {"sg-private": clip(emotion - 0.25 * business), "sg-business": clip(emotion + business)}


def fill_stages(project: Project, stages: dict[str, str], *, origin: dict[str, str] | None = None) -> None:
    """Texts and per-segment emotions; ``origin`` maps a future stage's name to its current one."""
    origin = origin or {}
    for name, sid in stages.items():
        source = origin.get(name, name)
        text = dict(zip(FIELDS, STAGE_TEXT.get(source, ("",) * 5)))
        emotion = project.get("stages", sid).emotion
        emotions = {} if emotion is None else segment_emotions(emotion, BUSINESS_EMOTION.get(source, 0))
        project.update("stages", sid, **text, emotions=emotions)


def _future_phases() -> list:
    phases = []
    for phase, stages in INSURANCE:
        kept = [(RENAMED[s][0], RENAMED[s][1], role, dept, RENAMED[s][2]) if s in RENAMED else
                (s, ch, role, dept, emo) for s, ch, role, dept, emo in stages if s not in REMOVED]
        extra = [a[:5] for a in ADDED.get(phase, [])]
        steps = [s for s in kept if s[2] != "terminal"]
        phases.append((phase, steps + extra + [s for s in kept if s[2] == "terminal"]))
    return phases


def _future_flow() -> list:
    name = lambda s: RENAMED[s][0] if s in RENAMED else s  # noqa: E731
    flow = []
    for source, target, kind, share, label in INSURANCE_FLOW:
        if source in REMOVED or target in REMOVED:
            continue
        edge = (name(source), name(target), kind, share, label)
        flow.append(FLOW_CHANGES.get(edge[:2], edge))
    return flow + FLOW_ADDED


def add_future(project: Project, current_id: str) -> str:
    """Adds the future-state journey derived from ``current_id``; returns its id."""
    journey = add_journey(project, name=FUTURE_NAME, phases=_future_phases(), flow=_future_flow(), key="insf")
    project.update("journeys", journey.id, state="future", derived_from=current_id,
                   description="The redesigned journey: live chat instead of the bot, smart payment retry, "
                               "online claims with a fast track and a tracker, no paper welcome pack.")
    current = {s.name: s.id for s in project.stages_of(current_id)}
    future = {s.name: s.id for s in project.stages_of(journey.id)}
    origin = {new[0]: old for old, new in RENAMED.items()}
    fill_stages(project, future, origin=origin)
    added = {a[0]: a[5] for stages in ADDED.values() for a in stages}
    for name, sid in future.items():
        old = origin.get(name, name)
        changes = {"derived_from": current.get(old)}
        if name in added or old != name:
            changes.update(description=added.get(name) or RENAMED[old][3], opportunities="")
        project.update("stages", sid, **changes)
    return journey.id
