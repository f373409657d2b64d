"""The `console` command (DESIGN §8): a public interface other systems script against.

Keep names, options and JSON fields stable. With ``--json`` exactly one JSON document goes
to stdout; errors go to stderr (as JSON with ``--json``) with a non-zero exit status.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from datetime import UTC, datetime

from console.domain.errors import AuthenticationFailed, ConsoleError, InvalidInput
from console.domain.text_input import escape_controls
from console.domain.workflow import (
    ACTIONS,
    CALLBACK_CONTACTS,
    CLOSE_TYPES,
    ROLES,
    SATISFACTION,
    SOURCES,
)

EXIT_CODES = {
    "invalid_input": 2,
    "not_found": 3,
    "permission_denied": 4,
    "authentication_failed": 4,
    "invalid_transition": 5,
    "stale": 6,
    "database_error": 7,
    "connection_lost": 7,
    "schema_out_of_date": 8,
}


class UsageError(InvalidInput):
    pass


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of exiting, so usage errors become JSON errors too."""

    def error(self, message):
        raise UsageError(f"{self.prog}: {message}", code="usage", command=self.prog, problem=message)


#: `console run --video-wall --screens N`: a wall controller drives at most this many outputs
MAX_WALL_SCREENS = 16
_READ_AS = "with --server: the user whose login reads (password from CONSOLE_PASSWORD)"


