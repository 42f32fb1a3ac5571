"""Data to learn from: toy generators, CSV tables and loading, splits (never Qt)."""
