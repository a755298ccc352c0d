// The generated Unicode tables and the three-level trie lookups into them (unicode stage).
#include "unicode/unicode_tables.h"

#include "unicode/hangul.h"

namespace glasspy::unicode::detail {
namespace {

#include "unicode/unicode_tables.inc"

// Every table is a three-level trie: top and mid hold offsets, so blocks can be shared and
// overlap (the generator picks the shifts that make the table smallest).
template <int kTopShift, int kMidShift, typename Top, typename Mid, typename Leaf>
inline Leaf trie_get(const Top* top, const Mid* mid, const Leaf* leaf, char32_t cp) {
  constexpr uint32_t kMidMask = (1u << (kTopShift - kMidShift)) - 1;
  constexpr uint32_t kLeafMask = (1u << kMidShift) - 1;
  uint32_t m = top[cp >> kTopShift];
  uint32_t l = mid[m + ((cp >> kMidShift) & kMidMask)];
  return leaf[l + (cp & kLeafMask)];
}

}  // namespace

const CharRecord& char_record(char32_t cp) {
  if (cp > kMaxCodePoint) return kCharRecords[0];
  return kCharRecords[trie_get<kCharTopShift, kCharMidShift>(kCharTop, kCharMid, kCharLeaf, cp)];
}

double numeric_value_at(uint8_t index) { return kNumericValues[index]; }

const CaseRecord& case_record(char32_t cp) {
  if (cp > kMaxCodePoint) return kCaseRecords[0];
  return kCaseRecords[trie_get<kCaseTopShift, kCaseMidShift>(kCaseTop, kCaseMid, kCaseLeaf, cp)];
}

const char16_t* case_pool() { return kCasePool; }

const char16_t* decomposition_entry(char32_t cp) {
  if (cp > kMaxCodePoint) return nullptr;
  uint16_t offset = trie_get<kDecompositionTopShift, kDecompositionMidShift>(
      kDecompositionTop, kDecompositionMid, kDecompositionLeaf, cp);
  return offset == 0 ? nullptr : &kDecompositionPool[offset];
}

const char* decomposition_tag_name(int tag) { return kDecompositionTagNames[tag]; }

char32_t compose_pair(char32_t first, char32_t second) {
  if (char32_t syllable = hangul_compose(first, second)) return syllable;
  uint32_t second_index = (char_record(second).flags >> kSecondShift) & 63;
  if (second_index == 0 || first > (UINT32_MAX >> 6)) return 0;
  uint32_t key = static_cast<uint32_t>(first) << 6 | second_index;
  // Binary search: about ten probes over the ~940 sorted pairs.
  size_t lo = 0, hi = sizeof(kCompositionKeys) / sizeof(kCompositionKeys[0]);
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (kCompositionKeys[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  bool found = lo < sizeof(kCompositionKeys) / sizeof(kCompositionKeys[0]) && kCompositionKeys[lo] == key;
  return found ? kCompositionResults[lo] : 0;
}

const char* table_unicode_version() { return kUnicodeVersion; }

}  // namespace glasspy::unicode::detail
