// "Did you mean" suggestions (VM stage): the choice of a name, after CPython 3.11's
// Python/suggestions.c: a Levenshtein distance over UTF-8 bytes where a case flip costs 1
// and other edits 2. The candidates come from suggestion_candidates.cpp.
#include "vm/suggestions.h"

#include <algorithm>
#include <cstdint>


namespace glasspy::vm {

namespace {

constexpr size_t kMaxCandidates = 750;
constexpr size_t kMaxStringSize = 40;
constexpr size_t kMoveCost = 2;
constexpr size_t kCaseCost = 1;

size_t substitution_cost(char a, char b) {
  if ((a & 31) != (b & 31)) return kMoveCost;  // not the same letter in another case
  if (a == b) return 0;
  if (a >= 'A' && a <= 'Z') a = static_cast<char>(a + ('a' - 'A'));
  if (b >= 'A' && b <= 'Z') b = static_cast<char>(b + ('a' - 'A'));
  return a == b ? kCaseCost : kMoveCost;
}

}  // namespace

size_t suggestion_distance(std::string_view a, std::string_view b, size_t max_cost) {
  // Common prefixes and suffixes cost nothing.
  while (!a.empty() && !b.empty() && a.front() == b.front()) {
    a.remove_prefix(1);
    b.remove_prefix(1);
  }
  while (!a.empty() && !b.empty() && a.back() == b.back()) {
    a.remove_suffix(1);
    b.remove_suffix(1);
  }
  if (a.empty() || b.empty()) return (a.size() + b.size()) * kMoveCost;
  if (a.size() > kMaxStringSize || b.size() > kMaxStringSize) return max_cost + 1;
  if (b.size() < a.size()) std::swap(a, b);  // the row is the shorter string
  if ((b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;
  size_t row[kMaxStringSize];
  for (size_t i = 0; i < a.size(); ++i) row[i] = (i + 1) * kMoveCost;
  size_t result = 0;
  for (size_t bi = 0; bi < b.size(); ++bi) {
    char code = b[bi];
    size_t distance = result = bi * kMoveCost;
    size_t minimum = SIZE_MAX;
    for (size_t ai = 0; ai < a.size(); ++ai) {
      size_t substitute = distance + substitution_cost(code, a[ai]);
      distance = row[ai];
      size_t insert_delete = std::min(result, distance) + kMoveCost;
      result = std::min(insert_delete, substitute);
      row[ai] = result;
      minimum = std::min(minimum, result);
    }
    if (minimum > max_cost) return max_cost + 1;  // the whole row is already too expensive
  }
  return result;
}

bool best_suggestion(std::string_view name, const std::vector<std::string>& candidates, std::string* out) {
  if (candidates.size() >= kMaxCandidates) return false;
  size_t best_distance = SIZE_MAX;
  const std::string* best = nullptr;
  for (const std::string& item : candidates) {
    if (item == name) continue;
    // No more than a third of the characters involved may change, and never a match
    // already beaten.
    size_t max_distance = (name.size() + item.size() + 3) * kMoveCost / 6;
    if (best_distance != SIZE_MAX) max_distance = std::min(max_distance, best_distance - 1);
    size_t d = suggestion_distance(name, item, max_distance);
    if (d > max_distance) continue;
    if (best == nullptr || d < best_distance) {
      best = &item;
      best_distance = d;
    }
  }
  if (best == nullptr) return false;
  *out = *best;
  return true;
}

}  // namespace glasspy::vm
