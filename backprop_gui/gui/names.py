"""Display names and one-line explanations of the engine's choices, translated.

The engine speaks in identifiers (``leaky_relu``, ``binary_cross_entropy``); the window
shows these names in the user's language. ``QT_TRANSLATE_NOOP`` marks them for
``pyside6-lupdate``; :func:`name` translates at the moment of display, so switching
language takes effect on the next redraw.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

CONTEXT = "names"

NAMES = {
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
    # input features
    "x1": "x₁",
    "x2": "x₂",
    "x1_squared": "x₁²",
    "x2_squared": "x₂²",
    "x1_times_x2": "x₁·x₂",
    "sin_x1": "sin(x₁)",
    "sin_x2": "sin(x₂)",
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
}


def name(key: str) -> str:
    """The display name of an identifier, in the current language."""
    text = NAMES.get(key, key)
    return QCoreApplication.translate(CONTEXT, text) if key in NAMES else text


def explanation(key: str) -> str:
    text = HELP.get(key)
    return QCoreApplication.translate(CONTEXT, text) if text else ""
