# None is a keyword constant and cannot be assigned.
None = 0
