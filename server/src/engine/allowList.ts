// `.factcheck/allow.txt`: one name a line, # starts a comment. Shared by the CLI and the server.
export function readAllowList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line.length > 0);
}
