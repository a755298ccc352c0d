// Unicode character names (unicode stage): reads the tables that tools/gen-unicode-names.py
// generates from CPython 3.11. Its docstring describes the encoding; in short, names are
// front coded in code point order (each shares a counted prefix with the one before and
// stores the rest as letters and lexicon words, restarting every 2**chunk_shift names), and
// the names CPython computes (Hangul syllables, CJK ideographs, a few numbered families)
// are computed here too.
#include "unicode/char_names.h"

#include <algorithm>
#include <cstdint>

#include "unicode/hangul.h"

namespace glasspy::unicode {
namespace {

struct CodePointRange {
  char32_t first;
  char32_t last;
};

// How a family's name continues after its prefix.
enum class FamilyKind : uint8_t {
  Hex,      // the code point, at least four hex digits: CJK COMPATIBILITY IDEOGRAPH-F900
  Decimal,  // base + (cp - first) in `width` digits: TANGUT COMPONENT-001
  Braille,  // the raised dots, cp - U+2800's bits as 1..8: BRAILLE PATTERN DOTS-1246
};

// A run of code points whose names are a prefix and a number.
struct NameFamily {
  char32_t first;
  char32_t last;
  FamilyKind kind;
  uint16_t base;
  uint8_t width;
  const char* prefix;
};

// A front-coded list of names (see the top of this file).
struct NameList {
  const uint8_t* prefixes;  // per name: characters shared with the name before (0: restart)
  const uint8_t* suffixes;  // per name: letters and words, the last one marked
  const uint32_t* chunks;   // where each run of 2**chunk_shift names starts in `suffixes`
  const uint64_t* masks;    // per chunk, kMaskBits / 64 words with bit first_word_bit() of
                            // each name set; or nullptr
  uint32_t count;
  int chunk_shift;
};

constexpr uint8_t kEmpty = 0;  // an empty suffix (the name is its shared prefix)

#include "unicode/char_names_tables.inc"

// Bytes from here on are the lead byte of a two-byte word.
constexpr int kFirstTwoByteWord = kFirstWordByte + kOneByteWords;
constexpr std::string_view kHangulPrefix = "HANGUL SYLLABLE ";
constexpr std::string_view kCjkUnifiedPrefix = "CJK UNIFIED IDEOGRAPH-";

// A name being built; the generator checks that none is longer than kMaxNameLength.
struct NameBuffer {
  char text[kMaxNameLength];
  size_t length = 0;

