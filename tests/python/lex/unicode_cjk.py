# CJK identifiers and strings: a small shopping list in Chinese and Japanese.
价格 = {"苹果": 3, "香蕉": 2, "西瓜": 12}
数量 = {"苹果": 4, "香蕉": 6, "西瓜": 1}


def 总价(价格表, 数量表):
    return sum(价格表[名] * 数量表[名] for 名 in 价格表)


print("总价:", 总价(价格, 数量))
こんにちは = "世界"
print(こんにちは, len(こんにちは))
def 挨拶(名前):
    return f"{名前}さん、こんにちは!"
print(挨拶("田中"))
한국어 = "안녕하세요"
print(한국어[::-1])
