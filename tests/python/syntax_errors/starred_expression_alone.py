# A starred expression as a whole right-hand side.
values = *range(3)
