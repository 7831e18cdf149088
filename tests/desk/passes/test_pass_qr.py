from __future__ import annotations

import io
from pathlib import Path

import pytest
import qrcode.util
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pass_samples import T0, claims
from PIL import Image, ImageFilter

from desk.passes.codec import encode
from desk.passes.image_decode import decode_qr
from desk.passes.qr_image import qr_code, qr_image, qr_png

PAYLOAD = encode(claims(start=T0), Ed25519PrivateKey.generate())


def test_the_code_is_alphanumeric_mode_at_error_correction_m() -> None:
    code = qr_code(PAYLOAD)
    assert [chunk.mode for chunk in code.data_list] == [qrcode.util.MODE_ALPHA_NUM]
    assert code.error_correction == qrcode.constants.ERROR_CORRECT_M
    assert code.version == 6  # 141 alphanumeric characters: 41×41 modules, fine on a phone screen


def test_a_payload_outside_the_pass_alphabet_is_refused() -> None:
    with pytest.raises(ValueError):
        qr_code(PAYLOAD.lower())


def test_png_round_trip_to_a_path_and_a_file(tmp_path: Path) -> None:
    qr_png(PAYLOAD, tmp_path / "pass.png")
    buffer = io.BytesIO()
    qr_png(PAYLOAD, buffer)
    assert buffer.getvalue().startswith(b"\x89PNG")
    with Image.open(tmp_path / "pass.png") as picture:
        assert decode_qr(picture) == [PAYLOAD]


def _noisy(picture: Image.Image) -> Image.Image:
    grey = picture.convert("L")
    noise = Image.effect_noise(grey.size, 60)
    return Image.blend(grey, noise, 0.3).filter(ImageFilter.GaussianBlur(2))


@pytest.mark.parametrize(
    "camera",
    [
        lambda picture: picture,
        lambda picture: picture.convert("L").resize((140, 140), Image.Resampling.BILINEAR),
        lambda picture: picture.rotate(90, expand=True),
        lambda picture: picture.convert("RGB").rotate(7, expand=True, fillcolor="white"),
        _noisy,
    ],
    ids=["plain", "scaled-down", "rotated-90", "tilted", "noise-and-blur"],
)
def test_decodes_a_pass_from_a_camera_like_picture(camera) -> None:
    assert decode_qr(camera(qr_image(PAYLOAD))) == [PAYLOAD]


def test_a_blank_picture_has_no_codes() -> None:
    assert decode_qr(Image.new("L", (300, 300), 255)) == []


def test_two_passes_in_one_picture_are_both_read() -> None:
    other = encode(claims(start=T0, serial=2), Ed25519PrivateKey.generate())
    left, right = qr_image(PAYLOAD).convert("L"), qr_image(other).convert("L")
    sheet = Image.new("L", (left.width + right.width, left.height), 255)
    sheet.paste(left, (0, 0))
    sheet.paste(right, (left.width, 0))
    assert sorted(decode_qr(sheet)) == sorted([PAYLOAD, other])


def test_decoded_text_is_cleaned_like_scanner_input() -> None:
    # A code made by another app with a trailing newline still yields the bare text.
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(PAYLOAD + "\r\n")
    code.make(fit=True)
    assert decode_qr(code.make_image().get_image()) == [PAYLOAD]
