"""Work in another thread, with an error path: whatever the work raises reaches the window.

Using it::

    task = Task(function, *args)              # made in the GUI thread
    task.succeeded.connect(show_result)       # function's return value
    task.errored.connect(show_problem)        # the exception it raised (never lost)
    start(task)                               # one-shot work, in a thread of its own

    thread = TaskThread(Task(worker.loop), parent=window)   # long-lived work (the training loop)
    thread.start()

As superqt's ``WorkerBase`` does, :meth:`Task.run` catches the exception and emits
``errored`` with it, so a failure in another thread is never silent: the thread ends
normally and the window, which receives the signal in its own thread, says what went
wrong in one sentence. ``KeyboardInterrupt`` and ``SystemExit`` are not caught.

One-shot threads started with :func:`start` are kept here (not by whoever started
them) until they have ended, so closing or deleting a dialog never destroys a running
thread; when the application quits, :func:`wait_for_all` waits for them.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal
from shiboken6 import isValid


class Task(QObject):
    """One piece of work; :meth:`run` never raises."""

    succeeded = Signal(object)  # the function's return value
    errored = Signal(object)  # the exception the function raised

    def __init__(self, function: Callable, *args) -> None:
        super().__init__()
        self.function = function
        self.args = args

    def run(self) -> None:
        """Do the work (in whatever thread calls this) and report how it went."""
        try:
            result = self.function(*self.args)
        except Exception as error:  # noqa: BLE001 - every failure must reach the window
            self.errored.emit(error)
        else:
            self.succeeded.emit(result)


class TaskThread(QThread):
    """A thread that runs one :class:`Task`; it may be started again once it has ended."""

    def __init__(self, task: Task, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.task = task

    def run(self) -> None:
        self.task.run()


class _Keeper(QObject):
    """Holds every one-shot thread until it has ended, whatever happens to who started it."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.threads: set[TaskThread] = set()
        app.aboutToQuit.connect(self.wait_all)

    def start(self, thread: TaskThread) -> None:
        self.threads.add(thread)
        thread.finished.connect(self._finished)
        thread.start()

    def _finished(self) -> None:
        thread = self.sender()
        if thread in self.threads:
            self._release(thread)

    def _release(self, thread: TaskThread) -> None:
        # "finished" is sent just before the thread ends; let go of it once it has.
        if thread.isRunning():
            QTimer.singleShot(5, lambda: self._release(thread))
            return
        self.threads.discard(thread)
        thread.deleteLater()

    def wait_all(self, timeout_ms: int = 30_000) -> bool:
        deadline = time.monotonic() + timeout_ms / 1000
        for thread in list(self.threads):
            thread.wait(max(0, int((deadline - time.monotonic()) * 1000)))
        return not any(thread.isRunning() for thread in self.threads)


_keeper: _Keeper | None = None


def start(task: Task) -> TaskThread:
    """Run ``task`` once in a thread of its own; its ``finished`` says when it has ended."""
    global _keeper
    if _keeper is None or not isValid(_keeper):  # none yet, or its application was deleted
        _keeper = _Keeper(QCoreApplication.instance())
    thread = TaskThread(task)
    _keeper.start(thread)
    return thread


def wait_for_all(timeout_ms: int = 30_000) -> bool:
    """Wait until no one-shot thread runs (the app does this on quit; tests may too)."""
    return _keeper is None or not isValid(_keeper) or _keeper.wait_all(timeout_ms)


def running() -> int:
    """How many one-shot threads are still running or not yet let go."""
    return 0 if _keeper is None or not isValid(_keeper) else len(_keeper.threads)
