# The famous joke.
from __future__ import braces
