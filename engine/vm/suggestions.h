// "Did you mean" suggestions for NameError and AttributeError (VM stage), as CPython 3.11's
// Python/suggestions.c: the nearest name by a Levenshtein distance in which a case change
// costs 1 and any other edit 2, within a third of the names' length, among at most 750
// candidates of at most 40 bytes (after common affixes are trimmed).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "objects/value.h"

namespace glasspy::vm {

class VM;

// CPython's levenshtein_distance over UTF-8 bytes; returns max_cost + 1 when the distance
// exceeds max_cost.
size_t suggestion_distance(std::string_view a, std::string_view b, size_t max_cost);

// The best candidate for `name` (CPython's calculate_suggestions), or false if none.
bool best_suggestion(std::string_view name, const std::vector<std::string>& candidates, std::string* out);

// The suggestion for an AttributeError (dir of .obj) or NameError (the innermost frame's
// locals, then its globals, then builtins) exception; false if none. Runs dir() (Python
// code); errors there are cleared and mean "no suggestion".
bool offer_suggestion(VM& vm, objects::Value exception, std::string* out);

}  // namespace glasspy::vm
