from dataclasses import dataclass, field
from collections import Counter, defaultdict
from enum import Enum
class Category(Enum):
    FRUIT = 'fruit'
    TOOL = 'tool'
@dataclass(order=True)
class Product:
    price: float
    name: str = field(compare=False)
    category: Category = field(compare=False, default=Category.FRUIT)
stock = [Product(1.2, 'apple'), Product(0.5, 'banana'), Product(12.0, 'hammer', Category.TOOL),
         Product(3.3, 'mango'), Product(7.5, 'saw', Category.TOOL)]
by_category = defaultdict(list)
for p in sorted(stock):
    by_category[p.category].append(p.name)
print(dict(by_category))
print(Counter(p.category for p in stock).most_common())
print(min(stock), max(stock).name)