def _common() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument("--db", default=argparse.SUPPRESS, help="database URL (default: $CONSOLE_DB or a SpatiaLite file)")
    p.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print one JSON document")
    p.add_argument("--server", default=argparse.SUPPRESS,
                   help="act through the center's application server (default: $CONSOLE_SERVER)")
    return p


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = _Parser(prog="console", description="数字城管 command console", parents=[common])
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    db = sub.add_parser("db", help="schema", parents=[common])
    db_sub = db.add_subparsers(dest="db_command", required=True, parser_class=_Parser)
    up = db_sub.add_parser("upgrade", help="create or migrate the schema", parents=[common])
    up.add_argument("--app-role", help="PostgreSQL: create/grant the application server's write role "
                    "(password from CONSOLE_APP_PASSWORD)")
    up.add_argument("--reader-role", help="PostgreSQL: create/grant the workstations' read-only role "
                    "(password from CONSOLE_READER_PASSWORD)")

    demo = sub.add_parser("demo", help="build the demo city", parents=[common])
    demo.add_argument("--scale", choices=("small", "city"), default="small")
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--now", help="the moment the history ends (ISO 8601; without an offset, "
                      "the center's local time). Default: now. The same --seed and --now build "
                      "the same city")

    user = sub.add_parser("user", help="users", parents=[common])
    user_sub = user.add_subparsers(dest="user_command", required=True, parser_class=_Parser)
    add = user_sub.add_parser("add", parents=[common])
    add.add_argument("name")
    add.add_argument("--role", action="append", required=True, help=f"one of {', '.join(ROLES)}; repeat or comma-separate")
    add.add_argument("--department")
    add.add_argument("--district")
    add.add_argument("--full-name", default="")
    add.add_argument("--as", dest="as_user", help="the admin who adds the user (password from CONSOLE_PASSWORD)")
    add.add_argument("--first-admin", action="store_true",
                     help="the first admin of a database without one (no --as); refused once an admin exists")
    for command in ("passwd", "unlock", "deactivate", "activate"):
        admin_act = user_sub.add_parser(command, parents=[common])
        admin_act.add_argument("name")
        admin_act.add_argument("--as", dest="as_user", required=True,
                               help="the acting admin (password from CONSOLE_PASSWORD)")
    user_sub.add_parser("list", parents=[common]).add_argument("--as", dest="as_user", help=_READ_AS)

    dept = sub.add_parser("department", help="departments", parents=[common])
    dept_sub = dept.add_subparsers(dest="department_command", required=True, parser_class=_Parser)
    dept_sub.add_parser("list", parents=[common]).add_argument("--as", dest="as_user", help=_READ_AS)

    case = sub.add_parser("case", help="cases", parents=[common])
    case_sub = case.add_subparsers(dest="case_command", required=True, parser_class=_Parser)
    rep = case_sub.add_parser("report", parents=[common])
    rep.add_argument("--as", dest="as_user", required=True)
    rep.add_argument("--source", choices=SOURCES, required=True)
    rep.add_argument("--kind", choices=("component", "event"), required=True)
    rep.add_argument("--class", dest="class_code", required=True)
    rep.add_argument("--lon")
    rep.add_argument("--lat")
    rep.add_argument("--x")
    rep.add_argument("--y")
    rep.add_argument("--description", required=True)
    rep.add_argument("--address", default="")
    rep.add_argument("--component")
    rep.add_argument("--urgent", action="store_true")
    rep.add_argument("--photo", action="append", default=[])
    rep.add_argument("--caller-name", help="公众举报: the caller's name")
    rep.add_argument("--caller-phone", help="公众举报: the caller's phone")
    rep.add_argument("--reply-wanted", action="store_true", help="the caller wants a reply (回访)")
    act = case_sub.add_parser("act", parents=[common])
    act.add_argument("case")
    act.add_argument("action", help=", ".join(a for a in ACTIONS if a != "register"))
    act.add_argument("--as", dest="as_user", required=True)
    act.add_argument("--department")
    act.add_argument("--reason")
    act.add_argument("--result", choices=("passed", "failed"))
    act.add_argument("--close-type", choices=CLOSE_TYPES)
    act.add_argument("--until")
    act.add_argument("--photo", action="append", default=[])
    act.add_argument("--no-photo-reason", help="submit_check/submit_verification without photos: why")
    act.add_argument("--inspector", help="request_verification/request_check: the inspector ordered")
    act.add_argument("--proxy", action="store_true", help="dispatch: 代处理 by a non-responsible department")
    act.add_argument("--district", help="transfer_to_district: the district center (default: the case's)")
    act.add_argument("--into", help="merge: the original case (code or id)")
    act.add_argument("--contact", choices=CALLBACK_CONTACTS, help="callback: the caller was reached or not")
    act.add_argument("--satisfaction", choices=SATISFACTION, help="callback: the caller's verdict")
    act.add_argument("--expect-version", type=int)
    show = case_sub.add_parser("show", parents=[common])
    show.add_argument("case")
    show.add_argument("--as", dest="as_user", help=_READ_AS)
    lst = case_sub.add_parser("list", parents=[common])
    lst.add_argument("--as", dest="as_user", help=_READ_AS)
    lst.add_argument("--state")
    lst.add_argument("--overdue", action="store_true")
    lst.add_argument("--grid")
    lst.add_argument("--limit", type=int)
    prt = case_sub.add_parser("print", parents=[common],
                              help="the 案卷 (default) or 派遣单 as PDF, from resources/layouts/")
    prt.add_argument("case")
    prt.add_argument("--out", required=True, help="the PDF file to write")
    prt.add_argument("--form", choices=("case", "dispatch"), default="case",
                     help="case: 案卷 (report, photos before/after, timeline, map); "
                     "dispatch: 派遣单 for the department")

    comp = sub.add_parser("component", help="部件: the GIS technicians' layer", parents=[common])
    comp_sub = comp.add_subparsers(dest="component_command", required=True, parser_class=_Parser)
    c_add = comp_sub.add_parser("add", parents=[common])
    c_add.add_argument("--as", dest="as_user", required=True)
    c_add.add_argument("--class", dest="class_code", required=True)
    for p in (c_add,):
        p.add_argument("--state", default="完好")
        p.add_argument("--owner")
        p.add_argument("--maintainer")
        p.add_argument("--note", default="")
    c_move = comp_sub.add_parser("move", parents=[common])
    c_move.add_argument("component")
    c_move.add_argument("--as", dest="as_user", required=True)
    c_move.add_argument("--note", default="")
    for p in (c_add, c_move):
        p.add_argument("--lon")
        p.add_argument("--lat")
        p.add_argument("--x")
        p.add_argument("--y")
    c_upd = comp_sub.add_parser("update", parents=[common])
    c_upd.add_argument("component")
    c_upd.add_argument("--as", dest="as_user", required=True)
    c_upd.add_argument("--state")
    c_upd.add_argument("--owner")
    c_upd.add_argument("--maintainer")
    c_upd.add_argument("--note")
    c_ret = comp_sub.add_parser("retire", parents=[common])
    c_ret.add_argument("component")
    c_ret.add_argument("--as", dest="as_user", required=True)
    c_ret.add_argument("--reason", required=True)
    c_show = comp_sub.add_parser("show", parents=[common])
    c_show.add_argument("component")
    c_show.add_argument("--as", dest="as_user", help=_READ_AS)

    kpi = sub.add_parser("kpi", help="综合评价", parents=[common])
    kpi.add_argument("--from", dest="date_from")
    kpi.add_argument("--to", dest="date_to")
    kpi.add_argument("--as", dest="as_user", help=_READ_AS)
    kpi.add_argument("--by", choices=("district", "street", "community", "grid", "department", "inspector",
                                      "acceptor", "shift_leader", "dispatcher", "class", "source"))
    kpi.add_argument("--compare", action="store_true",
                     help="环比 (the same length before) and 同比 (a year before) per row and figure")
    kpi.add_argument("--format", dest="format", default="json", help="json (default), csv or xlsx")
    kpi.add_argument("--out", help="write to FILE (csv and xlsx need it)")

    cal = sub.add_parser("calendar", help="the work calendar: status, load next year's holidays",
                         parents=[common])
    cal_sub = cal.add_subparsers(dest="calendar_command", required=True, parser_class=_Parser)
    cal_status = cal_sub.add_parser("status", parents=[common],
                                    help="last covered day, days left, estimated deadlines")
    cal_status.add_argument("--as", dest="as_user", help=_READ_AS)
    cal_load = cal_sub.add_parser("load", parents=[common],
                                  help="store a year file (data/README.md) and recompute the "
                                  "estimated deadlines of open cases (admin)")
    cal_load.add_argument("file")
    cal_load.add_argument("--as", dest="as_user", required=True)

    system = sub.add_parser("system", help="outside systems speaking Open311 (admin, --db)",
                            parents=[common])
    system_sub = system.add_subparsers(dest="system_command", required=True, parser_class=_Parser)
    s_add = system_sub.add_parser("add", parents=[common],
                                  help="a new system: prints its API key and webhook secret once")
    s_add.add_argument("name")
    s_add.add_argument("--title", default="")
    s_add.add_argument("--source", choices=("public", "system"), default="public")
    s_add.add_argument("--rate", type=int, help="requests a minute (default 60)")
    s_add.add_argument("--webhook", help="URL its cases' state changes are POSTed to")
    s_list = system_sub.add_parser("list", parents=[common])
    s_key = system_sub.add_parser("key", parents=[common], help="a new API key; the old one stops")
    s_key.add_argument("name")
    s_set = system_sub.add_parser("set", parents=[common])
    s_set.add_argument("name")
    s_set.add_argument("--rate", type=int)
    s_set.add_argument("--webhook")
    s_set.add_argument("--no-webhook", action="store_true")
    s_set.add_argument("--active", choices=("yes", "no"))
    s_set.add_argument("--new-secret", action="store_true", help="a new webhook secret (printed once)")
    s_replay = system_sub.add_parser("replay", parents=[common],
                                     help="send the webhooks again from a time on")
    s_replay.add_argument("name")
    s_replay.add_argument("--since", required=True, help="ISO date and time (UTC without a zone)")
    for p in (s_add, s_list, s_key, s_set, s_replay):
        p.add_argument("--as", dest="as_user", required=True,
                       help="the acting admin (password from CONSOLE_PASSWORD)")

    serve = sub.add_parser("serve", help="the center's application server", parents=[common])
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8780)
    serve.add_argument("--log-level", default="info",
                       choices=("critical", "error", "warning", "info", "debug"))

    report = sub.add_parser("report", help="printed reports", parents=[common])
    report_sub = report.add_subparsers(dest="report_command", required=True, parser_class=_Parser)
    monthly = report_sub.add_parser("monthly", parents=[common],
                                    help="the month's evaluation report (PDF, "
                                    "resources/layouts/monthly_report.qpt)")
    monthly.add_argument("--month", required=True, help="YYYY-MM")
    monthly.add_argument("--out", required=True, help="the PDF file to write")

    run = sub.add_parser("run", help="the desktop console", parents=[common])
    run.add_argument("--as", dest="as_user")
    run.add_argument("--video-wall", action="store_true")
    run.add_argument("--screen", help="the screen to open on (index or name; default "
                     "$CONSOLE_SCREEN, else the primary): a video wall's own display")
    run.add_argument("--screens", type=int, default=1,
                     help="video wall: the map on the first screen, the panels on the next "
                     "N-1 (default 1: the panels beside the map)")
    return parser


