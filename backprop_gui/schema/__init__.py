"""The one source of settings: what an experiment may say, checked in one place (never Qt)."""
