x = f"{a!r:>{width}.{prec}} {b['k']} {{literal}} {c=} {d:%Y-%m-%d}"
