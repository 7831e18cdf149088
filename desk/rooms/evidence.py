"""Evidence that an activity took place (台账材料): photos, minutes, sign-in sheets.

Files are kept in the database, so they go into every backup with the activity. What a
file is comes from its first bytes, never from its name: a program renamed ``.jpg`` is
refused, a PNG named ``.pdf`` is stored as the picture it is. Photos from phones are made
smaller (a JPEG no wider than 2560 pixels) so that a year of activities does not swell
the database; small pictures are kept exactly as they came.
"""

from __future__ import annotations

import io
import zipfile

from sqlmodel import col, func, select

from db.engine import Store
from db.tables import ActivityEvidence
from desk.accounts.actor import Actor
from desk.audit.trail import record
from desk.changes import ACTIVITIES, Changes, Done
from desk.clock import utcnow
from desk.errors import NotFound, Refusal
from desk.rooms.activity_rows import EvidenceInfo
from desk.rooms.activity_rules import load_activity
from desk.text import clean_text

MB = 1024 * 1024
MAX_BYTES = 10 * MB  # any file as stored
MAX_PHOTO_INPUT = 40 * MB  # a photo may arrive larger: it is made smaller before storing
KEEP_PHOTO_BYTES = 2 * MB  # pictures up to this size and side are kept as they came
MAX_SIDE = 2560
KINDS = ("photo", "minutes", "file")

JPEG, PNG, PDF, TEXT = "image/jpeg", "image/png", "application/pdf", "text/plain"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _megabytes(size: int) -> str:
    return f"{size / MB:.1f}"


def _sniff_document(data: bytes) -> str | None:
    """PDF, Word or Excel by their signatures (Office files are zip archives)."""
    if data.startswith(b"%PDF-"):
        return PDF
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = set(archive.namelist())
        except zipfile.BadZipFile:
            return None
        if "word/document.xml" in names:
            return DOCX
        if "xl/workbook.xml" in names:
            return XLSX
    return None


def _is_text(data: bytes) -> bool:
    for encoding in ("utf-8", "gb18030"):  # minutes typed on a Chinese Windows PC are often GBK
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        # Binary that happens to decode still has control characters; text has none.
        return not any(ord(ch) < 32 and ch not in "\n\r\t\f" for ch in text)
    return False


def _photo(data: bytes) -> tuple[str, bytes] | None:
    """(media type, bytes) for a picture Pillow can read, else None."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.verify()  # a truncated or fake image fails here, not later when shown
        with Image.open(io.BytesIO(data)) as image:
            kind = image.format
            small = len(data) <= KEEP_PHOTO_BYTES and max(image.size) <= MAX_SIDE
            if kind in ("JPEG", "PNG") and small:
                return (JPEG if kind == "JPEG" else PNG), data
            image = ImageOps.exif_transpose(image)  # phone photos are often stored sideways
            image = image.convert("RGB")
            image.thumbnail((MAX_SIDE, MAX_SIDE))
            out = io.BytesIO()
            image.save(out, format="JPEG", quality=85, optimize=True)
            return JPEG, out.getvalue()
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return None


def prepare(data: bytes) -> tuple[str, bytes]:
    """(sniffed media type, bytes to store) or a Refusal saying what to do."""
    if not data:
        raise Refusal("The file is empty; choose the file again.")
    too_big = Refusal("The file is {size} MB; evidence files may be at most {max} MB. Send a smaller copy.",
                      size=_megabytes(len(data)), max=MAX_BYTES // MB)
    if len(data) > MAX_PHOTO_INPUT:
        raise too_big
    media = _sniff_document(data)
    if media is not None:
        if len(data) > MAX_BYTES:
            raise too_big
        return media, data
    photo = _photo(data)
    if photo is not None:
        if len(photo[1]) > MAX_BYTES:
            raise Refusal("The picture is still {size} MB after making it smaller; the limit is {max} MB.",
                          size=_megabytes(len(photo[1])), max=MAX_BYTES // MB)
        return photo
    if len(data) > MAX_BYTES:
        raise too_big
    if _is_text(data):
        return TEXT, data
    raise Refusal("This file cannot be kept as evidence: use a photo (JPEG or PNG), a PDF, a Word or Excel "
                  "file, or a text file.")


class EvidenceService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def add(self, actor: Actor, activity_id: int, file_name: str, data: bytes, *, caption: str = "",
            kind: str | None = None) -> Done[EvidenceInfo]:
        """Keep a file with the activity. ``kind`` defaults to photo for pictures, else minutes."""
        name = clean_text(file_name.replace("\\", "/").rsplit("/", 1)[-1], field="File name",
                          max_length=200, required=True)
        caption = clean_text(caption, field="Caption", max_length=200)
        media_type, content = prepare(bytes(data))  # decoding and resizing outside the write lock
        is_picture = media_type.startswith("image/")
        kind = kind or ("photo" if is_picture else "minutes")
        if kind not in KINDS:
            raise Refusal("Evidence is a photo, minutes or another file, not {kind}.", kind=kind)
        if kind == "photo" and not is_picture:
            raise Refusal("This file is not a picture; add it as minutes or as a file.")
        with self.store.write() as session:
            load_activity(session, activity_id)
            row = ActivityEvidence(activity_id=activity_id, kind=kind, file_name=name, media_type=media_type,
                                   content=content, caption=caption, added_by=actor.user_id, added_at=utcnow())
            session.add(row)
            session.flush()
            record(session, actor, "activity.evidence_add", entity="activity_evidence", entity_id=row.id,
                   after={"activity_id": activity_id, "kind": kind, "file_name": name,
                          "media_type": media_type, "size": len(content)})
            return Done(_info(row), Changes.of(ACTIVITIES))

    def remove(self, actor: Actor, evidence_id: int, reason: str = "") -> Done[EvidenceInfo]:
        """Take a file off the activity's list; it stays in the store for the record."""
        reason = clean_text(reason, field="Reason", max_length=200)
        with self.store.write() as session:
            row = session.get(ActivityEvidence, evidence_id)
            if row is None:
                raise NotFound("This file no longer exists.")
            if row.removed:
                raise Refusal("This file was already removed.")
            row.removed = True
            session.add(row)
            record(session, actor, "activity.evidence_remove", entity="activity_evidence",
                   entity_id=evidence_id, before={"removed": False}, after={"removed": True}, detail=reason)
            return Done(_info(row), Changes.of(ACTIVITIES))

    def list(self, activity_id: int, *, include_removed: bool = False) -> list[EvidenceInfo]:
        """The files of an activity, without their bytes (``content`` fetches one)."""
        e = ActivityEvidence
        statement = select(e.id, e.activity_id, e.kind, e.file_name, e.media_type, func.length(e.content),
                           e.caption, e.removed, e.added_at).where(e.activity_id == activity_id)
        if not include_removed:
            statement = statement.where(e.removed == False)  # noqa: E712
        with self.store.read() as session:
            return [EvidenceInfo(*row) for row in session.exec(statement.order_by(col(e.id)))]

    def content(self, evidence_id: int) -> tuple[str, bytes]:
        """(media type, bytes) of a stored file, to show or save."""
        with self.store.read() as session:
            row = session.get(ActivityEvidence, evidence_id)
            if row is None:
                raise NotFound("This file no longer exists.")
            return row.media_type, row.content


def _info(row: ActivityEvidence) -> EvidenceInfo:
    assert row.id is not None
    return EvidenceInfo(id=row.id, activity_id=row.activity_id, kind=row.kind, file_name=row.file_name,
                        media_type=row.media_type, size=len(row.content), caption=row.caption,
                        removed=row.removed, added_at=row.added_at)
