"""Cleaning and validating what people type: names, phones, notes.

Rules: text is NFC-normalised and trimmed; control characters are refused (not silently
dropped) so that what is stored is what the person meant; characters outside the Basic
Multilingual Plane (rare name characters like 𠮷) are fine. SQL-looking text is just text.
"""

from __future__ import annotations

import re
import unicodedata

from desk.errors import Refusal

_MOBILE = re.compile(r"^1[3-9]\d{9}$")
# Landline: optional area code 0xx(x), 7-8 digits, optional extension.
_LANDLINE = re.compile(r"^(0\d{2,3})?[2-9]\d{6,7}(\d{1,6})?$")


def clean_text(
    value: str | None,
    *,
    field: str,
    max_length: int,
    required: bool = False,
    multiline: bool = False,
) -> str:
    text = unicodedata.normalize("NFC", value or "").strip()
    for char in text:
        category = unicodedata.category(char)
        if category in ("Cc", "Cf", "Cs", "Co", "Cn") and not (multiline and char in "\n\t"):
            raise Refusal("{field} contains a control character; please retype it.", field=field)
    if required and not text:
        raise Refusal("{field} is required.", field=field)
    if len(text) > max_length:
        raise Refusal(
            "{field} is too long: at most {max} characters (this has {n}).",
            field=field, max=max_length, n=len(text),
        )
    return text


def normalise_phone(value: str) -> str:
    """Digits only: full-width digits folded, spaces/dashes/brackets dropped, +86 removed."""
    text = unicodedata.normalize("NFKC", value).strip()
    text = re.sub(r"[\s\-()（）]", "", text)
    if text.startswith("+86"):
        text = text[3:]
    elif text.startswith("0086"):
        text = text[4:]
    return text


def validate_phone(value: str | None, *, required: bool = False, field: str = "Phone") -> str | None:
    """A Chinese mobile (11 digits, 1[3-9]…) or landline (with or without area code)."""
    if not value or not value.strip():
        if required:
            raise Refusal("{field} is required.", field=field)
        return None
    digits = normalise_phone(value)
    if _MOBILE.match(digits) or (not digits.startswith("1") and _LANDLINE.match(digits)):
        return digits
    raise Refusal(
        "{field} is not a valid phone number: a mobile has 11 digits starting with 1, "
        "a landline 7–8 digits with an optional area code starting with 0.",
        field=field,
    )


def format_phone(phone: str | None) -> str:
    """A stored phone as people write it: 010-12345678, 0571-8888666, 138 0013 8000."""
    if not phone:
        return ""
    if len(phone) == 11 and phone.startswith("1"):
        return f"{phone[:3]} {phone[3:7]} {phone[7:]}"
    if phone.startswith("0") and len(phone) >= 10:
        # Beijing, Tianjin, Shanghai, Chongqing and 02x cities have three-digit area codes.
        area = 3 if phone[1] in "12" else 4
        return f"{phone[:area]}-{phone[area:]}"
    return phone


def mask_phone(phone: str | None) -> str:
    """138****5678; landlines keep the area code and the last four digits."""
    if not phone:
        return ""
    if len(phone) == 11 and phone.startswith("1"):
        return f"{phone[:3]}****{phone[-4:]}"
    if len(phone) <= 4:
        return "*" * len(phone)
    return f"{phone[:len(phone) - 8] if len(phone) > 8 else ''}****{phone[-4:]}"


def mask_name(name: str | None) -> str:
    """张*, 张*明, 欧阳**: the surname and, for long names, the last character."""
    if not name:
        return ""
    if len(name) <= 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]
