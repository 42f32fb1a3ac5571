"""A practice problem on paper: a PDF worksheet drawn with QPdfWriter and QPainter.

Many classrooms have one computer per group, or none for homework. The worksheet holds
what a student needs to do one training step by hand (:mod:`core.practice`): the network
drawn with its numbers, the sample, its target and η, the given numbers listed by name,
the formulas, an empty box for every quantity in order (quantities the level shows worked
are printed in their boxes), and the answer key alone on the last page, so a teacher can
tear it off. Every name is written as the Practice panel writes it, through
:mod:`.practice_symbols` (z₁⁽¹⁾, δ₁⁽²⁾, ∂L/∂w₂,₁⁽²⁾, "new w₁,₁⁽²⁾"; x₁, y₁, b₁⁽¹⁾, η for the
given numbers), and the network is drawn with the panel's labels (x₁ = 0,5 beside an input,
each weight's number on its line, b = 0,1 under its neuron, the activation inside it,
y₁ = … beside an output, "inputs", "layer 1", "output" above the columns), so a student who
practises on the screen and on paper reads the same names. Numbers are written in the
interface language (decimal comma in Indonesian, :mod:`gui.numbers`).

A QGuiApplication is enough (no screen: ``QT_QPA_PLATFORM=offscreen``): the command line's
``backprop-gui worksheet`` uses :func:`write_worksheet`; the window's File → Print
worksheet… uses :func:`print_worksheet_dialog`.
"""

from __future__ import annotations

import secrets
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from ..core import practice
from ..io.files import write_atomically
from . import names, numbers
from . import practice_symbols as symbols

CONTEXT = "worksheet"  # the translation context of every text here
KEY_DECIMALS = 4  # the answer key's decimals: enough for the backward pass's tolerance of 0.0005
RESOLUTION = 300  # dots per inch of the PDF's coordinates
MARGIN_MM = 15.0
COLUMNS = 3  # answer boxes per row
HEADING = 6.0  # mm above the drawing for its column headings ("inputs", "layer 1", "output")
# Where along its connection (0 at the source, 1 at the neuron) a weight's label may go, in order of preference.
LABEL_POSITIONS = (0.3, 0.25, 0.35, 0.4, 0.2, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75)

def _phase_title(phase: str) -> str:
    return {
        "forward": QCoreApplication.translate("worksheet", "Forward pass"),
        "loss": QCoreApplication.translate("worksheet", "Loss"),
        "backward": QCoreApplication.translate("worksheet", "Backward pass"),
        "update": QCoreApplication.translate("worksheet", "Update"),
    }[phase]


# ---------------------------------------------------------------------------- the page


