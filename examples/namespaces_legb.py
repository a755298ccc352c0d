# Namespaces and the LEGB rule: a name is looked up in the Local scope, then
# the Enclosing functions, then the Global (module) scope, then Builtins.

x = "global x"


def outer():
    x = "enclosing x"

    def inner():
        x = "local x"
        print("inner sees:", x)          # L: local

    def no_local():
        print("no_local sees:", x)       # E: enclosing

    inner()
    no_local()


outer()
print("module sees:", x)                 # G: global
print("len is found in builtins:", len("abc"))  # B: builtins

# Shadowing a builtin in the global scope hides it until it is deleted.
len = lambda obj: "shadowed!"
print(len("abc"))
del len
print(len("abc"))

# Assignment makes a name local for the whole function, so reading it
# before the assignment fails.
counter = 0


def broken_increment():
    try:
        counter += 1
    except UnboundLocalError as err:
        print("UnboundLocalError:", err)


broken_increment()


def fixed_increment():
    global counter                       # rebind the module's name instead
    counter += 1


fixed_increment()
print("counter:", counter)
print("local names of outer:", outer.__code__.co_varnames,
      "cell variables:", outer.__code__.co_cellvars)
