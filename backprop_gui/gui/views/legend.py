"""Legends that never cover the data: a row of entries under a plot's x axis.

pyqtgraph's own legend floats over the data area, where it hid the loss curves in a
small dock. This one sits in the plot's layout below the x axis (outside the data),
its entries side by side, wrapped into as many rows as they need, in the window's font
(View → Zoom).
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QApplication

LEGEND_ROW = 4  # the PlotItem layout's rows: title, top axis, data, bottom axis, then this
_SAMPLE_WIDTH = 36  # pixels of a line sample and its gap, beside each label
_MARGINS = 12  # pixels of the legend's layout margins, left and right together
#: Kept runs the legend names, the latest ones; the earlier share one entry. Six named
#: runs (the most a session keeps) took a small dock's whole height from the curves.
NAMED_KEPT_RUNS = 2


class LegendBelow(pg.LegendItem):
    """A legend in row :data:`LEGEND_ROW` of ``plot``'s layout, without a frame; the plot's
    ``legend`` (so that the plots' styling colours its text)."""

    def __init__(self, plot: pg.PlotItem) -> None:
        super().__init__(offset=None, frame=False, colCount=1, verSpacing=0, horSpacing=8)
        self._plot = plot
        plot.layout.addItem(self, LEGEND_ROW, 1)
        plot.legend = self
        plot.vb.sigResized.connect(self.updateSize)

    def addItem(self, item, name: str) -> None:  # noqa: N802 (pyqtgraph's name)
        point_size = QApplication.font().pointSizeF()
        self.opts["labelTextSize"] = f"{0.9 * point_size:.1f}pt" if point_size > 0 else "9pt"
        super().addItem(item, name)

    def updateSize(self) -> None:  # noqa: N802 (pyqtgraph's name)
        """As many entries side by side as the plot's width holds; the row is as tall as they are."""
        width = self._plot.vb.width() or self._plot.width()
        widest = max((label.item.boundingRect().width() + _SAMPLE_WIDTH for _sample, label in self.items), default=0)
        spacing = self.layout.horizontalSpacing()
        # (the row's own margins come on top: a row that only just fits widened the plot by them)
        columns = max(1, min(len(self.items), int((width - _MARGINS + spacing) // max(widest + spacing, 1))))
        if columns != self.columnCount:
            self.setColumnCount(columns)  # lays the entries out again, and comes back here
            return
        super().updateSize()
        height = self.height()
        if height != self.minimumHeight():
            self.setMinimumHeight(height)
            self.setMaximumHeight(height)
            self.updateGeometry()  # the plot gives the row the new height
            self._plot.layout.invalidate()


def add_kept_runs(legend: pg.LegendItem, entries: list, earlier: str) -> None:
    """Legend entries for kept runs: ``entries`` is [(label, curve)], oldest first; the
    latest :data:`NAMED_KEPT_RUNS` are named, the earlier ones share the entry ``earlier``
    (a "%n earlier runs" text the view translated), drawn with the latest of them."""
    older, named = entries[:-NAMED_KEPT_RUNS], entries[-NAMED_KEPT_RUNS:]
    if older:
        legend.addItem(older[-1][1], earlier)
    for label, curve in named:
        legend.addItem(curve, label)
