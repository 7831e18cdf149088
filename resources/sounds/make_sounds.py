"""Regenerates ok.wav and refused.wav (run once; the WAVs are committed).

ok: a soft two-tone chime, a falling major third (C6 → A5; a rising interval sounds like a
question), each note with a quick attack and an exponential decay.
refused: a low, slightly rough buzz (two close low tones beating), short and unmistakable.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22_050
HERE = Path(__file__).resolve().parent


def _write(path: Path, samples: list[float]) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", int(max(-1.0, min(1.0, s)) * 32767)) for s in samples))


def _note(freq: float, seconds: float, volume: float, decay: float) -> list[float]:
    n = int(RATE * seconds)
    attack = int(RATE * 0.008)
    out = []
    for i in range(n):
        t = i / RATE
        envelope = min(1.0, i / attack) * math.exp(-decay * t)
        tone = math.sin(2 * math.pi * freq * t) + 0.25 * math.sin(4 * math.pi * freq * t)
        out.append(volume * envelope * tone / 1.25)
    return out


def chime() -> list[float]:
    first = _note(1046.5, 0.45, 0.5, 7.0)  # C6
    second = _note(880.0, 0.7, 0.5, 5.0)  # A5
    gap = int(RATE * 0.14)
    mixed = first + [0.0] * (len(second) + gap - len(first) + gap)
    for i, sample in enumerate(second):
        mixed[gap + i] += sample
    return mixed


def buzz() -> list[float]:
    n = int(RATE * 0.55)
    out = []
    for i in range(n):
        t = i / RATE
        envelope = min(1.0, i / (RATE * 0.01)) * min(1.0, (n - i) / (RATE * 0.04))
        square = sum(math.sin(2 * math.pi * k * 150 * t) / k for k in (1, 3, 5, 7))
        beat = math.sin(2 * math.pi * 157 * t)
        out.append(0.35 * envelope * (0.8 * square + 0.4 * beat))
    return out


if __name__ == "__main__":
    _write(HERE / "ok.wav", chime())
    _write(HERE / "refused.wav", buzz())
