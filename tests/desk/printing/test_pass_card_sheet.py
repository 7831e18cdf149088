"""The pass card: the printed QR scans back to the payload, and the card says who and until when."""

from __future__ import annotations

from datetime import timedelta

import zxingcpp
from PIL import Image

import printing_pdf_tools as pdf
from desk.printing.pass_card import render_pass_card, validity_text

NOW = pdf.PRINTED_AT
PAYLOAD = "DP1.7.AbCdEf0123456789-_xyz.signature0123456789"


def _card(tmp_path, **changes):
    fields = dict(
        center_name="幸福社区党群服务中心",
        holder_name="张𠮷明",
        payload=PAYLOAD,
        valid_from=NOW,
        valid_until=NOW.replace(hour=17, minute=30),
        kind_label="访客通行证",
        printed_at=NOW,
    )
    fields.update(changes)
    center, holder, payload = fields.pop("center_name"), fields.pop("holder_name"), fields.pop("payload")
    start, end = fields.pop("valid_from"), fields.pop("valid_until")
    return pdf.write(render_pass_card(center, holder, payload, start, end, **fields), tmp_path)


def test_the_printed_qr_scans_back_to_the_payload(tmp_path) -> None:
    path = _card(tmp_path)
    png = pdf.rasterise(path, tmp_path / "card", dpi=150)
    with Image.open(png) as image:
        found = zxingcpp.read_barcodes(image.convert("L"))
    assert [(code.text, code.format, code.ec_level) for code in found] == [
        (PAYLOAD, zxingcpp.BarcodeFormat.QRCode, "M")
    ]


def test_the_card_names_holder_validity_and_what_to_do(tmp_path) -> None:
    text = pdf.text(_card(tmp_path))
    for expected in (
        "幸福社区党群服务中心",
        "访客通行证",
        "持证人：张𠮷明",
        "有效期：2026-11-16 10:30 至 17:30",
        "到前台扫码签到",
        "沿虚线剪下",
    ):
        assert expected in text
    fonts = pdf.fonts(_card(tmp_path))
    assert fonts and all(row.embedded for row in fonts)


def test_a_pass_over_several_days_shows_both_dates(tmp_path) -> None:
    end = NOW + timedelta(days=365)
    assert validity_text(NOW, end) == "2026-11-16 10:30 至 2027-11-16 10:30"
    text = pdf.text(_card(tmp_path, kind_label="居民服务码", valid_until=end))
    assert "居民服务码" in text and "2027-11-16 10:30" in text


def test_the_card_is_on_a4_with_the_cut_line(tmp_path) -> None:
    info = pdf.info(_card(tmp_path))
    assert info["Pages"] == "1"
    assert "(A4)" in info["Page size"]
