# A starred expression with +=.
x += *y
