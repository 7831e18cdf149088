"""What the lobby board says, in words, built from a ``BoardSnapshot``.

Kept apart from the painting so that the sentences residents read ("张伟 外出办事（预计
10:30返回）— 请找 B 岗 王芳") are decided in one place and tested without pixels.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import tzinfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from desk.roster.disclosure import BoardSnapshot, Person, PostNow
from ui.i18n import fill

PRESENT, AWAY, ABSENT, STALE = "present", "away", "absent", "stale"


@dataclass(frozen=True)
class Card:
    """One post as the board shows it."""

    post_name: str
    location: str
    person_id: int | None  # whose photo is shown (None: nobody to show)
    person_name: str
    role: str  # "A", "B", on duty…
    status: str
    tone: str  # present | away | absent | stale
    phone: str
    referral: str  # "A is out — please see B", or ""
    urgent: bool  # nobody of the post is in: the referral says whom to call
    backup_line: str = ""  # "B post: 王芳 在岗" under the A holder (AB岗 made public)


@dataclass(frozen=True)
class Chip:
    """One person in the whereabouts strip."""

    name: str
    status: str
    tone: str


@dataclass(frozen=True)
class BoardContent:
    center_name: str
    address: str
    date_text: str
    weekday: str
    day_mark: str  # holiday / make-up working day, or ""
    open_now: bool
    open_text: str
    hours_text: str
    cards: tuple[Card, ...]
    chips: tuple[Chip, ...]
    notice: str
    supervision: str
    updated: str  # the snapshot's time, HH:MM:SS

    def texts(self) -> list[str]:
        """Every sentence on the board (all pages), for tests and accessibility."""
        out = [self.center_name, self.date_text, self.weekday, self.day_mark, self.open_text,
               self.hours_text, self.notice, self.supervision]
        for card in self.cards:
            out += [card.post_name, card.location, card.person_name, card.role, card.status, card.phone,
                    card.referral, card.backup_line]
        out += [f"{chip.name} {chip.status}" for chip in self.chips]
        return [text for text in out if text]


def tone_of(person: Person) -> str:
    if person.stale:
        return STALE
    if person.present:
        return PRESENT
    return AWAY if person.away else ABSENT


def status_text(person: Person, zone: tzinfo | None) -> str:
    """外出办事（预计10:30返回）: the status and, for the public, the promised return,
    in the center's time (``zone``)."""
    if person.expected_return is None:
        return person.label
    back = person.expected_return.astimezone(zone).strftime("%H:%M")
    if person.stale:
        return fill(QCoreApplication.translate("RosterBoard", "%1 (was expected back by %2)"), person.label, back)
    return fill(QCoreApplication.translate("RosterBoard", "%1 (back by %2)"), person.label, back)


def _role(post: PostNow, person: Person) -> str:
    if post.holder is not None and person.staff_id == post.holder.staff_id:
        return QCoreApplication.translate("RosterBoard", "A post")
    if post.backup is not None and person.staff_id == post.backup.staff_id:
        return QCoreApplication.translate("RosterBoard", "B post")
    if any(person.staff_id == p.staff_id for p in post.on_duty):
        return QCoreApplication.translate("RosterBoard", "On duty")
    return QCoreApplication.translate("RosterBoard", "Standing in")


def referral_text(post: PostNow, zone: tzinfo | None) -> tuple[str, bool]:
    """(sentence, urgent): whom to see when the expected person is away; urgent when
    nobody of the post is in and residents must phone (the card itself then shows the
    absent person and their status, so the sentence only says whom to call)."""
    referral = post.referral
    if referral is None:
        return "", False
    absent = referral.absent
    see = referral.see
    if see is not None:
        who = f"{_role(post, absent)} {absent.name} {status_text(absent, zone)}"
        phone = f" {see.public_phone}" if see.public_phone else ""
        if post.backup is not None and see.staff_id == post.backup.staff_id:
            return fill(QCoreApplication.translate("RosterBoard", "%1 — please see the B post, %2%3"), who, see.name, phone), False
        return fill(QCoreApplication.translate("RosterBoard", "%1 — please see %2%3"), who, see.name, phone), False
    phones = [p.public_phone for p in (absent, post.holder, post.backup) if p is not None and p.public_phone]
    if phones:
        return fill(QCoreApplication.translate("RosterBoard", "Nobody of this post is in — please call %1"), phones[0]), True
    return QCoreApplication.translate("RosterBoard", "Nobody of this post is in — please ask at the reception desk"), True


def card_of(post: PostNow, zone: tzinfo | None) -> Card:
    shown = post.serving or (post.referral.absent if post.referral else None) or post.holder
    referral, urgent = referral_text(post, zone)
    if shown is None:
        return Card(post.post.name, post.post.location, None, "", "", QCoreApplication.translate("RosterBoard", "Nobody assigned"), ABSENT, "",
                    referral, urgent)
    backup = post.backup
    backup_line = ""
    if not referral and backup is not None and backup.staff_id != shown.staff_id:
        backup_line = fill(QCoreApplication.translate("RosterBoard", "B post: %1 %2"), backup.name, status_text(backup, zone))
    return Card(post.post.name, post.post.location, shown.staff_id, shown.name, _role(post, shown),
                status_text(shown, zone), tone_of(shown), shown.public_phone, referral, urgent, backup_line)


def _date_format(locale: QLocale) -> str:
    """The locale's long date without the weekday (shown beside it, larger):
    2026年3月9日 in Chinese, 9 March 2026 in English."""
    return locale.dateFormat(QLocale.FormatType.LongFormat).replace("dddd", "").strip(" ,，")


def build_content(snapshot: BoardSnapshot) -> BoardContent:
    now = snapshot.now
    zone = now.tzinfo  # the snapshot's "now" is in the center's zone
    locale = QLocale()
    day = QDate(now.year, now.month, now.day)
    if snapshot.day_kind == "holiday":
        mark = fill(QCoreApplication.translate("RosterBoard", "Holiday · %1"), snapshot.day_name) if snapshot.day_name else QCoreApplication.translate("RosterBoard", "Holiday")
    elif snapshot.day_kind == "workday":
        mark = QCoreApplication.translate("RosterBoard", "Make-up working day")
    else:
        mark = ""
    hours = "   ".join(f"{start}–{end}" for start, end in snapshot.sessions)
    return BoardContent(
        center_name=snapshot.center_name,
        address=snapshot.address,
        date_text=locale.toString(day, _date_format(locale)),
        weekday=locale.dayName(day.dayOfWeek()),
        day_mark=mark,
        open_now=snapshot.open_now,
        open_text=QCoreApplication.translate("RosterBoard", "Open now") if snapshot.open_now else QCoreApplication.translate("RosterBoard", "Closed now"),
        hours_text=fill(QCoreApplication.translate("RosterBoard", "Today %1"), hours) if hours else QCoreApplication.translate("RosterBoard", "Closed today"),
        cards=tuple(card_of(post, zone) for post in snapshot.posts),
        chips=tuple(Chip(p.name, status_text(p, zone), tone_of(p)) for p in snapshot.people),
        notice=snapshot.notice,
        supervision=fill(QCoreApplication.translate("RosterBoard", "Supervision phone: %1"), snapshot.supervision_phone) if snapshot.supervision_phone
        else "",
        updated=now.strftime("%H:%M:%S"),
    )
