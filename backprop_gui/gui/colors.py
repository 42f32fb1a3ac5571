"""Colours that read well on a projector and for colour-blind viewers.

Classes use the Okabe–Ito palette (distinguishable with the common colour-vision
deficiencies). Signed values (weights, the difference between two classes) use an
orange–white–blue diverging map, as TensorFlow Playground does: orange for negative,
blue for positive, white at zero.
"""

from __future__ import annotations

import numpy as np

# Okabe & Ito (2008). Class 0 orange and class 1 blue, as in TF Playground.
CLASS_COLORS = ("#E69F00", "#0072B2", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000")
NEGATIVE = "#E69F00"  # orange
POSITIVE = "#0072B2"  # blue
TRAIN_COLOR = "#0072B2"
TEST_COLOR = "#D55E00"


def hex_to_rgb(color: str) -> tuple[int, int, int]:
    color = color.lstrip("#")
    return int(color[0:2], 16), int(color[2:4], 16), int(color[4:6], 16)


def diverging_lut(size: int = 256) -> np.ndarray:
    """A (size, 4) uint8 lookup table: orange (−) → white (0) → blue (+)."""
    negative = np.array(hex_to_rgb(NEGATIVE), dtype=float)
    positive = np.array(hex_to_rgb(POSITIVE), dtype=float)
    white = np.array([255.0, 255.0, 255.0])
    t = np.linspace(-1.0, 1.0, size)[:, None]
    rgb = np.where(t < 0, white + (negative - white) * (-t), white + (positive - white) * t)
    return np.concatenate([rgb, np.full((size, 1), 255.0)], axis=1).round().astype(np.uint8)


def class_color(index: int) -> str:
    return CLASS_COLORS[index % len(CLASS_COLORS)]
