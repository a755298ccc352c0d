# There are no async lambdas.
f = async lambda: 1
