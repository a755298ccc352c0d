// Printing an uncaught exception as CPython 3.11 does (VM stage): what `python3 FILE` writes
// to stderr (sys.excepthook: pythonrun.c's print_exception and traceback.c's
// PyTraceBack_Print), byte for byte: chained exceptions, "Traceback (most recent call
// last):", the File/line entries with the stripped source line and the ~~~^^^ position
// markers, "[Previous line repeated N more times]", SyntaxError's location lines,
// ExceptionGroup's boxes, notes and the "Did you mean" suggestions.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "host/host.h"

#include "objects/traceback_object.h"
#include "objects/value.h"

namespace glasspy::vm {

class VM;

// Where the printer reads source lines from. The VM keeps the main program's source; the
// host can read other files. Implemented by the VM (or a test).
class SourceLines {
 public:
  virtual ~SourceLines() = default;
  // Line `lineno` (1-based) of file `filename`, without its line ending; false when the file
  // or line is unknown (then no source line and no markers are printed, as CPython).
  virtual bool line(std::string_view filename, int lineno, std::string* out) = 0;
};

// The usual SourceLines: texts the VM registered (the main program, exec'd files) by
// filename, else the file read through the host and decoded as the tokenizer does (BOM,
// coding cookie), split into lines as Python's text files are (\n, \r\n, \r). Files that
// cannot be read have no lines ("<string>", "<stdin>").
class ProgramSources : public SourceLines {
 public:
  explicit ProgramSources(host::Host* host = nullptr) : host_(host) {}
  // Registers (or replaces) the text of `filename` (UTF-8, BOM already removed).
  void add(const std::string& filename, std::string_view text);
  bool line(std::string_view filename, int lineno, std::string* out) override;

 private:
  const std::vector<std::string>* lines_of(std::string_view filename);
  host::Host* host_;
  std::map<std::string, std::vector<std::string>, std::less<>> files_;  // by filename
  std::map<std::string, bool, std::less<>> unreadable_;
};

// Appends to *out what CPython 3.11 prints for the uncaught `exception` (an exception
// instance; anything else prints as CPython's "TypeError: print_exception(): Exception
// expected for value, X found"). May run Python code (str() of exceptions, __notes__,
// dir() for suggestions); errors raised there are swallowed as CPython does, and the VM's
// pending exception is left as it was.
void format_exception(VM& vm, objects::Value exception, SourceLines& sources, std::string* out);

// The "  File ..." entries of a traceback chain (traceback.print_tb, without the
// "Traceback (most recent call last):" header), each line prefixed by `margin`.
void format_traceback_entries(VM& vm, objects::TracebackObject* tb, SourceLines& sources, std::string_view margin,
                              std::string* out);

}  // namespace glasspy::vm
