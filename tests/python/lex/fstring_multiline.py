# Triple-quoted f-strings spanning several lines.
items = [("widget", 3, 2.5), ("gadget", 1, 10.0), ("doohickey", 12, 0.75)]
lines = []
for name, qty, price in items:
    lines.append(f"""{name:<10} x{qty:>3}  {price:6.2f}""")
report = f"""Invoice
=======
{chr(10).join(lines)}
-------
total:         {sum(q * p for _, q, p in items):6.2f}
"""
print(report, end="")
message = f'''Dear {
    "customer"
},
your order of {len(items)} items
has shipped.'''
print(message)
multi = F"""{
    items[0][0]
    .upper()
}"""
print(multi)