class _Sheet:
    """A QPainter on a QPdfWriter with a cursor that moves down the page, in millimetres."""

    def __init__(self, device: QIODevice, title: str) -> None:
        self.writer = QPdfWriter(device)
        self.writer.setResolution(RESOLUTION)
        self.writer.setTitle(title)
        self.writer.setCreator("backprop-gui")
        self.writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                              QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                              QPageLayout.Unit.Millimeter))
        self.painter = QPainter(self.writer)
        self.painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.width = self.writer.width() / self.unit  # the printable width, mm
        self.height = self.writer.height() / self.unit
        self.y = 0.0

    @property
    def unit(self) -> float:
        return RESOLUTION / 25.4  # device units per millimetre

    def mm(self, value: float) -> float:
        return value * self.unit

    def rect(self, x: float, y: float, w: float, h: float) -> QRectF:
        return QRectF(self.mm(x), self.mm(y), self.mm(w), self.mm(h))

    def font(self, size: float, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont("DejaVu Sans")
        font.setPointSizeF(size)
        font.setBold(bold)
        font.setItalic(italic)
        self.painter.setFont(font)
        return font

    def text_height(self, text: str, width: float) -> float:
        metrics = QFontMetricsF(self.painter.font(), self.writer)
        bounds = metrics.boundingRect(QRectF(0, 0, self.mm(width), 1e6), int(Qt.TextFlag.TextWordWrap), text)
        return bounds.height() / self.unit

    def paragraph(self, text: str, size: float = 10.0, bold: bool = False, italic: bool = False,
                  gap: float = 1.5, colour: QColor | None = None) -> None:
        """``text`` wrapped across the page at the cursor; the cursor moves below it."""
        self.font(size, bold, italic)
        height = self.text_height(text, self.width)
        self.ensure(height)
        self.painter.setPen(colour or QColor("black"))
        self.painter.drawText(self.rect(0, self.y, self.width, height + 1), int(Qt.TextFlag.TextWordWrap), text)
        self.y += height + gap

    def ensure(self, height: float) -> None:
        """A new page if ``height`` mm do not fit below the cursor."""
        if self.y + height > self.height:
            self.new_page()

    def new_page(self) -> None:
        self.writer.newPage()
        self.y = 0.0

    def finish(self) -> None:
        self.painter.end()


# ---------------------------------------------------------------------------- the worksheet


def render_pdf(problem: practice.Problem, language: str | None = None) -> bytes:
    """The worksheet of ``problem`` as PDF bytes, in ``language`` (default: the interface's);
    the texts in the language whose translation is installed."""
    locale = numbers.interface_locale(language)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    sheet = _Sheet(buffer, QCoreApplication.translate("worksheet", "Backpropagation worksheet"))
    try:
        _front_page(sheet, problem, locale)
        _answer_boxes(sheet, problem, locale)
        sheet.new_page()
        _answer_key(sheet, problem, locale)
    finally:
        sheet.finish()
    buffer.close()
    return bytes(buffer.data().data())


def write_worksheet(problem: practice.Problem, path: str | Path, language: str | None = None) -> None:
    """Write the worksheet to ``path`` atomically (never half a file). Raises OSError."""
    data = render_pdf(problem, language)
    write_atomically(path, lambda file: file.write(data))


def _number(value: float, decimals: int, locale, trim: bool = False) -> str:
    return numbers.format_fixed(value, decimals, locale=locale, grouping=False, trim_zeros=trim)


def _given_number(value: float, locale) -> str:
    """A given number (x, y, W, b, η) as it was drawn: one or two decimals."""
    return _number(value, 2, locale, trim=True)


def _level_line(spec: practice.Level) -> str:
    return QCoreApplication.translate("worksheet", "Level {number} of {count}: {title}").format(
        number=spec.number, count=len(practice.LEVELS), title=QCoreApplication.translate("practice", spec.title))


def _problem_line(problem: practice.Problem) -> str:
    return QCoreApplication.translate(
        "worksheet", "Problem number {seed}. The same problem again: backprop-gui worksheet --seed {seed} --level {level}"
    ).format(
        seed=problem.seed, level=problem.level)


def _front_page(sheet: _Sheet, problem: practice.Problem, locale) -> None:
    spec = problem.spec
    sheet.paragraph(QCoreApplication.translate("worksheet", "Backpropagation worksheet"), 18, bold=True, gap=1)
    sheet.paragraph(_level_line(problem.spec), 12, gap=1)
    sheet.paragraph(_problem_line(problem), 8, colour=QColor("#555555"), gap=3)
    sheet.paragraph(QCoreApplication.translate(
        "worksheet", "Name: ______________________   Class: __________   Date: __________"), 10, gap=4)
    sheet.paragraph(QCoreApplication.translate("worksheet", 
        "Do one training step by hand on the sample below: the forward pass, the loss, the backward pass "
        "and the update. Write each quantity in its box, in order, and use your own earlier answers in the "
        "later steps. Write the forward pass and the loss with at least two decimals, the backward pass and "
        "the update with three or four."), 10, gap=1.5)
    sheet.paragraph(_reading_the_names(), 9, gap=4, colour=QColor("#333333"))

    sheet.paragraph(QCoreApplication.translate("worksheet", "The network"), 12, bold=True)
    height = 26.0 * max(problem.network.layers[0].units, problem.network.input_dim) + 8 + HEADING
    sheet.ensure(height)
    _draw_network(sheet, problem, locale, sheet.y, height)
    sheet.y += height + 2
    sheet.paragraph(QCoreApplication.translate(
        "worksheet", "Hidden layer: {hidden}. Output layer: {output}. Loss: {loss}. Learning rate η = {eta}.").format(
        hidden=names.name(spec.hidden_activation), output=names.name(spec.output_activation),
        loss=names.name(problem.loss), eta=_given_number(problem.learning_rate, locale)), 10)
    separator = numbers.list_separator(locale=locale)

    def vector(values) -> str:  # one number alone: "0,1", never "(0,1)", which reads as a pair
        text = separator.join(_given_number(v, locale) for v in values)
        return text if len(values) == 1 else f"({text})"

    sheet.paragraph(QCoreApplication.translate("worksheet", "Sample: x = {inputs}. Target: y = {targets}.").format(
        inputs=vector(problem.x[0]), targets=vector(problem.y[0])), 10, gap=4)

    sheet.paragraph(QCoreApplication.translate("worksheet", "Given numbers"), 12, bold=True)
    for group in _given_numbers(problem, locale):
        _name_value_grid(sheet, group, boxes=False)


def _reading_the_names() -> str:
    """How to read the names: the panel's and the step-through's notation, counting from 1."""
    return QCoreApplication.translate(
        "worksheet",
        "How to read the names: the number below counts the neuron (or the input) from 1, from the top of its "
        "column; the number above, in brackets, counts the layer from 1, the first layer of weights. "
        "z₁⁽¹⁾ is the weighted sum of neuron 1 of layer 1 and a₁⁽¹⁾ its activation; w₂,₁⁽²⁾ is the weight from "
        "neuron 2 of layer 1 to neuron 1 of layer 2 (first where it comes from, then where it goes); b₁⁽²⁾ the bias "
        "of neuron 1 of layer 2; δ₁⁽²⁾ = ∂L/∂z₁⁽²⁾ of that neuron; ∂L/∂w and ∂L/∂b the gradients of a weight and "
        "a bias; \"new w\" and \"new b\" their values after the step; x₁, x₂ the inputs, y₁ the target, "
        "L the loss, η the learning rate.")


def _given_numbers(problem: practice.Problem, locale) -> list[list[tuple[str, str]]]:
    """The given numbers by group (x, y, each row of each layer's W, its b, η), each as
    (name as the panel writes it, value): each group starts a row."""
    def pair(name: str, value: float) -> tuple[str, str]:
        return symbols.plain(name), _given_number(value, locale)

    groups = [[pair(f"x[{i}]", v) for i, v in enumerate(problem.x[0])],
              [pair(f"y[{j}]", v) for j, v in enumerate(problem.y[0])]]
    for l, layer in enumerate(problem.network.layers, start=1):
        groups += [[pair(f"W[{l}][{i}][{j}]", layer.weights[i, j]) for j in range(layer.units)]
                   for i in range(layer.fan_in)]  # a row per input i, as the matrix W[l] is written
        groups.append([pair(f"b[{l}][{j}]", layer.bias[j]) for j in range(layer.units)])
    groups.append([pair("eta", problem.learning_rate)])
    return groups


def _name_value_grid(sheet: _Sheet, pairs: list[tuple[str, str]], boxes: bool, grey: set[str] = frozenset(),
                     row_height: float | None = None) -> None:
    """``name = value`` in :data:`COLUMNS` columns, row by row; with ``boxes`` each value
    sits in a box to write in (empty when the value is "")."""
    row_height = row_height or (10.0 if boxes else 5.2)
    column = sheet.width / COLUMNS
    label_width = 33.0
    for start in range(0, len(pairs), COLUMNS):
        sheet.ensure(row_height)
        for k, (name, value) in enumerate(pairs[start: start + COLUMNS]):
            x = k * column
            sheet.font(10)
            sheet.painter.setPen(QColor("black"))
            label = sheet.rect(x, sheet.y, label_width, row_height - (2 if boxes else 0))
            sheet.painter.drawText(label, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), name + " =")
            cell = sheet.rect(x + label_width + 1.5, sheet.y, column - label_width - 5, row_height - (2 if boxes else 0))
            if boxes:  # a worked quantity's box is grey: the student only checks it
                sheet.painter.setPen(QPen(QColor("black"), sheet.mm(0.25)))
                sheet.painter.setBrush(QColor("#e6e6e6") if name in grey else Qt.BrushStyle.NoBrush)
                sheet.painter.drawRect(cell)
                sheet.painter.setBrush(Qt.BrushStyle.NoBrush)
            if value:
                sheet.font(10, italic=name in grey)
                sheet.painter.setPen(QColor("#444444") if name in grey else QColor("black"))
                flags = Qt.AlignmentFlag.AlignVCenter | (Qt.AlignmentFlag.AlignHCenter if boxes else Qt.AlignmentFlag.AlignLeft)
                sheet.painter.drawText(cell, int(flags), value)
        sheet.y += row_height


