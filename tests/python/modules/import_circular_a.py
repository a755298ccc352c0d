# Circular import: modhelper_circ_a imports modhelper_circ_b, which imports a name from
# modhelper_circ_a before it is defined.
try:
    import modhelper_circ_a
except ImportError as e:
    print(type(e).__name__, e)
