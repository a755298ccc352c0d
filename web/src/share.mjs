// Share links: the editor's text travels in the URL fragment (never sent to a server),
// deflate-raw compressed and base64url encoded: #code=... (#text=... holds it
// uncompressed where the browser lacks CompressionStream).

export async function fragmentFor(source) {
  const bytes = new TextEncoder().encode(source);
  if (typeof CompressionStream === 'function') return `#code=${toBase64Url(await pipe(bytes, new CompressionStream('deflate-raw')))}`;
  return `#text=${toBase64Url(bytes)}`;
}

// The source a fragment holds, or null when it holds none (or is damaged).
export async function sourceFromFragment(hash) {
  const match = /^#(code|text)=([A-Za-z0-9_-]*)$/.exec(hash);
  if (!match) return null;
  try {
    let bytes = fromBase64Url(match[2]);
    if (match[1] === 'code') bytes = await pipe(bytes, new DecompressionStream('deflate-raw'));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

async function pipe(bytes, transform) {
  const stream = new Blob([bytes]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function toBase64Url(bytes) {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text) {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
