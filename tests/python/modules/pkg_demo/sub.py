# A submodule that imports its sibling relatively.
from . import sibling
from .sibling import NAME
WHO = "sub sees " + NAME
