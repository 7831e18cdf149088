"""Evidence files (sniffed, limited, photos made smaller), upstream sign-ups, the demo."""

from __future__ import annotations

import io
import os
from datetime import timedelta

import pytest
import time_machine
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from activity_world import MONDAY_0900, activity, forge, local, sign_up, upstream_pass
from desk.errors import Refusal
from desk.passes.codec import PassKind
from desk.rooms.activity_rows import UpstreamSignup


def _jpeg(size: tuple[int, int], noise: bool = False) -> bytes:
    from PIL import Image

    image = Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3)) if noise else Image.new("RGB", size, "red")
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=95)
    return out.getvalue()


def _png(size=(40, 30)) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGBA", size, (0, 128, 0, 128)).save(out, format="PNG")
    return out.getvalue()


@time_machine.travel(MONDAY_0900, tick=False)
def test_evidence_type_comes_from_the_content_not_the_name(center_ctx, receptionist) -> None:
    evidence = center_ctx.activities.evidence
    act = activity(center_ctx, receptionist)
    png = evidence.add(receptionist, act.id, "签到表.pdf", _png()).value
    assert (png.kind, png.media_type) == ("photo", "image/png")
    assert evidence.content(png.id) == ("image/png", _png())  # small pictures are kept as they came
    minutes = evidence.add(receptionist, act.id, r"C:\会议\记录.txt", "会议记录：到会12人。".encode("gb18030")).value
    assert (minutes.kind, minutes.media_type, minutes.file_name) == ("minutes", "text/plain", "记录.txt")
    pdf = evidence.add(receptionist, act.id, "minutes.jpg", b"%PDF-1.7\n%...\n").value
    assert pdf.media_type == "application/pdf"
    with pytest.raises(Refusal, match="cannot be kept as evidence"):
        evidence.add(receptionist, act.id, "photo.jpg", b"MZ\x90\x00\x03\x00\x00\x00" + os.urandom(2000))
    with pytest.raises(Refusal, match="not a picture; add it as minutes"):
        evidence.add(receptionist, act.id, "a.txt", b"hello", kind="photo")
    with pytest.raises(Refusal, match="The file is empty"):
        evidence.add(receptionist, act.id, "a.txt", b"")
    assert [e.file_name for e in evidence.list(act.id)] == ["签到表.pdf", "记录.txt", "minutes.jpg"]
    evidence.remove(receptionist, png.id, "拍错了")
    assert [e.file_name for e in evidence.list(act.id)] == ["记录.txt", "minutes.jpg"]
    assert len(evidence.list(act.id, include_removed=True)) == 3
    assert evidence.list(act.id)[0].size == len("会议记录：到会12人。".encode("gb18030"))


@time_machine.travel(MONDAY_0900, tick=False)
def test_evidence_size_limit_and_large_photos_made_smaller(center_ctx, receptionist) -> None:
    evidence = center_ctx.activities.evidence
    act = activity(center_ctx, receptionist)
    with pytest.raises(Refusal, match=r"The file is 10.5 MB; evidence files may be at most 10 MB"):
        evidence.add(receptionist, act.id, "big.pdf", b"%PDF-1.7\n" + b"0" * int(10.5 * 1024 * 1024))
    big = _jpeg((4000, 3000), noise=True)
    assert len(big) > 2 * 1024 * 1024
    stored = evidence.add(receptionist, act.id, "现场.jpg", big).value
    assert stored.media_type == "image/jpeg" and stored.size < len(big)
    from PIL import Image

    with Image.open(io.BytesIO(evidence.content(stored.id)[1])) as image:
        assert (image.format, image.size) == ("JPEG", (2560, 1920))


