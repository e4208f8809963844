// File URIs both ways. Paths are the index's keys, URIs are what the client names documents by; the
// two must round-trip exactly or a re-indexed source would not replace its old self.
import { fileURLToPath, pathToFileURL } from 'node:url';

export function fileUri(path: string): string {
  // Parentheses are legal in file URLs but end a Markdown link destination early.
  return pathToFileURL(path).href.replace(/\(/g, '%28').replace(/\)/g, '%29');
}

/** The file path of a `file:` URI; undefined for untitled and other schemes or a malformed URI. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