def _password(prompt: str = "password: ") -> str:
    pw = os.environ.get("CONSOLE_PASSWORD")
    if pw is not None:
        return pw
    if not sys.stdin.isatty():
        raise AuthenticationFailed("no password: set CONSOLE_PASSWORD or run in a terminal",
                                   code="no_password")
    return getpass.getpass(prompt)


def _new_password(name: str) -> str:
    pw = os.environ.get("CONSOLE_NEW_PASSWORD")
    if pw is not None:
        return pw
    if not sys.stdin.isatty():
        raise InvalidInput("no password given: set CONSOLE_NEW_PASSWORD or run in a terminal",
                           code="no_password")
    first = getpass.getpass(f"new password for {name}: ")
    if first != getpass.getpass("again: "):
        raise InvalidInput("the two passwords differ", code="passwords_differ")
    return first


def _server(args) -> str | None:
    """--server, else $CONSOLE_SERVER unless --db was given on the command line."""
    if getattr(args, "server", None):
        if getattr(args, "db", None):
            raise UsageError("give --server or --db, not both", code="usage",
                             command="console", problem="--server and --db")
        return args.server
    if getattr(args, "db", None):
        return None
    return os.environ.get("CONSOLE_SERVER") or None


def _services(args):
    server = _server(args)
    if server:
        from console.services.remote import RemoteServices

        services = RemoteServices(server)
        _OPEN.append(services)
        reader = getattr(args, "as_user", None) or os.environ.get("CONSOLE_USER")
        if reader is None:
            raise AuthenticationFailed("reading through the server needs a login: --as NAME "
                                       "(or CONSOLE_USER)", code="login_required")
        services.auth.authenticate(reader, _password(f"password for {reader}: "))
        return services
    from console.services.app import open_services

    return open_services(getattr(args, "db", None))


