"""Add or update entries of resources/i18n/console_zh_CN.ts without pylupdate5, then lrelease.

Usage (from Python): ``add({"Context": {"English source": "中文", ...}, ...})``. Existing
messages with the same context and source get the new translation; new ones are appended to
their context (created if missing). The file is re-read right before writing (several people
edit it), and written in pylupdate's layout so a later pylupdate5 run changes little.
"""

from __future__ import annotations

import re
import subprocess
import sys
from html import escape
from pathlib import Path

TS = Path(__file__).resolve().parents[1] / "resources" / "i18n" / "console_zh_CN.ts"


def _esc(text: str) -> str:
    return escape(text, quote=False).replace('"', "&quot;").replace("'", "&apos;")


def add(entries: dict[str, dict[str, str]], filename: str = "", compile_qm: bool = True) -> None:
    text = TS.read_text(encoding="utf-8")
    for context, messages in entries.items():
        ctx_re = re.compile(r"(<context>\s*<name>" + re.escape(context) + r"</name>)(.*?)(</context>)", re.S)
        m = ctx_re.search(text)
        if m is None:
            text = text.replace("</TS>", f"<context>\n    <name>{context}</name>\n</context>\n</TS>")
            m = ctx_re.search(text)
        body = m.group(2)
        for source, translation in messages.items():
            src = _esc(source)
            msg_re = re.compile(r"(<message>\s*(?:<location[^>]*/>\s*)*<source>" + re.escape(src)
                                + r"</source>\s*)<translation[^>]*>.*?</translation>", re.S)
            if msg_re.search(body):
                body = msg_re.sub(lambda mm, t=translation: mm.group(1) + f"<translation>{_esc(t)}</translation>",
                                  body, count=1)
            else:
                loc = f'        <location filename="{filename}" line="0"/>\n' if filename else ""
                body = body.rstrip(" ") + (f"    <message>\n{loc}        <source>{src}</source>\n"
                                           f"        <translation>{_esc(translation)}</translation>\n"
                                           "    </message>\n")
        text = text[:m.start(2)] + body + text[m.end(2):]
    TS.write_text(text, encoding="utf-8")
    if compile_qm:
        subprocess.run(["lrelease", "-silent", str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True)


if __name__ == "__main__":
    import json

    add(json.loads(Path(sys.argv[1]).read_text(encoding="utf-8")))
