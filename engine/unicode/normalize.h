// Unicode normalization forms NFC, NFD, NFKC and NFKD (UAX #15, Unicode 14.0), equal to
// CPython 3.11's unicodedata.normalize(); also unicodedata.decomposition().
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace glasspy::unicode {

// The four normalization forms.
enum class NormalForm : uint8_t { NFC, NFD, NFKC, NFKD };

// Parses "NFC", "NFD", "NFKC" or "NFKD" (unicodedata's spelling); false for anything else.
bool parse_normal_form(std::string_view name, NormalForm* form);

// The normalized form of a code point string.
std::u32string normalize(NormalForm form, std::u32string_view s);

// The same for UTF-8; ill-formed bytes come out as U+FFFD.
std::string normalize_utf8(NormalForm form, std::string_view utf8);

// unicodedata.is_normalized(): normalize(form, s) == s, usually without building it.
bool is_normalized(NormalForm form, std::u32string_view s);

// unicodedata.decomposition(): "<compat> 0020 0301", "0041 030A", or "" (Hangul too).
std::string decomposition_string(char32_t cp);

}  // namespace glasspy::unicode
