# Half of a circular import (see import_circular_a.py).
import modhelper_circ_b
LATE = 1