def _formulas(steps) -> list[str]:
    """The distinct formulas of ``steps``, in the order they are first used."""
    return list(dict.fromkeys(step.formula for step in steps))


def _answer_boxes(sheet: _Sheet, problem: practice.Problem, locale) -> None:
    sheet.new_page()
    sheet.paragraph(QCoreApplication.translate("worksheet", "Your answers"), 14, bold=True, gap=1)
    sheet.paragraph(_level_line(problem.spec), 9, colour=QColor("#555555"), gap=1)
    if problem.given():
        sheet.paragraph(QCoreApplication.translate(
            "worksheet", "The numbers already in grey boxes are worked out for you: check that you get them too."),
                        9, italic=True, gap=3)
    for phase in practice.PHASES:
        steps = [step for step in problem.steps if step.phase == phase]
        if not steps:
            continue
        sheet.ensure(20 + 5 * len(_formulas(steps)))  # the heading, its formulas and a first row together
        sheet.y += 2
        sheet.paragraph(_phase_title(phase), 11, bold=True, gap=1)
        for formula in _formulas(steps):  # the formulas of this phase, each once, where they are used
            sheet.paragraph("•  " + QCoreApplication.translate("practice", formula), 9.5, gap=0.6,
                            colour=QColor("#333333"))
        sheet.y += 1.5
        pairs = [(symbols.plain(step.name), _number(step.value, KEY_DECIMALS, locale) if step.given else "")
                 for step in steps]
        _name_value_grid(sheet, pairs, boxes=True, grey={symbols.plain(step.name) for step in steps if step.given})


