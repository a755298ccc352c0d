# Ends in an uncaught TypeError: CPython prints the traceback, with 3.11's
# position markers, on stderr and exits with status 1.
#
config = {"sizes": [1, 2, 3], "name": "demo", "count": 4}

def get_first(key):
    value = config[key]
    return value[0]

print(config["name"][1:3])
print(callable(get_first), len(config))
print(get_first("sizes"))
print(get_first("name"))
print(get_first("count"))
print("unreachable")
