def outer():
    factor = 10
    return [[i * factor + j for j in range(3)] for i in range(2)]
print(outer())

def closure_in_comprehension():
    fns = [lambda x, i=i: x + i for i in range(3)]
    late = [lambda x: x + i for i in range(3)]
    return [f(0) for f in fns], [f(0) for f in late]
print(closure_in_comprehension())

def shadowing():
    x = "outer"
    values = [x for x in "ab"]
    return values, x
print(shadowing())

def comprehension_sees_class_var():
    class K:
        n = 3
        ok = [i for i in range(n)]
    return K.ok
print(comprehension_sees_class_var())

def generator_in_comprehension():
    return [list(range(i)) for i in (j * 2 for j in range(3))]
print(generator_in_comprehension())
print([[y for y in range(x)] for x in range(4) if x % 2])
print({x: [y for y in range(x)] for x in range(3)})
