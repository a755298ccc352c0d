# Multi-line f-strings: triple-quoted ones with expressions on several lines, and
# single-line f-strings with bracketed expressions continued across lines.
user = {"name": "Grace", "langs": ["COBOL", "FLOW-MATIC"], "year": 1906}
report = f"""
Name:  {user["name"]}
Langs: {", ".join(
    lang.lower()
    for lang in user["langs"]
)}
Born:  {user["year"]:>6}
Total: {sum([
    1,
    2,
    3,
])}
"""
print(report)
print(f"{user['name']:*^20}"
      f"{len(user['langs'])}"
      "plain part"
      f"{user['year']}")
print(f'''one
two {1 +
     1}
three''')
value = f"""{
    'expression spanning lines inside triple quotes'
    .title()
}"""
print(value)
