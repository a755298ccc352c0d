# A literal cannot be annotated.
1: int = 1
