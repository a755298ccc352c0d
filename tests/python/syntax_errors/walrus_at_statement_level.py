# An unparenthesised assignment expression as a statement.
x := 10
