from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk.passes.normalize import normalize_scan


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("DQ1ABC\r\n", "DQ1ABC"),  # scanner suffix
        ("\tDQ1ABC\t", "DQ1ABC"),
        ("ＤＱ１ＡＢＣ", "DQ1ABC"),  # Chinese IME in full-width mode
        ("\ufeffDQ1ABC", "DQ1ABC"),  # BOM from a camera app
        ("DQ1\u200bABC", "DQ1ABC"),  # zero-width space inside
        ("\\000026DQ1ABC", "DQ1ABC"),  # ECI designator (UTF-8)
        ("\\000001\\000003DQ1ABC", "DQ1ABC"),
        ("＼００００２６DQ1ABC", "DQ1ABC"),  # the ECI typed full-width
        ("  \x1d\\000027 DQ1ABC \x04", "DQ1ABC"),
        ("张 三", "张 三"),  # inner spaces and Chinese text stay
        ("DQ1\\000026", "DQ1\\000026"),  # only a leading ECI is one
        ("\\00002", "\\00002"),  # five digits: not an ECI
        ("", ""),
    ],
)
def test_cleans_what_scanners_type(raw: str, clean: str) -> None:
    assert normalize_scan(raw) == clean


@given(st.text())
def test_never_raises_and_is_idempotent(raw: str) -> None:
    once = normalize_scan(raw)
    assert normalize_scan(once) == once


@given(st.text(alphabet=st.characters(codec=None)))
def test_output_has_no_control_or_format_characters(raw: str) -> None:
    out = normalize_scan(raw)
    assert not any(unicodedata.category(char).startswith("C") for char in out)
    assert out == out.strip()


@given(st.lists(st.sampled_from(["\\000026", "\\000003", " ", "\r\n", "\ufeff", "Ａ", "e", "\u200d", "\u0301"])))
def test_idempotent_on_adversarial_mixtures(parts: list[str]) -> None:
    once = normalize_scan("".join(parts))
    assert normalize_scan(once) == once
    assert not once.startswith("\\000")
