# Greek identifiers: a little physics and geometry.
π = 3.141592653589793
def κύκλος(ρ):
    return π * ρ ** 2

λ = 500e-9      # wavelength in metres
c = 299_792_458  # speed of light
ν = c / λ       # frequency
Δt = 0.25
print(round(κύκλος(2), 6))
print(f"ν = {ν:.4e} Hz")
αβγ = {"α": 1, "β": 2, "γ": 3}
print(sum(αβγ.values()), "".join(αβγ))
print("Δt" in globals(), Δt)
