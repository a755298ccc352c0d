// Unit tests for the cycle collector (memory stage): each VM owns its collector and
// tracks its own objects, interleaved interpreters collect independently, a destroyed
// VM leaves no object pointing into its lists, automatic collection happens at the
// loop's safe points, and __del__ / weakref callbacks of leftovers run at the VM's end.
#include <doctest/doctest.h>

#include <memory>
#include <string>

#include "gc/collector.h"
#include "host/host.h"
#include "objects/list_object.h"
#include "vm/vm.h"

namespace {

using glasspy::vm::RunStatus;
using glasspy::vm::VM;

class CapturingHost : public glasspy::host::Host {
 public:
  std::string out, err;
  void write_stdout(std::string_view s) override { out.append(s); }
  void write_stderr(std::string_view s) override { err.append(s); }
  std::optional<std::string> read_line() override { return std::nullopt; }
  double wall_time() override { return 0; }
  double monotonic_time() override { return 0; }
  std::optional<std::string> read_file(const std::string&, std::string* error) override {
    if (error != nullptr) *error = "No such file or directory";
    return std::nullopt;
  }
};

}  // namespace

TEST_CASE("each VM tracks new objects in its own collector") {
  CapturingHost ha, hb;
  VM a(ha);
  VM b(hb);
  a.make_current();
  CHECK(glasspy::gc::current() == &a.collector());
  CHECK(VM::current() == &a);
  auto* list = glasspy::objects::list_new();
  CHECK(glasspy::gc::is_tracked(list));
  b.make_current();
  CHECK(glasspy::gc::current() == &b.collector());
  glasspy::objects::decref(list);  // unlinks from a's list while b is current
}

TEST_CASE("interleaved interpreters collect their own cycles") {
  CapturingHost ha, hb;
  VM a(ha);
  VM b(hb);
  const char* program =
      "import gc\ngc.disable()\nclass N: pass\nn = N()\nn.me = n\ndel n\nprint(gc.collect())\n";
  CHECK(a.run_main(program, "a.py") == RunStatus::kFinished);
  CHECK(b.run_main(program, "b.py") == RunStatus::kFinished);
  CHECK(ha.out == "1\n");
  CHECK(hb.out == "1\n");
}

TEST_CASE("objects that outlive their VM are handed to the process default collector") {
  CapturingHost host;
  glasspy::objects::ListObject* survivor;
  {
    VM vm(host);
    vm.make_current();
    survivor = glasspy::objects::list_new();
    CHECK(glasspy::gc::is_tracked(survivor));
  }
  CHECK(glasspy::gc::current() == glasspy::gc::process_default_collector());
  CHECK(glasspy::gc::is_tracked(survivor));
  glasspy::objects::decref(survivor);  // unlinks from the default collector's list
}

TEST_CASE("garbage cycles are collected automatically at the loop's safe points") {
  CapturingHost host;
  VM vm(host);
  CHECK(vm.run_main("import weakref\nclass N: pass\nrefs = []\n"
                    "for i in range(5000):\n    n = N()\n    n.me = n\n    refs.append(weakref.ref(n))\n"
                    "print(sum(r() is None for r in refs) > 4000)\n",
                    "auto.py") == RunStatus::kFinished);
  CHECK(host.out == "True\n");
}

TEST_CASE("__del__ of what a program leaves in its globals runs when the VM ends") {
  CapturingHost host;
  {
    VM vm(host);
    CHECK(vm.run_main("class D:\n    def __del__(self): print('bye', self.n)\n"
                      "a = D(); a.n = 1\nb = D(); b.n = 2; b.me = b\nprint('end')\n",
                      "exit.py") == RunStatus::kFinished);
  }
  CHECK(host.out == "end\nbye 1\nbye 2\n");
}
