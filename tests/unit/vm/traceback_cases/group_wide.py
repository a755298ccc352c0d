excs = [ValueError(i) for i in range(20)]
raise ExceptionGroup('many', excs)
