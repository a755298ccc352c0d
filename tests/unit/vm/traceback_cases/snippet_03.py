raise ValueError  # comment
