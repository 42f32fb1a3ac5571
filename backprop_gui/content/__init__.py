"""Lessons and the glossary, read and checked (never Qt)."""
