/**
 * `/file <path>` in the inbox composer: which drafts are file commands, and what the operator is
 * told when the file is missing, refused by the server, or sent.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileCommand, sendFile } from '../../src/inbox/send-file.js';
import { demoProject } from '../helpers/project.js';
import { addOperator, firstMessage, once, startServer, visitor } from '../helpers/server.js';
import { onePixelPng } from '../helpers/uploads.js';

describe('/file in the composer', () => {
  it('reads the path after /file, quoted or not; anything else is a reply', () => {
    expect(fileCommand('/file ./map.png')).toBe('./map.png');
    expect(fileCommand('  /file "my map.png" ')).toBe('my map.png');
    expect(fileCommand('/file')).toBeUndefined();
    expect(fileCommand('/filex a.png')).toBeUndefined();
    expect(fileCommand('Here is the /file a.png')).toBeUndefined();
  });

  it('sends a local file, and says why when it cannot', async () => {
    const { url, dir } = await startServer();
    const token = await addOperator(dir, 'Ana', 'manager');
    const maria = visitor(url, { lang: 'en' });
    await once(maria, 'session');
    const { conversationId } = await firstMessage(maria, 'The map, please');
    // A test folder that is removed after the test.
    const folder = demoProject();
    writeFileSync(join(folder, 'map.png'), onePixelPng);
    writeFileSync(join(folder, 'notes.txt'), 'just text');
    const server = { url, token };

    expect(await sendFile(server, conversationId, join(folder, 'map.png'))).toEqual({
      ok: true,
      message: 'Sent map.png.',
    });
    expect(await sendFile(server, conversationId, join(folder, 'missing.png'))).toMatchObject({
      ok: false,
      message: expect.stringContaining('Cannot read'),
    });
    expect(await sendFile(server, conversationId, folder)).toMatchObject({
      ok: false,
      message: expect.stringContaining('Not a file'),
    });
    expect(await sendFile(server, conversationId, join(folder, 'notes.txt'))).toMatchObject({
      ok: false,
      message: 'Not sent: Only PNG, JPEG, WebP, GIF images and PDF files can be sent',
    });
  });
});
