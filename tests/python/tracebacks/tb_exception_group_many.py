# More than 15 sub-exceptions: the rest are summarised as "and N more exceptions".
errors = [ValueError(f"problem {i}") for i in range(20)]
raise ExceptionGroup("twenty problems", errors)
