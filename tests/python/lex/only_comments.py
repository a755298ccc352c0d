# This file contains only comments.
# It prints nothing when run.

#   indented text inside a comment
    # an indented comment line