# remote sessions opened by this command: logged out (token revoked) when it ends
_OPEN: list = []


def _login(services, name):
    session = getattr(services, "session", None)
    if session is not None and session.user is not None and session.user.name == name:
        return session.user  # logged in through the server already
    return services.auth.authenticate(name, _password(f"password for {name}: "))


def _needs_database(args, command: str) -> None:
    """Commands that set a database up act on it directly, never through a server."""
    if getattr(args, "server", None):
        raise InvalidInput(f"`console {command}` works on the database itself: give --db, "
                           "not --server", code="needs_database", command=command)


def _cmd_db(args):
    _needs_database(args, "db upgrade")
    from console.store import schema
    from console.store.engine import Database

    db = Database(getattr(args, "db", None))
    before, after = schema.upgrade(db)
    doc = {"database": _safe_url(db.url), "from": before, "to": after}
    if args.app_role:
        doc["app_role"] = schema.grant_app_role(db, args.app_role, os.environ.get("CONSOLE_APP_PASSWORD"))
    if args.reader_role:
        doc["reader_role"] = schema.grant_reader_role(db, args.reader_role,
                                                      os.environ.get("CONSOLE_READER_PASSWORD"))
    return doc


def _cmd_demo(args):
    _needs_database(args, "demo")
    from console.services.demo_city.build import build_demo

    return build_demo(getattr(args, "db", None), scale=args.scale, seed=args.seed,
                      now=_demo_now(args.now))


