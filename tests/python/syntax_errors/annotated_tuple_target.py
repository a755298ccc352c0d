# Only a single target can be annotated.
a, b: int = 1, 2