@time_machine.travel(MONDAY_0900, tick=False)
def test_upstream_sign_ups_are_idempotent_and_verified(center_ctx, admin, receptionist) -> None:
    from desk.accounts.actor import SYSTEM

    signups = center_ctx.activities.signups
    act = activity(center_ctx, receptionist, capacity=2, start="14:00", end="16:00")
    sign_up(center_ctx, receptionist, act.id, "现场报名")  # came to the desk at 09:00
    key = Ed25519PrivateKey.generate()
    valid = {"valid_from": local(center_ctx, 0, "13:00"), "valid_until": local(center_ctx, 0, "16:00"), "key": key}
    good = upstream_pass(center_ctx, admin, serial=777001, **valid)
    other = upstream_pass(center_ctx, admin, serial=777002, **valid)
    entries = [
        # Signed up upstream at 08:00, an hour before the desk sign-up: it still only gets the last place.
        UpstreamSignup("mp-1", act.id, "刘芳", "13900001111", 0, local(center_ctx, 0, "08:00"), good),
        UpstreamSignup("mp-2", act.id, "陈静", "", 0, local(center_ctx, 0, "08:30"), other),
        UpstreamSignup("mp-3", act.id, "假冒", "", 0, None, forge(other)),
        UpstreamSignup("mp-4", 9999, "走错", "", 0, None, ""),
    ]
    report = signups.import_upstream_signups(SYSTEM, entries).value
    assert [(r.name, r.state, r.source) for r in report.added] == [
        ("刘芳", "confirmed", "upstream"), ("陈静", "waitlist", "upstream")]
    assert [uid for uid, _ in report.refused] == ["mp-3", "mp-4"]
    assert "signature does not match" in report.refused[0][1]
    again = signups.import_upstream_signups(SYSTEM, entries[:2])
    assert (again.value.added, again.value.already_known, bool(again.changes)) == ((), 2, False)
    assert len(center_ctx.activities.detail(act.id).confirmed) == 2
    # At the door the upstream QR works like any sign-up pass.
    with time_machine.travel(local(center_ctx, 0, "13:30"), tick=False):
        result = center_ctx.activities.door.scan_at_door(receptionist, act.id, good).value
    assert (result.outcome, result.signup.name) == ("signed_in", "刘芳")


@time_machine.travel(MONDAY_0900, tick=False)
def test_upstream_entries_with_the_wrong_kind_of_pass_are_refused(center_ctx, admin) -> None:
    act = activity(center_ctx, admin, start="14:00", end="16:00")
    key = Ed25519PrivateKey.generate()
    booking = upstream_pass(center_ctx, admin, serial=5, valid_from=MONDAY_0900, key=key,
                            valid_until=MONDAY_0900 + timedelta(hours=8), kind=PassKind.BOOKING)
    report = center_ctx.activities.signups.import_upstream_signups(
        admin, [UpstreamSignup("mp-9", act.id, "刘芳", pass_text=booking)]).value
    assert report.added == () and "booking pass, not a sign-up pass" in report.refused[0][1]


def test_the_demo_adds_activities_with_a_waiting_list_and_attendance(ctx) -> None:
    from desk.demo import create_demo

    center_ctx = ctx
    with time_machine.travel(MONDAY_0900, tick=False):
        create_demo(ctx, visits=1000)  # the demo center's activities come with it
        create_demo(ctx, visits=10)  # and a second run adds visits, not a second set
    day = MONDAY_0900.date()
    listed = center_ctx.activities.list_period(day - timedelta(days=8), day + timedelta(days=4))
    assert len(listed) == 4
    by_title = {a.title.split("：")[0]: a for a in listed}
    assert set(by_title) == {"四点半课堂", "主题党日", "书法班", "红色影院"}
    assert by_title["四点半课堂"].waiting == 2 and by_title["四点半课堂"].places_used == 12
    party = center_ctx.activities.attendance(by_title["主题党日"].id)
    assert (party.signed_up, party.attended, party.no_shows) == (15, 12, 3)
    assert center_ctx.activities.volunteers.totals_by_activity(day - timedelta(days=8), day)[0].minutes > 0
    assert len(center_ctx.activities.evidence.list(by_title["主题党日"].id)) == 2
