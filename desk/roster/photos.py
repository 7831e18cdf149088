"""Staff photos: any common picture in, a small JPEG out.

The board shows a face a few centimetres tall and the sheets print it smaller still, so
a 320-pixel portrait is plenty; storing it in the database keeps it with backups and
makes a photo on a removed USB stick a non-event.
"""

from __future__ import annotations

import io

from desk.errors import Refusal

MAX_SIDE = 320
MAX_INPUT_BYTES = 20 * 1024 * 1024


def normalise_photo(data: bytes) -> bytes:
    from PIL import Image, ImageOps, UnidentifiedImageError

    if len(data) > MAX_INPUT_BYTES:
        raise Refusal("The photo is larger than 20 MB; please choose a smaller picture.")
    try:
        with Image.open(io.BytesIO(data)) as image:
            image = ImageOps.exif_transpose(image)  # phone photos are often stored sideways
            image = image.convert("RGB")
            image.thumbnail((MAX_SIDE, MAX_SIDE))
            out = io.BytesIO()
            image.save(out, format="JPEG", quality=85, optimize=True)
    except (UnidentifiedImageError, OSError, ValueError):
        raise Refusal("This file is not a picture the desk can read (use JPEG or PNG).") from None
    return out.getvalue()
