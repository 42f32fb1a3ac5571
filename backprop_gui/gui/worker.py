"""The training thread.

One long-lived ``QThread`` runs :meth:`TrainingWorker.loop`. The window never calls
the trainer while it trains; it talks to the worker through thread-safe flags and a
command queue:

- ``play()`` / ``pause()`` set or clear an event that the trainer's ``should_stop``
  callback reads between mini-batches, so a pause takes effect within one batch;
- ``step_batch()``, ``step_epoch()`` and ``set_trainer()`` (reset, new data, new
  network) go through a queue the worker drains when it is not training;
- ``shutdown()`` stops everything; the window then ``quit()``s and ``wait()``s the
  thread, so it is never destroyed while running.

The worker hands over immutable snapshots (copies) through a one-item slot; the
window pulls the newest one from a QTimer (≤ 30 Hz) and asks for the next, which the
worker makes at the next mini-batch boundary (and after every step or stop). Between
mini-batches the trainer asks ``should_stop()``, which reads one attribute: every
request from the window (pause, a command, hold, a snapshot, shut down) sets its
condition first and then ``_attention``, and only then does the worker look at them
(on small networks a mini-batch takes some 20 µs, so this check must cost next to
nothing). While the window draws a snapshot, it
``hold()``s the worker, which then waits at the next mini-batch boundary until
``release()``: both threads share one interpreter lock, and a trainer that kept running
would make every drawing call wait for the lock (drawing gets several times slower,
and training no faster). No signal is sent per epoch:
only ``stopped(reason)`` when training stops by itself (finished, target reached,
diverged).

The window runs :meth:`TrainingWorker.loop` as a :class:`~.background.Task`: if the
trainer raises (a ``MemoryError`` inside a mini-batch, a bug), the loop ends, the task's
``errored`` signal carries the exception to the window, which calls :meth:`recover`,
says what happened and starts the thread again. Nothing here catches exceptions, so the
fast path is unchanged.
"""

from __future__ import annotations

import contextlib
import queue
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from ..core.trainer import Snapshot, Trainer


