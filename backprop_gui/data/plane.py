"""The plane the toy data sets live in, and the grid the views evaluate a network on.

The two-input toy data sets (:mod:`.datasets`) put their points in about [−6, 6]², as
TensorFlow Playground does; the decision map and the diagram's neuron pictures show
what the network computes over that square.

One convention for every picture of the plane: the square is cut into cells × cells
equal cells and the network is evaluated at each cell's centre, so the picture covers
exactly [−extent, extent]², pixel for cell. The points are listed row by row from the
bottom (x2 smallest) up, each row from left (x1 smallest) to right: with
``values.reshape(cells, cells)`` row r, column c is the cell at x2 = centres[r],
x1 = centres[c]. That is a plot's orientation (x2 up), as pyqtgraph's ImageItem in
row-major order draws it on a plot; a picture stored top row first (a QImage) is
:func:`picture_rows`.
"""

from __future__ import annotations

import numpy as np

#: The plane shown is [−EXTENT, EXTENT]².
EXTENT = 6.0


def cell_centres(cells: int, extent: float = EXTENT) -> np.ndarray:
    """The centres (cells,) of ``cells`` equal cells across [−extent, extent], ascending."""
    step = 2.0 * extent / cells
    return np.linspace(-extent + step / 2, extent - step / 2, cells)


def plane_grid(cells: int, extent: float = EXTENT) -> np.ndarray:
    """(cells², 2) points (x1, x2): the cell centres, row by row from the bottom up,
    each row from left to right (see the module docstring)."""
    centres = cell_centres(cells, extent)
    x1, x2 = np.meshgrid(centres, centres)  # [row, column] = (centres[column], centres[row])
    return np.column_stack([x1.ravel(), x2.ravel()])


def picture_rows(values: np.ndarray, cells: int) -> np.ndarray:
    """Values over :func:`plane_grid` (cells², …) as a picture stored top row first:
    (cells, cells, …), row 0 at the top (x2 largest), column 0 at the left."""
    values = np.asarray(values)
    return values.reshape(cells, cells, *values.shape[1:])[::-1]
