// What the page and the worker runtime share (worker.mjs, worker-runtime.mjs): the message
// types and the SharedArrayBuffer through which a blocked input() gets its answer and a
// running program its Stop when the page is cross-origin isolated.

// Int32 slots of the control buffer.
export const kStopSlot = 0; // 1: the page asked to stop the running program (time.sleep waits on it)
export const kInputSlot = 1; // kInputWaiting until the page answers an input() request
export const kLengthSlot = 2; // byte length of the answer in the data buffer
const kControlSlots = 4;

export const kInputWaiting = 0;
export const kInputLine = 1;
export const kInputEof = 2;

// Answers longer than this (UTF-8 bytes) are cut: far beyond any line a person types.
export const kInputCapacity = 1 << 20;

/** True where SharedArrayBuffer and Atomics can be used between the page and a worker. */
export function canShareMemory() {
  if (typeof SharedArrayBuffer !== 'function' || typeof Atomics !== 'object') return false;
  // Browsers hide SharedArrayBuffer unless the page is cross-origin isolated; Node has it.
  return globalThis.crossOriginIsolated !== false;
}

/** The buffers for blocking input() and Stop: { control, data }. */
export function createSharedChannel() {
  return {
    control: new SharedArrayBuffer(kControlSlots * 4),
    data: new SharedArrayBuffer(kInputCapacity),
  };
}

/** Page side: writes an input() answer (a line, or null for end of file) and wakes the worker. */
export function answerInput(channel, line) {
  const control = new Int32Array(channel.control);
  if (line === null || line === undefined) {
    Atomics.store(control, kLengthSlot, 0);
    Atomics.store(control, kInputSlot, kInputEof);
  } else {
    let bytes = new TextEncoder().encode(String(line));
    if (bytes.length > kInputCapacity) bytes = bytes.subarray(0, kInputCapacity);
    new Uint8Array(channel.data).set(bytes);
    Atomics.store(control, kLengthSlot, bytes.length);
    Atomics.store(control, kInputSlot, kInputLine);
  }
  Atomics.notify(control, kInputSlot);
}

/** Page side: raises the stop flag and wakes a worker blocked in input() or time.sleep(). */
export function requestStop(channel) {
  const control = new Int32Array(channel.control);
  Atomics.store(control, kStopSlot, 1);
  Atomics.notify(control, kInputSlot);
  Atomics.notify(control, kStopSlot);
}
