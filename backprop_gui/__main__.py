"""``python -m backprop_gui`` does what the ``backprop-gui`` command does."""

import sys

from .cli import main

sys.exit(main())
