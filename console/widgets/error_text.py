"""Errors worded for the desktop user: from an error's ``kind``, ``code`` and ``params``.

The services' English ``message`` is for the command line and the logs: it names flags
(``--reason``), login names, district codes and UTC timestamps. The UI never shows it; it
builds its own sentence from the stable code and the facts in ``params`` (see
``console/domain/errors.py``; the codes are listed in docs/error-codes.md), in the user's
language (Qt translation, context ``ErrorText``):

- actions, states, sources, roles through ``console.widgets.labels``;
- district codes as names, department codes as names, when the panel context knows them;
- date-times in the center's time zone (Asia/Shanghai by default), never ISO with an offset;
- no ``--flags``, and the kind's prefix only once (callers add their own title).

An unknown code falls back to a sentence for its kind, so a new code added to the services
shows something sensible before it gets its own wording here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from console.domain.errors import ConsoleError
from console.widgets import labels

DEFAULT_ZONE = ZoneInfo("Asia/Shanghai")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ErrorText", text)


#: the kind's sentence when the code has no wording of its own
KIND_TEXTS = {
    "invalid_input": QT_TRANSLATE_NOOP("ErrorText", "Some input is missing or invalid."),
    "not_found": QT_TRANSLATE_NOOP("ErrorText", "It was not found; it may have been removed meanwhile."),
    "permission_denied": QT_TRANSLATE_NOOP("ErrorText", "You are not permitted to do this."),
    "authentication_failed": QT_TRANSLATE_NOOP("ErrorText", "Unknown user name or wrong password."),
    "invalid_transition": QT_TRANSLATE_NOOP("ErrorText", "This is not possible in the case's current state."),
    "stale": QT_TRANSLATE_NOOP("ErrorText",
                               "The case was changed meanwhile by someone else; the list now shows its current state."),
    "connection_lost": QT_TRANSLATE_NOOP("ErrorText",
                                         "The database does not answer. Try again when the connection is back."),
    "database_error": QT_TRANSLATE_NOOP("ErrorText", "The database refused the change; nothing was saved."),
    "schema_out_of_date": QT_TRANSLATE_NOOP("ErrorText",
                                            "The database is older than this console: ask the administrator to upgrade it."),
    "invalid_data": QT_TRANSLATE_NOOP("ErrorText", "A reference data file is damaged: tell the administrator."),
}
UNKNOWN_TEXT = QT_TRANSLATE_NOOP("ErrorText", "Something went wrong: {detail}")

#: names of the inputs an action may need (``missing_input``'s ``missing``)
INPUTS = {
    "reason": QT_TRANSLATE_NOOP("ErrorText", "a reason or note"),
    "department": QT_TRANSLATE_NOOP("ErrorText", "a department"),
    "result": QT_TRANSLATE_NOOP("ErrorText", "the result (passed or failed)"),
    "close_type": QT_TRANSLATE_NOOP("ErrorText", "a close type"),
    "until": QT_TRANSLATE_NOOP("ErrorText", "the new deadline"),
    "into": QT_TRANSLATE_NOOP("ErrorText", "the original case"),
    "contact": QT_TRANSLATE_NOOP("ErrorText", "whether the caller was reached"),
    "description": QT_TRANSLATE_NOOP("ErrorText", "a description"),
    "location": QT_TRANSLATE_NOOP("ErrorText", "a location on the map"),
    "class": QT_TRANSLATE_NOOP("ErrorText", "a class"),
    "source": QT_TRANSLATE_NOOP("ErrorText", "the source"),
    "inspector": QT_TRANSLATE_NOOP("ErrorText", "an inspector"),
    "photos": QT_TRANSLATE_NOOP("ErrorText", "photos"),
    "password": QT_TRANSLATE_NOOP("ErrorText", "a password"),
    "satisfaction": QT_TRANSLATE_NOOP("ErrorText", "the caller's satisfaction"),
    "phone": QT_TRANSLATE_NOOP("ErrorText", "a phone number"),
    "caller_phone": QT_TRANSLATE_NOOP("ErrorText", "a phone number"),
    "caller_name": QT_TRANSLATE_NOOP("ErrorText", "the caller's name"),
    "address": QT_TRANSLATE_NOOP("ErrorText", "the address"),
    "note": QT_TRANSLATE_NOOP("ErrorText", "a note"),
    "no_photo_reason": QT_TRANSLATE_NOOP("ErrorText", "the reason for no photos"),
    "photo_name": QT_TRANSLATE_NOOP("ErrorText", "a photo's file name"),
}


class _Words:
    """Turns the params' identifiers into words (names where the context knows them)."""

    def __init__(self, context=None):
        self.ctx = context
        self.zone = getattr(context, "zone", None) or DEFAULT_ZONE

    def action(self, key) -> str:
        return labels.action(key) if key else _tr("this action")

    def state(self, key) -> str:
        return labels.state(key) if key else ""

    def states(self, keys) -> str:
        return _tr(", ").join(labels.state(k) for k in (keys or []))

    def roles(self, keys) -> str:
        return _tr(", ").join(labels.role(k) for k in (keys or []))

    def source(self, key) -> str:
        return labels.source(key) if key else ""

    def district(self, code) -> str:
        if not code:
            return ""
        name = getattr(self.ctx, "district_name", None)
        found = name(code) if name is not None else None
        return found if found and found != code else _tr("district {code}").format(code=code)

    def department(self, code, name=None) -> str:
        if name:
            return name
        if not code:
            return ""
        lookup = getattr(self.ctx, "department_name", None)
        return lookup(code) if lookup is not None else code

    def inputs(self, keys) -> str:
        words = []
        for k in keys or []:
            source = INPUTS.get(k)
            words.append(QCoreApplication.translate("ErrorText", source) if source else str(k))
        return _tr(", ").join(words)

    def time(self, value) -> str:
        """A date-time (aware datetime or ISO text, UTC when naive) in the center's zone."""
        if value is None or value == "":
            return ""
        if isinstance(value, str):
            try:
                value = datetime.fromisoformat(value)
            except ValueError:
                return value
        if not isinstance(value, datetime):
            return str(value)
        if value.tzinfo is None:
            from datetime import UTC

            value = value.replace(tzinfo=UTC)
        return value.astimezone(self.zone).strftime("%Y-%m-%d %H:%M")


