"""Learning-rate schedules, stepped once per epoch as PyTorch's schedulers are.

A schedule is an experiment's ``training.schedule``: ``{"kind": "constant"}`` or one of
the kinds below with its numbers. :class:`Schedule` follows ``torch.optim.lr_scheduler``
exactly, in the same floating-point operations, so that its rates equal PyTorch's to
the last bit: the rate of the first epoch (``last_epoch`` 0) is the base rate (the
``learning_rate`` setting; ``base_lr`` for cyclic), and after each epoch ``step()``
computes the next one from the current one (PyTorch's "chainable" form).

- constant:    η_e = η₀
- step:        η_e = η_{e−1}·γ when e is a multiple of step_size (StepLR)
- exponential: η_e = η_{e−1}·γ (ExponentialLR)
- cosine:      η_e = η_min + ½(η₀ − η_min)(1 + cos(π e / T_max)) (CosineAnnealingLR),
               computed as PyTorch does by the ratio of two consecutive terms; past T_max
               it rises again (the cosine's period is 2·T_max)
- cyclic:      triangular between base_lr and max_lr, up in step_size_up epochs and
               down in as many (CyclicLR, mode "triangular", stepped per epoch here)

The products (step, exponential) and cosine's ratios round differently from their
closed forms (η₀·γᵉ) by a few units in the last place; :func:`closed_form` gives the
formula itself, for checking without PyTorch. Pure Python; never imports Qt.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

KINDS = ("constant", "step", "exponential", "cosine", "cyclic")
FIELDS = {
    "constant": (),
    "step": ("step_size", "gamma"),
    "exponential": ("gamma",),
    "cosine": ("t_max", "eta_min"),
    "cyclic": ("base_lr", "max_lr", "step_size_up"),
}
"""The numbers each kind takes, in the order the experiment format lists them."""


def initial_rate(schedule: Mapping, learning_rate: float) -> float:
    """The rate of the first epoch: the ``learning_rate`` setting, or cyclic's ``base_lr``
    (PyTorch's CyclicLR sets the optimiser's rate to base_lr when it is made)."""
    return float(schedule["base_lr"]) if schedule["kind"] == "cyclic" else float(learning_rate)


class Schedule:
    """The learning rate of each epoch; ``rate`` is the current epoch's.

    ``epoch`` counts the completed epochs (PyTorch's ``last_epoch``); :meth:`step` is
    called after each, as ``scheduler.step()`` after an epoch's ``optimizer.step()``\\ s.
    """

    def __init__(self, schedule: Mapping, learning_rate: float) -> None:
        kind = schedule["kind"]
        if kind not in KINDS:
            raise ValueError(f"unknown schedule {kind!r}")
        self.kind = kind
        self.spec = dict(schedule)
        self.base_rate = initial_rate(schedule, learning_rate)
        self.epoch = 0
        self.rate = self.base_rate

    def step(self) -> float:
        """Move to the next epoch; return its rate."""
        self.epoch += 1
        self.rate = self._next_rate(self.epoch, self.rate)
        return self.rate

    def advance_to(self, epoch: int) -> float:
        """Step until ``epoch`` epochs are complete (one step per epoch, as PyTorch)."""
        while self.epoch < epoch:
            self.step()
        return self.rate

    def _next_rate(self, e: int, rate: float) -> float:
        s, kind = self.spec, self.kind
        if kind == "constant":
            return rate
        if kind == "step":  # StepLR.get_lr
            return rate * s["gamma"] if e % int(s["step_size"]) == 0 else rate
        if kind == "exponential":  # ExponentialLR.get_lr
            return rate * s["gamma"]
        if kind == "cosine":  # CosineAnnealingLR.get_lr, term by term as PyTorch writes it
            t_max, eta_min = int(s["t_max"]), float(s["eta_min"])
            if (e - 1 - t_max) % (2 * t_max) == 0:  # the bottom of the cosine: the ratio below would be 0/0
                return rate + (self.base_rate - eta_min) * (1 - math.cos(math.pi / t_max)) / 2
            return (1 + math.cos(math.pi * e / t_max)) / (1 + math.cos(math.pi * (e - 1) / t_max)) * (rate - eta_min) + eta_min
        return _cyclic(s, e)

    # ------------------------------------------------------------------ state
    def state(self) -> dict:
        """``epoch`` and ``rate``: with the schedule's settings, all it needs to continue."""
        return {"epoch": int(self.epoch), "rate": float(self.rate)}

    def load_state(self, state: Mapping) -> None:
        epoch, rate = state["epoch"], state["rate"]
        if isinstance(epoch, bool) or not isinstance(epoch, int) or epoch < 0:
            raise ValueError(f"schedule state: epoch must be a whole number ≥ 0, got {epoch!r}")
        if isinstance(rate, bool) or not isinstance(rate, (int, float)) or not math.isfinite(rate) or rate < 0:
            raise ValueError(f"schedule state: rate must be a finite number ≥ 0, got {rate!r}")
        self.epoch, self.rate = epoch, float(rate)


def _cyclic(s: Mapping, e: int) -> float:
    """CyclicLR.get_lr, mode "triangular", with step_size_down = step_size_up."""
    step_size_up = float(s["step_size_up"])
    total_size = step_size_up + step_size_up
    step_ratio = step_size_up / total_size
    cycle = math.floor(1 + e / total_size)
    x = 1.0 + e / total_size - cycle  # where in the cycle, 0 to 1
    scale_factor = x / step_ratio if x <= step_ratio else (x - 1) / (step_ratio - 1)
    base_height = (s["max_lr"] - s["base_lr"]) * scale_factor
    return s["base_lr"] + base_height * 1.0  # triangular: the scale function is 1


def rates(schedule: Mapping, learning_rate: float, epochs: int) -> list[float]:
    """The rate of each of the first ``epochs`` epochs."""
    stepper = Schedule(schedule, learning_rate)
    out = [stepper.rate]
    for _ in range(epochs - 1):
        out.append(stepper.step())
    return out[:epochs]


def closed_form(schedule: Mapping, learning_rate: float, epoch: int) -> float:
    """The rate of epoch ``epoch`` (0 = the first) by the formula, not step by step."""
    s, eta0 = schedule, initial_rate(schedule, learning_rate)
    kind = s["kind"]
    if kind == "constant":
        return eta0
    if kind == "step":
        return eta0 * s["gamma"] ** (epoch // int(s["step_size"]))
    if kind == "exponential":
        return eta0 * s["gamma"] ** epoch
    if kind == "cosine":
        return s["eta_min"] + (eta0 - s["eta_min"]) * (1 + math.cos(math.pi * epoch / s["t_max"])) / 2
    up = s["step_size_up"]
    position = epoch % (2 * up)  # epochs into the current cycle
    climb = position if position <= up else 2 * up - position
    return s["base_lr"] + (s["max_lr"] - s["base_lr"]) * climb / up
