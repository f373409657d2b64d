"""Free text as users type it (descriptions, reasons, addresses, notes, names): checked once at
the entry of a service, before anything is written.

Why refuse rather than strip: a control character in a description is either a paste accident
or an attack on the screens that show it (``ESC [2J`` clears a terminal); silently changing
what a citizen reported is worse than asking again. NUL is refused on both back-ends alike
(PostgreSQL cannot store it at all; SpatiaLite would store it and cut it short in C code).
Lone surrogates (bytes that were not UTF-8 on the command line) cannot be stored either.
Line breaks and tabs are text; ``\\r\\n`` and a lone ``\\r`` become ``\\n``.
"""

from __future__ import annotations

import unicodedata

from console.domain.errors import InvalidInput

#: descriptions, reasons, notes: a long paragraph, never a document
MAX_TEXT = 2000
#: codes and login names given as references (department, inspector, district, case, component)
MAX_REFERENCE = 64

_ALLOWED_CONTROLS = frozenset("\n\t")


def bad_character(value: str) -> tuple[int, str] | None:
    """The position and character of the first character free text may not hold, or None."""
    for i, ch in enumerate(value):
        if ch in _ALLOWED_CONTROLS:
            continue
        if unicodedata.category(ch) in ("Cc", "Cs"):
            return i, ch
    return None


def clean_text(value, field: str, max_length: int = MAX_TEXT) -> str | None:
    """``value`` stripped, line breaks normalised; None stays None (an optional input).

    Raises ``invalid_input`` (``control_character`` or ``text_too_long``) naming the field,
    so that a form can point at it.
    """
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidInput(f"{field} must be text, got {type(value).__name__}",
                           code="not_text", field=field)
    # checked before stripping: str.strip() would silently drop some (\x1c-\x1f, \x85) at the ends
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    bad = bad_character(value)
    if bad is not None:
        pos, ch = bad
        point = f"U+{ord(ch):04X}"
        raise InvalidInput(f"{field} holds the control character {point} at position {pos}: "
                           "only text, line breaks and tabs are accepted",
                           code="control_character", field=field, code_point=point, position=pos)
    value = value.strip()
    if len(value) > max_length:
        raise InvalidInput(f"{field} is {len(value)} characters long; at most {max_length} are "
                           "accepted", code="text_too_long", field=field, length=len(value),
                           max_length=max_length)
    return value


def clean_reference(value, field: str) -> str | None:
    """A code or login name given as a reference: the same checks, a short limit; empty → None."""
    return clean_text(value, field, MAX_REFERENCE) or None


def escape_controls(value: str) -> str:
    """``value`` with every control character (C0, DEL, C1; line breaks and tabs too) and lone
    surrogate shown as a visible escape (``\\x1b``, ``\\n``): for terminals and logs, which
    must never receive them raw. Other text, Chinese included, is left as it is."""
    if not any(unicodedata.category(ch) in ("Cc", "Cs") for ch in value):
        return value
    out = []
    for ch in value:
        if unicodedata.category(ch) in ("Cc", "Cs"):
            out.append(repr(ch)[1:-1])  # '\x1b' -> \x1b
        else:
            out.append(ch)
    return "".join(out)