class TrainingWorker(QObject):
    stopped = Signal(str)  # why training stopped by itself: max_epochs, target_loss, diverged

    def __init__(self) -> None:
        super().__init__()
        self._trainer: Trainer | None = None
        self._generation = 0
        self._commands: queue.Queue = queue.Queue()
        self._running = threading.Event()
        self._quit = threading.Event()
        self._wake = threading.Event()
        self._released = threading.Event()
        self._released.set()
        self._idle = threading.Event()  # set while the loop waits, touching no trainer
        self._slot_lock = threading.Lock()
        self._slot: Snapshot | None = None
        self._snapshot_wanted = False
        # True when any of the above may need the worker's notice (see the docstring).
        self._attention = False
        self.epochs_per_second_limit: float | None = None  # None: as fast as possible
        self._rate_epochs = 0
        self._rate_time = time.perf_counter()
        self._rate = 0.0

    # ------------------------------------------------------------------ called from the GUI thread
    def set_trainer(self, trainer: Trainer, generation: int) -> None:
        """Train ``trainer`` from now on (it must not be used by anyone else)."""
        self.pause()
        self._commands.put(("trainer", trainer, generation))
        self._wake.set()

    def play(self) -> None:
        self._running.set()
        self._wake.set()

    def pause(self) -> None:
        self._running.clear()
        self._attention = True
        self._wake.set()

    @property
    def running(self) -> bool:
        return self._running.is_set()

    def step_batch(self) -> None:
        self.pause()
        self._commands.put(("batch",))
        self._wake.set()

    def step_epoch(self) -> None:
        self.pause()
        self._commands.put(("epoch",))
        self._wake.set()

    def hold(self) -> None:
        """Make training wait at the next mini-batch boundary (the window is drawing)."""
        self._released.clear()
        self._attention = True

    def release(self) -> None:
        self._released.set()

    def wait_until_idle(self, timeout: float = 5.0) -> bool:
        """Pause and wait until the worker no longer touches its trainer (to save it)."""
        self.pause()
        self._idle.clear()
        self._wake.set()
        return self._idle.wait(timeout)

    @contextlib.contextmanager
    def still(self):
        """Pause while the trainer is copied (saving, exporting), then train on if it was
        training (the Play button stays pressed meanwhile: it is the worker that pauses,
        so the worker is what must go on)."""
        was_running = self.running
        self.wait_until_idle()
        try:
            yield
        finally:
            if was_running and not self._quit.is_set():
                self.play()

    def edit_trainer(self, change: Callable[[Trainer], object]) -> bool:
        """Change the trainer from the window's thread, with no race: pause, wait until
        the worker no longer touches it, call ``change(trainer)``, and put a snapshot of
        the result in the slot (replacing any older one), to be drawn as every frame is.
        Training stays paused. False (and nothing changed) if there is no trainer or the
        worker did not come to rest within the wait."""
        self.release()  # a frame's hold would keep the worker from coming to rest for 0.5 s
        if not self.wait_until_idle() or self._trainer is None:
            return False
        change(self._trainer)
        self._publish(self._trainer)
        return True

    def recover(self) -> None:
        """After :meth:`loop` raised, once its thread has ended: stop training, forget a
        snapshot that may be older than the trainer, and let a new loop start clean."""
        self._running.clear()
        self._released.set()
        with self._slot_lock:
            self._slot = None
        self._snapshot_wanted = False
        self._attention = False

    def shutdown(self) -> None:
        self._released.set()
        self._quit.set()
        self._running.clear()
        self._attention = True
        self._wake.set()

    def take_snapshot(self) -> Snapshot | None:
        """The newest snapshot not yet taken, or None; while training runs, the worker
        makes the next one at its next mini-batch boundary."""
        with self._slot_lock:
            snapshot, self._slot = self._slot, None
        self._snapshot_wanted = True
        self._attention = True
        return snapshot

    # ------------------------------------------------------------------ the worker thread
    def loop(self) -> None:
        """Run until :meth:`shutdown`: train while playing, else serve commands."""
        while not self._quit.is_set():
            self._drain_commands()
            trainer = self._trainer
            if trainer is None or not self._running.is_set():
                if self._commands.empty():
                    self._idle.set()
                self._wake.wait(0.1)
                self._wake.clear()
                continue
            self._idle.clear()
            reason = self._train(trainer)
            finished = reason not in ("stopped", "epochs")
            if finished:
                self._running.clear()
            self._publish(trainer)  # after clearing: the window draws a stopped run in full
            if finished:
                self.stopped.emit(reason)

    def _drain_commands(self) -> None:
        if not self._commands.empty():
            self._idle.clear()
        while True:
            try:
                command = self._commands.get_nowait()
            except queue.Empty:
                return
            kind = command[0]
            if kind == "trainer":
                self._trainer, self._generation = command[1], command[2]
                self._rate, self._rate_epochs, self._rate_time = 0.0, self._trainer.epoch, time.perf_counter()
            elif self._trainer is not None and not self._quit.is_set():
                if kind == "batch":
                    self._trainer.step_batch()
                else:
                    self._trainer.step_epoch()
                if self._trainer.diverged is not None:
                    self.stopped.emit("diverged")
            if self._trainer is not None:
                self._publish(self._trainer)

    def _should_stop(self) -> bool:
        """Called by the trainer between mini-batches."""
        return self._attention and self._attend()

    def _attend(self) -> bool:
        self._attention = False  # first: a request made while we look sets it again
        if not self._released.is_set() and not self._released.wait(0.5):
            self._attention = True  # the window is still drawing: look again after the next batch
        if self._quit.is_set() or not self._running.is_set() or not self._commands.empty():
            return True
        if self._snapshot_wanted:
            self._snapshot_wanted = False
            self._publish(self._trainer)
        return False

    def _train(self, trainer: Trainer) -> str:
        limit = self.epochs_per_second_limit
        if limit is None:
            return trainer.run(should_stop=self._should_stop)
        # Slow enough to watch: one epoch, then wait out the rest of its time slot
        # (a command or pause wakes the wait early).
        started = time.perf_counter()
        reason = trainer.run(max_epochs=1, should_stop=self._should_stop)
        remaining = 1.0 / limit - (time.perf_counter() - started)
        if remaining > 0 and reason == "epochs":
            self._publish(trainer)
            self._wake.wait(remaining)
            self._wake.clear()
        return reason

    def _publish(self, trainer: Trainer) -> None:
        now = time.perf_counter()
        elapsed = now - self._rate_time
        if elapsed >= 0.5:
            epochs = trainer.epoch - self._rate_epochs
            self._rate = max(0.0, epochs / elapsed) if self._running.is_set() else 0.0
            self._rate_epochs, self._rate_time = trainer.epoch, now
        snapshot = trainer.snapshot(
            generation=self._generation, running=self._running.is_set(), epochs_per_second=self._rate
        )
        with self._slot_lock:
            self._slot = snapshot
