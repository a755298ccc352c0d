# Quote styles and quotes inside strings.
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "it's", 'say "hi"', "say \"hi\"", '''both ' and "''', """both ' and \"""")
print("""""" == '', '''''' == "", len(''), len(""))
print("""a "quoted" word""", '''a 'quoted' word''')
print(""""starts with a quote""", '''''ends'' with quotes'''[0:3])
print('''multi
line
single''')
print("""multi
    line with 'indentation'
and "quotes\"""")
empty_lines = """

"""
print(repr(empty_lines))
print('#', "# not a comment", '''#''')
