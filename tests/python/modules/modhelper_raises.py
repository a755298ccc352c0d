# Raises while being imported (see import_module_error_in_body.py).
x = 1 / 0
