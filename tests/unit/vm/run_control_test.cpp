// Unit tests for running programs under the host's control (VM stage): an instruction
// budget that suspends the loop and resumes it exactly where it stopped, the interrupt
// flag raising KeyboardInterrupt inside Python, independent interpreters side by side,
// and deep recursion without native stack growth. Expected outputs are what python3
// prints for the same programs (they are short enough to state here).
#include <doctest/doctest.h>

#include <string>

#include "host/host.h"
#include "vm/vm.h"

namespace {

using glasspy::vm::RunStatus;
using glasspy::vm::VM;

// A host that collects the output.
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

constexpr const char* kLoop =
    "total = 0\n"
    "def step(i):\n"
    "    return i * i\n"
    "for i in range(20000):\n"
    "    total += step(i)\n"
    "    if i % 5000 == 0:\n"
    "        print('at', i)\n"
    "print('total', total)\n";

constexpr const char* kLoopOutput = "at 0\nat 5000\nat 10000\nat 15000\ntotal 2666466670000\n";

}  // namespace

TEST_CASE("a budget suspends the loop and resume finishes it with the same output") {
  CapturingHost host;
  VM vm(host);
  vm.set_budget(1000);
  RunStatus status = vm.run_main(kLoop, "loop.py");
  int suspensions = 0;
  while (status == RunStatus::kSuspended) {
    ++suspensions;
    vm.set_budget(1000);
    status = vm.resume();
  }
  CHECK(status == RunStatus::kFinished);
  CHECK(suspensions >= 10);  // 20,000 backward jumps at 1,000 per slice
  CHECK(host.out == kLoopOutput);
  CHECK(host.err.empty());
  CHECK(vm.exit_code() == 0);
}

TEST_CASE("without a budget the same program runs to its end at once") {
  CapturingHost host;
  VM vm(host);
  CHECK(vm.run_main(kLoop, "loop.py") == RunStatus::kFinished);
  CHECK(host.out == kLoopOutput);
}

TEST_CASE("the interrupt flag raises KeyboardInterrupt inside Python, where it can be caught") {
  CapturingHost host;
  VM vm(host);
  vm.set_budget(50);
  RunStatus status = vm.run_main(
      "try:\n"
      "    while True:\n"
      "        pass\n"
      "except KeyboardInterrupt:\n"
      "    print('stopped')\n",
      "stop.py");
  REQUIRE(status == RunStatus::kSuspended);  // inside the try block's loop
  vm.interrupt();
  status = vm.resume();
  CHECK(status == RunStatus::kFinished);
  CHECK(host.out == "stopped\n");
}

TEST_CASE("an uncaught KeyboardInterrupt ends the run with a traceback and status 130") {
  CapturingHost host;
  VM vm(host);
  vm.set_budget(50);
  RunStatus status = vm.run_main("n = 0\nwhile True:\n    n += 1\n", "forever.py");
  REQUIRE(status == RunStatus::kSuspended);
  vm.interrupt();  // the Stop button, between two slices
  vm.set_budget(50);
  status = vm.resume();
  CHECK(status == RunStatus::kError);
  CHECK(vm.exit_code() == 130);  // python3 re-raises SIGINT: the shell sees 128 + 2
  CHECK(host.err ==
        "Traceback (most recent call last):\n"
        "  File \"forever.py\", line 2, in <module>\n"
        "    while True:\n"
        "KeyboardInterrupt\n");
}

TEST_CASE("two interpreters keep separate state") {
  CapturingHost host_a, host_b;
  VM a(host_a);
  VM b(host_b);
  CHECK(a.run_main("x = 1\nimport sys\nsys.setrecursionlimit(123)\n", "a.py") == RunStatus::kFinished);
  CHECK(b.run_main("print('x' in globals())\nimport sys\nprint(sys.getrecursionlimit())\n", "b.py") ==
        RunStatus::kFinished);
  CHECK(host_b.out == "False\n1000\n");
}

TEST_CASE("recursion 100,000 deep works with the limit raised (frames are not on the C++ stack)") {
  CapturingHost host;
  VM vm(host);
  RunStatus status = vm.run_main(
      "import sys\n"
      "sys.setrecursionlimit(100050)\n"
      "def depth(n):\n"
      "    return 0 if n == 0 else 1 + depth(n - 1)\n"
      "print(depth(100000))\n",
      "deep.py");
  CHECK(status == RunStatus::kFinished);
  CHECK(host.out == "100000\n");
  CHECK(host.err.empty());
}

TEST_CASE("SystemExit sets the exit status and prints a non-integer code") {
  CapturingHost host;
  VM vm(host);
  CHECK(vm.run_main("raise SystemExit(3)\n", "exit.py") == RunStatus::kFinished);
  CHECK(vm.exit_code() == 3);
  CapturingHost host2;
  VM vm2(host2);
  CHECK(vm2.run_main("import sys\nsys.exit('bye')\n", "exit.py") == RunStatus::kFinished);
  CHECK(vm2.exit_code() == 1);
  CHECK(host2.err == "bye\n");
}