def _demo_now(text):
    """``--now``: an ISO moment; a naive one is the center's local time (data/calendar.json)."""
    if text is None:
        return None
    from datetime import datetime

    from console.domain.deadlines import load_policy

    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise UsageError(f"--now is not an ISO 8601 time: {text!r}", code="invalid_value",
                         field="now", value=text, allowed=[]) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=load_policy().calendar.zone)
    return moment


def _cmd_user(args):
    """Every write needs an admin's login (--as); ``add --first-admin`` is the one exception,
    for a database without an active admin. ``list`` needs --as only through a server."""
    cmd = args.user_command
    if cmd == "add" and args.first_admin:
        if args.as_user:
            raise UsageError("--first-admin is for a database without an admin: no --as",
                             code="usage", command="console user add", problem="--first-admin and --as")
        roles = [r for chunk in args.role for r in chunk.split(",")]
        sv = _services(args)
        return sv.auth.add_first_admin(args.name, _new_password(args.name), args.department,
                                       args.district, args.full_name, roles=roles)
    if cmd == "add" and not args.as_user:
        raise InvalidInput("user add needs an admin's login: --as ADMIN (or --first-admin on a "
                           "database without an admin)", code="missing_input", action="user_add",
                           missing=["as"])
    sv = _services(args)
    if cmd == "list":
        return {"users": sv.auth.list_users()}
    admin = _login(sv, args.as_user)
    if cmd == "add":
        roles = [r for chunk in args.role for r in chunk.split(",")]
        return sv.auth.add_user(admin, args.name, _new_password(args.name), roles, args.department,
                                args.district, args.full_name)
    if cmd == "passwd":
        return sv.auth.set_password(admin, args.name, _new_password(args.name))
    if cmd == "unlock":
        return sv.auth.unlock(admin, args.name)
    return sv.auth.set_active(admin, args.name, cmd == "activate")


def _cmd_department(args):
    return {"departments": _services(args).reference.departments()}


def _read_photos(paths):
    """Only after the login succeeded: an unknown caller must not make the process open files
    (a FIFO would hang it, a device would feed it forever; Photo.from_path refuses both)."""
    from console.services.case_service import Photo, check_photo_count

    check_photo_count(len(paths))
    return [Photo.from_path(p) for p in paths]


def _cmd_case(args):
    if args.case_command == "print":
        return _print(args, "case print")
    sv = _services(args)
    if args.case_command == "report":
        actor = _login(sv, args.as_user)
        photos = _read_photos(args.photo)
        return sv.cases.register(
            actor, source=args.source, kind=args.kind, class_code=args.class_code,
            description=args.description, x=args.x, y=args.y, lon=args.lon, lat=args.lat,
            address=args.address, component_code=args.component, urgent=args.urgent, photos=photos,
            caller_name=args.caller_name, caller_phone=args.caller_phone,
            reply_wanted=args.reply_wanted)
    if args.case_command == "act":
        actor = _login(sv, args.as_user)
        photos = _read_photos(args.photo)
        return sv.cases.act(
            actor, args.case, args.action, department=args.department, reason=args.reason,
            result=args.result, close_type=args.close_type, until=args.until, photos=photos,
            inspector=args.inspector, no_photo_reason=args.no_photo_reason, proxy=args.proxy,
            district=args.district, into=args.into, contact=args.contact,
            satisfaction=args.satisfaction, expect_version=args.expect_version)
    if args.case_command == "show":
        return sv.queries.show(args.case)
    return {"cases": sv.queries.list(state=args.state, overdue=args.overdue, grid=args.grid,
                                     limit=args.limit)}


