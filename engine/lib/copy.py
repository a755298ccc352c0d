"""Placeholder: copy module (to be written)."""
