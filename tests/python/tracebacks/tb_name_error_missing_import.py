# Using a module name without importing it.
def show_path():
    return sys.path[0]

print("calling")
show_path()
