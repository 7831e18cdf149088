"""Drawing a pass as a QR code image (for the printer, the screen or a PNG file)."""

from __future__ import annotations

import os
import re
from typing import BinaryIO

import qrcode
import qrcode.constants
import qrcode.util
from PIL import Image
from qrcode.image.pil import PilImage

# The pass alphabet is a subset of QR's alphanumeric set (0-9 A-Z space $%*+-./:).
_ALPHANUMERIC = re.compile(r"[0-9A-Z]+")


def qr_code(payload: str, *, box_size: int = 10, border: int = 4) -> qrcode.QRCode:
    """The QR symbol for a pass text, in alphanumeric mode at error correction M.

    M survives a crease or a scratched phone screen; the alphanumeric mode is forced
    (not left to qrcode's guess) so that a payload in the wrong alphabet fails here,
    at issue time, rather than producing a larger code a scanner may struggle with.
    """
    if not _ALPHANUMERIC.fullmatch(payload):
        raise ValueError("a pass payload has only upper-case letters and digits")
    code = qrcode.QRCode(
        error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=box_size, border=border
    )
    code.add_data(qrcode.util.QRData(payload, mode=qrcode.util.MODE_ALPHA_NUM))
    code.make(fit=True)
    return code


def qr_image(payload: str, *, box_size: int = 10, border: int = 4) -> Image.Image:
    """A black-on-white PIL image of the pass's QR code (4-module quiet zone)."""
    picture = qr_code(payload, box_size=box_size, border=border).make_image(
        image_factory=PilImage
    )
    return picture.get_image()


def qr_png(payload: str, path_or_file: str | os.PathLike[str] | BinaryIO) -> None:
    """Write the pass's QR code as a PNG file."""
    qr_image(payload).save(path_or_file, format="PNG")
