// The language server: LSP wiring around the engine. It runs over stdio (`factcheck-ls --stdio`, for any
// editor) or node IPC (the VS Code extension). Logic that is not protocol glue lives in ./lsp/.
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MessageType,
  ProposedFeatures,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type CancellationToken,
  type Disposable,
  type InitializeParams,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckedClaim, DraftLanguage } from './engine';
import {
  NoCorpusNotification,
  SETTINGS_SECTION,
  ServerCommands,
  StatusNotification,
  type ClaimCounts,
  type FactCheckSettings,
  type InitializationOptions,
} from './protocol';
import { allowFilePath, appendAllowedName } from './lsp/allowFile';
import { CheckQueue } from './lsp/checkQueue';
import { runCheck as runEngineCheck } from './lsp/checkRunner';
import { CITE_ALL_KIND, citeAllEdit, codeActions, type ActionContext } from './lsp/codeActions';
import { countClaims, toDiagnostics } from './lsp/diagnostics';
import type { FolderIndex } from './lsp/folderIndex';
import { Folders } from './lsp/folders';
import { hoverMarkdown } from './lsp/hover';
import { storageFolder } from './lsp/savedIndex';
import { readSettings, sameGlobs } from './lsp/settings';
import { uriToPath } from './lsp/uris';

const VERSION = '0.1.0';
const argv = process.argv.slice(2);
if (argv.includes('--version')) {
  process.stdout.write(`factcheck-ls ${VERSION}\n`);
  process.exit(0);
}
if (argv.includes('--help')) {
  process.stdout.write('Usage: factcheck-ls [--stdio | --node-ipc | --socket=PORT]\nDraft Fact Check language server (stdio by default).\n');
  process.exit(0);
}
// Without a transport flag, default to stdio: that is how editors other than VS Code start servers.
const transportGiven = argv.some((a) => /^--(stdio|node-ipc|socket=|pipe=)/.test(a));
const connection = transportGiven
  ? createConnection(ProposedFeatures.all)
  : createConnection(ProposedFeatures.all, process.stdin, process.stdout);
const documents = new TextDocuments(TextDocument);
/** Reads from the client (stdio chunks, IPC messages): a long check waits for them to go quiet before answering. */
let inputEvents = 0;
/** Checks under way: saving the index blocks the server, so it waits for them. */
let checksRunning = 0;
if (!transportGiven || argv.includes('--stdio')) process.stdin.on('data', () => inputEvents++);
process.on('message', () => inputEvents++);
const queue = new CheckQueue();
const folders = new Folders();
const settingsCache = new Map<string, Promise<FactCheckSettings>>();
/** The last check of each open draft, by URI: what hover and code actions answer from. */
const results = new Map<string, { version: number; claims: CheckedClaim[] }>();
/** Drafts with published diagnostics, and their counts (re-checked when the corpus changes). */
const checked = new Map<string, { version: number; counts: ClaimCounts }>();
const warnedNoCorpus = new Set<string>();
/** Warnings shown once each (invalid settings, refused globs) until the configuration changes. */
const shownWarnings = new Set<string>();
const openedVersion = new Map<string, number>();
let initOptions: InitializationOptions = {};
let pushedSettings: unknown;
let caps = {
  configuration: false,
  dynamicConfiguration: false,
  workspaceFolders: false,
  watchers: false,
  relativePatterns: false,
  documentChanges: false,
};
let watcherRegistration: Promise<Disposable> | undefined;

const log = (message: string) => connection.console.log(message);

// The server must never take the editor's session down: a stray failure is logged and the server goes on.
process.on('unhandledRejection', (reason) => connection.console.error(`Unhandled: ${describe(reason)}`));
process.on('uncaughtException', (error) => connection.console.error(`Uncaught: ${describe(error)}`));

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** Runs a handler so that a failure is logged and answered with `fallback`, never thrown at the client. */
async function guard<T>(what: string, fallback: T, run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    connection.console.error(`${what} failed: ${describe(error)}`);
    return fallback;
  }
}

connection.onInitialize((params: InitializeParams) => {
  const c = params.capabilities;
  caps = {
    configuration: !!c.workspace?.configuration,
    dynamicConfiguration: !!c.workspace?.didChangeConfiguration?.dynamicRegistration,
    workspaceFolders: !!c.workspace?.workspaceFolders,
    watchers: !!c.workspace?.didChangeWatchedFiles?.dynamicRegistration,
    relativePatterns: !!c.workspace?.didChangeWatchedFiles?.relativePatternSupport,
    documentChanges: !!c.workspace?.workspaceEdit?.documentChanges,
  };
  initOptions = (params.initializationOptions ?? {}) as InitializationOptions;
  pushedSettings = initOptions.settings;
  const storage = storageFolder(initOptions.storagePath, log);
  if (storage) folders.persistence = { dir: storage, activity: () => inputEvents, busy: () => checksRunning > 0, log };
  const workspaceFolders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: params.rootUri }] : []);
  for (const folder of workspaceFolders) folders.add(folder.uri, folder.name);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CITE_ALL_KIND] },
      executeCommandProvider: { commands: ServerCommands.all },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'factcheck-ls', version: VERSION },
  };
});

