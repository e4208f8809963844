// Reads and extends a workspace folder's `.factcheck/allow.txt` (the CLI reads the same file).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { readAllowList } from '../engine/allowList';
import { ALLOW_FILE } from '../protocol';

export function allowFilePath(folderPath: string): string {
  return join(folderPath, ...ALLOW_FILE.split('/'));
}

/** The folder's allowed names; none when the file is missing or unreadable. */
export async function loadAllowedNames(folderPath: string): Promise<string[]> {
  try {
    return readAllowList(await readFile(allowFilePath(folderPath), 'utf8'));
  } catch {
    return [];
  }
}

/** Appends `name` unless the file already lists it; returns whether the file changed. */
export async function appendAllowedName(folderPath: string, name: string): Promise<boolean> {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (clean === '' || clean.includes('#')) return false;
  const path = allowFilePath(folderPath);
  let existing = '';
  try {
    existing = await readFile(path, 'utf8');
  } catch {
    // A missing file is created below; any other failure surfaces from writeFile.
  }
  if (readAllowList(existing).some((n) => n.toLowerCase() === clean.toLowerCase())) return false;
  await mkdir(dirname(path), { recursive: true });
  const separator = existing === '' || existing.endsWith('\n') ? '' : '\n';
  await writeFile(path, `${existing}${separator}${clean}\n`, 'utf8');
  return true;
}