def _print(args, command: str):
    """Printed forms read the database itself (the map extract draws its layers): with a
    server, give the read-only database instead (``--db postgresql://console_reader@...``)."""
    if _server(args):
        raise InvalidInput(f"`console {command}` draws the map from the database: give --db "
                           "(a workstation's read-only URL will do), not --server",
                           code="needs_database", command=command)
    from console.widgets.print_dialog import print_case, print_monthly

    sv = _services(args)
    if command == "case print":
        return print_case(sv, args.case, args.out, args.form)
    return print_monthly(sv, args.month, args.out)


def _cmd_report(args):
    return _print(args, "report monthly")


def _cmd_component(args):
    sv = _services(args)
    cmd = args.component_command
    if cmd == "show":
        return sv.components.show(args.component)
    actor = _login(sv, args.as_user)
    if cmd == "add":
        return sv.components.add(actor, class_code=args.class_code, x=args.x, y=args.y,
                                 lon=args.lon, lat=args.lat, state=args.state, owner=args.owner,
                                 maintainer=args.maintainer, note=args.note)
    if cmd == "move":
        return sv.components.move(actor, args.component, x=args.x, y=args.y, lon=args.lon,
                                  lat=args.lat, note=args.note)
    if cmd == "update":
        return sv.components.update(actor, args.component, state=args.state, owner=args.owner,
                                    maintainer=args.maintainer, note=args.note)
    return sv.components.retire(actor, args.component, reason=args.reason)


def _cmd_kpi(args):
    from console.services import kpi_export

    path = kpi_export.check_target(args.format, args.out)  # refused before any work
    doc = _services(args).kpi.compute(args.date_from, args.date_to, args.by, compare=args.compare)
    if path is None:
        return doc
    return kpi_export.export(doc, args.format, path)


def _cmd_system(args):
    """Outside systems are set up on the database itself (like users' first admin): the
    key and the secret are printed here once and never cross a server."""
    if _server(args):
        raise InvalidInput(f"`console system {args.system_command}` works on the database "
                           "itself: give --db, not --server", code="needs_database",
                           command=f"system {args.system_command}")
    from console.services.system_service import SystemService

    sv = _services(args)
    admin = _login(sv, args.as_user)
    systems, cmd = SystemService(sv.db), args.system_command
    if cmd == "add":
        return systems.add(admin, args.name, title=args.title, source=args.source,
                           rate=args.rate, webhook=args.webhook)
    if cmd == "list":
        return {"systems": systems.list(admin)}
    if cmd == "key":
        return systems.new_key(admin, args.name)
    if cmd == "set":
        return systems.set(admin, args.name, rate=args.rate, webhook=args.webhook,
                           no_webhook=args.no_webhook,
                           active=None if args.active is None else args.active == "yes",
                           new_secret=args.new_secret)
    return systems.replay(admin, args.name, args.since)


def _cmd_serve(args):
    from console.server.serve import serve

    if getattr(args, "server", None):
        raise UsageError("`console serve` is the server: give it --db, not --server",
                         code="usage", command="console serve", problem="--server")
    return serve(getattr(args, "db", None), host=args.host, port=args.port,
                 log_level=args.log_level)


def _cmd_calendar(args):
    sv = _services(args)
    calendar = getattr(sv, "calendar", None)
    if calendar is None:
        raise InvalidInput("the calendar commands run on the database (--db), not through a server",
                           code="calendar_needs_database")
    if args.calendar_command == "status":
        return calendar.status()
    return calendar.load(_login(sv, args.as_user), args.file)


