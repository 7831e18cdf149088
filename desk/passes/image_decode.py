"""Reading QR codes from a camera frame or a picture (zxing-cpp)."""

from __future__ import annotations

from typing import Any

import zxingcpp

from desk.passes.normalize import normalize_scan


def decode_qr(image: Any) -> list[str]:
    """The texts of every QR code in ``image``, cleaned like scanner input; [] if none.

    ``image`` is anything zxing-cpp reads: a PIL image, a buffer of the right shape, or
    a ``zxingcpp.ImageView``. zxing already tries rotations, inversion and downscaling.
    """
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    texts = (normalize_scan(barcode.text) for barcode in found)
    return [text for text in texts if text]
