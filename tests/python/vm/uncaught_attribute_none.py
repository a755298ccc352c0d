# Ends in an uncaught AttributeError: CPython prints the traceback, with 3.11's
# position markers, on stderr and exits with status 1.
#
def find(items, key):
    for item in items:
        if item.get("id") == key:
            return item
    return None

records = [{"id": 1, "name": "one"}, {"id": 2, "name": "two"}]
print(find(records, 2)["name"])
found = find(records, 3)
print("found:", found)
print(found.get("name"))
print("unreachable")
