// The generated Unicode tables and the four-level trie lookups into them (unicode stage).
#include "unicode/unicode_tables.h"

#include "unicode/hangul.h"

namespace glasspy::unicode::detail {
namespace {

#include "unicode/unicode_tables.inc"

// Every table is a four-level trie whose upper levels hold offsets, so blocks can be shared
// and overlap; the generator picks the shifts that make each table smallest.
template <int kShift1, int kShift2, int kShift3, typename Top, typename Mid1, typename Mid2,
          typename Leaf>
inline Leaf trie_get(const Top* top, const Mid1* mid1, const Mid2* mid2, const Leaf* leaf,
                     char32_t cp) {
  uint32_t m1 = top[cp >> kShift1];
  uint32_t m2 = mid1[m1 + ((cp >> kShift2) & ((1u << (kShift1 - kShift2)) - 1))];
  uint32_t l = mid2[m2 + ((cp >> kShift3) & ((1u << (kShift2 - kShift3)) - 1))];
  return leaf[l + (cp & ((1u << kShift3) - 1))];
}

}  // namespace

const CharRecord& char_record(char32_t cp) {
  if (cp > kMaxCodePoint) return kCharRecords[0];
  return kCharRecords[trie_get<kCharShift1, kCharShift2, kCharShift3>(kCharTop, kCharMid1, kCharMid2,
                                                                      kCharLeaf, cp)];
}

double numeric_value_at(uint8_t index) { return kNumericValues[index]; }

const CaseRecord& case_record(char32_t cp) {
  if (cp > kMaxCodePoint) return kCaseRecords[0];
  return kCaseRecords[trie_get<kCaseShift1, kCaseShift2, kCaseShift3>(kCaseTop, kCaseMid1, kCaseMid2,
                                                                      kCaseLeaf, cp)];
}

const char16_t* case_pool() { return kCasePool; }

Decomposition decomposition_entry(char32_t cp) {
  if (cp > kMaxCodePoint) return {nullptr, 0, 0};
  uint16_t offset = trie_get<kDecompositionShift1, kDecompositionShift2, kDecompositionShift3>(
      kDecompositionTop, kDecompositionMid1, kDecompositionMid2, kDecompositionLeaf, cp);
  if (offset == 0) return {nullptr, 0, 0};
  // The last region starting at or before the offset (a few dozen regions).
  const DecompositionRegion* region = kDecompositionRegions;
  for (const DecompositionRegion& r : kDecompositionRegions) {
    if (r.first > offset) break;
    region = &r;
  }
  return {&kDecompositionPool[offset], region->length, region->tag};
}

int decode_decomposition(const Decomposition& d, char32_t out[kMaxDecomposition]) {
  int n = 0;
  for (int i = 0; i < d.length; ++i) {
    char32_t u = d.units[i];
    if (u >= 0xD800 && u < 0xDC00) u = 0x10000 + ((u - 0xD800) << 10) + (d.units[++i] - 0xDC00);
    out[n++] = u;
  }
  return n;
}

const char* decomposition_tag_name(int tag) { return kDecompositionTagNames[tag]; }

namespace {

// The first code point of a composite's canonical decomposition.
char32_t first_of_decomposition(char32_t composite) {
  char32_t parts[kMaxDecomposition];
  decode_decomposition(decomposition_entry(composite), parts);
  return parts[0];
}

}  // namespace

char32_t compose_pair(char32_t first, char32_t second) {
  if (char32_t syllable = hangul_compose(first, second)) return syllable;
  uint32_t second_index = (char_record(second).flags >> kSecondShift) & 63;
  if (second_index == 0) return 0;
  // The composites with this second, sorted by first: a binary search of a few probes, each
  // reading a composite's first character back from its decomposition.
  uint32_t lo = kCompositeStarts[second_index - 1], hi = kCompositeStarts[second_index];
  while (lo < hi) {
    uint32_t mid = (lo + hi) / 2;
    char32_t probe = first_of_decomposition(kComposites[mid]);
    if (probe == first) return kComposites[mid];
    if (probe < first) lo = mid + 1;
    else hi = mid;
  }
  return 0;
}

const char* table_unicode_version() { return kUnicodeVersion; }

}  // namespace glasspy::unicode::detail
