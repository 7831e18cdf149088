"""Finding and recording the people who come: returning visitors by phone, name or pinyin."""

from __future__ import annotations

import re
from datetime import datetime

from sqlmodel import Session, col, or_, select

from db.tables import Visitor


def pinyin_initials(name: str) -> str:
    """张小明 → ZXM. Characters pypinyin does not know (e.g. 𠮷) are left out."""
    from pypinyin import Style, lazy_pinyin  # its dictionaries take 0.2 s to load

    letters = lazy_pinyin(name, style=Style.FIRST_LETTER, errors="ignore")
    return "".join(part[:1] for part in letters if part).upper()[:50]


def full_pinyin(name: str) -> str:
    """张小明 → zhangxiaoming, for people who type the whole sound rather than initials."""
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(name, errors="ignore")).lower()[:200]


def find_or_create_visitor(
    session: Session,
    *,
    name: str,
    phone: str | None,
    organisation: str | None = None,
    party_member: bool = False,
    branch: str | None = None,
    now: datetime,
) -> Visitor:
    """The same phone is the same person; without a phone, a new visitor record."""
    visitor = None
    if phone:
        visitor = session.exec(
            select(Visitor).where(Visitor.phone == phone, col(Visitor.purged_at).is_(None))
        ).first()
    if visitor is None:
        visitor = Visitor(created_at=now, phone=phone, phone_last4=phone[-4:] if phone else None)
    if name:
        visitor.name = name
        visitor.initials = pinyin_initials(name)
        visitor.pinyin = full_pinyin(name)
    if organisation:
        visitor.organisation = organisation
    if party_member:
        visitor.party_member = True
    if branch:
        visitor.branch = branch
    visitor.last_visit_at = now
    session.add(visitor)
    session.flush()
    return visitor


def search_visitors(session: Session, text: str, *, limit: int = 20) -> list[Visitor]:
    """Phone (whole or last four digits), a fragment of the name, or pinyin initials."""
    text = text.strip()
    if not text:
        return []
    digits = re.sub(r"\D", "", text)
    live = col(Visitor.purged_at).is_(None)
    query = select(Visitor).where(live)
    if digits and len(digits) == len(text.replace(" ", "").replace("-", "")):
        if len(digits) >= 7:
            query = query.where(col(Visitor.phone).like(f"%{digits}%"))
        elif len(digits) == 4:
            query = query.where(Visitor.phone_last4 == digits)
        else:
            query = query.where(col(Visitor.phone).like(f"%{digits}%"))
    elif text.isascii() and text.replace(" ", "").isalpha():
        query = query.where(or_(col(Visitor.initials).startswith(text.upper()),
                                col(Visitor.pinyin).startswith(text.lower().replace(" ", "")),
                                col(Visitor.name).contains(text, autoescape=True)))
    else:
        query = query.where(col(Visitor.name).contains(text, autoescape=True))
    query = query.order_by(col(Visitor.last_visit_at).desc()).limit(limit)
    return list(session.exec(query))
