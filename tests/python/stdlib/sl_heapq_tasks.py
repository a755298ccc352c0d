import heapq
tasks = []
heapq.heappush(tasks, (2, 'code'))
heapq.heappush(tasks, (1, 'write spec'))
heapq.heappush(tasks, (3, 'test'))
heapq.heappush(tasks, (1, 'eat'))
print(tasks)
print([heapq.heappop(tasks) for _ in range(len(tasks))])
nums = [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums), heapq.nlargest(1, nums), heapq.nsmallest(0, nums))
people = [{'name': 'a', 'age': 30}, {'name': 'b', 'age': 25}, {'name': 'c', 'age': 30}]
print(heapq.nlargest(2, people, key=lambda p: p['age']))
print(list(heapq.merge([1, 3, 5], [2, 4, 6], [0, 7])))
print(list(heapq.merge(['b', 'dd'], ['a', 'ccc'], key=len)))
print(list(heapq.merge([5, 3, 1], [4, 2], reverse=True)))
