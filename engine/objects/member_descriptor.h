// member_descriptor (object model): one name of a class's __slots__, stored in a prefix
// value of its instances (see objects/alloc.h). `'A' object has no attribute 'a'` while unset.
#pragma once
#include "objects/object.h"
#include "objects/type_object.h"

namespace glasspy::objects {

extern TypeObject member_descriptor_type;

struct MemberDescriptorObject : Object {
  TypeObject* owner = nullptr;  // the class whose __slots__ named it (not owned: it owns us)
  StrObject* name = nullptr;    // owned
  int index = 0;                // which prefix value of an instance holds it
};

// A new member descriptor for `owner`'s slot `name` (borrowed) at prefix value `index`.
MemberDescriptorObject* member_descriptor_new(TypeObject* owner, StrObject* name, int index);

// Fills the type (readied by init_class_machinery_types).
void init_member_descriptor_type();

}  // namespace glasspy::objects
