"""Learning-rate schedules (core/schedules.py): PyTorch's rates, epoch by epoch."""

from __future__ import annotations

import math

import pytest

from backprop_gui.core import schedules

EPOCHS = 50
CASES = [
    ({"kind": "constant"}, 0.1),
    ({"kind": "step", "step_size": 7, "gamma": 0.5}, 0.1),
    ({"kind": "step", "step_size": 1, "gamma": 0.9}, 0.03),
    ({"kind": "exponential", "gamma": 0.93}, 0.1),
    ({"kind": "cosine", "t_max": 50, "eta_min": 0.0}, 0.1),
    ({"kind": "cosine", "t_max": 13, "eta_min": 0.001}, 0.3),  # past t_max it climbs again
    ({"kind": "cyclic", "base_lr": 0.001, "max_lr": 0.1, "step_size_up": 5}, 0.05),
    ({"kind": "cyclic", "base_lr": 0.01, "max_lr": 0.03, "step_size_up": 3}, 0.05),
]


def torch_rates(schedule: dict, learning_rate: float, epochs: int) -> list[float]:
    """The rate of each epoch with PyTorch's scheduler, stepped once per epoch."""
    torch = pytest.importorskip("torch")
    lr_scheduler = torch.optim.lr_scheduler
    parameter = torch.nn.Parameter(torch.zeros(1))
    optimizer = torch.optim.SGD([parameter], lr=learning_rate)
    kind = schedule["kind"]
    if kind == "constant":
        scheduler = lr_scheduler.LambdaLR(optimizer, lambda _e: 1.0)
    elif kind == "step":
        scheduler = lr_scheduler.StepLR(optimizer, schedule["step_size"], schedule["gamma"])
    elif kind == "exponential":
        scheduler = lr_scheduler.ExponentialLR(optimizer, schedule["gamma"])
    elif kind == "cosine":
        scheduler = lr_scheduler.CosineAnnealingLR(optimizer, schedule["t_max"], schedule["eta_min"])
    else:
        scheduler = lr_scheduler.CyclicLR(optimizer, schedule["base_lr"], schedule["max_lr"],
                                          step_size_up=schedule["step_size_up"], cycle_momentum=False)
    out = []
    for _ in range(epochs):
        out.append(optimizer.param_groups[0]["lr"])
        optimizer.step()  # an epoch's updates, then the scheduler, as PyTorch asks
        scheduler.step()
    return out


@pytest.mark.parametrize(("schedule", "learning_rate"), CASES, ids=lambda c: str(c))
def test_each_schedule_gives_pytorchs_rates_for_50_epochs(schedule, learning_rate):
    expected = torch_rates(schedule, learning_rate, EPOCHS)
    assert schedules.rates(schedule, learning_rate, EPOCHS) == expected  # to the last bit


@pytest.mark.parametrize(("schedule", "learning_rate"), CASES, ids=lambda c: str(c))
def test_each_schedule_follows_its_formula(schedule, learning_rate):
    """Without PyTorch: the step-by-step rates are the closed form, within rounding."""
    got = schedules.rates(schedule, learning_rate, EPOCHS)
    for epoch, rate in enumerate(got):
        assert rate == pytest.approx(schedules.closed_form(schedule, learning_rate, epoch), rel=1e-12, abs=1e-15), epoch


def test_the_formulas_by_hand():
    assert schedules.rates({"kind": "step", "step_size": 2, "gamma": 0.5}, 1.0, 6) == [1, 1, 0.5, 0.5, 0.25, 0.25]
    assert schedules.rates({"kind": "exponential", "gamma": 0.5}, 1.0, 4) == [1, 0.5, 0.25, 0.125]
    cosine = schedules.rates({"kind": "cosine", "t_max": 4, "eta_min": 0.0}, 1.0, 9)
    assert cosine[0] == 1 and cosine[2] == pytest.approx(0.5) and cosine[4] == pytest.approx(0, abs=1e-15)
    assert cosine[8] == pytest.approx(1)  # a period of 2·t_max, as PyTorch's
    cyclic = schedules.rates({"kind": "cyclic", "base_lr": 0.1, "max_lr": 0.5, "step_size_up": 2}, 9.0, 6)
    assert cyclic == pytest.approx([0.1, 0.3, 0.5, 0.3, 0.1, 0.3])  # the learning_rate setting is not used


def test_a_schedule_continues_from_its_state():
    spec = {"kind": "cosine", "t_max": 10, "eta_min": 0.01}
    whole = schedules.Schedule(spec, 0.2)
    whole.advance_to(30)
    first = schedules.Schedule(spec, 0.2)
    first.advance_to(12)
    second = schedules.Schedule(spec, 0.2)
    second.load_state(first.state())
    second.advance_to(30)
    assert second.rate == whole.rate and second.epoch == 30
    with pytest.raises(ValueError, match="rate"):
        second.load_state({"epoch": 3, "rate": math.nan})
