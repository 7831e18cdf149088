from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st
from pass_samples import body, claims, minutes, raw_text

from desk.passes.codec import PassClaims, encode
from desk.passes.errors import PassRejected
from desk.passes.keyring import KeyRing

OWN = Ed25519PrivateKey.generate()
OLD = Ed25519PrivateKey.generate()
START = datetime(2025, 3, 5, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai
CENTER = 4242
RING = KeyRing({7: OWN.public_key(), 3: OLD.public_key()}, revoked=[(CENTER, 555)])


def reason(text: str, now: datetime, ring: KeyRing = RING) -> PassRejected:
    with pytest.raises(PassRejected) as caught:
        ring.verify(text, now=now, center_id=CENTER)
    return caught.value


def test_a_good_pass_inside_its_window_is_accepted() -> None:
    issued = claims(start=START)
    assert RING.verify(encode(issued, OWN), now=START + timedelta(days=1), center_id=CENTER) == issued


def test_a_pass_signed_by_a_retired_key_still_verifies() -> None:
    issued = claims(start=START, key_id=3)
    assert RING.verify(encode(issued, OLD), now=START, center_id=CENTER) == issued


def test_the_window_starts_inclusive_and_ends_exclusive() -> None:
    text = encode(claims(start=START, days=1), OWN)
    end = START + timedelta(days=1)
    assert RING.verify(text, now=START, center_id=CENTER)
    assert RING.verify(text, now=end - timedelta(microseconds=1), center_id=CENTER)
    assert reason(text, START - timedelta(minutes=1)).reason == "not_yet_valid"
    assert reason(text, end).reason == "expired"
    assert reason(text, end + timedelta(minutes=1)).reason == "expired"


def test_expired_message_gives_the_end_in_shanghai_time() -> None:
    refused = reason(encode(claims(start=START, days=1), OWN), START + timedelta(days=2))
    assert refused.message == "This pass expired on 2025-03-06 10:00."
    assert refused.fields == {"date": "2025-03-06 10:00"}
    assert refused.claims is not None and refused.claims.serial == 123_456_789


def test_not_yet_valid_message_gives_the_start() -> None:
    refused = reason(encode(claims(start=START), OWN), START - timedelta(hours=3))
    assert refused.message == "This pass is not valid yet. It becomes valid on 2025-03-05 10:00."


def test_a_key_id_the_desk_does_not_know_is_unknown_key() -> None:
    refused = reason(encode(claims(start=START, key_id=8), OWN), START)
    assert refused.reason == "unknown_key"
    assert refused.fields == {"key_id": 8}


def test_a_code_signed_by_another_key_under_our_key_id_is_forged() -> None:
    forger = Ed25519PrivateKey.generate()
    refused = reason(encode(claims(start=START, key_id=7), forger), START)
    assert refused.reason == "bad_signature"
    assert refused.message == "This code is not a valid pass: its signature does not match. It may be forged."
    assert refused.claims is None  # nothing an unproven code says is passed on


# Offsets: serial, serial, center, center, start, end, signature... (20-21 is the key id).
@pytest.mark.parametrize("offset", [2, 5, 8, 11, 15, 19, 22, 60, 85])
def test_any_tampered_byte_outside_the_key_id_is_a_bad_signature(offset: int) -> None:
    text = encode(claims(start=START), OWN)
    raw = bytearray(base64.b32decode(text[3:] + "=" * (-len(text[3:]) % 8)))
    raw[offset] ^= 0x01
    tampered = "DQ1" + base64.b32encode(bytes(raw)).decode().rstrip("=")
    assert reason(tampered, START).reason == "bad_signature"


def test_a_forged_pass_says_forged_even_when_it_is_also_expired_elsewhere() -> None:
    forger = Ed25519PrivateKey.generate()
    text = encode(claims(start=START, key_id=7, center_id=1), forger)
    assert reason(text, START + timedelta(days=400)).reason == "bad_signature"


def test_a_pass_of_another_center_names_that_center() -> None:
    refused = reason(encode(claims(start=START, center_id=9001), OWN), START)
    assert refused.reason == "other_center"
    assert refused.message == "This pass was issued by another center (9001)."


def test_a_revoked_pass_is_refused_inside_its_window() -> None:
    text = encode(claims(start=START, serial=555), OWN)
    refused = reason(text, START + timedelta(hours=1))
    assert refused.reason == "revoked"
    assert "555" in refused.message
    # The same serial from another center is a different pass: that one is "other center".
    other = encode(claims(start=START, serial=555, center_id=1), OWN)
    assert reason(other, START).reason == "other_center"


def test_a_malformed_scan_is_malformed() -> None:
    assert reason("https://example.com/", START).reason == "malformed"


def test_the_ring_can_use_another_zone_for_dates() -> None:
    ring = KeyRing({7: OWN.public_key()}, zone="UTC")
    refused = reason(encode(claims(start=START, days=1), OWN), START + timedelta(days=2), ring)
    assert refused.fields == {"date": "2025-03-06 02:00"}


def test_a_naive_now_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        RING.verify(encode(claims(start=START), OWN), now=datetime(2025, 3, 5), center_id=CENTER)


@settings(max_examples=200)
@given(
    rest=st.binary(min_size=85, max_size=85),
    key_id=st.sampled_from([3, 7, 8]),
)
def test_verify_of_forged_bytes_raises_only_pass_rejected(rest: bytes, key_id: int) -> None:
    raw = bytearray(b"\x01" + rest)
    raw[1] = 1 + raw[1] % 5  # a valid kind, so that the fuzz reaches the signature check
    raw[20:22] = key_id.to_bytes(2, "big")
    text = "DQ1" + base64.b32encode(bytes(raw)).decode().rstrip("=")
    with pytest.raises(PassRejected) as caught:
        RING.verify(text, now=START, center_id=CENTER)
    assert caught.value.reason in {"malformed", "unknown_key", "bad_signature"}


@settings(max_examples=200)
@given(st.text(max_size=300))
def test_verify_of_any_text_raises_only_pass_rejected(text: str) -> None:
    with pytest.raises(PassRejected):
        RING.verify(text, now=START, center_id=CENTER)


def test_hand_made_body_signed_by_our_key_verifies() -> None:
    # The fuzz above only proves refusals if a correctly signed body would pass.
    text = raw_text(body(serial=9, start=minutes(START), end=minutes(START) + 60), OWN)
    assert isinstance(RING.verify(text, now=START, center_id=CENTER), PassClaims)
