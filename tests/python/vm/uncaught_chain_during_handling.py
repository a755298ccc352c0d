# Ends in an uncaught KeyError: CPython prints the traceback, with 3.11's
# position markers, on stderr and exits with status 1.
def load(settings, key):
    try:
        return settings[key]
    except KeyError:
        return default_for(key)

def default_for(key):
    defaults = {"color": "blue"}
    return defaults[key] + "!"

print(load({"size": 1}, "size"))
print(load({}, "color"))
print(load({}, "shape"))