def _answer_key(sheet: _Sheet, problem: practice.Problem, locale) -> None:
    sheet.paragraph(QCoreApplication.translate("worksheet", "Answer key"), 14, bold=True, gap=1)
    sheet.paragraph(_level_line(problem.spec), 9, colour=QColor("#555555"), gap=1)
    sheet.paragraph(_problem_line(problem), 8, colour=QColor("#555555"), gap=2)
    tolerance = practice.TOLERANCE
    sheet.paragraph(QCoreApplication.translate("worksheet", 
        "An answer is right when it is within {forward} (forward pass and loss) or {backward} (backward pass and "
        "update) of the value, plus {percent} of it (of the change, for an update). A student who made a mistake "
        "earlier is checked against what follows from their own earlier answers: a value here that differs because "
        "of an earlier rounding is not a mistake.").format(
            forward=_number(tolerance.forward_absolute, 3, locale), backward=_number(tolerance.backward_absolute, 4, locale),
            percent=numbers.format_percent(tolerance.relative, 0, locale=locale)), 9, gap=3)
    for phase in practice.PHASES:
        steps = [step for step in problem.steps if step.phase == phase]
        if not steps:
            continue
        sheet.ensure(12)
        sheet.paragraph(_phase_title(phase), 11, bold=True, gap=0.5)
        _name_value_grid(sheet, [(symbols.plain(step.name), _number(step.value, KEY_DECIMALS, locale)) for step in steps],
                         boxes=False, row_height=5.6)
        sheet.y += 2


# ---------------------------------------------------------------------------- the diagram


