# A literal as a comprehension's loop target.
squares = [x for 1 in range(3)]
