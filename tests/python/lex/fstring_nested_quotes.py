# Quotes inside f-string replacement fields must differ from the outer ones
# in Python 3.11.
user = {"name": "Ada", "langs": ["Python", "C++"]}
print(f"{user['name']} knows {', '.join(user['langs'])}")
print(f'{user["name"]!r} has {len(user["langs"])} languages')
print(f"""{user['name'] + " " + 'Lovelace'}""")
print(f'''{"triple" + ' single'} outer''')
print(f"{'''triple-quoted inside'''}")
print(f'{"a" if user else "b"}{"c"}')
print(f"{f'{1 + 1}'}", f"""{f'{f"{2 + 2}"}'}""")
