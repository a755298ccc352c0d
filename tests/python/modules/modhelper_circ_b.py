# Half of a circular import (see import_circular_a.py).
from modhelper_circ_a import LATE
