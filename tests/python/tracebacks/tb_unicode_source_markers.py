# Markers line up under source lines that contain non-ASCII characters.
prix = {"café": 2.5, "thé": 1.5}
total = prix["café"] + prix["thé"]
print(total)
résultat = prix["café"] * prix["chocolat"]
