# Adjacent string literals are concatenated at compile time.
greeting = "Hello, " 'world' """!"""
print(greeting)
width = 6
row = ("id" f"{'name':>{width}}"
       r" \raw"
       '''|''')
print(row)
sql = ("SELECT name "
       "FROM users "  # a comment between parts
       "WHERE age > 30")
print(sql)
print(b"ab" b'cd' rb"\e")
print("a" "b" "c" == "abc", len("x" "" 'y'))
long_text = (
    "Lorem ipsum dolor sit amet, "
    "consectetur adipiscing elit."
)
print(len(long_text))