def _draw_network(sheet: _Sheet, problem: practice.Problem, locale, top: float, height: float) -> None:
    """Inputs, neurons and connections, labelled as the Practice panel's drawing labels them
    (:mod:`.practice_symbols`): each column's heading above it, each input's name and number
    beside it, each weight's number on its connection, each neuron's activation inside it
    and its bias under it, each output's target beside it."""
    painter = sheet.painter
    network = problem.network
    sizes = [network.input_dim] + [layer.units for layer in network.layers]
    radius = 6.5
    left, right = 28.0, sheet.width - 42.0
    xs = [left + (right - left) * k / (len(sizes) - 1) for k in range(len(sizes))]
    spacing = 26.0

    def centre(column: int, index: int) -> QPointF:
        count = sizes[column]
        y = top + HEADING + (height - HEADING) / 2 + (index - (count - 1) / 2) * spacing
        return QPointF(xs[column], y)

    sheet.font(9, bold=True)
    painter.setPen(QColor("#333333"))
    for column, x in enumerate(xs):
        painter.drawText(sheet.rect(x - 25, top, 50, HEADING - 1), int(Qt.AlignmentFlag.AlignCenter),
                         symbols.column_heading(column, len(network.layers)))

    # connections first, so the circles and labels lie on top of them
    painter.setPen(QPen(QColor("#777777"), sheet.mm(0.3)))
    for l, layer in enumerate(network.layers, start=1):
        for i in range(layer.fan_in):
            for j in range(layer.units):
                a, b = centre(l - 1, i), centre(l, j)
                painter.drawLine(QPointF(sheet.mm(a.x()), sheet.mm(a.y())), QPointF(sheet.mm(b.x()), sheet.mm(b.y())))
    # each weight on its line, at the first place (from near its source on) where its
    # label covers no neuron and no label placed before it
    sheet.font(8.5)
    metrics = QFontMetricsF(painter.font(), sheet.writer)
    taken = [QRectF(c.x() - radius - 0.5, c.y() - radius - 5, 2 * radius + 1, 2 * radius + 10)
             for column in range(len(sizes)) for c in (centre(column, k) for k in range(sizes[column]))]
    for l, layer in enumerate(network.layers, start=1):
        for i in range(layer.fan_in):
            for j in range(layer.units):
                a, b = centre(l - 1, i), centre(l, j)
                text = _given_number(layer.weights[i, j], locale)
                w = metrics.horizontalAdvance(text) / sheet.unit + 1.6
                h = metrics.height() / sheet.unit + 0.4
                place = None
                for t in LABEL_POSITIONS:
                    x, y = a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t
                    candidate = QRectF(x - w / 2, y - h / 2, w, h)
                    if not any(candidate.adjusted(-1.0, -1.0, 1.0, 1.0).intersects(other) for other in taken):
                        place = candidate
                        break
                if place is None:  # nowhere free: the middle of the line
                    x, y = (a.x() + b.x()) / 2, (a.y() + b.y()) / 2
                    place = QRectF(x - w / 2, y - h / 2, w, h)
                taken.append(place)
                box = sheet.rect(place.x(), place.y(), w, h)
                painter.setPen(QPen(QColor("#1f4e99"), sheet.mm(0.2)))
                painter.setBrush(QColor("white"))
                painter.drawRoundedRect(box, sheet.mm(0.8), sheet.mm(0.8))
                painter.setPen(QColor("#1f4e99"))
                painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
    # the inputs: an empty circle, its name and number beside it
    for i in range(sizes[0]):
        c = centre(0, i)
        _circle(sheet, c, radius, "", QColor("#eef3e8"))
        sheet.font(10)
        painter.setPen(QColor("black"))
        label = sheet.rect(c.x() - radius - 27, c.y() - 3, 25, 6)
        painter.drawText(label, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                         symbols.given(f"x[{i}]", _given_number(problem.x[0, i], locale)))
    # the neurons: the activation inside, the bias below
    for l, layer in enumerate(network.layers, start=1):
        for j in range(layer.units):
            c = centre(l, j)
            _circle(sheet, c, radius, symbols.activation_symbol(layer.activation), QColor("#fdf1dc"))
            sheet.font(8)
            painter.setPen(QColor("#8a3b00"))
            painter.drawText(sheet.rect(c.x() - 15, c.y() + radius + 0.4, 30, 4.2), int(Qt.AlignmentFlag.AlignCenter),
                             symbols.bias_label(_given_number(layer.bias[j], locale)))
    # the outputs' targets
    depth = len(network.layers)
    for j in range(network.output_dim):
        c = centre(depth, j)
        sheet.font(10)
        painter.setPen(QColor("black"))
        painter.drawText(sheet.rect(c.x() + radius + 2, c.y() - 3, 40, 6),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         symbols.given(f"y[{j}]", _given_number(problem.y[0, j], locale)))


