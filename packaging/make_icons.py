#!/usr/bin/env python3
"""Draw the backprop-gui application icon and write it in every format we ship.

The icon is drawn with QPainter (vector, antialiased) separately for every size,
so small sizes get a simplified design instead of a blurry downscaled bitmap.

Outputs (paths relative to the repository root):

* resources/icons/backprop-gui.png        256x256, loaded by the app as window icon
* resources/icons/backprop-gui-<N>.png    N = 16, 32, 48, 64, 128, 512 (Linux hicolor)
* <out-build>/backprop-gui.ico            Windows, PNG-compressed 16..256
* <out-build>/backprop-gui.icns           macOS, PNG-payload ic07..ic14

Usage::

    QT_QPA_PLATFORM=offscreen python packaging/make_icons.py [--out-build DIR]

``--out-build`` defaults to packaging/build/icons; a relative DIR is resolved
from the repository root, so the script works from any working directory.
Only PySide6.QtGui is needed (no Pillow).
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QBrush,
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
)

REPO_ROOT = Path(__file__).resolve().parent.parent
NAME = "backprop-gui"

BLUE = QColor("#1f5fa8")
BLUE_LIGHT = QColor("#2b72c2")
BLUE_DARK = QColor("#174a85")
ORANGE = QColor("#f28e2b")
WHITE = QColor("#ffffff")
EDGE_WHITE = QColor(255, 255, 255, 200)

PNG_SIZES = (16, 32, 48, 64, 128, 512)     # resources/icons/backprop-gui-<N>.png
MAIN_PNG_SIZE = 256                        # resources/icons/backprop-gui.png
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element type -> pixel size (PNG payloads, understood since macOS 10.7).
ICNS_TYPES = (
    (b"ic11", 32),    # 16x16@2x
    (b"ic12", 64),    # 32x32@2x
    (b"ic07", 128),   # 128x128
    (b"ic13", 256),   # 128x128@2x
    (b"ic08", 256),   # 256x256
    (b"ic14", 512),   # 256x256@2x
    (b"ic09", 512),   # 512x512
    (b"ic10", 1024),  # 512x512@2x
)
MACOS_TILE = 824 / 1024   # Apple icon grid: rounded tile of 824 on a 1024 canvas


# --------------------------------------------------------------------------- drawing

def _layout(size: int):
    """Return (layers, node_radius, edge_width, arrow) in unit coordinates (0..1).

    ``layers`` is a list of lists of (x, y) node centres.  Small sizes use a
    simpler network with bigger nodes and thicker strokes.
    """
    if size <= 16:
        layers = [[(0.25, 0.172), (0.25, 0.422)],
                  [(0.72, 0.297)]]
        return layers, 0.115, 0.09, dict(pixel=(11, 2, 1, 3, 14))
    if size <= 24:
        layers = [[(0.24, 0.19), (0.24, 0.48)],
                  [(0.75, 0.335)]]
        return layers, 0.11, 0.08, dict(pixel=(17, 3, 2, 3, 21))
    if size <= 32:
        layers = [[(0.20, 0.20), (0.20, 0.56)],
                  [(0.50, 0.20), (0.50, 0.56)],
                  [(0.80, 0.38)]]
        # tuned for 32 px; scaled for the 26 px tile inside the 32 px macOS icon
        k = size / 32
        arrow = (round(25 * k), 2, round(5 * k), max(3, round(4 * k)), round(27 * k))
        return layers, 0.092, 0.05, dict(pixel=arrow)
    if size <= 48:
        layers = [[(0.20, 0.28), (0.20, 0.56)],
                  [(0.50, 0.19), (0.50, 0.42), (0.50, 0.65)],
                  [(0.80, 0.42)]]
        return layers, 0.072, 0.042, dict(y=0.82, x0=0.82, x1=0.18, width=0.07, head=0.10)
    layers = [[(0.23, 0.285), (0.23, 0.555)],
              [(0.50, 0.21), (0.50, 0.42), (0.50, 0.63)],
              [(0.77, 0.42)]]
    return layers, 0.062, 0.026, dict(y=0.81, x0=0.80, x1=0.20, width=0.055, head=0.085)


def draw_icon(size: int, margin: float | None = None) -> QImage:
    """Draw the icon at ``size`` x ``size`` pixels.

    ``margin`` is the transparent border around the tile as a fraction of the
    size; by default none at 32 px and below, 3.5 % above.
    """
    img = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.scale(size, size)                      # draw in unit coordinates from here on
    px = 1.0 / size                          # one device pixel in unit coordinates

    # Rounded-square tile.  Tiny sizes use the full canvas; larger sizes keep a
    # small margin like most platform icon grids.
    if margin is None:
        margin = 0.0 if size <= 32 else 0.035
    radius = 0.22 * (1 - 2 * margin)
    tile = QRectF(margin, margin, 1 - 2 * margin, 1 - 2 * margin)
    grad = QLinearGradient(QPointF(0, margin), QPointF(0, 1 - margin))
    grad.setColorAt(0.0, BLUE_LIGHT)
    grad.setColorAt(0.55, BLUE)
    grad.setColorAt(1.0, BLUE_DARK)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(grad if size > 24 else BLUE))
    p.drawRoundedRect(tile, radius, radius)
    if size >= 64:
        # subtle darker rim so the tile separates from light backgrounds
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(QColor(10, 40, 80, 90), max(px, 0.008)))
        inset = max(px, 0.008) / 2
        p.drawRoundedRect(tile.adjusted(inset, inset, -inset, -inset), radius - inset, radius - inset)

    layers, r, edge_w, arrow = _layout(size)
    edge_w = max(edge_w, 1.2 * px)

    # Edges: white for forward connections, orange for the last layer, where
    # the error signal enters and starts flowing backwards.
    cap = Qt.PenCapStyle.RoundCap
    for li in range(len(layers) - 1):
        last = li == len(layers) - 2
        colour = ORANGE if last and len(layers) > 2 else (WHITE if size <= 48 else EDGE_WHITE)
        p.setPen(QPen(colour, edge_w * (1.35 if last and len(layers) > 2 else 1.0), Qt.PenStyle.SolidLine, cap))
        for a in layers[li]:
            for b in layers[li + 1]:
                p.drawLine(QPointF(*a), QPointF(*b))

    # Nodes: white discs; the output node is orange (it "knows" the error).
    ring = 0.0 if size <= 32 else max(px, 0.018)
    for li, layer in enumerate(layers):
        is_out = li == len(layers) - 1
        for (x, y) in layer:
            rr = r * (1.12 if is_out else 1.0)
            if ring:
                p.setPen(QPen(BLUE_DARK, ring))
            else:
                p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(ORANGE if is_out else WHITE)
            p.drawEllipse(QPointF(x, y), rr, rr)

    # Backward-pointing orange arrow along the bottom: "backpropagation".
    if arrow.get("pixel"):
        # 16/24 px: an antialiased triangle only gives a smudge, so lay the
        # arrow out on the pixel grid (pixel-aligned rectangles stay crisp):
        # a shaft of `thick` rows and a 45-degree stepped head of `steps` columns.
        top, thick, tip, steps, end = arrow["pixel"]
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(ORANGE)
        p.scale(px, px)                      # back to device pixels
        p.drawRect(QRectF(tip + steps - 1, top, end - (tip + steps - 1), thick))
        for i in range(steps):
            p.drawRect(QRectF(tip + i, top - i, 1, thick + 2 * i))
    else:
        y, x0, x1 = arrow["y"], arrow["x0"], arrow["x1"]
        w, head = max(arrow["width"], 1.5 * px), arrow["head"]
        half = arrow.get("half", head * 0.8)
        p.setPen(QPen(ORANGE, w, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawLine(QPointF(x0, y), QPointF(x1 + head * 0.6, y))
        path = QPainterPath()
        path.moveTo(x1, y)
        path.lineTo(x1 + head, y - half)
        path.lineTo(x1 + head, y + half)
        path.closeSubpath()
        # a thin round-joined outline softens the tip
        p.setPen(QPen(ORANGE, w * 0.35, Qt.PenStyle.SolidLine, cap, Qt.PenJoinStyle.RoundJoin))
        p.drawPath(path)

    p.end()
    return img


def draw_macos_icon(size: int) -> QImage:
    """Icon on the macOS grid: the tile fills ~824/1024 of the canvas, centred.

    Without this margin the icon would look oversized next to other apps in the
    Dock and Finder.  The tile itself is drawn natively at its own pixel size.
    """
    inner = round(size * MACOS_TILE)
    tile = draw_icon(inner, margin=0.0)
    img = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    off = (size - inner) // 2
    p.drawImage(off, off, tile)
    p.end()
    return img


# --------------------------------------------------------------------------- encoding

def png_bytes(img: QImage) -> bytes:
    ba = QByteArray()
    buf = QBuffer(ba)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not img.save(buf, "PNG"):
        raise RuntimeError("PNG encoding failed")
    buf.close()
    return bytes(ba.data())


def build_ico(pngs: dict[int, bytes]) -> bytes:
    """ICO with PNG-compressed entries (accepted by Windows Vista and later)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))          # reserved, type=icon, count
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for s in sizes:
        data = pngs[s]
        dim = 0 if s >= 256 else s                          # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def build_icns(elements: list[tuple[bytes, bytes]]) -> bytes:
    body = b"".join(struct.pack(">4sI", t, len(d) + 8) + d for t, d in elements)
    return struct.pack(">4sI", b"icns", len(body) + 8) + body


