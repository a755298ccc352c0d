# A __future__ import after other code.
x = 1
from __future__ import annotations