def _cmd_run(args):
    try:
        from console.widgets.launcher import launch
    except ImportError as exc:
        if "console.widgets.launcher" not in str(exc):
            raise
        return _summary(args)
    screens = getattr(args, "screens", 1)
    if not 1 <= screens <= MAX_WALL_SCREENS:
        raise InvalidInput(f"--screens must be between 1 and {MAX_WALL_SCREENS}",
                           code="screens_out_of_range", value=screens, min=1, max=MAX_WALL_SCREENS)
    return launch(getattr(args, "db", None), server=getattr(args, "server", None),
                  as_user=args.as_user, video_wall=args.video_wall,
                  password=os.environ.get("CONSOLE_PASSWORD"), screen=args.screen,
                  screens=screens)


def _summary(args):
    from console.services.demo_city.build import city_summary

    return city_summary(getattr(args, "db", None))


COMMANDS = {
    "db": _cmd_db,
    "demo": _cmd_demo,
    "user": _cmd_user,
    "department": _cmd_department,
    "case": _cmd_case,
    "component": _cmd_component,
    "kpi": _cmd_kpi,
    "report": _cmd_report,
    "run": _cmd_run,
    "calendar": _cmd_calendar,
    "serve": _cmd_serve,
    "system": _cmd_system,
}


def _safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def _print_human(doc) -> None:
    if isinstance(doc, dict) and len(doc) == 1 and isinstance(next(iter(doc.values())), list):
        for item in next(iter(doc.values())):
            print(_one_line(item))
        return
    if isinstance(doc, dict):
        for k, v in doc.items():
            if isinstance(v, list):
                print(f"{k}:")
                for item in v:
                    print(f"  {_one_line(item)}")
            else:
                print(f"{k}: {_shown(v)}")
        return
    if doc is not None:
        print(_shown(doc))


def _one_line(item) -> str:
    if isinstance(item, dict):
        return "  ".join(f"{k}={_shown(v)}" for k, v in item.items()
                         if not isinstance(v, (list, dict)))
    return _shown(item)


def _shown(value) -> str:
    """Text for a terminal: control characters as visible escapes (an old description holding
    ``ESC [2J`` must not clear the screen; new ones cannot be stored)."""
    return escape_controls(str(value))


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    as_json = "--json" in argv
    try:
        args = build_parser().parse_args(argv)
        try:
            doc = COMMANDS[args.command](args)
        finally:
            while _OPEN:
                _OPEN.pop().close()
    except ConsoleError as exc:
        return _fail(exc.to_json(), EXIT_CODES.get(exc.kind, 1), as_json)
    except KeyboardInterrupt:
        return _fail({"error": "interrupted", "message": "interrupted"}, 130, as_json)
    except Exception as exc:  # the last resort: a clear message, never a traceback on stdout
        from sqlalchemy.exc import IntegrityError, SQLAlchemyError

        if isinstance(exc, IntegrityError):
            from console.services.case_service import integrity_error

            err = integrity_error(exc)
            return _fail(err.to_json(), EXIT_CODES[err.kind], as_json)
        from console.store.engine import connection_lost

        if (lost := connection_lost(exc)) is not None:  # the server is down or unreachable
            return _fail(lost.to_json(), EXIT_CODES[lost.kind], as_json)
        if isinstance(exc, SQLAlchemyError):
            # the driver's first line (never the statement, which follows on later lines)
            orig = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
            return _fail({"error": "database_error", "code": "database_error",
                          "message": orig}, 7, as_json)
        raise
    if isinstance(doc, int):
        return doc
    if as_json:
        json.dump(doc, sys.stdout, ensure_ascii=False, default=_json_default)
        sys.stdout.write("\n")
    else:
        _print_human(doc)
    return 0


def _json_default(value):
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat(timespec="seconds")
    return str(value)


def _fail(doc: dict, code: int, as_json: bool) -> int:
    if as_json:
        json.dump(doc, sys.stderr, ensure_ascii=False, default=_json_default)
        sys.stderr.write("\n")
    else:
        print(f"console: {doc['error']}: {_shown(doc['message'])}", file=sys.stderr)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
