import { open } from 'node:fs/promises';

/** Every GGUF file starts with these four bytes. */
const ggufMagic = Buffer.from('GGUF', 'ascii');

/**
 * Whether the file starts like a GGUF model. Catches the common wrong downloads (an HTML error page,
 * a safetensors file) before they are named as models; the engine checks the rest when it loads.
 */
export async function hasGgufMagic(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(ggufMagic.length);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return bytesRead === head.length && head.equals(ggufMagic);
  } finally {
    await handle.close();
  }
}
