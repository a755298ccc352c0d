# Generic type parameter syntax arrived in 3.12; 3.11 rejects it.
def first[T](items: list[T]) -> T:
    return items[0]