connection.onInitialized(() => {
  if (caps.dynamicConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
  if (caps.workspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders((event) =>
      guard('workspace folders', undefined, async () => {
        for (const removed of event.removed) folders.remove(removed.uri);
        await Promise.all(event.added.map((f) => indexFolder(folders.add(f.uri, f.name))));
        await registerWatchers();
      }),
    );
  }
  void guard('indexing', undefined, async () => {
    await Promise.all(folders.all.map((f) => indexFolder(f)));
    await registerWatchers();
  });
});

function settingsFor(scopeUri: string): Promise<FactCheckSettings> {
  let cached = settingsCache.get(scopeUri);
  if (!cached) {
    cached = (async () => {
      const raw = caps.configuration
        ? await connection.workspace.getConfiguration({ scopeUri, section: SETTINGS_SECTION })
        : pushedSettings;
      const { settings, problems } = readSettings(raw);
      // Every document and folder asks for its settings: say what is wrong once, not once per scope.
      const fresh = problems.filter((p) => !shownWarnings.has(p));
      for (const problem of fresh) {
        shownWarnings.add(problem);
        connection.console.warn(problem);
      }
      if (fresh.length > 0) warn(`Fact Check: invalid settings, using the defaults instead: ${fresh.join('; ')}.`);
      return settings;
    })().catch((error: unknown) => {
      settingsCache.delete(scopeUri);
      throw error;
    });
    settingsCache.set(scopeUri, cached);
  }
  return cached;
}

/** The folder to check `document` against, or undefined when it is not a draft (language, corpus file). */
function draftFolder(document: TextDocument, settings: FactCheckSettings, force = false): FolderIndex | undefined {
  if (!force && !settings.languages.includes(document.languageId)) return undefined;
  const path = uriToPath(document.uri);
  if (path && folders.isSource(path)) return undefined;
  return folders.folderFor(document.uri);
}

function languageOf(document: TextDocument): DraftLanguage {
  return document.languageId === 'markdown' ? 'markdown' : 'plaintext';
}

/**
 * Checks `document` as it is now; undefined when the result would be stale before it is ready (the
 * document changed or closed, or `stop` says so). Results for an older version are never returned.
 */
async function checkText(document: TextDocument, folder: FolderIndex, stop: () => boolean = () => false): Promise<CheckedClaim[] | undefined> {
  const uri = document.uri;
  const version = document.version;
  checksRunning++;
  const result = await runEngineCheck(folder.checker, document.getText(), languageOf(document), {
    allowedNames: folder.allowedNames,
    shouldStop: () => documents.get(uri)?.version !== version || stop(),
    inputActivity: () => inputEvents,
  }).finally(() => checksRunning--);
  if (!result) return undefined;
  results.set(uri, { version, claims: result.claims });
  return result.claims;
}

/** Checks a draft and publishes its diagnostics; waits for the first index rather than guess. */
async function runCheck(uri: string, force = false): Promise<void> {
  const isCurrent = queue.begin(uri);
  const opened = documents.get(uri);
  if (!opened) return;
  const settings = await settingsFor(uri);
  const folder = draftFolder(opened, settings, force);
  if (folder) await folder.whenReady();
  const document = documents.get(uri);
  if (!document || !isCurrent()) return;
  // Not a draft, or no corpus to check it against: an empty list beats "everything is unsupported".
  if (!folder || folder.sourceCount === 0) {
    if (checked.delete(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    results.delete(uri);
    sendStatus(uri);
    return;
  }
  const claims = await checkText(document, folder, () => !isCurrent());
  // Dropped: the text changed (its own check, on save or after typing, reports it) or a newer check runs.
  if (!claims) return;
  checked.set(uri, { version: document.version, counts: countClaims(claims) });
  void connection.sendDiagnostics({ uri, version: document.version, diagnostics: toDiagnostics(claims, settings, document.version) });
  sendStatus(uri);
}

/** Claims of the document's current version, for hover and code actions; never waits for the index. */
async function currentClaims(
  document: TextDocument,
  token?: CancellationToken,
): Promise<{ claims: CheckedClaim[]; folder: FolderIndex; settings: FactCheckSettings } | undefined> {
  const settings = await settingsFor(document.uri);
  const folder = draftFolder(document, settings, checked.has(document.uri));
  if (!folder) return undefined;
  const cached = results.get(document.uri);
  if (cached && cached.version === document.version) return { claims: cached.claims, folder, settings };
  // Before the first index there is nothing to answer from, and hover must not wait for it.
  if (!folder.ready || folder.sourceCount === 0) return undefined;
  const claims = await checkText(document, folder, () => token?.isCancellationRequested === true);
  return claims ? { claims, folder, settings } : undefined;
}

function sendStatus(uri?: string): void {
  const published = uri ? checked.get(uri) : undefined;
  void connection.sendNotification(StatusNotification.type, {
    sources: folders.sourceCount,
    indexing: folders.indexing,
    ...(uri ? { uri } : {}),
    ...(published ?? {}),
  });
}

/** Indexes a folder's corpus, from its saved index unless `fresh` (then every source is read). */
async function indexFolder(folder: FolderIndex, fresh = false): Promise<void> {
  const settings = await settingsFor(folder.uri);
  folder.setGlobs(settings.corpus, settings.allowCorpusOutsideWorkspace);
  for (const glob of folder.globs.refused) {
    warn(
      `Fact Check: factcheck.corpus "${glob}" leads outside the workspace folder ${folder.name}, so it is not read. ` +
        'To read sources outside the workspace, set factcheck.allowCorpusOutsideWorkspace in your user settings.',
    );
  }
  for (const glob of folder.globs.invalid) {
    const shown = glob.length > 80 ? `${glob.slice(0, 79)}…` : glob;
    warn(`Fact Check: factcheck.corpus "${shown}" is not a usable glob (too long, or too many {…} alternatives); it is ignored.`);
  }
  const progress = await connection.window.createWorkDoneProgress();
  progress.begin('Fact Check: indexing sources', 0, folder.name, false);
  let lastPercent = -1;
  const running = folder.reindex(
    {
      log,
      onProgress: (done, total) => {
        const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
        if (percent !== lastPercent) progress.report(percent, `${folder.name}: ${done}/${total} sources`);
        lastPercent = percent;
      },
    },
    { fresh },
  );
  sendStatus();
  const report = await running;
  progress.done();
  if (!report.completed) return;
  const reused = report.restored ? ` (${report.reused} unchanged since the saved index, ${report.indexed - report.reused} read)` : '';
  log(`Indexed ${report.indexed} source(s) in ${folder.name}${reused}${report.skipped ? `, skipped ${report.skipped}` : ''}.`);
  if (report.indexed === 0) warnNoCorpus(folder, settings);
  sendStatus();
}

/** A warning the user sees (a notification in VS Code), shown once until the configuration changes. */
function warn(message: string): void {
  if (shownWarnings.has(message)) return;
  shownWarnings.add(message);
  void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
}

function warnNoCorpus(folder: FolderIndex, settings: FactCheckSettings): void {
  if (warnedNoCorpus.has(folder.uri)) return;
  warnedNoCorpus.add(folder.uri);
  if (initOptions.handlesNoCorpus) {
    void connection.sendNotification(NoCorpusNotification.type, { folderUri: folder.uri, folderName: folder.name, globs: settings.corpus });
  } else {
    // A notification, not showMessageRequest: the message is informative and needs no answer.
    void connection.sendNotification(ShowMessageNotification.type, {
      type: MessageType.Warning,
      message: `Fact Check: no source articles in ${folder.name} match factcheck.corpus (${settings.corpus.join(', ')}); drafts there are not checked.`,
    });
  }
}

async function registerWatchers(): Promise<void> {
  if (!caps.watchers) return;
  const previous = watcherRegistration;
  watcherRegistration = undefined;
  if (previous) (await previous).dispose();
  watcherRegistration = connection.client.register(DidChangeWatchedFilesNotification.type, {
    watchers: folders.watchers(caps.relativePatterns),
  });
}

/** Re-checks the open drafts of `folder`s that were checked before or are checked automatically. */
async function recheckOpen(affected: ReadonlySet<FolderIndex>): Promise<void> {
  await Promise.all(
    documents.all().map(async (document) => {
      const folder = folders.folderFor(document.uri);
      if (!folder || !affected.has(folder)) return;
      const settings = await settingsFor(document.uri);
      if (checked.has(document.uri) || settings.run !== 'manual') await runCheck(document.uri);
    }),
  );
}

connection.onDidChangeWatchedFiles((params) =>
  guard('corpus change', undefined, async () => {
    const affected = await folders.applyFileChanges(params.changes, log);
    if (affected.size > 0) {
      sendStatus();
      await recheckOpen(affected);
    }
  }),
);

connection.onDidChangeConfiguration((params) =>
  guard('settings change', undefined, async () => {
    settingsCache.clear();
    shownWarnings.clear();
    if (!caps.configuration) pushedSettings = (params.settings as Record<string, unknown> | null)?.[SETTINGS_SECTION];
    const reindexed: FolderIndex[] = [];
    for (const folder of folders.all) {
      const settings = await settingsFor(folder.uri);
      if (!sameGlobs(folder.globs.globs, settings.corpus) || folder.globs.allowOutside !== settings.allowCorpusOutsideWorkspace) {
        warnedNoCorpus.delete(folder.uri);
        reindexed.push(folder);
      }
    }
    await Promise.all(reindexed.map((f) => indexFolder(f)));
    if (reindexed.length > 0) await registerWatchers();
    await recheckOpen(new Set(folders.all));
  }),
);

documents.onDidOpen((event) =>
  guard('open', undefined, async () => {
    openedVersion.set(event.document.uri, event.document.version);
    const settings = await settingsFor(event.document.uri);
    if (settings.run !== 'manual') await runCheck(event.document.uri);
  }),
);

documents.onDidChangeContent((event) =>
  guard('change', undefined, async () => {
    const { uri, version } = event.document;
    // TextDocuments reports an open as a change too; the open handler already checks it.
    if (openedVersion.get(uri) === version) return;
    const settings = await settingsFor(uri);
    if (settings.run === 'onType') queue.schedule(uri, settings.debounceMs, () => void guard('check', undefined, () => runCheck(uri)));
  }),
);

documents.onDidSave((event) =>
  guard('save', undefined, async () => {
    const settings = await settingsFor(event.document.uri);
    if (settings.run === 'manual') return;
    queue.cancel(event.document.uri);
    await runCheck(event.document.uri);
  }),
);

documents.onDidClose((event) => {
  const { uri } = event.document;
  queue.forget(uri);
  results.delete(uri);
  openedVersion.delete(uri);
  settingsCache.delete(uri);
  if (checked.delete(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
  sendStatus(uri);
});

connection.onHover((params, token) =>
  guard('hover', null, async () => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const current = await currentClaims(document, token);
    if (!current) return null;
    const offset = document.offsetAt(params.position);
    const claim = current.claims.find((c) => c.offsets.start <= offset && offset <= c.offsets.end);
    if (!claim) return null;
    return { contents: { kind: 'markdown' as const, value: hoverMarkdown(claim) }, range: claim.range };
  }),
);

async function actionContext(document: TextDocument, token?: CancellationToken): Promise<ActionContext | undefined> {
  const current = await currentClaims(document, token);
  if (!current) return undefined;
  return {
    document,
    language: languageOf(document),
    claims: current.claims,
    citationStyle: current.settings.citationStyle,
    stems: current.folder.stems,
    documentChanges: caps.documentChanges,
  };
}

connection.onCodeAction((params, token) =>
  guard('code actions', [], async () => {
    const document = documents.get(params.textDocument.uri);
    const ctx = document && (await actionContext(document, token));
    return ctx ? codeActions(ctx, params.range, params.context.diagnostics, params.context.only) : [];
  }),
);

connection.onExecuteCommand((params) =>
  guard(`command ${params.command}`, null, async () => {
    const arg = (params.arguments?.[0] ?? {}) as { uri?: string; version?: number; name?: string };
    switch (params.command) {
      case ServerCommands.checkDocument:
        if (arg.uri && documents.get(arg.uri)) await runCheck(arg.uri, true);
        return null;
      case ServerCommands.reindex:
        for (const folder of folders.all) warnedNoCorpus.delete(folder.uri);
        // Asked for by the user, who may distrust the saved index: every source is read again.
        await Promise.all(folders.all.map((f) => indexFolder(f, true)));
        await recheckOpen(new Set(folders.all));
        return null;
      case ServerCommands.allowName: {
        const folder = arg.uri ? folders.folderFor(arg.uri) : undefined;
        if (!folder || !arg.name) return null;
        if (await appendAllowedName(folder.path, arg.name)) log(`Added ${arg.name} to ${allowFilePath(folder.path)}.`);
        await folder.reloadAllowedNames();
        await recheckOpen(new Set([folder]));
        return null;
      }
      case ServerCommands.citeAll: {
        const document = arg.uri ? documents.get(arg.uri) : undefined;
        // A command asked for an older version would edit the wrong place: do nothing instead.
        if (!document || document.version !== arg.version) return { applied: false };
        const ctx = await actionContext(document);
        const edit = ctx && citeAllEdit(ctx);
        if (!edit) return { applied: false };
        const result = await connection.workspace.applyEdit({ label: 'Cite all supported claims', edit });
        return { applied: result.applied };
      }
      default:
        return null;
    }
  }),
);

// A change saved a few seconds before closing would otherwise be read from the files again next start.
connection.onShutdown(() => Promise.all(folders.all.map((f) => f.flushSave())).then(() => undefined));

documents.listen(connection);
connection.listen();
