// Hangul syllables decompose and compose arithmetically (Unicode 14.0, section 3.12), so the
// tables leave all 11,172 of them out.
#pragma once
#include <cstdint>

namespace glasspy::unicode {

inline constexpr char32_t kHangulSBase = 0xAC00;  // first syllable
inline constexpr char32_t kHangulLBase = 0x1100;  // first leading consonant (choseong)
inline constexpr char32_t kHangulVBase = 0x1161;  // first vowel (jungseong)
inline constexpr char32_t kHangulTBase = 0x11A7;  // one before the first trailing consonant
inline constexpr int kHangulLCount = 19;
inline constexpr int kHangulVCount = 21;
inline constexpr int kHangulTCount = 28;
inline constexpr int kHangulNCount = kHangulVCount * kHangulTCount;
inline constexpr int kHangulSCount = kHangulLCount * kHangulNCount;

// True for a precomposed syllable U+AC00..U+D7A3.
inline bool is_hangul_syllable(char32_t cp) {
  return cp >= kHangulSBase && cp < kHangulSBase + kHangulSCount;
}

// L+V gives an LV syllable, LV+T an LVT syllable; anything else 0.
inline char32_t hangul_compose(char32_t first, char32_t second) {
  if (first >= kHangulLBase && first < kHangulLBase + kHangulLCount &&
      second >= kHangulVBase && second < kHangulVBase + kHangulVCount) {
    uint32_t lv = (first - kHangulLBase) * kHangulVCount + (second - kHangulVBase);
    return kHangulSBase + lv * kHangulTCount;
  }
  if (is_hangul_syllable(first) && (first - kHangulSBase) % kHangulTCount == 0 &&
      second > kHangulTBase && second < kHangulTBase + kHangulTCount) {
    return first + (second - kHangulTBase);
  }
  return 0;
}

// Writes the two or three jamo of a syllable to `out`; returns how many.
inline int hangul_decompose(char32_t syllable, char32_t out[3]) {
  uint32_t index = syllable - kHangulSBase;
  out[0] = kHangulLBase + index / kHangulNCount;
  out[1] = kHangulVBase + (index % kHangulNCount) / kHangulTCount;
  uint32_t t = index % kHangulTCount;
  if (t == 0) return 2;
  out[2] = kHangulTBase + t;
  return 3;
}

}  // namespace glasspy::unicode
