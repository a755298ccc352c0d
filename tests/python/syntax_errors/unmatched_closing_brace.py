# A closing brace with no opening one, alone on a line.
x = 1
}
