"""Module docstring: the first statement of the file is a string expression.

Docstrings of modules, classes, functions and methods; strings that are not first are
plain expression statements.
"""


class Shape:
    """A shape with a name."""

    def area(self):
        """Area of the shape; subclasses override it."""
        return 0

    def nothing(self):
        "single-quoted docstring"


def function():
    '''Triple single quotes.'''
    "this second string is not the docstring"
    return 1


def no_docstring():
    x = 1
    "not a docstring either"
    return x


def f_string_is_not_a_docstring():
    f"""{1 + 1}"""


print(__doc__.splitlines()[0])
print(Shape.__doc__, "|", Shape.area.__doc__, "|", Shape.nothing.__doc__)
print(function.__doc__, no_docstring.__doc__, f_string_is_not_a_docstring.__doc__)
print(function(), no_docstring())
