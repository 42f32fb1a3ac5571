"""The training worker's hand-over with the window: hold, pause and snapshots on request.

The worker's loop runs in a plain Python thread here; the window runs it in a QThread.
"""

from __future__ import annotations

import threading
import time

import pytest

from backprop_gui.build import build_run
from backprop_gui.schema import experiment
from backprop_gui.gui.worker import TrainingWorker


def wait_for(condition, timeout: float = 5.0) -> bool:
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        if condition():
            return True
        time.sleep(0.002)
    return condition()


@pytest.fixture
def playing():
    """A worker training the default experiment (for ever) in a thread of its own."""
    doc = experiment.default_experiment()
    doc["training"]["epochs"] = 10**8
    trainer = build_run(experiment.validate(doc)).trainer
    worker = TrainingWorker()
    worker.set_trainer(trainer, generation=1)
    thread = threading.Thread(target=worker.loop)
    thread.start()
    worker.play()
    assert wait_for(lambda: trainer.steps > 10)
    yield worker, trainer
    worker.shutdown()
    thread.join(timeout=5)
    assert not thread.is_alive()


def test_hold_stops_training_at_the_next_mini_batch_until_release(playing):
    worker, trainer = playing
    worker.hold()
    time.sleep(0.05)
    held_at = trainer.steps
    time.sleep(0.2)
    assert trainer.steps == held_at  # not one more mini-batch while the window draws
    worker.release()
    assert wait_for(lambda: trainer.steps > held_at + 10)


def test_pause_takes_effect_within_a_mini_batch(playing):
    worker, trainer = playing
    worker.pause()
    assert wait_for(lambda: worker._idle.is_set(), timeout=1.0)
    paused_at = trainer.steps
    time.sleep(0.1)
    assert trainer.steps == paused_at and not worker.running


def test_a_snapshot_is_made_after_the_window_asks_for_one(playing):
    worker, trainer = playing
    worker.take_snapshot()  # asks for the next one
    for _ in range(5):
        asked_at = trainer.steps
        assert wait_for(lambda: worker._slot is not None)
        snapshot = worker.take_snapshot()  # takes it and asks again
        assert snapshot.steps >= asked_at and snapshot.running and snapshot.generation == 1
    worker.hold()  # the window draws: the trainer stops at its next mini-batch ...
    time.sleep(0.05)
    worker.take_snapshot()
    time.sleep(0.1)
    assert worker._slot is None  # ... and makes no snapshot while held ...
    worker.release()
    assert wait_for(lambda: worker._slot is not None)  # ... and the request is answered after


def test_without_a_request_no_snapshot_is_copied(playing):
    worker, trainer = playing
    worker.take_snapshot()
    assert wait_for(lambda: worker._slot is not None)
    with worker._slot_lock:
        worker._slot = None  # taken without asking for another
    worker._snapshot_wanted = False
    steps = trainer.steps
    time.sleep(0.2)  # some 12 snapshots at the old rate of 60 a second
    assert trainer.steps > steps + 100 and worker._slot is None


def test_still_pauses_while_the_trainer_is_copied_then_trains_on(playing):
    worker, trainer = playing
    with worker.still():
        steps = trainer.steps
        time.sleep(0.1)
        assert trainer.steps == steps and not worker.running  # untouched while copied
    assert worker.running and wait_for(lambda: trainer.steps > steps + 10)


def test_after_the_loop_raised_recover_lets_a_new_loop_train_again(monkeypatch):
    """The window runs the loop as a background task: when training raises, the loop
    ends with the exception (the task reports it) and a new loop starts after recover()."""
    doc = experiment.default_experiment()
    doc["training"]["epochs"] = 10**8
    trainer = build_run(experiment.validate(doc)).trainer
    worker = TrainingWorker()
    worker.set_trainer(trainer, generation=1)
    raised = []

    def broken_run(*args, **kwargs):
        raise MemoryError

    def loop():
        try:
            worker.loop()
        except MemoryError as error:
            raised.append(error)

    monkeypatch.setattr(trainer, "run", broken_run)
    thread = threading.Thread(target=loop)
    thread.start()
    worker.play()
    thread.join(timeout=5)
    assert raised and not thread.is_alive() and worker.running  # nothing has told the worker yet
    worker.recover()
    assert not worker.running and worker.take_snapshot() is None
    monkeypatch.undo()
    thread = threading.Thread(target=worker.loop)
    thread.start()
    try:
        steps = trainer.steps
        worker.play()
        assert wait_for(lambda: trainer.steps > steps + 10)
    finally:
        worker.shutdown()
        thread.join(timeout=5)
