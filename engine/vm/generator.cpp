// Generators, coroutines and async generators in the loop (VM stage): creating them from
// RETURN_GENERATOR, resuming their frames, SEND and the async opcodes.
#include "objects/exception_object.h"
#include "vm/frame.h"
#include "vm/vm.h"

namespace glasspy::vm {

using namespace objects;

Value VM::make_generator(Frame*) { return raise(&exc_SystemError, "generators not implemented yet"); }

int VM::generator_send(Value, Value, Value*) {
  raise(&exc_SystemError, "generators not implemented yet");
  return -1;
}

bool VM::is_generator_like(Value) { return false; }

void VM::generator_finished_with_error(Frame*) {}

bool VM::async_op(Frame*, int, int) {
  raise(&exc_SystemError, "async opcodes not implemented yet");
  return false;
}

}  // namespace glasspy::vm
