import statistics as st
from fractions import Fraction
print(st.mean([1, 2, 3, 4, 4]), st.mean([1, 2, 3]), st.mean([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.mean([Fraction(3, 7), Fraction(1, 21), Fraction(5, 3), Fraction(1, 3)]), st.mean([1, 2.5]), st.mean(range(10)))
print(st.fmean([3.5, 4.0, 5.25]), st.fmean([1, 2, 3], weights=[3, 2, 1]))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([1, 0]))
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(['red', 'blue', 'blue', 'red', 'green', 'red', 'red']))
print(st.multimode('aabbbbccddddeeffffgg'), st.multimode(''), st.mode('aabb'))
for f, arg in [(st.mean, []), (st.median, []), (st.mode, []), (st.geometric_mean, [0, 1])]:
    try:
        f(arg)
    except st.StatisticsError as e:
        print(type(e).__name__, e)
