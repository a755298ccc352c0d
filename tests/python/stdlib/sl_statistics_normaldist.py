from statistics import NormalDist
iq = NormalDist(100, 15)
print(iq, iq.mean, iq.stdev, iq.variance)
print(round(iq.cdf(130), 10), round(iq.pdf(100), 10))
print(NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
print(iq + 10, iq * 2, -iq, iq == NormalDist(100, 15))
