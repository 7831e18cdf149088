"""Turning what a scanner typed into the text it meant.

A USB keyboard-wedge scanner types through whatever the reception PC's input method is
set to: a Chinese IME in full-width mode turns ``DQ1`` into ``ＤＱ１``, some scanners send
an ECI designator (``\\000026``) before the data, and most end with CR, LF or TAB.
Cameras add BOMs and other invisible characters. ``normalize_scan`` undoes all of that.
"""

from __future__ import annotations

import re
import unicodedata

# ECI designators as scanners emit them: a backslash and six digits at the very start
# (the same rule libpretixsync applies). Only ASCII digits: NFKC has folded full-width
# ones by the time this runs.
_ECI_PREFIX = re.compile(r"^(?:\\[0-9]{6})+")

# Each pass can expose something for the next one to fold (removing a zero-width joiner
# lets a combining mark compose; removing an ECI prefix uncovers whitespace). A handful
# of passes reaches the fixed point for any real input; the bound only guards the loop.
_MAX_PASSES = 8


def _without_controls(text: str) -> str:
    """Drop every Unicode category C character: controls, CR/LF/TAB, format chars, BOM."""
    return "".join(char for char in text if not unicodedata.category(char).startswith("C"))


def _once(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = _without_controls(text).strip()
    return _ECI_PREFIX.sub("", text).strip()


def normalize_scan(raw: str) -> str:
    """Clean text from what a keyboard-wedge scanner or camera delivered. Never raises."""
    text = raw
    for _ in range(_MAX_PASSES):
        cleaner = _once(text)
        if cleaner == text:
            break
        text = cleaner
    return text
