# A trailing comma in an unparenthesised from-import.
from os import path, sep,
