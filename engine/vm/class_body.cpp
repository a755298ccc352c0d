// Running a class body (VM stage): the body is a function without arguments whose
// frame uses the class namespace as its locals and the function's closure for its free
// variables (__class__ of an enclosing class, names of enclosing functions).
#include "vm/frame.h"
#include "vm/vm.h"

namespace glasspy::vm {

using namespace objects;

Value VM::run_class_body(FunctionObject* body, Value ns) {
  Frame* frame = push_frame(body->code, body, body->globals, ns);
  if (frame == nullptr) return Value();
  frame->entry = true;
  frame->previous = current_frame_;
  return run_frames(frame);
}

}  // namespace glasspy::vm
