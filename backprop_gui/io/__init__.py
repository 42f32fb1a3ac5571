"""Files: atomic writes, run files (.bpexp), model export (never Qt)."""
