# Deleting a function call.
del f()
