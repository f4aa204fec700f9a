/** A 1×1 PNG: the smallest file the server's type sniffing takes for an image. */
export const onePixelPng = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
    '1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082',
  'hex',
);

/** Uploads bytes as the widget does: multipart, with the visitor's token. */
export function upload(
  url: string,
  token: string,
  bytes: Buffer,
  name: string,
  type = 'application/octet-stream',
): Promise<Response> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
  return fetch(`${url}/api/visitor/uploads`, {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${token}` },
  });
}

/** Sends bytes as an operator's file, as `/file` in the inbox does. */
export function operatorUpload(
  url: string,
  token: string,
  conversationId: string,
  bytes: Buffer,
  name: string,
  type = 'application/octet-stream',
): Promise<Response> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
  return fetch(`${url}/api/operator/conversations/${encodeURIComponent(conversationId)}/files`, {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${token}` },
  });
}
