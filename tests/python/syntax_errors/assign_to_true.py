# True cannot be the target of an assignment.
True = False
