# f-strings: expressions, calls, attribute access and indexing inside braces.
class Planet:
    def __init__(self, name, moons):
        self.name = name
        self.moons = moons


planets = [Planet("Mercury", 0), Planet("Earth", 1), Planet("Mars", 2)]
for i, p in enumerate(planets, 1):
    print(f"{i}. {p.name} has {p.moons} moon{'s' if p.moons != 1 else ''}")
total = sum(p.moons for p in planets)
print(f"total: {total}, mean: {total / len(planets)}")
print(f"{planets[-1].name.upper()[:3]}", f"{len(planets) * 10}%")
print(f"{'nested ' + f'{total}'}", F"{ total }", f"{(lambda x: x * 2)(21)}")
print(f"", f"plain", f"{1}{2}{3}")
