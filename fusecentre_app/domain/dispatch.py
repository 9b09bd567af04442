"""The message sent to the field, the docket message for the caller, and the links a PC
hands to a phone app: pure rules about reaching an officer or a consumer, no store behind."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote

from fusecentre_app.domain.enums import ContactChannel, ContactOutcome
from fusecentre_app.domain.phone import display_phone
from fusecentre_app.domain.timeutil import format_local


@dataclass(frozen=True)
class DispatchFacts:
    """What the field needs to find the fault, from the complaint."""

    complaint_id: int
    docket: str
    status: str
    caller_name: str
    caller_mobile: str | None
    consumer_no: str
    locality: str
    address: str
    landmark: str
    feeder_code: str
    feeder_name_en: str
    feeder_name_hi: str
    dt_name_en: str
    dt_name_hi: str
    type_name_en: str
    type_name_hi: str
    sop_due_at: datetime


@dataclass(frozen=True)
class Links:
    tel: str
    sms: str
    whatsapp: str


def dispatch_message(facts: DispatchFacts, language: str = "hi") -> str:
    """The message sent to the field: docket, consumer, mobile, village, landmark, feeder, DT
    and complaint type, in Hindi (`hi`) or English (`en`); empty facts are left out."""
    hindi = language == "hi"
    mobile = display_phone(facts.caller_mobile) if facts.caller_mobile else ""
    place = ", ".join(p for p in (facts.locality, facts.address) if p)
    feeder = facts.feeder_code
    if facts.feeder_code:
        feeder += " " + (facts.feeder_name_hi if hindi else facts.feeder_name_en)
    dt = facts.dt_name_hi if hindi else facts.dt_name_en
    who = f"{facts.caller_name} {mobile}".strip()
    if hindi:
        parts = [
            f"फ्यूज कॉल शिकायत {facts.docket}: {facts.type_name_hi}",
            f"उपभोक्ता: {who}" if who else "",
            f"उपभोक्ता संख्या: {facts.consumer_no}" if facts.consumer_no else "",
            f"स्थान: {place}" if place else "",
            f"पहचान: {facts.landmark}" if facts.landmark else "",
            f"फीडर: {feeder}" if feeder else "",
            f"ट्रांसफार्मर: {dt}" if dt else "",
            "कृपया तुरंत ध्यान दें और केंद्र को सूचित करें।",
        ]
    else:
        parts = [
            f"Fuse call complaint {facts.docket}: {facts.type_name_en}",
            f"Consumer: {who}" if who else "",
            f"Consumer no.: {facts.consumer_no}" if facts.consumer_no else "",
            f"Place: {place}" if place else "",
            f"Landmark: {facts.landmark}" if facts.landmark else "",
            f"Feeder: {feeder}" if feeder else "",
            f"DT: {dt}" if dt else "",
            "Please attend at once and report to the centre.",
        ]
    return "\n".join(p for p in parts if p)


def docket_message(facts: DispatchFacts, language: str = "hi") -> str:
    """The message the caller keeps: the docket to quote when calling again, the complaint
    type and the SoP time by which supply is to be restored, in Hindi (`hi`) or English."""
    due = format_local(facts.sop_due_at, "%d-%m-%Y %H:%M")
    if language == "hi":
        return (
            f"फ्यूज कॉल सेंटर: आपकी शिकायत दर्ज है। शिकायत संख्या {facts.docket}\n"
            f"शिकायत: {facts.type_name_hi}\n"
            f"मानक के अनुसार सप्लाई {due} तक बहाल होनी है।\n"
            "दोबारा कॉल करें तो यह शिकायत संख्या बताएँ।"
        )
    return (
        f"Fuse call centre: your complaint is registered. Docket {facts.docket}\n"
        f"Complaint: {facts.type_name_en}\n"
        f"Supply to be restored by {due} (SoP).\n"
        "Quote this docket number if you call again."
    )


def links(mobile: str, message: str = "") -> Links:
    """`tel:`, `sms:` (RFC 5724, `?body=`) and WhatsApp (`wa.me`) links for an E.164 mobile;
    the message is percent-encoded as UTF-8."""
    if not mobile.startswith("+"):
        raise ValueError(f"expected an E.164 number, got {mobile!r}")
    body = quote(message, safe="")
    sms = f"sms:{mobile}" + (f"?body={body}" if message else "")
    wa = f"https://wa.me/{mobile.removeprefix('+')}" + (f"?text={body}" if message else "")
    return Links(tel=f"tel:{mobile}", sms=sms, whatsapp=wa)


def sms_qr_payload(mobile: str, message: str) -> str:
    """What a QR code for an SMS holds so that a phone's camera offers to send it: the
    `SMSTO:number:text` form phones read, the text as UTF-8 (a third of the size of the
    percent-encoded `sms:` link for Hindi, so the code stays small enough to scan)."""
    if not mobile.startswith("+"):
        raise ValueError(f"expected an E.164 number, got {mobile!r}")
    return f"SMSTO:{mobile}:{message}"


def outcomes_for(channel: ContactChannel) -> tuple[ContactOutcome, ...]:
    """What the clerk may say came of an attempt: a call is answered or not; a WhatsApp or
    SMS message is sent (nobody answers a message)."""
    if channel in (ContactChannel.WHATSAPP, ContactChannel.SMS):
        return (ContactOutcome.MESSAGE_SENT,)
    if channel == ContactChannel.COPY:
        return tuple(ContactOutcome)
    return (
        ContactOutcome.ANSWERED,
        ContactOutcome.NO_ANSWER,
        ContactOutcome.BUSY,
        ContactOutcome.SWITCHED_OFF,
    )
