// A minimal LSP client for the protocol tests: starts the bundled server (dist/server.js) over stdio,
// keeps its own copy of each open document, answers the server's requests the way an editor does, and
// records what the server sends so tests can poll for it with a deadline.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ApplyWorkspaceEditRequest,
  CodeActionRequest,
  ConfigurationRequest,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  ExecuteCommandRequest,
  ExitNotification,
  HoverRequest,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgress,
  WorkDoneProgressCreateRequest,
  createProtocolConnection,
  type ClientCapabilities,
  type CodeAction,
  type Diagnostic,
  type FileEvent,
  type Hover,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const ROOT = resolve(__dirname, '../..');
export const SERVER = join(ROOT, 'dist/server.js');

export type Settings = Record<string, unknown>;

export interface StartOptions {
  workspace: string;
  /** The `factcheck` section; a function gets the scopeUri (a document or folder URI) it is asked for. */
  settings?: Settings | ((scopeUri: string | undefined) => Settings);
  initializationOptions?: unknown;
  /** False for a client without workspace/configuration (settings are pushed instead). */
  configuration?: boolean;
  /** Node options before the server script (e.g. `--require` a preload), extra environment, another user. */
  spawn?: { execArgv?: string[]; env?: NodeJS.ProcessEnv; uid?: number; gid?: number };
  /** Sent as the client's processId (default this process). A server of another user cannot signal this
   * process to see it alive and would exit after 3 s: such tests send null. */
  processId?: number | null;
}

