"""StaffService and PostService as the staff and posts pages use them: create, update,
refusals that change nothing, photos, and private phones that never leave the PC."""

from __future__ import annotations

import io
from datetime import date

import pytest
from PIL import Image
from sqlmodel import select

from db.tables import AuditEntry, OutboxEvent, Staff
from desk.errors import NotAllowed, Refusal
from desk.roster.posts import PostForm
from desk.roster.staff import StaffForm

PRIVATE = "13912345678"


def png_bytes(size: tuple[int, int] = (800, 600)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(out, format="PNG")
    return out.getvalue()


def outbox(ctx) -> list[OutboxEvent]:
    with ctx.store.read() as session:
        return list(session.exec(select(OutboxEvent)))


def test_create_and_update_a_person(center_ctx, admin):
    created = center_ctx.staff.create(admin, StaffForm(
        "张小明", kind="social_worker", title="社工", public_phone="010-1234 5678",
        private_phone=PRIVATE, active_from=date(2025, 1, 1))).value
    assert created.initials == "ZXM" and created.public_phone == "01012345678"
    assert [p.name for p in center_ctx.staff.list()] == ["张小明"]

    form = created.form()
    updated = center_ctx.staff.update(admin, created.id, StaffForm(
        form.name, form.kind, "主任", form.public_phone, form.private_phone,
        form.active_from, date(2025, 6, 30))).value
    assert updated.title == "主任" and updated.active_until == date(2025, 6, 30)
    # Gone after their last day: not in today's list, still there for old sheets.
    assert center_ctx.staff.list(on=date(2025, 7, 1)) == []
    assert [p.name for p in center_ctx.staff.list(include_inactive=True)] == ["张小明"]


@pytest.mark.parametrize("form, says", [
    (StaffForm(""), "Name is required"),
    (StaffForm("张三", kind="guard"), "not a kind of staff"),
    (StaffForm("张三", public_phone="12345"), "Public phone is not a valid phone"),
    (StaffForm("张三", active_from=date(2026, 5, 1), active_until=date(2026, 4, 1)), "last working day"),
])
def test_bad_forms_are_refused_and_nothing_is_written(center_ctx, admin, form, says):
    with pytest.raises(Refusal, match=says):
        center_ctx.staff.create(admin, form)
    with center_ctx.store.read() as session:
        assert session.exec(select(Staff)).all() == []


def test_a_receptionist_may_not_add_or_change_staff_or_posts(center_ctx, admin, receptionist):
    person = center_ctx.staff.create(admin, StaffForm("张三")).value
    with pytest.raises(NotAllowed):
        center_ctx.staff.create(receptionist, StaffForm("李四"))
    with pytest.raises(NotAllowed):
        center_ctx.staff.update(receptionist, person.id, StaffForm("张三改"))
    with pytest.raises(NotAllowed):
        center_ctx.posts.create(receptionist, PostForm("咨询接待"))
    assert center_ctx.staff.get(person.id).name == "张三"


def test_a_post_needs_two_different_people_for_a_and_b(center_ctx, admin):
    zhang = center_ctx.staff.create(admin, StaffForm("张三")).value
    li = center_ctx.staff.create(admin, StaffForm("李四")).value
    wang = center_ctx.staff.create(admin, StaffForm("王五")).value
    with pytest.raises(Refusal, match="two different people"):
        center_ctx.posts.create(admin, PostForm("咨询接待", holder_id=zhang.id, backup_id=zhang.id))
    assert center_ctx.posts.list() == []

    post = center_ctx.posts.create(admin, PostForm(
        "咨询接待", location="一楼大厅", holder_id=zhang.id, backup_id=li.id,
        cover_ids=(wang.id, zhang.id))).value
    assert (post.holder_name, post.backup_name) == ("张三", "李四")
    assert post.cover_ids == (wang.id,)  # A is not also listed as a cover
    with pytest.raises(Refusal, match="already a post called"):
        center_ctx.posts.create(admin, PostForm("咨询接待"))

    center_ctx.posts.set_active(admin, post.id, False)
    assert center_ctx.posts.list() == []
    assert center_ctx.posts.get(post.id).active is False


def test_a_photo_is_made_small_and_a_bad_one_is_refused(center_ctx, admin, tmp_path):
    person = center_ctx.staff.create(admin, StaffForm("张三")).value
    with pytest.raises(Refusal, match="does not exist"):
        center_ctx.staff.set_photo(admin, person.id, tmp_path / "on-usb-stick.jpg")
    text = tmp_path / "not-a-photo.jpg"
    text.write_text("hello")
    with pytest.raises(Refusal, match="not a picture"):
        center_ctx.staff.set_photo(admin, person.id, text)
    assert center_ctx.staff.photo(person.id) is None

    photo = tmp_path / "face.png"
    photo.write_bytes(png_bytes())
    assert center_ctx.staff.set_photo(admin, person.id, photo).value.has_photo
    with Image.open(io.BytesIO(center_ctx.staff.photo(person.id))) as stored:
        assert stored.format == "JPEG" and max(stored.size) == 320
    assert not center_ctx.staff.clear_photo(admin, person.id).value.has_photo


def test_private_phones_never_reach_the_outbox_and_are_masked_in_the_audit(center_ctx, admin):
    person = center_ctx.staff.create(admin, StaffForm("张三", public_phone="010-12345678",
                                                      private_phone=PRIVATE)).value
    center_ctx.staff.update(admin, person.id, StaffForm("张三", title="主任", public_phone="010-12345678",
                                                        private_phone="13800001111"))
    events = [e for e in outbox(center_ctx) if e.kind == "roster.staff"]
    assert len(events) == 2
    assert all("01012345678" in e.payload for e in events)
    assert not any(PRIVATE in e.payload or "13800001111" in e.payload for e in events)
    with center_ctx.store.read() as session:
        audit = " ".join(f"{e.before} {e.after}" for e in session.exec(select(AuditEntry)))
    assert PRIVATE not in audit and "****5678" in audit
