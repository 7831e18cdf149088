from __future__ import annotations

import base64
import re
from datetime import UTC, datetime, timedelta

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from desk.passes.codec import (
    EPOCH,
    MAX_CENTER_ID,
    MAX_KEY_ID,
    MAX_SCAN_LENGTH,
    MAX_SERIAL,
    PAYLOAD_LENGTH,
    PassClaims,
    PassKind,
    decode,
    encode,
)
from desk.passes.errors import PassRejected
from pass_samples import body, claims, raw_text

KEY = Ed25519PrivateKey.generate()
START = datetime(2025, 3, 5, 2, 0, tzinfo=UTC)


def test_round_trip_gives_back_the_claims_and_a_verifiable_signature() -> None:
    original = claims(start=START, kind=PassKind.GROUP)
    decoded, message, signature = decode(encode(original, KEY))
    assert decoded == original
    KEY.public_key().verify(signature, message)  # raises if not what was signed
    assert message.startswith(b"DQ1")


def test_payload_is_prefix_then_base32_letters_and_digits_only() -> None:
    text = encode(claims(start=START), KEY)
    assert text.startswith("DQ1")
    assert re.fullmatch(r"DQ1[A-Z2-7]+", text)
    assert len(text) == PAYLOAD_LENGTH == 141


times = st.datetimes(
    min_value=datetime(2020, 1, 1), max_value=datetime(2200, 1, 1), timezones=st.just(UTC)
).map(lambda moment: moment.replace(second=0, microsecond=0))


@settings(max_examples=150)
@given(
    kind=st.sampled_from(PassKind),
    serial=st.integers(0, MAX_SERIAL),
    center_id=st.integers(0, MAX_CENTER_ID),
    key_id=st.integers(0, MAX_KEY_ID),
    start=times,
    length=st.integers(1, 60 * 24 * 365 * 50),
)
def test_any_claims_round_trip_in_a_short_alphanumeric_text(
    kind: PassKind, serial: int, center_id: int, key_id: int, start: datetime, length: int
) -> None:
    original = PassClaims(kind, serial, center_id, start, start + timedelta(minutes=length), key_id)
    text = encode(original, KEY)
    assert re.fullmatch(r"[A-Z0-9]+", text) and text.startswith("DQ1")
    assert len(text) < 160
    assert decode(text)[0] == original


@pytest.mark.parametrize(
    "mangle",
    [
        lambda text: text.lower(),  # Caps Lock on the scanner's keyboard
        lambda text: text + "\r\n",
        lambda text: "\\000026" + text,
        lambda text: "".join(chr(ord(char) + 0xFEE0) for char in text),  # full-width IME
    ],
)
def test_decodes_what_a_scanner_delivers(mangle) -> None:
    original = claims(start=START)
    assert decode(mangle(encode(original, KEY)))[0] == original


def _reason(text: object) -> str:
    with pytest.raises(PassRejected) as caught:
        decode(text)  # type: ignore[arg-type]
    return caught.value.reason


GOOD = encode(claims(start=START), KEY)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "malformed"),
        ("hello", "malformed"),
        ("DQ", "malformed"),
        ("DQ1", "malformed"),
        ("XQ1" + GOOD[3:], "malformed"),  # wrong prefix
        (GOOD[:-1] + "1", "malformed"),  # 1 is not in the base32 alphabet
        (GOOD[:-1] + "!", "malformed"),
        (GOOD[:-8], "malformed"),  # truncated scan
        (GOOD + "AAAAAAAA", "malformed"),  # too long
        (GOOD[:-1] + chr(ord(GOOD[-1]) ^ 1), "malformed"),  # last char's unused bits not zero
        ("DQ2" + GOOD[3:], "unsupported_version"),  # a newer text format
        ("DQ1" + "A" * (MAX_SCAN_LENGTH + 1), "malformed"),
        (raw_text(body(version=2)), "unsupported_version"),
        (raw_text(body(kind=0)), "malformed"),
        (raw_text(body(kind=99)), "malformed"),
        (raw_text(body(start=2000, end=2000)), "malformed"),  # empty window
        (raw_text(body(start=2001, end=2000)), "malformed"),
        (raw_text(body(end=2**32 - 1)), "malformed"),  # past the year 9999
        (raw_text(body())[:-1], "malformed"),
    ],
)
def test_refuses_what_is_not_a_well_formed_pass(text: str, reason: str) -> None:
    assert _reason(text) == reason


def test_refuses_non_text() -> None:
    assert _reason(b"DQ1AAAA") == "malformed"


def test_a_hand_made_body_with_valid_fields_decodes() -> None:
    # Guards the table above: the helpers do build a decodable pass when nothing is wrong.
    decoded = decode(raw_text(body(serial=99, start=1000, end=2000)))[0]
    assert decoded.serial == 99
    assert decoded.valid_from == EPOCH + timedelta(minutes=1000)


@settings(max_examples=300)
@given(st.text())
def test_decode_of_any_text_raises_only_pass_rejected(text: str) -> None:
    try:
        decode(text)
    except PassRejected:
        pass


@settings(max_examples=300)
@given(st.binary(max_size=200))
def test_decode_of_any_bytes_behind_the_prefix_raises_only_pass_rejected(raw: bytes) -> None:
    try:
        decode("DQ1" + base64.b32encode(raw).decode().rstrip("="))
    except PassRejected:
        pass


@settings(max_examples=300)
@given(st.binary(min_size=85, max_size=85))
def test_any_86_bytes_with_version_one_decode_or_are_rejected(rest: bytes) -> None:
    try:
        decode("DQ1" + base64.b32encode(b"\x01" + rest).decode().rstrip("="))
    except PassRejected:
        pass


@settings(max_examples=30, deadline=None)
@given(head=st.sampled_from(["", "DQ1", GOOD]), filler=st.sampled_from(["A", "２", "\x00", " ", "é"]),
       count=st.integers(MAX_SCAN_LENGTH, 100_000))
def test_very_long_input_is_refused_by_length(head: str, filler: str, count: int) -> None:
    assert _reason(head + filler * count) == "malformed"


@pytest.mark.parametrize(
    "make",
    [
        lambda: claims(start=START.replace(second=30)),  # not a whole minute
        lambda: claims(start=START.replace(tzinfo=None)),  # naive
        lambda: claims(start=datetime(2019, 12, 31, tzinfo=UTC)),  # before the epoch
        lambda: claims(start=START, days=0),
        lambda: claims(start=START, serial=MAX_SERIAL + 1),
        lambda: claims(start=START, key_id=MAX_KEY_ID + 1),
        lambda: claims(start=START, center_id=-1),
    ],
)
def test_claims_that_cannot_be_encoded_are_a_programming_error(make) -> None:
    with pytest.raises(ValueError):
        make()
