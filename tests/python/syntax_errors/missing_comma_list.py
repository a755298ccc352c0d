# Missing commas between list elements.
values = [1 2 3]