# --------------------------------------------------------------------------- main

def _resolve(path: str) -> Path:
    p = Path(path).expanduser()
    return p if p.is_absolute() else REPO_ROOT / p


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Draw and write the backprop-gui icons.")
    ap.add_argument("--out-build", default="packaging/build/icons",
                    help="directory for the .ico/.icns build products "
                         "(relative paths are from the repo root; default: %(default)s)")
    args = ap.parse_args(argv)

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841

    res_dir = REPO_ROOT / "resources" / "icons"
    build_dir = _resolve(args.out_build)
    res_dir.mkdir(parents=True, exist_ok=True)
    build_dir.mkdir(parents=True, exist_ok=True)

    all_sizes = set(PNG_SIZES) | {MAIN_PNG_SIZE} | set(ICO_SIZES)
    pngs = {s: png_bytes(draw_icon(s)) for s in sorted(all_sizes)}
    mac_pngs = {s: png_bytes(draw_macos_icon(s)) for s in sorted({s for _, s in ICNS_TYPES})}

    def write(path: Path, data: bytes) -> None:
        path.write_bytes(data)
        try:
            shown = path.relative_to(REPO_ROOT)
        except ValueError:
            shown = path
        print(f"wrote {shown} ({len(data)} bytes)")

    write(res_dir / f"{NAME}.png", pngs[MAIN_PNG_SIZE])
    for s in PNG_SIZES:
        write(res_dir / f"{NAME}-{s}.png", pngs[s])
    write(build_dir / f"{NAME}.ico", build_ico({s: pngs[s] for s in ICO_SIZES}))
    write(build_dir / f"{NAME}.icns", build_icns([(t, mac_pngs[s]) for t, s in ICNS_TYPES]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
