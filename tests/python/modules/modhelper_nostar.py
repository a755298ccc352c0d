# Imported with * by import_star.py: without __all__, public names are exported.
public_one = 'p'
_underscored = 'u'