/** A scratch workspace holding a copy of the seed corpus (tests change it on disk). */
export function makeWorkspace(files: Record<string, string> = {}, seedCorpus = true): string {
  const dir = mkdtempSync(join(tmpdir(), 'factcheck-ws-'));
  if (seedCorpus) cpSync(join(ROOT, 'corpus'), join(dir, 'corpus'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFile(dir, name, text);
  return dir;
}

export function writeFile(dir: string, name: string, text: string): string {
  const path = join(dir, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}

export function removeWorkspace(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export function uriOf(path: string): string {
  return pathToFileURL(path).href;
}

export function assertBuilt(): void {
  if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run build\` first`);
}

function readableCopyOf(file: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'factcheck-server-'));
  chmodSync(dir, 0o755);
  const copy = join(dir, basename(file));
  copyFileSync(file, copy);
  chmodSync(copy, 0o644);
  return copy;
}

export class LspSession {
  readonly diagnostics: PublishDiagnosticsParams[] = [];
  readonly notifications: Array<{ method: string; params: unknown }> = [];
  readonly appliedEdits: WorkspaceEdit[] = [];
  readonly registrations: Array<{ method: string; options: unknown }> = [];
  readonly progress: Array<{ token: string | number; kind: string; title?: string; message?: string; percentage?: number }> = [];
  readonly docs = new Map<string, TextDocument>();
  readonly stderr: string[] = [];

  private constructor(
    readonly child: ChildProcessWithoutNullStreams,
    readonly connection: ProtocolConnection,
    readonly workspace: string,
  ) {}

  static async start(options: StartOptions): Promise<LspSession> {
    assertBuilt();
    const { execArgv = [], env, uid, gid } = options.spawn ?? {};
    // Another user cannot reach the checkout when it lies in a private folder (a CI clone in a mktemp
    // directory): that user runs a copy of the bundle from a folder anyone can read.
    const server = uid === undefined ? SERVER : readableCopyOf(SERVER);
    const child = spawn(process.execPath, [...execArgv, server, '--stdio'], {
      stdio: 'pipe',
      ...(env ? { env: { ...process.env, ...env } } : {}),
      ...(uid !== undefined ? { uid } : {}),
      ...(gid !== undefined ? { gid } : {}),
    });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const session = new LspSession(child, connection, options.workspace);
    child.stderr.on('data', (chunk: Buffer) => session.stderr.push(chunk.toString()));
    const settingsFor = (scopeUri?: string) =>
      typeof options.settings === 'function' ? options.settings(scopeUri) : (options.settings ?? {});

    connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((item) => settingsFor(item.scopeUri)));
    connection.onRequest(ShowMessageRequest.type, (params) => {
      session.notifications.push({ method: ShowMessageRequest.method, params });
      return null;
    });
    connection.onRequest(RegistrationRequest.type, (params) => {
      session.registrations.push(...params.registrations.map((r) => ({ method: r.method, options: r.registerOptions })));
    });
    connection.onRequest(WorkDoneProgressCreateRequest.type, (params) => {
      connection.onProgress(WorkDoneProgress.type, params.token, (value) => {
        session.progress.push({ token: params.token, ...value });
      });
    });
    connection.onRequest(ApplyWorkspaceEditRequest.type, (params) => {
      session.appliedEdits.push(params.edit);
      session.applyLocally(params.edit);
      return { applied: true };
    });
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      session.diagnostics.push(params);
    });
    connection.onUnhandledNotification((message) => session.notifications.push({ method: message.method, params: message.params }));
    connection.listen();

    const capabilities: ClientCapabilities = {
      workspace: {
        configuration: options.configuration ?? true,
        workspaceFolders: true,
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
        workspaceEdit: { documentChanges: true },
      },
      textDocument: {
        synchronization: { didSave: true, dynamicRegistration: false },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } } },
        publishDiagnostics: { relatedInformation: true, versionSupport: true },
      },
      window: { workDoneProgress: true, showMessage: {} },
    };
    const workspaceUri = uriOf(options.workspace);
    await connection.sendRequest(InitializeRequest.type, {
      processId: options.processId === undefined ? process.pid : options.processId,
      rootUri: workspaceUri,
      workspaceFolders: [{ uri: workspaceUri, name: 'ws' }],
      capabilities,
      initializationOptions: options.initializationOptions,
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return session;
  }

  async open(path: string, text: string, languageId = 'markdown'): Promise<string> {
    const uri = path.includes(':') && !path.startsWith('/') ? path : uriOf(path);
    const doc = TextDocument.create(uri, languageId, 1, text);
    this.docs.set(uri, doc);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  /** Replaces the whole text (a full-content change, as any client may send). */
  async change(uri: string, text: string): Promise<number> {
    const doc = this.doc(uri);
    const next = TextDocument.create(uri, doc.languageId, doc.version + 1, text);
    this.docs.set(uri, next);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: next.version },
      contentChanges: [{ text }],
    });
    return next.version;
  }

  async save(uri: string): Promise<void> {
    await this.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  }

  async close(uri: string): Promise<void> {
    this.docs.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async filesChanged(changes: FileEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  hover(uri: string, line: number, character: number): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } });
  }

  async codeActions(uri: string, range: Range, diagnostics: Diagnostic[] = [], only?: string[]): Promise<CodeAction[]> {
    const result = await this.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range,
      context: { diagnostics, ...(only ? { only } : {}) },
    });
    return (result ?? []).filter((a): a is CodeAction => 'title' in a && !('arguments' in a && !('kind' in a)));
  }

  executeCommand(command: string, ...args: unknown[]): Promise<unknown> {
    return this.connection.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
  }

  doc(uri: string): TextDocument {
    const doc = this.docs.get(uri);
    if (!doc) throw new Error(`not open: ${uri}`);
    return doc;
  }

  /** The text `edit` would give, applied to this client's copy of the document (not sent). */
  textAfter(uri: string, edit: WorkspaceEdit | undefined): string {
    const doc = this.doc(uri);
    const edits = [
      ...(edit?.changes?.[uri] ?? []),
      ...(edit?.documentChanges ?? []).flatMap((c) => {
        if (!('textDocument' in c) || c.textDocument.uri !== uri) return [];
        if (c.textDocument.version !== null && c.textDocument.version !== doc.version) {
          throw new Error(`edit is for version ${c.textDocument.version}, document is at ${doc.version}`);
        }
        return c.edits.filter((e): e is TextEdit => !('snippet' in e));
      }),
    ];
    return TextDocument.applyEdits(doc, edits);
  }

  /** Latest diagnostics for `uri` once `accept` holds for them, or throws after the deadline. */
  waitForDiagnostics(uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true, ms = 30_000, since = 0) {
    return this.waitFor(`diagnostics for ${uri}`, ms, () => {
      const all = this.diagnostics.slice(since).filter((p) => p.uri === uri);
      const last = all[all.length - 1];
      return last && accept(last) ? last : undefined;
    });
  }

  async waitFor<T>(what: string, ms: number, probe: () => T | undefined): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const value = probe();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\nserver stderr:\n${this.stderr.join('')}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  notificationsOf<T>(method: string): T[] {
    return this.notifications.filter((n) => n.method === method).map((n) => n.params as T);
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest(ShutdownRequest.type), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // The process may already be gone; it is killed below either way.
    }
    this.connection.dispose();
    this.child.kill();
  }

  private applyLocally(edit: WorkspaceEdit): void {
    for (const uri of this.docs.keys()) {
      const text = this.textAfter(uri, edit);
      if (text !== this.doc(uri).getText()) void this.change(uri, text);
    }
  }
}

/** A diagnostic's message as text (LSP 3.18 also allows MarkupContent; this server sends strings). */
export function messageOf(diagnostic: Diagnostic): string {
  return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

/** Runs `body` against a server on a fresh workspace, then stops the server and removes the workspace. */
export async function withSession(options: Partial<StartOptions>, body: (s: LspSession, ws: string) => Promise<void>): Promise<void> {
  const ws = makeWorkspace();
  const s = await LspSession.start({ workspace: ws, ...options });
  try {
    await body(s, ws);
  } finally {
    await s.stop();
    removeWorkspace(ws);
  }
}
