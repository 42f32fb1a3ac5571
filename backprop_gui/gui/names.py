"""Display names and one-line explanations of the engine's choices, translated.

The engine speaks in identifiers (``leaky_relu``, ``binary_cross_entropy``, ``sin_x1``);
the window shows these names in the user's language. ``QT_TRANSLATE_NOOP`` marks them for
``pyside6-lupdate``; :func:`name` translates at the moment of display, so switching
language takes effect on the next redraw.

This module is the one place for these names: the settings, the network diagram, the
weights view, the step-through panel and the exported plots all call :func:`name`
(:func:`feature_name` for an input column, :func:`experiment_title` for the title of a
bundled experiment), so one thing is never called two ways.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

CONTEXT = "names"

# The built-in input features (data/datasets.py), written as formulas: the same in every language.
FEATURES = {
    "x1": "x₁",
    "x2": "x₂",
    "x1_squared": "x₁²",
    "x2_squared": "x₂²",
    "x1_times_x2": "x₁·x₂",
    "sin_x1": "sin(x₁)",
    "sin_x2": "sin(x₂)",
}

NAMES = {
    **FEATURES,
    # data sets
    "circle": QT_TRANSLATE_NOOP("names", "Circle"),
    "xor": QT_TRANSLATE_NOOP("names", "Exclusive or (XOR)"),
    "gauss": QT_TRANSLATE_NOOP("names", "Two Gaussians"),
    "spiral": QT_TRANSLATE_NOOP("names", "Spiral"),
    "plane": QT_TRANSLATE_NOOP("names", "Plane (regression)"),
    "multi_gauss": QT_TRANSLATE_NOOP("names", "Gaussian bumps (regression)"),
    "blobs": QT_TRANSLATE_NOOP("names", "Blobs (several classes)"),
    "sine": QT_TRANSLATE_NOOP("names", "Sine curve (regression)"),
    # real data sets shipped as CSV
    "iris": QT_TRANSLATE_NOOP("names", "Iris flowers (real data)"),
    "wine": QT_TRANSLATE_NOOP("names", "Wine cultivars (real data)"),
    "breast_cancer": QT_TRANSLATE_NOOP("names", "Breast cancer diagnosis (real data)"),
    "digits": QT_TRANSLATE_NOOP("names", "Handwritten digits (real data)"),
    # activations
    "sigmoid": QT_TRANSLATE_NOOP("names", "Sigmoid"),
    "tanh": QT_TRANSLATE_NOOP("names", "Tanh"),
    "relu": QT_TRANSLATE_NOOP("names", "ReLU"),
    "leaky_relu": QT_TRANSLATE_NOOP("names", "Leaky ReLU"),
    "linear": QT_TRANSLATE_NOOP("names", "Linear"),
    "softmax": QT_TRANSLATE_NOOP("names", "Softmax"),
    # losses
    "mse": QT_TRANSLATE_NOOP("names", "Mean squared error"),
    "binary_cross_entropy": QT_TRANSLATE_NOOP("names", "Binary cross-entropy"),
    "cross_entropy": QT_TRANSLATE_NOOP("names", "Cross-entropy"),
    # optimisers
    "sgd": QT_TRANSLATE_NOOP("names", "Gradient descent (SGD)"),
    "momentum": QT_TRANSLATE_NOOP("names", "SGD with momentum"),
    "adam": QT_TRANSLATE_NOOP("names", "Adam"),
    # initialisation
    "xavier": QT_TRANSLATE_NOOP("names", "Xavier (Glorot)"),
    "he": QT_TRANSLATE_NOOP("names", "He (Kaiming)"),
    "uniform": QT_TRANSLATE_NOOP("names", "Uniform ±0.5"),
    "zeros": QT_TRANSLATE_NOOP("names", "All zeros"),
    # regularisation
    "none": QT_TRANSLATE_NOOP("names", "None"),
    "l1": "L1",
    "l2": "L2",
    # precision
    "float64": QT_TRANSLATE_NOOP("names", "Double (float64)"),
    "float32": QT_TRANSLATE_NOOP("names", "Single (float32)"),
    # learning-rate schedules
    "constant": QT_TRANSLATE_NOOP("names", "Constant"),
    "step": QT_TRANSLATE_NOOP("names", "Step decay"),
    "exponential": QT_TRANSLATE_NOOP("names", "Exponential decay"),
    "cosine": QT_TRANSLATE_NOOP("names", "Cosine annealing"),
    "cyclic": QT_TRANSLATE_NOOP("names", "Cyclic (triangle)"),
}

HELP = {
    "sigmoid": QT_TRANSLATE_NOOP("names", "σ(z) = 1/(1+e⁻ᶻ) squeezes any number into 0…1. Its slope is at most 0.25, so deep stacks of it shrink gradients."),
    "tanh": QT_TRANSLATE_NOOP("names", "tanh(z) squeezes any number into −1…1 and is centred on 0."),
    "relu": QT_TRANSLATE_NOOP("names", "ReLU(z) = max(0, z): passes positive values, blocks negative ones. Its slope is 1, so gradients do not shrink."),
    "leaky_relu": QT_TRANSLATE_NOOP("names", "Like ReLU, but negative values keep a small slope (0.01), so a neuron never goes completely silent."),
    "linear": QT_TRANSLATE_NOOP("names", "f(z) = z: no bending at all. A network of linear layers can only draw straight lines."),
    "softmax": QT_TRANSLATE_NOOP("names", "Turns the output layer's numbers into probabilities that add up to 1, one per class."),
    "mse": QT_TRANSLATE_NOOP("names", "The average of (prediction − target)². The usual loss for predicting numbers (regression)."),
    "binary_cross_entropy": QT_TRANSLATE_NOOP("names", "−[y·log ŷ + (1−y)·log(1−ŷ)]: punishes confident wrong answers hard. For two classes, with a sigmoid output."),
    "cross_entropy": QT_TRANSLATE_NOOP("names", "−log of the probability given to the right class. For several classes, with a softmax output."),
    "sgd": QT_TRANSLATE_NOOP("names", "Each step moves every weight a little downhill: w ← w − η·∂L/∂w."),
    "momentum": QT_TRANSLATE_NOOP("names", "Like a ball rolling downhill: steps build up speed in directions that stay the same."),
    "adam": QT_TRANSLATE_NOOP("names", "Adapts the step size of every weight from the history of its gradients. Often works well without tuning."),
    "xavier": QT_TRANSLATE_NOOP("names", "Random starting weights scaled to the layer's size, so signals neither grow nor shrink. Good for tanh and sigmoid."),
    "he": QT_TRANSLATE_NOOP("names", "Random starting weights scaled for ReLU layers."),
    "uniform": QT_TRANSLATE_NOOP("names", "Random starting weights between −0.5 and 0.5, as TensorFlow Playground does."),
    "zeros": QT_TRANSLATE_NOOP("names", "Every weight starts at 0. All neurons of a layer then stay identical forever: try it and see why randomness is needed."),
    "constant": QT_TRANSLATE_NOOP("names", "The same learning rate in every epoch."),
    "step": QT_TRANSLATE_NOOP("names", "Multiply the learning rate by γ every few epochs (PyTorch's StepLR)."),
    "exponential": QT_TRANSLATE_NOOP("names", "Multiply the learning rate by γ after every epoch (PyTorch's ExponentialLR)."),
    "cosine": QT_TRANSLATE_NOOP("names", "Lower the learning rate along half a cosine wave, from its start to the minimum in T epochs (PyTorch's CosineAnnealingLR)."),
    "cyclic": QT_TRANSLATE_NOOP("names", "Move the learning rate up and down between a low and a high value, again and again (PyTorch's CyclicLR)."),
}


# The titles of the experiments that ship with the app (resources/experiments/*.json)
# and of the lessons' presets (resources/lessons/presets/*.json). The files keep their
# English title; the window shows it translated. A user's own experiment keeps its title
# as written. tests/test_indonesian_ui.py checks that every shipped file's title is here.
EXPERIMENTS = "experiments"
EXPERIMENT_TITLES = frozenset((
    QT_TRANSLATE_NOOP("experiments", "Two-arm spiral"),
    QT_TRANSLATE_NOOP("experiments", "Spiral from raw coordinates"),
    QT_TRANSLATE_NOOP("experiments", "Five-arm spiral (softmax)"),
    QT_TRANSLATE_NOOP("experiments", "Circle"),
    QT_TRANSLATE_NOOP("experiments", "XOR"),
    QT_TRANSLATE_NOOP("experiments", "Two Gaussian clouds"),
    QT_TRANSLATE_NOOP("experiments", "Three blobs (softmax)"),
    QT_TRANSLATE_NOOP("experiments", "Plane (regression)"),
    QT_TRANSLATE_NOOP("experiments", "Several Gaussian bumps (regression)"),
    QT_TRANSLATE_NOOP("experiments", "Sine wave (regression)"),
    QT_TRANSLATE_NOOP("experiments", "Iris flowers (real data)"),
    QT_TRANSLATE_NOOP("experiments", "Wine cultivars (real data)"),
    QT_TRANSLATE_NOOP("experiments", "Breast cancer diagnosis (real data)"),
    QT_TRANSLATE_NOOP("experiments", "Handwritten digits 8×8 (real data)"),
    QT_TRANSLATE_NOOP("experiments", "Lesson 1: one neuron, two clouds"),
    QT_TRANSLATE_NOOP("experiments", "Lesson 2: XOR with one hidden layer"),
    QT_TRANSLATE_NOOP("experiments", "Lesson 2: XOR without a hidden layer"),
    QT_TRANSLATE_NOOP("experiments", "Lesson 3: circle with cross-entropy"),
    QT_TRANSLATE_NOOP("experiments", "Lesson 3: circle with mean squared error"),
    QT_TRANSLATE_NOOP("experiments", "Lesson 4: a tiny network for the step-through"),
    QT_TRANSLATE_NOOP("experiments", "Lesson 5: learning rate 0.1 (about right)"),
    QT_TRANSLATE_NOOP("experiments", "Lesson 5: learning rate 10 (too large)"),
    QT_TRANSLATE_NOOP("experiments", "Lesson 5: learning rate 0.0001 (too small)"),
    QT_TRANSLATE_NOOP("experiments", "Lesson 6: batch size 1"),
    QT_TRANSLATE_NOOP("experiments", "Lesson 6: batch size 10"),
    QT_TRANSLATE_NOOP("experiments", "Lesson 6: the whole training set as one batch"),
    QT_TRANSLATE_NOOP("experiments", "Lesson 7: ten sigmoid layers (vanishing gradients)"),
    QT_TRANSLATE_NOOP("experiments", "Lesson 7: fix with batch normalization"),
    QT_TRANSLATE_NOOP("experiments", "Lesson 7: fix with ReLU"),
    QT_TRANSLATE_NOOP("experiments", "Lesson 8: exploding gradients"),
    QT_TRANSLATE_NOOP("experiments", "Lesson 8: tamed with a smaller learning rate"),
    QT_TRANSLATE_NOOP("experiments", "Lesson 8: tamed with Xavier initial weights"),
    QT_TRANSLATE_NOOP("experiments", "Lesson 9: overfitting"),
    QT_TRANSLATE_NOOP("experiments", "Lesson 9: fix with L2 regularization"),
    QT_TRANSLATE_NOOP("experiments", "Lesson 9: fix with dropout"),
    QT_TRANSLATE_NOOP("experiments", "Lesson 9: stop early on the validation loss"),
    QT_TRANSLATE_NOOP("experiments", "Lesson 10: deep network without batch normalization"),
    QT_TRANSLATE_NOOP("experiments", "Lesson 10: deep network with batch normalization"),
    QT_TRANSLATE_NOOP("experiments", "Lesson 11: all weights start at zero"),
    QT_TRANSLATE_NOOP("experiments", "Lesson 11: Xavier initial weights"),
    QT_TRANSLATE_NOOP("experiments", "Lesson 12: a small learning rate on the landscape"),
    QT_TRANSLATE_NOOP("experiments", "Lesson 12: a good learning rate on the landscape"),
    QT_TRANSLATE_NOOP("experiments", "Lesson 12: a too-large learning rate on the landscape"),
    QT_TRANSLATE_NOOP("experiments", "Lesson 12: a race of optimisers"),
    QT_TRANSLATE_NOOP("experiments", "Lesson 12: momentum on the landscape"),
    QT_TRANSLATE_NOOP("experiments", "Lesson 12: Adam on the landscape"),
    QT_TRANSLATE_NOOP("experiments", "Lesson 12: a too-large learning rate, lowered by a schedule"),
))


def name(key: str) -> str:
    """The display name of an identifier, in the current language."""
    text = NAMES.get(key, key)
    return QCoreApplication.translate(CONTEXT, text) if key in NAMES else text


def explanation(key: str) -> str:
    text = HELP.get(key)
    return QCoreApplication.translate(CONTEXT, text) if text else ""


def feature_name(key: str) -> str:
    """How an input column is shown: a built-in feature as its formula (``sin_x1`` is
    sin(x₁)), a CSV file's column by its own header."""
    return FEATURES.get(key, key)


def experiment_title(title: str) -> str:
    """The title of a shipped experiment or lesson preset in the current language; any
    other title as it is."""
    return QCoreApplication.translate(EXPERIMENTS, title) if title in EXPERIMENT_TITLES else title
