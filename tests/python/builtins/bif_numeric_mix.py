# builtins: numeric mix (Glasspy conformance test)
values = [3, -4.5, 2**40, -0.0, True, 7]
print([abs(v) for v in values])
print([round(v) for v in values])
print(sum(values), max(values), min(values))
print([divmod(int(v), 3) for v in values])
print([bin(int(v)) for v in values[:3]], hex(sum(int(v) for v in values)))
print(pow(sum(int(v) for v in values), 2, 97), round(sum(values) / len(values), 3))
print(sorted(values), sorted(values, key=abs), sorted(values, reverse=True)[:2])
