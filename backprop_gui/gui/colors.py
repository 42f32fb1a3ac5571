"""Colours that read well on a projector and for colour-blind viewers.

Classes use the Okabe–Ito palette (distinguishable with the common colour-vision
deficiencies). Signed values (weights, the difference between two classes) use an
orange–white–blue diverging map, as TensorFlow Playground does: orange for negative,
blue for positive, white at zero.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

# Okabe & Ito (2008). Class 0 orange and class 1 blue, as in TF Playground.
CLASS_COLORS = ("#E69F00", "#0072B2", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000")
NEGATIVE = "#E69F00"  # orange
POSITIVE = "#0072B2"  # blue
TRAIN_COLOR = "#0072B2"
TEST_COLOR = "#D55E00"


def hex_to_rgb(color: str) -> tuple[int, int, int]:
    color = color.lstrip("#")
    return int(color[0:2], 16), int(color[2:4], 16), int(color[4:6], 16)


def diverging_colormap(strength: float = 1.0) -> pg.ColorMap:
    """Orange (−) → white (0) → blue (+), over 0..1 with white at 0.5.

    ``strength`` below 1 mixes both ends with white (c ← white + (c − white)·strength),
    so that points drawn on top of a map stay visible.
    """
    white = np.array([255.0, 255.0, 255.0])
    ends = [white + (np.array(hex_to_rgb(color), dtype=float) - white) * strength for color in (NEGATIVE, POSITIVE)]
    return pg.ColorMap([0.0, 0.5, 1.0], [ends[0], white, ends[1]])


def diverging_lut(size: int = 256, strength: float = 1.0) -> np.ndarray:
    """A (size, 4) uint8 lookup table of :func:`diverging_colormap`."""
    return diverging_colormap(strength).getLookupTable(0.0, 1.0, size, alpha=True, mode="byte")


def class_color(index: int) -> str:
    return CLASS_COLORS[index % len(CLASS_COLORS)]
