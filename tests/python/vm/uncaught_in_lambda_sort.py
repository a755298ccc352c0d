records = [{"name": "b", "age": 3}, {"name": "a", "age": 1}, {"name": "c"}]

print(sorted(records[:2], key=lambda r: r["age"]))
print(sorted(records, key=lambda r: r.get("age", 0)))
print([r["name"] for r in records])


def by_age(rs):
    return sorted(rs, key=lambda r: r["age"])


print(by_age(records[:2]))
print(by_age(records))
#
#
