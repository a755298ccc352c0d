# A TypeError raised inside a built-in called from a nested Python function.
def index_by(items, key):
    return {key(item): item for item in items}

people = [{"name": "a", "tags": ["x"]}, {"name": "b", "tags": ["y"]}]
print(sorted(index_by(people, lambda p: p["name"])))
index_by(people, lambda p: p["tags"])
