"""backprop-gui: a desktop app that teaches how neural networks learn by backpropagation."""

__version__ = "0.1.0"