Wording = Callable[[dict, _Words], "str | None"]


def _missing_input(p: dict, w: _Words) -> str:
    what = w.inputs(p.get("missing") or ([p["field"]] if p.get("field") else []))
    if p.get("action") and what:
        return _tr("{action} needs {what}.").format(action=w.action(p["action"]), what=what)
    if what:
        return _tr("Please fill in {what}.").format(what=what)
    return _tr(KIND_TEXTS["invalid_input"])


def _locked(p: dict, w: _Words) -> str:
    until = w.time(p.get("until") or p.get("locked_until"))
    if until:
        return _tr("Too many wrong passwords: the account is locked until {time}.").format(time=until)
    return _tr("Too many wrong passwords: the account is locked for a few minutes.")


def _login_refused(p: dict, w: _Words) -> str:
    """One wording for unknown user and wrong password; the lock (per user and computer, so
    it names this computer) only when the services say until when."""
    until = w.time(p.get("until"))
    if until:
        return _tr("Too many failed log-ins from this computer: logging in here is locked "
                   "until {time}.").format(time=until)
    return _tr(KIND_TEXTS["authentication_failed"])


def _field(p: dict, w: _Words) -> str:
    return w.inputs([p["field"]]) if p.get("field") else _tr("a field")


CODES: dict[str, Wording] = {
    # input
    "missing_input": _missing_input,
    "invalid_value": lambda p, w: _tr("The value given for {what} is not valid.").format(
        what=w.inputs([p["field"]]) if p.get("field") else _tr("a field")),
    "invalid_datetime": lambda p, w: _tr("Please give a valid date and time."),
    "until_in_past": lambda p, w: _tr("The new deadline must be in the future."),
    "photos_required": lambda p, w: _tr("{action} needs photos from the site.").format(
        action=w.action(p.get("action"))),
    "photo_unreadable": lambda p, w: _tr("A photo cannot be read: {path}").format(path=p.get("path", "")),
    "photo_too_large": lambda p, w: _tr("A photo is larger than {mib} MB: {path}").format(
        mib=p.get("max_mib", ""), path=p.get("path", "")),
    "photo_empty": lambda p, w: _tr("A photo file is empty: {path}").format(path=p.get("path", "")),
    "photo_not_a_file": lambda p, w: _tr("This is not a photo file: {path}").format(
        path=p.get("path", "")),
    "photo_not_an_image": lambda p, w: _tr("A photo is not an image of an accepted kind (JPEG, PNG, WebP): {path}").format(
        path=p.get("path") or ""),
    "photo_too_many_pixels": lambda p, w: _tr(
        "A photo has too many pixels ({width}×{height}; at most {max} megapixels): {path}").format(
        width=p.get("width", ""), height=p.get("height", ""), max=p.get("max_megapixels", ""),
        path=p.get("path", "")),
    "too_many_photos": lambda p, w: _tr("At most {max} photos per action.").format(
        max=p.get("max", "")),
    "control_character": lambda p, w: _tr(
        "The text of {what} holds a control character ({code_point}) that is not allowed: "
        "please type it again.").format(what=_field(p, w),
                                        code_point=p.get("code_point", "")),
    "text_too_long": lambda p, w: _tr("The text of {what} is too long: at most {max} characters.").format(
        what=_field(p, w), max=p.get("max_length", "")),
    "not_text": lambda p, w: _tr("{what} must be text.").format(what=_field(p, w)),
    "until_too_far": lambda p, w: _tr("The new deadline can be at most a year away (until {time}).").format(
        time=w.time(p.get("latest"))),
    "invalid_limit": lambda p, w: _tr("The number of rows must be from {min} to {max}.").format(
        min=p.get("min", ""), max=p.get("max", "")),
    "outside_grid": lambda p, w: _tr("The place is outside the city's grid: pick a place inside the city."),
    "department_level_mismatch": lambda p, w: (
        _tr("{department} is a district department; this case is at city level: send it down to "
            "the district first.") if p.get("department_level") == "district" else
        _tr("{department} is a city department; this case is at district level: the district "
            "shift leader transfers it to the city first.")).format(
                department=w.department(p.get("department"), p.get("department_name"))),
    "department_wrong_district": lambda p, w: _tr(
        "{department} works in {department_district}; the case is in {case_district}.").format(
            department=w.department(p.get("department"), p.get("department_name")),
            department_district=w.district(p.get("department_district")),
            case_district=w.district(p.get("case_district"))),
    "proxy_not_needed": lambda p, w: _tr(
        "{department} is the responsible department: handling on its behalf (代处理) applies to "
        "another one.").format(department=w.department(p.get("department"))),
    "component_class_mismatch": lambda p, w: _tr(
        "Component {component} is of another class than the one chosen.").format(
            component=p.get("component", "")),
    "not_an_inspector": lambda p, w: _tr("{user} is not an inspector.").format(user=p.get("user", "")),
    "inspector_wrong_district": lambda p, w: _tr(
        "{user} inspects in {inspector_district}; this case is handled in {case_district}.").format(
            user=p.get("user", ""), inspector_district=w.district(p.get("inspector_district")),
            case_district=w.district(p.get("case_district"))),
    "merge_into_self": lambda p, w: _tr("A case cannot be merged into itself."),
    "merge_kind_mismatch": lambda p, w: _tr(
        "Case {into} is of another kind (component or event): it cannot take this one.").format(
            into=p.get("into", "")),
    "satisfaction_without_contact": lambda p, w: _tr(
        "Satisfaction is recorded only when the caller was reached."),
    "register_is_not_an_action": lambda p, w: _tr("A report is registered with the new-report form."),
    "unknown_action": lambda p, w: _tr(KIND_TEXTS["invalid_input"]),
    "password_too_short": lambda p, w: _tr("A password needs at least {n} characters.").format(
        n=p.get("min_length", p.get("minimum", 6))),
    # not found
    "case_not_found": lambda p, w: _tr("Case {case} does not exist.").format(case=p.get("case", "")),
    "department_not_found": lambda p, w: _tr("Department {department} does not exist.").format(
        department=p.get("department", "")),
    "district_not_found": lambda p, w: _tr("District {district} does not exist.").format(
        district=p.get("district", "")),
    "component_not_found": lambda p, w: _tr("Component {component} does not exist.").format(
        component=p.get("component", "")),
    "user_not_found": lambda p, w: _tr("User {user} does not exist.").format(user=p.get("user", "")),
    "photo_not_found": lambda p, w: _tr("The photo was not found."),
    # permission
    "not_allowed": lambda p, w: (
        _tr("Your role may not {action} a case that is “{state}”; it needs: {roles}.").format(
            action=w.action(p.get("action")), state=w.state(p.get("state")),
            roles=w.roles(p.get("roles_needed"))) if p.get("state") else
        _tr("Your role may not do this; it needs: {roles}.").format(roles=w.roles(p.get("roles_needed")))),
    "out_of_scope": lambda p, w: (
        _tr("You do not act on city-level cases.") if p.get("case_level") == "city" else
        _tr("You work in {actor_district}; this case belongs to {case_district}.").format(
            actor_district=w.district(p.get("actor_district")) or _tr("the city center"),
            case_district=w.district(p.get("case_district")))),
    "wrong_district": lambda p, w: _tr(
        "You work in {actor_district}; the place is in {location_district}.").format(
            actor_district=w.district(p.get("actor_district")),
            location_district=w.district(p.get("location_district"))),
    "not_own_department": lambda p, w: _tr("The case is dispatched to another department."),
    "wrong_inspector": lambda p, w: _tr(
        "Only the inspector of this order may submit its result ({inspectors}).").format(
            inspectors=_tr(", ").join(p.get("inspectors") or []) or _tr("the cell's inspector")),
    "district_staff_only": lambda p, w: _tr("Only a district center transfers a case to the city."),
    "city_staff_only": lambda p, w: _tr("Only the city center sends a case down to a district."),
    "bypass_district_center": lambda p, w: _tr(
        "{case_district} dispatches its own cases: transfer the case or urge, do not dispatch it "
        "to a district department.").format(case_district=w.district(p.get("case_district"))),
    "source_not_allowed": lambda p, w: _tr("A report of this source ({source}) is registered by: {roles}.").format(
        source=w.source(p.get("source")), roles=w.roles(p.get("roles_needed"))),
    # transitions
    "wrong_state": lambda p, w: _tr(
        "{action} is not possible: the case is “{state}”; it applies to: {states}.").format(
            action=w.action(p.get("action")), state=w.state(p.get("state")),
            states=w.states(p.get("allowed_states"))),
    "verification_required": lambda p, w: (
        _tr("The verification failed: reject the report or order a new verification.")
        if p.get("verification_result") == "failed" else
        _tr("A report of this source ({source}) is filed only after the inspector verified it.").format(
            source=w.source(p.get("source")))),
    "no_verification_needed": lambda p, w: _tr("An inspector's own report needs no verification."),
    "already_city_level": lambda p, w: _tr("The case is already at city level."),
    "not_city_level": lambda p, w: _tr("The case is already with a district center."),
    "postponement_pending": lambda p, w: _tr(
        "A postponement request (until {time}) is already waiting for approval.").format(
            time=w.time(p.get("until"))),
    "no_postponement_pending": lambda p, w: _tr("No postponement request is waiting."),
    "return_pending": lambda p, w: _tr("The department's return request is waiting for the dispatcher."),
    "no_return_pending": lambda p, w: _tr("No return request is waiting."),
    "no_urge_pending": lambda p, w: _tr("No urging (督办) waits for a reply."),
    "check_already_submitted": lambda p, w: _tr("The inspection result was already submitted."),
    "check_not_passed": lambda p, w: _tr("The case is closed only after a passed inspection."),
    "check_not_failed": lambda p, w: _tr("Rework is ordered only after a failed inspection."),
    "check_pending": lambda p, w: _tr("Escalate a closure after the inspection result is in."),
    "merge_into_closed": lambda p, w: _tr("Case {into} is “{state}”: merge into an open case.").format(
        into=p.get("into", ""), state=w.state(p.get("state"))),
    "no_caller": lambda p, w: _tr("A report of this source ({source}) has no caller to reply to.").format(
        source=w.source(p.get("source"))),
    "already_called_back": lambda p, w: _tr("The caller was already reached."),
    # stale, login, database
    "stale": lambda p, w: _tr(
        "Case {case} was changed meanwhile{by}: it is now version {version}, “{state}”. "
        "The list shows its current state; check it and act again.").format(
            case=p.get("case") or p.get("code") or "", version=p.get("version", ""),
            state=w.state(p.get("state")),
            by=_tr(" by {user}").format(user=p["changed_by"]) if p.get("changed_by") else ""),
    "account_locked": _locked,
    "locked": _locked,
    "user_locked": _locked,
    "login_refused": _login_refused,
    "wrong_password": lambda p, w: _tr("The current password is wrong."),
    "admin_only": lambda p, w: _tr("Only an administrator may manage users."),
    "first_admin_exists": lambda p, w: _tr(
        "An administrator exists already: log in as an administrator to add users."),
    "last_admin": lambda p, w: _tr("The last active administrator cannot be deactivated."),
    "bad_credentials": lambda p, w: _tr(KIND_TEXTS["authentication_failed"]),
    "no_password": lambda p, w: _tr("Please enter the password."),
    "integrity_error": lambda p, w: _tr(KIND_TEXTS["database_error"]),
    "locked_out": _locked,
    "password_unchanged": lambda p, w: _tr("The new password must differ from the old one."),
    "passwords_differ": lambda p, w: _tr("The two new passwords differ."),
    "invalid_user_name": lambda p, w: _tr("A user name has 1 to {n} characters.").format(
        n=p.get("max_length", 64)),
    "user_exists": lambda p, w: _tr("User {user} exists already.").format(user=p.get("user", "")),
    "not_a_number": lambda p, w: _tr("A coordinate must be a number."),
    "invalid_lonlat": lambda p, w: _tr("That is not a valid longitude and latitude."),
    "location_twice": lambda p, w: _tr("Give the place once: either longitude/latitude or X/Y."),
    "location_incomplete": lambda p, w: _tr("The coordinates are incomplete."),
    "unknown_kind": lambda p, w: _tr("The kind must be component or event."),
    "class_not_found": lambda p, w: _tr("There is no class {class_code}.").format(
        class_code=p.get("class_code", "")),
    "invalid_code": lambda p, w: _tr("The code {value} has not the right form ({length} digits).").format(
        value=p.get("value", ""), length=p.get("length", "")),
    "component_move_across_district": lambda p, w: _tr(
        "A component cannot move to another district ({location_district}): its identifier "
        "would be wrong. Retire it and add a new one there.").format(
            location_district=w.district(p.get("location_district"))),
    "nothing_to_change": lambda p, w: _tr("Nothing to change."),
    "invalid_date": lambda p, w: _tr("Please give a valid date."),
    "date_range_reversed": lambda p, w: _tr("The start date must be before the end date."),
    "date_out_of_range": lambda p, w: _tr("The date must lie between {min} and {max}.").format(
        min=p.get("min", ""), max=p.get("max", "")),
    "compare_needs_period": lambda p, w: _tr(
        "A comparison with earlier periods needs a start and an end date."),
    "export_needs_out": lambda p, w: _tr("Please choose a file to export to."),
    "export_target_invalid": lambda p, w: _tr("Cannot write the file {path}.").format(
        path=p.get("path", "")),
    "export_suffix_mismatch": lambda p, w: _tr("The file name must end in .{format}.").format(
        format=p.get("format", "")),
    "invalid_database_url": lambda p, w: _tr("The database address is not valid."),
    "unsupported_database": lambda p, w: _tr("This kind of database is not supported."),
    "connection_lost": lambda p, w: _tr(KIND_TEXTS["connection_lost"]),
    "schema_out_of_date": lambda p, w: _tr(KIND_TEXTS["schema_out_of_date"]),
    "database_error": lambda p, w: _tr(KIND_TEXTS["database_error"]),
    "database_busy": lambda p, w: _tr("The database is busy; nothing was saved. Please try again in a moment."),
    # printed forms (console/maps/print_layouts.py)
    "output_unwritable": lambda p, w: _tr(
        "The file {path} cannot be written (check the folder and its permissions); nothing "
        "was saved.").format(path=p.get("path", "")),
    "template_missing": lambda p, w: _tr("The print template {path} is missing.").format(
        path=p.get("path", "")),
    "template_invalid": lambda p, w: _tr(
        "The print template {path} is not a QGIS layout template.").format(path=p.get("path", "")),
    # the application server
    "token_invalid": lambda p, w: _tr("Your login has expired or was ended. Please log in again."),
    "login_required": lambda p, w: _tr("Please log in first."),
    "not_the_logged_in_user": lambda p, w: _tr(
        "This computer is logged in as {logged_in}; it cannot act as {user}.").format(
        logged_in=p.get("logged_in", ""), user=p.get("user", "")),
    "server_unreachable": lambda p, w: _tr(
        "The application server does not answer; nothing was saved. Please try again shortly."),
    "server_error": lambda p, w: _tr("The application server gave an unexpected answer; "
                                     "nothing was saved."),
    "invalid_request": lambda p, w: _tr("The request was not accepted by the server: {field}.").format(
        field=((p.get("problems") or [{}])[0].get("field") or "")),
    "photo_not_base64": lambda p, w: _tr("A photo could not be sent: {photo}").format(
        photo=p.get("photo", "")),
    "database_unavailable": lambda p, w: _tr(KIND_TEXTS["connection_lost"]),
}


def error_text(exc: BaseException, context=None) -> str:
    """One sentence (or two) for the user; never the English CLI message of a ConsoleError.

    ``context`` (a ``PanelContext``, optional) turns district and department codes into names
    and gives the center's time zone.
    """
    if not isinstance(exc, ConsoleError):
        detail = str(exc) or type(exc).__name__
        return _tr(UNKNOWN_TEXT).format(detail=detail)
    words = _Words(context)
    params = dict(getattr(exc, "params", None) or {})
    code = getattr(exc, "code", None) or exc.kind
    wording = CODES.get(code)
    if wording is not None:
        try:
            text = wording(params, words)
        except (KeyError, TypeError, ValueError):  # params of another shape than expected
            text = None
        if text:
            return text
    if exc.kind == "authentication_failed" and (params.get("until") or params.get("locked_until")):
        return _locked(params, words)
    kind_text = KIND_TEXTS.get(exc.kind)
    if kind_text:
        return _tr(kind_text)
    return _tr(UNKNOWN_TEXT).format(detail=exc.kind)
