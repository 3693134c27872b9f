// Small helpers for the format tests: files from text, and the bundled dataset.
import { loadBundledDataset } from '../../../../src/data/bundled.ts';
import type { InputFile } from '../../../../src/data/formats/importFiles.ts';
import type { Dataset } from '../../../../src/data/schema.ts';

export const bundled: Dataset = loadBundledDataset();

export function file(name: string, text: string): InputFile {
  return { name, data: new TextEncoder().encode(text) };
}

export async function blobFile(name: string, blob: Blob): Promise<InputFile> {
  return { name, data: new Uint8Array(await blob.arrayBuffer()) };
}
