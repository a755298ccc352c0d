# The closing bracket does not match an opening parenthesis on an earlier line.
total = sum(
    [1, 2, 3]
]