  std::string_view view() const { return {text, length}; }
  void append(std::string_view s) {
    std::copy(s.begin(), s.end(), text + length);
    length += s.size();
  }
};

std::string_view word(int index) {
  return {kWordText + kWordStarts[index],
          static_cast<size_t>(kWordStarts[index + 1] - kWordStarts[index])};
}

// The number of the letter (below kFirstWordByte) or word (from there on) at `p`, advancing
// `p` past it; `*last` says whether it ends the name.
int next_code(const uint8_t*& p, bool* last) {
  int b = *p++;
  if (b < kFirstWordByte) {
    *last = b == kEmpty || b >= kLastLetter;
    return b;
  }
  if (b < kFirstTwoByteWord) {
    *last = b - kFirstWordByte >= kFirstLastOneByteWord;
    return b;
  }
  int w = kOneByteWords + ((b - kFirstTwoByteWord) << 8) + *p++;
  *last = w >= kFirstLastTwoByteWord;
  return kFirstWordByte + w;
}

// The text of a code from next_code.
std::string_view code_text(int code) {
  if (code >= kFirstWordByte) return word(code - kFirstWordByte);
  if (code == kEmpty) return {};
  return {&kNameAlphabet[code < kLastLetter ? code - 1 : code - kLastLetter], 1};
}

// The letter or word at `p`, advancing `p` past it; `*last` says whether it ends the name.
std::string_view next_token(const uint8_t*& p, bool* last) { return code_text(next_code(p, last)); }

// Past the end of the suffix at `p`: next_code's test alone, the hot loop of find_name.
const uint8_t* skip_suffix(const uint8_t* p) {
  for (;;) {
    int b = *p++;
    if (b < kFirstWordByte) {
      if (b == kEmpty || b >= kLastLetter) return p;
    } else if (b < kFirstTwoByteWord) {
      if (b - kFirstWordByte >= kFirstLastOneByteWord) return p;
    } else if (kOneByteWords + ((b - kFirstTwoByteWord) << 8) + *p++ >= kFirstLastTwoByteWord) {
      return p;
    }
  }
}

// Name `index` of `list`, decoded from the restart point before it.
void decode_name(const NameList& list, uint32_t index, NameBuffer* out) {
  uint32_t i = index >> list.chunk_shift << list.chunk_shift;
  const uint8_t* p = list.suffixes + list.chunks[index >> list.chunk_shift];
  for (;; ++i) {
    out->length = list.prefixes[i];
    for (bool last = false; !last;) out->append(next_token(p, &last));
    if (i == index) return;
  }
}

// FNV-1a of the name's first word (up to a space or hyphen), mod kMaskBits: the generator's
// first_word_bit.
int first_word_bit(std::string_view name) {
  uint32_t h = 0x811C9DC5u;
  for (char c : name.substr(0, name.find_first_of(" -"))) {
    h = (h ^ static_cast<uint8_t>(c)) * 0x01000193u;
  }
  return static_cast<int>(h % kMaskBits);
}

// The number of the name in `list` equal to `query` (upper case), if any. One pass over the
// list that keeps how many leading characters the current name shares with the query: a
// name that shares more than that with its predecessor cannot match and is skipped unread,
// and so is a chunk whose mask says no name in it starts with the query's first word.
std::optional<uint32_t> find_name(const NameList& list, std::string_view query) {
  const uint8_t* p = list.suffixes;
  size_t matched = 0;
  const uint32_t chunk_mask = (1u << list.chunk_shift) - 1;
  const int bit = first_word_bit(query);
  for (uint32_t i = 0; i < list.count; ++i) {
    uint32_t chunk = i >> list.chunk_shift;
    if (list.masks && (i & chunk_mask) == 0 &&
        !(list.masks[chunk * (kMaskBits / 64) + bit / 64] >> (bit % 64) & 1)) {
      p = list.suffixes + list.chunks[chunk + 1];
      i |= chunk_mask;  // the loop's ++i starts the next chunk, where the coding restarts
      continue;
    }
    size_t shared = list.prefixes[i];
    if (shared > matched) {
      p = skip_suffix(p);
      continue;
    }
    matched = shared;
    bool equal = true;  // the suffix so far equals the query from `shared` on
    for (bool last = false; !last;) {
      std::string_view token = next_token(p, &last);
      size_t k = 0;
      while (k < token.size() && matched < query.size() && query[matched] == token[k]) {
        ++matched;
        ++k;
      }
      if (k < token.size()) {
        equal = false;
        if (!last) p = skip_suffix(p);
        break;
      }
    }
    if (equal && matched == query.size()) return i;
  }
  return std::nullopt;
}

// The code point of name `index` of kNameList, through the runs of named code points.
char32_t code_point_of(uint32_t index) {
  const auto* end = kNameRunIndex + kNameRuns + 1;
  int run = static_cast<int>(std::upper_bound(kNameRunIndex, end, index) - kNameRunIndex) - 1;
  return kNameRunFirst[run] + (index - kNameRunIndex[run]);
}

// The number of `cp`'s name in kNameList, if it is there.
std::optional<uint32_t> name_index_of(char32_t cp) {
  const uint32_t* end = kNameRunFirst + kNameRuns;
  int run = static_cast<int>(std::upper_bound(kNameRunFirst, end, cp) - kNameRunFirst) - 1;
  if (run < 0) return std::nullopt;
  uint32_t offset = cp - kNameRunFirst[run];
  if (offset >= static_cast<uint32_t>(kNameRunIndex[run + 1] - kNameRunIndex[run])) {
    return std::nullopt;
  }
  return kNameRunIndex[run] + offset;
}

bool is_cjk_unified(char32_t cp) {
  for (const CodePointRange& r : kCjkUnifiedRanges) {
    if (cp >= r.first && cp <= r.last) return true;
  }
  return false;
}

// Appends `value` in `radix`, at least `width` digits (upper-case hex, as in names).
void append_number(uint32_t value, uint32_t radix, int width, NameBuffer* out) {
  char digits[16];
  int n = 0;
  do {
    digits[n++] = "0123456789ABCDEF"[value % radix];
    value /= radix;
  } while (value != 0 || n < width);
  while (n > 0) out->text[out->length++] = digits[--n];
}

void family_name(const NameFamily& f, char32_t cp, NameBuffer* out) {
  out->length = 0;
  out->append(f.prefix);
  if (f.kind == FamilyKind::Hex) {
    append_number(cp, 16, 4, out);
  } else if (f.kind == FamilyKind::Decimal) {
    append_number(f.base + (cp - f.first), 10, f.width, out);
  } else {
    for (int bit = 0; bit < 8; ++bit) {
      if ((cp - 0x2800) >> bit & 1) out->text[out->length++] = static_cast<char>('1' + bit);
    }
  }
}

void hangul_name(char32_t cp, NameBuffer* out) {
  uint32_t s = cp - kHangulSBase;
  out->append(kHangulPrefix);
  out->append(kHangulLeads[s / kHangulNCount]);
  out->append(kHangulVowels[s % kHangulNCount / kHangulTCount]);
  out->append(kHangulTrails[s % kHangulTCount]);
}

// CPython's find_syllable: the longest jamo name of the table that `s` starts with
// (case-sensitive); "" counts, so only the vowel can be missing. Returns its index or -1.
int match_jamo(std::string_view s, const char* const* table, int count, size_t* length) {
  int found = -1;
  size_t best = 0;
  for (int i = 0; i < count; ++i) {
    std::string_view jamo = table[i];
    if ((found < 0 || jamo.size() > best) && s.substr(0, jamo.size()) == jamo) {
      found = i;
      best = jamo.size();
    }
  }
  *length = best;
  return found;
}

// "HANGUL SYLLABLE " + lead + vowel + trail, each the longest that fits in turn.
std::optional<char32_t> parse_hangul(std::string_view jamo) {
  size_t length;
  int l = match_jamo(jamo, kHangulLeads, kHangulLCount, &length);
  jamo.remove_prefix(length);
  int v = match_jamo(jamo, kHangulVowels, kHangulVCount, &length);
  jamo.remove_prefix(length);
  int t = match_jamo(jamo, kHangulTrails, kHangulTCount, &length);
  jamo.remove_prefix(length);
  if (l < 0 || v < 0 || t < 0 || !jamo.empty()) return std::nullopt;
  return kHangulSBase + (l * kHangulVCount + v) * kHangulTCount + t;
}

// "CJK UNIFIED IDEOGRAPH-" + four or five upper-case hex digits.
std::optional<char32_t> parse_cjk_unified(std::string_view hex) {
  if (hex.size() != 4 && hex.size() != 5) return std::nullopt;
  char32_t cp = 0;
  for (char c : hex) {
    if (c >= '0' && c <= '9') cp = cp * 16 + (c - '0');
    else if (c >= 'A' && c <= 'F') cp = cp * 16 + (c - 'A' + 10);
    else return std::nullopt;
  }
  if (!is_cjk_unified(cp)) return std::nullopt;
  return cp;
}

// A family member named `name` (upper case): the number after the prefix gives the code
// point, whose name must then be exactly `name` (no extra leading zeros, dots in order).
std::optional<char32_t> parse_family(std::string_view name) {
  for (const NameFamily& f : kFamilies) {
    std::string_view prefix = f.prefix;
    if (name.substr(0, prefix.size()) != prefix) continue;
    std::string_view digits = name.substr(prefix.size());
    if (digits.empty() || digits.size() > 8) continue;
    uint32_t value = 0;
    int radix = f.kind == FamilyKind::Hex ? 16 : 10;
    bool ok = true;
    for (char c : digits) {
      int d = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : 99;
      if (d >= radix || (f.kind == FamilyKind::Braille && (d < 1 || d > 8))) ok = false;
      if (!ok) break;
      if (f.kind == FamilyKind::Braille) value |= 1u << (d - 1);
      else value = value * radix + d;
    }
    if (!ok) continue;
    char32_t cp = f.kind == FamilyKind::Hex       ? value
                  : f.kind == FamilyKind::Braille ? 0x2800 + value
                  : value >= f.base ? f.first + (value - f.base) : 0;
    if (cp < f.first || cp > f.last) continue;
    NameBuffer canonical;
    family_name(f, cp, &canonical);
    if (canonical.view() == name) return cp;
  }
  return std::nullopt;
}

// CPython compares names with ASCII letters upper-cased; false if `name` is too long to be one.
bool to_upper(std::string_view name, NameBuffer* out) {
  if (name.size() > static_cast<size_t>(kMaxNameLength)) return false;
  for (char c : name) {
    out->text[out->length++] = c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
  }
  return true;
}

// Whether `name` (upper case) starts like a name CPython computes, which no stored name,
// alias or named sequence does (the generator checks).
bool is_computed_prefix(std::string_view name) {
  return name.substr(0, kHangulPrefix.size()) == kHangulPrefix ||
         name.substr(0, kCjkUnifiedPrefix.size()) == kCjkUnifiedPrefix;
}

}  // namespace

std::optional<std::string> char_name(char32_t cp) {
  NameBuffer name;
  if (is_hangul_syllable(cp)) {
    hangul_name(cp, &name);
  } else if (is_cjk_unified(cp)) {
    name.append(kCjkUnifiedPrefix);
    append_number(cp, 16, 4, &name);
  } else if (std::optional<uint32_t> index = name_index_of(cp)) {
    decode_name(kNameList, *index, &name);
  } else {
    const NameFamily* family = nullptr;
    for (const NameFamily& f : kFamilies) {
      if (cp >= f.first && cp <= f.last) family = &f;
    }
    if (!family) return std::nullopt;
    family_name(*family, cp, &name);
  }
  return std::string(name.view());
}

std::optional<char32_t> lookup_name(std::string_view name) {
  // As in CPython, these prefixes (case-sensitive) decide alone; in another case they reach
  // the stored names, which have none of these.
  if (name.substr(0, kHangulPrefix.size()) == kHangulPrefix) {
    return parse_hangul(name.substr(kHangulPrefix.size()));
  }
  if (name.substr(0, kCjkUnifiedPrefix.size()) == kCjkUnifiedPrefix) {
    return parse_cjk_unified(name.substr(kCjkUnifiedPrefix.size()));
  }
  NameBuffer upper;
  if (!to_upper(name, &upper)) return std::nullopt;
  if (is_computed_prefix(upper.view())) return std::nullopt;
  if (std::optional<char32_t> cp = parse_family(upper.view())) return cp;
  if (std::optional<uint32_t> index = find_name(kNameList, upper.view())) {
    return code_point_of(*index);
  }
  if (std::optional<uint32_t> index = find_name(kAliasList, upper.view())) {
    return kAliasCodePoints[*index];
  }
  return std::nullopt;
}

std::optional<std::u32string> lookup_name_or_sequence(std::string_view name) {
  if (std::optional<char32_t> cp = lookup_name(name)) return std::u32string(1, *cp);
  NameBuffer upper;
  if (!to_upper(name, &upper)) return std::nullopt;
  std::optional<uint32_t> index = find_name(kSequenceList, upper.view());
  if (!index) return std::nullopt;
  return std::u32string(kSequencePool + kSequenceStarts[*index],
                        kSequencePool + kSequenceStarts[*index + 1]);
}

}  // namespace glasspy::unicode
