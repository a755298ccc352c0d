# Accented Latin identifiers.
café = "espresso"
naïve_estimate = 42
Ørsted = 1.0
señal = [n for n in range(5)]
façade = {"déjà": "vu", "über": "alles"}


def résumé(çount):
    return f"{café} x{çount}"


print(résumé(2), naïve_estimate, Ørsted, señal)
for clé, valeur in façade.items():
    print(clé, "->", valeur)
straße = "street"
print(straße.upper(), len(straße))
