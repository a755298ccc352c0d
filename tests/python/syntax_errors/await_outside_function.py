# await at module level.
result = await something()
