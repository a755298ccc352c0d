// Unicode character names (Unicode 14.0, exactly as CPython 3.11's unicodedata has them):
// the "\N{...}" escape of string literals, unicodedata.name() and unicodedata.lookup().
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace glasspy::unicode {

// unicodedata.lookup() raises KeyError("name too long") for a longer name, before looking
// (its other failures are KeyError("undefined character name '...'")). "\N{...}" has no
// such limit: a longer name is simply unknown.
inline constexpr size_t kMaxLookupNameLength = 256;

// unicodedata.name(chr(cp)): "LATIN SMALL LETTER A", "CJK UNIFIED IDEOGRAPH-4E00", "HANGUL
// SYLLABLE GAG"; nullopt where CPython has none (controls, unassigned, private use,
// surrogates, Tangut ideographs) and past U+10FFFF. Never a name alias.
std::optional<std::string> char_name(char32_t cp);

// The character "\N{name}" stands for in a string literal: a character name or a name
// alias ("BOM", "LINE FEED"), not a named sequence. As in CPython, ASCII letters match in
// either case, except in "CJK UNIFIED IDEOGRAPH-4E00" and "HANGUL SYLLABLE GAG", which
// CPython computes and only knows in upper case.
std::optional<char32_t> lookup_name(std::string_view name);

// unicodedata.lookup(name): what lookup_name finds, as one code point, or else a named
// sequence's code points ("LATIN CAPITAL LETTER A WITH MACRON AND GRAVE": U+0100 U+0300).
std::optional<std::u32string> lookup_name_or_sequence(std::string_view name);

}  // namespace glasspy::unicode
