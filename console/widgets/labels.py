"""Display names of the workflow's identifiers (states, actions, roles, ...), translated.

The identifiers are stable API (JSON, CLI); only these labels are shown to users. The
English texts are the translation sources (context ``Labels``).
"""

from __future__ import annotations

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

STATES = {
    "reported": QT_TRANSLATE_NOOP("Labels", "Reported"),
    "verifying": QT_TRANSLATE_NOOP("Labels", "Verifying"),
    "adjudicating": QT_TRANSLATE_NOOP("Labels", "With shift leader"),
    "filed": QT_TRANSLATE_NOOP("Labels", "Filed"),
    "dispatched": QT_TRANSLATE_NOOP("Labels", "Dispatched"),
    "suspended": QT_TRANSLATE_NOOP("Labels", "Suspended"),
    "handled": QT_TRANSLATE_NOOP("Labels", "Handled"),
    "awaiting_check": QT_TRANSLATE_NOOP("Labels", "Awaiting inspection order"),
    "checking": QT_TRANSLATE_NOOP("Labels", "Inspecting"),
    "arbitrating": QT_TRANSLATE_NOOP("Labels", "Closure with shift leader"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
    "rejected": QT_TRANSLATE_NOOP("Labels", "Rejected"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    "merged": QT_TRANSLATE_NOOP("Labels", "Merged"),
}

ACTIONS = {
    "register": QT_TRANSLATE_NOOP("Labels", "Register"),
    "request_verification": QT_TRANSLATE_NOOP("Labels", "Request verification"),
    "submit_verification": QT_TRANSLATE_NOOP("Labels", "Verification result"),
    "escalate": QT_TRANSLATE_NOOP("Labels", "Escalate"),
    "file": QT_TRANSLATE_NOOP("Labels", "File"),
    "reject": QT_TRANSLATE_NOOP("Labels", "Reject"),
    "transfer_to_city": QT_TRANSLATE_NOOP("Labels", "Transfer to city"),
    "transfer_to_district": QT_TRANSLATE_NOOP("Labels", "Send down to district"),
    "dispatch": QT_TRANSLATE_NOOP("Labels", "Dispatch"),
    "return": QT_TRANSLATE_NOOP("Labels", "Return"),
    "approve_return": QT_TRANSLATE_NOOP("Labels", "Approve return"),
    "deny_return": QT_TRANSLATE_NOOP("Labels", "Deny return"),
    "recall": QT_TRANSLATE_NOOP("Labels", "Recall for re-dispatch"),
    "request_postponement": QT_TRANSLATE_NOOP("Labels", "Request postponement"),
    "approve_postponement": QT_TRANSLATE_NOOP("Labels", "Approve postponement"),
    "deny_postponement": QT_TRANSLATE_NOOP("Labels", "Deny postponement"),
    "urge": QT_TRANSLATE_NOOP("Labels", "Urge"),
    "answer_urge": QT_TRANSLATE_NOOP("Labels", "Answer urging"),
    "suspend": QT_TRANSLATE_NOOP("Labels", "Suspend"),
    "resume": QT_TRANSLATE_NOOP("Labels", "Resume"),
    "report_done": QT_TRANSLATE_NOOP("Labels", "Report done"),
    "accept_result": QT_TRANSLATE_NOOP("Labels", "Accept result"),
    "reject_result": QT_TRANSLATE_NOOP("Labels", "Send back"),
    "request_check": QT_TRANSLATE_NOOP("Labels", "Order inspection"),
    "submit_check": QT_TRANSLATE_NOOP("Labels", "Inspection result"),
    "close": QT_TRANSLATE_NOOP("Labels", "Close case"),
    "rework": QT_TRANSLATE_NOOP("Labels", "Rework"),
    "cancel": QT_TRANSLATE_NOOP("Labels", "Cancel case"),
    "merge": QT_TRANSLATE_NOOP("Labels", "Merge into original"),
    "callback": QT_TRANSLATE_NOOP("Labels", "Reply to caller"),
    # not a workflow action: the audit of a deadline recomputed when a year's holidays load
    "recompute_deadline": QT_TRANSLATE_NOOP("Labels", "Deadline recomputed (holidays loaded)"),
}

SOURCES = {
    "inspector": QT_TRANSLATE_NOOP("Labels", "Inspector report"),
    "public": QT_TRANSLATE_NOOP("Labels", "Public report"),
    "system": QT_TRANSLATE_NOOP("Labels", "System alert"),
    "leader": QT_TRANSLATE_NOOP("Labels", "Leader instruction"),
    "video": QT_TRANSLATE_NOOP("Labels", "Video surveillance"),
}

ROLES = {
    "inspector": QT_TRANSLATE_NOOP("Labels", "Inspector"),
    "acceptor": QT_TRANSLATE_NOOP("Labels", "Acceptor"),
    "shift_leader": QT_TRANSLATE_NOOP("Labels", "Shift leader"),
    "dispatcher": QT_TRANSLATE_NOOP("Labels", "Dispatcher"),
    "commander": QT_TRANSLATE_NOOP("Labels", "Commander"),
    "department": QT_TRANSLATE_NOOP("Labels", "Department"),
    "leader": QT_TRANSLATE_NOOP("Labels", "Leader"),
    "gis_technician": QT_TRANSLATE_NOOP("Labels", "GIS technician"),
    "admin": QT_TRANSLATE_NOOP("Labels", "Administrator"),
    "viewer": QT_TRANSLATE_NOOP("Labels", "Viewer"),
}

LIGHTS = {
    "green": QT_TRANSLATE_NOOP("Labels", "On time"),
    "yellow": QT_TRANSLATE_NOOP("Labels", "Due soon"),
    "red": QT_TRANSLATE_NOOP("Labels", "Overdue"),
}

KINDS = {
    "component": QT_TRANSLATE_NOOP("Labels", "Component"),
    "event": QT_TRANSLATE_NOOP("Labels", "Event"),
}

LEVELS = {
    "district": QT_TRANSLATE_NOOP("Labels", "District"),
    "city": QT_TRANSLATE_NOOP("Labels", "City"),
}

CLOSE_TYPES = {
    "normal": QT_TRANSLATE_NOOP("Labels", "Normal"),
    "overdue": QT_TRANSLATE_NOOP("Labels", "Closed overdue"),
    "error": QT_TRANSLATE_NOOP("Labels", "Filed in error"),
    "special": QT_TRANSLATE_NOOP("Labels", "Special"),
}

CHECK_RESULTS = {
    "passed": QT_TRANSLATE_NOOP("Labels", "Passed"),
    "failed": QT_TRANSLATE_NOOP("Labels", "Failed"),
}

STAGES = {
    "accept": QT_TRANSLATE_NOOP("Labels", "Acceptance"),
    "verify": QT_TRANSLATE_NOOP("Labels", "Verification"),
    "dispatch": QT_TRANSLATE_NOOP("Labels", "Dispatch"),
    "handle": QT_TRANSLATE_NOOP("Labels", "Handling"),
    "review": QT_TRANSLATE_NOOP("Labels", "Feedback review"),
    "check": QT_TRANSLATE_NOOP("Labels", "Inspection"),
}

PHOTO_KINDS = {
    "report": QT_TRANSLATE_NOOP("Labels", "Report photo"),
    "verification": QT_TRANSLATE_NOOP("Labels", "Verification photo"),
    "handling": QT_TRANSLATE_NOOP("Labels", "Handling photo"),
    "inspection": QT_TRANSLATE_NOOP("Labels", "Inspection photo"),
    "other": QT_TRANSLATE_NOOP("Labels", "Photo"),
}


def _label(table: dict, key) -> str:
    if key is None or key == "":
        return ""
    source = table.get(key)
    return QCoreApplication.translate("Labels", source) if source else str(key)


def state(key) -> str:
    return _label(STATES, key)


def action(key) -> str:
    return _label(ACTIONS, key)


def source(key) -> str:
    return _label(SOURCES, key)


def role(key) -> str:
    return _label(ROLES, key)


def light(key) -> str:
    return _label(LIGHTS, key)


def kind(key) -> str:
    return _label(KINDS, key)


def level(key) -> str:
    return _label(LEVELS, key)


def close_type(key) -> str:
    return _label(CLOSE_TYPES, key)


def check_result(key) -> str:
    return _label(CHECK_RESULTS, key)


def stage(key) -> str:
    return _label(STAGES, key)


def photo_kind(key) -> str:
    return _label(PHOTO_KINDS, key)


def yes_no(value) -> str:
    if value is None:
        return ""
    return (QCoreApplication.translate("Labels", "Yes") if value
            else QCoreApplication.translate("Labels", "No"))