def _circle(sheet: _Sheet, c: QPointF, radius: float, text: str, fill: QColor) -> None:
    painter = sheet.painter
    painter.setPen(QPen(QColor("black"), sheet.mm(0.35)))
    painter.setBrush(fill)
    painter.drawEllipse(QPointF(sheet.mm(c.x()), sheet.mm(c.y())), sheet.mm(radius), sheet.mm(radius))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    sheet.font(9 if max(map(len, text.splitlines() or [""])) <= 4 else 7)
    painter.drawText(sheet.rect(c.x() - radius, c.y() - radius, 2 * radius, 2 * radius), int(Qt.AlignmentFlag.AlignCenter), text)


# ---------------------------------------------------------------------------- from the command line


def start_application(language: str | None = None) -> str:
    """A QGuiApplication without a screen (if none runs yet) speaking ``language`` (default:
    the system's); returns the language applied ("id" or "en")."""
    from PySide6.QtGui import QGuiApplication

    from . import i18n

    app = QGuiApplication.instance()
    if app is None:
        # "-platform offscreen" wins over QT_QPA_PLATFORM: a PDF needs no screen, and a
        # server or a terminal without a display must not abort.
        app = QGuiApplication(["backprop-gui", "-platform", "offscreen"])
        start_application.app = app  # kept alive for the rest of the command
    return i18n.install(app, language or i18n.system_language())


# ---------------------------------------------------------------------------- from the window


def random_seed() -> int:
    """A seed for a new worksheet: each one a different problem (the seed is printed on it)."""
    return secrets.randbelow(practice.SEED_MAX + 1)


def practising(window) -> tuple[int, int] | None:
    """(level, seed) of the problem in the window's Practice panel, or None when there is
    no panel or it has no problem yet."""
    panel = getattr(window, "practice", None)
    if panel is None or getattr(panel, "problem", None) is None:
        return None
    return int(panel.level), int(panel.seed)


def print_worksheet_dialog(window, level: int | None = None) -> Path | None:
    """File → Print worksheet…: ask the level and the file, write the PDF, say so.

    The level offered first is the Practice panel's, and kept, the worksheet is the
    panel's problem (its seed), so the paper and the screen show the same numbers; another
    level chosen is a new problem (a new seed)."""
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    items = [_level_line(spec) for spec in practice.LEVELS]
    on_screen = practising(window)
    current = (level or (on_screen[0] if on_screen else None) or 1) - 1
    title = QCoreApplication.translate("worksheet", "Print worksheet")
    chosen, ok = QInputDialog.getItem(window, title, QCoreApplication.translate("worksheet", "Which level?"), items,
                                      max(0, min(current, len(items) - 1)), False)
    if not ok:
        return None
    number = items.index(chosen) + 1
    seed = on_screen[1] if on_screen and on_screen[0] == number else random_seed()
    files = getattr(window, "files", None)
    folder = files.documents_dir() if files is not None else ""
    suggested = str(Path(folder) / (QCoreApplication.translate("worksheet", "worksheet") + f"-{number}-{seed}.pdf"))
    path, _ = QFileDialog.getSaveFileName(window, title, suggested,
                                          QCoreApplication.translate("worksheet", "PDF files (*.pdf)"))
    if not path:
        return None
    target = Path(path) if Path(path).suffix.lower() == ".pdf" else Path(path + ".pdf")
    try:
        write_worksheet(practice.make_problem(seed, number), target)
    except OSError as error:
        _say(window, QCoreApplication.translate("worksheet", "Could not write {file}: {reason}").format(
            file=target.name, reason=error.strerror or str(error)))
        return None
    _say(window, QCoreApplication.translate("worksheet", "Saved the worksheet {file}").format(file=target.name))
    return target


def _say(window, text: str) -> None:
    show = getattr(window, "show_message", None)
    if show is not None:
        show(text)
