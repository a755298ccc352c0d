print(id(1) == id(1), isinstance(id(object()), int))
h = hash("x")
print(h == hash("x"))
print(list(map(len, ["a", "bb"])), list(filter(str.isdigit, "a1b2")), list(zip("ab", "cd")))
print(sorted(set("banana")), "".join(reversed("abc")), sum(map(int, "123")))
print(bool([]), bool([0]), int("7"), float("2.5"), str(3), repr("q"), ascii("é"))
print(len(dir(__builtins__)) > 100 if isinstance(__builtins__, type(__import__("sys"))) else len(__builtins__) > 100)
print(divmod(9, 4), pow(3, 3, 5), round(9.995, 2), abs(-9))
import builtins
names = ["abs", "aiter", "all", "anext", "any", "ascii", "bin", "bool", "breakpoint", "bytearray", "bytes",
         "callable", "chr", "classmethod", "compile", "complex", "delattr", "dict", "dir", "divmod",
         "enumerate", "eval", "exec", "filter", "float", "format", "frozenset", "getattr", "globals",
         "hasattr", "hash", "help", "hex", "id", "input", "int", "isinstance", "issubclass", "iter",
         "len", "list", "locals", "map", "max", "memoryview", "min", "next", "object", "oct", "open",
         "ord", "pow", "print", "property", "range", "repr", "reversed", "round", "set", "setattr",
         "slice", "sorted", "staticmethod", "str", "sum", "super", "tuple", "type", "vars", "zip"]
print(all(hasattr(builtins, n) for n in names), [n for n in names if not hasattr(builtins, n)])
print(callable(builtins.aiter), callable(builtins.anext))
