# A failing subscript in a chain: the container is marked with ~ and the index with ^.
config = {"server": {"host": "localhost", "ports": [80, 443]}}
print(config["server"]["host"])
print(config["server"]["ports"][1])
value = config["server"]["ports"][0] + config["server"]["timeout"]
