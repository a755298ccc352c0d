#!/usr/bin/env python3
# A comment on the first line after the shebang.
"""Module docstring."""  # comment after a docstring
import math  # comment after an import


def area(radius):  # comment after a colon
    # comment as the first line of a block
    return math.pi * radius ** 2  # comment after return


values = [  # comment after an opening bracket
    1,  # one
    # own-line comment inside brackets
    2,  # two
]  # comment after the closing bracket
config = {'width': 3,  # trailing comment in a dict
          'height': 4}  #no space after the hash
print(round(area(values[1]), 4))  # comment after a call
print(config)  ## double hash
print("# not a comment", '#nor this')  # but this is
#
# An empty comment line above.
