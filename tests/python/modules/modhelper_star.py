# Imported with * by import_star.py: only the names in __all__ are exported.
__all__ = ['shown', 'also']
shown = 1
also = 2
hidden = 3
_private = 4
