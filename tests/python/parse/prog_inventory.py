# An inventory system: nested dicts, dict and set comprehensions, sorting by several
# keys, grouping, and a report with aligned columns.
stock = [
    {"sku": "A100", "name": "widget", "qty": 12, "price": 2.50, "tags": ["small", "metal"]},
    {"sku": "B200", "name": "gadget", "qty": 0, "price": 12.00, "tags": ["large"]},
    {"sku": "C300", "name": "doohickey", "qty": 5, "price": 7.25, "tags": ["small"]},
    {"sku": "D400", "name": "thingamajig", "qty": 40, "price": 0.99, "tags": ["metal", "bulk"]},
]

by_sku = {item["sku"]: item for item in stock}
value = {sku: item["qty"] * item["price"] for sku, item in by_sku.items()}
out_of_stock = [item["name"] for item in stock if not item["qty"]]
all_tags = sorted({tag for item in stock for tag in item["tags"]})
by_tag = {tag: sorted(i["name"] for i in stock if tag in i["tags"]) for tag in all_tags}

print("total value:", f"{sum(value.values()):.2f}")
print("out of stock:", out_of_stock)
print("tags:", all_tags)
for tag, names in by_tag.items():
    print(f"  {tag:>6}: {', '.join(names)}")

restock = {"B200": 10, "C300": 3, "Z999": 1}
for sku, amount in restock.items():
    if (item := by_sku.get(sku)) is None:
        print("unknown sku", sku)
        continue
    item["qty"] += amount

print(f"{'SKU':<6}{'NAME':<13}{'QTY':>5}{'PRICE':>8}")
for item in sorted(stock, key=lambda i: (-i["qty"], i["name"])):
    print(f"{item['sku']:<6}{item['name']:<13}{item['qty']:>5}{item['price']:>8.2f}")
