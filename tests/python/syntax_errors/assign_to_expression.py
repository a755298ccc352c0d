# Assigning to an arithmetic expression.
a + b = 10
