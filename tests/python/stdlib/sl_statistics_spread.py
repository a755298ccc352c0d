import statistics as st
from fractions import Fraction
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.variance(data), st.stdev(data), st.pvariance(data), st.pstdev(data))
print(st.variance([1, 2, 3, 4]), st.pvariance([1, 2, 3, 4]), st.stdev([1, 2, 3, 4]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(st.variance([Fraction(1, 4), Fraction(5, 4), Fraction(1, 2)]), st.variance([1, 2, 3], xbar=2))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([0.1] * 10), st.stdev(range(100)))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.quantiles(range(1, 11), n=5, method='inclusive'))
print(st.covariance([1, 2, 3, 4], [1, 3, 2, 5]), st.correlation([1, 2, 3, 4], [2, 4, 6, 8]))
print(st.linear_regression([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]))
try:
    st.variance([1])
except st.StatisticsError as e:
    print(e)
try:
    st.stdev([])
except st.StatisticsError as e:
    print(e)
