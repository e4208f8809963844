// The VS Code side: starts the language server over IPC, shows its counts in a language status item and
// offers the palette commands. Everything else (diagnostics, hover, fixes) is plain LSP.
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  ExecuteCommandRequest,
  LanguageClient,
  RevealOutputChannelOn,
  State,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import {
  ClientCommands,
  DEFAULT_SETTINGS,
  NoCorpusNotification,
  SETTINGS_SECTION,
  ServerCommands,
  StatusNotification,
  type ClaimCounts,
  type InitializationOptions,
  type StatusParams,
} from '../../server/src/protocol';
import { RestartPolicy, SerialQueue, documentSelector } from './serverPolicy';

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel | undefined;
let status: vscode.LanguageStatusItem | undefined;
const countsByUri = new Map<string, ClaimCounts>();
let lastIndex: Pick<StatusParams, 'sources' | 'indexing'> = { sources: 0, indexing: true };
let restartContext: vscode.ExtensionContext | undefined;
/** Starts, restarts and stops one at a time: two overlapping restarts would leave a second server running. */
const lifecycle = new SerialQueue();
const crashes = new RestartPolicy();
let deactivated = false;
/** The server crashed too often and is not restarted until the user asks: no counts are current. */
let stopped = false;

/** What `activate` returns: enough for an end-to-end test to wait for the index and read the counts. */
export interface FactCheckApi {
  status(): { sources: number; indexing: boolean; stopped: boolean; counts: Record<string, ClaimCounts> };
}

export async function activate(context: vscode.ExtensionContext): Promise<FactCheckApi> {
  output = vscode.window.createOutputChannel('Fact Check', { log: true });
  status = vscode.languages.createLanguageStatusItem('factcheck.status', selector());
  status.name = 'Fact Check';
  status.command = { title: 'Check', command: ClientCommands.checkDocument };
  context.subscriptions.push(
    output,
    status,
    vscode.commands.registerCommand(ClientCommands.checkDocument, checkCurrentDocument),
    vscode.commands.registerCommand(ClientCommands.reindex, () => serverCommand(ServerCommands.reindex)),
    vscode.commands.registerCommand(ClientCommands.showOutput, () => output?.show(true)),
    vscode.commands.registerCommand(ClientCommands.restartServer, () => restart()),
    vscode.window.onDidChangeActiveTextEditor(() => renderStatus()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      // The document selector is fixed when the client starts, so a new language list needs a restart.
      if (event.affectsConfiguration(`${SETTINGS_SECTION}.languages`)) void restart();
    }),
    { dispose: () => void client?.stop() },
  );
  await lifecycle.run(() => start(context));
  return { status: () => ({ ...lastIndex, stopped, counts: Object.fromEntries(countsByUri) }) };
}

export async function deactivate(): Promise<void> {
  deactivated = true;
  await lifecycle.run(async () => {
    const old = client;
    client = undefined;
    if (old) await stopClient(old);
  });
}

/** Languages from every folder's `factcheck.languages`, for saved and untitled documents alike. */
function selector(): Array<{ scheme: string; language: string }> {
  const languages = new Set<string>();
  const scopes = vscode.workspace.workspaceFolders?.map((f) => f.uri) ?? [undefined];
  for (const scope of scopes) {
    const value = vscode.workspace.getConfiguration(SETTINGS_SECTION, scope).get<unknown>('languages');
    const list = Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : DEFAULT_SETTINGS.languages;
    for (const language of list) languages.add(language);
  }
  return documentSelector(languages);
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const initializationOptions: InitializationOptions = { handlesNoCorpus: true, ...storageOption(context) };
  const documentSelector = selector();
  let self: LanguageClient | undefined;
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    outputChannel: output,
    // Quiet unless asked: problems go to the output channel, which the user opens with Show Output.
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    initializationOptions,
    diagnosticCollectionName: 'factcheck',
    errorHandler: {
      error: (_error, _message, count) => ({
        action: crashes.error(count) === 'continue' ? ErrorAction.Continue : ErrorAction.Shutdown,
      }),
      closed: () => {
        // A client being replaced (restart, deactivate) must not bring its server back next to the new one.
        if (self !== client) return { action: CloseAction.DoNotRestart, handled: true };
        const decision = crashes.closed();
        output?.warn(decision.message);
        if (decision.restart) return { action: CloseAction.Restart, handled: true };
        // The last counts would read as a current check of the draft: the status says stopped instead.
        stopped = true;
        countsByUri.clear();
        renderStatus();
        void vscode.window.showErrorMessage(decision.message, 'Show Output', 'Restart Server').then((choice) => {
          if (choice === 'Show Output') output?.show(true);
          if (choice === 'Restart Server') void restart();
        });
        return { action: CloseAction.DoNotRestart, handled: true };
      },
    },
  };
  if (status) status.selector = documentSelector;
  client = self = new LanguageClient('factcheck', 'Fact Check', serverOptions, clientOptions);
  client.onNotification(StatusNotification.type, onStatus);
  client.onNotification(NoCorpusNotification.type, (params) => {
    const message = `Fact Check found no source articles in “${params.folderName}”: nothing matches factcheck.corpus (${params.globs.join(', ')}). Drafts there are not checked.`;
    void vscode.window.showInformationMessage(message, 'Open Setting').then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', `${SETTINGS_SECTION}.corpus`);
    });
  });
  restartContext = context;
  try {
    await client.start();
  } catch (error) {
    // The editor goes on without fact checking; the message says where to look.
    output?.error(`The Fact Check server did not start: ${error instanceof Error ? error.message : String(error)}`);
    void vscode.window.showErrorMessage('The Fact Check server did not start. See the Fact Check output for why.', 'Show Output').then((choice) => {
      if (choice) output?.show(true);
    });
  }
}

/**
 * Where the server saves its index: this workspace's storage, else (no folder open) the extension's
 * global storage. Only a folder on this machine's disk will do; otherwise the server saves nothing.
 */
function storageOption(context: vscode.ExtensionContext): Pick<InitializationOptions, 'storagePath'> {
  const storage = context.storageUri ?? context.globalStorageUri;
  return storage?.scheme === 'file' ? { storagePath: storage.fsPath } : {};
}

/** Stops the running server, waits for it to exit, then starts one: never two at once. */
function restart(): Promise<void> {
  return lifecycle.run(async () => {
    const context = restartContext;
    if (!context || deactivated) return;
    const old = client;
    client = undefined;
    if (old) await stopClient(old);
    countsByUri.clear();
    crashes.reset();
    stopped = false;
    renderStatus();
    await start(context);
  });
}

/** How long stopping a client waits for its start to end (a server answers initialize at once). */
const START_WAIT_MS = 10_000;

/**
 * Stops `old` for good. A client restarting its crashed server is "starting", and `stop()` refuses a
 * starting client (it throws, and the client goes on): it would run unowned next to the new one, holding
 * the server's commands so that the new one fails to start. So wait for that start to end first (bounded:
 * a restart must not hang on a server that never answers); with `client` no longer `old`, its `closed`
 * handler does not restart it again meanwhile.
 */
async function stopClient(old: LanguageClient): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, START_WAIT_MS)));
  try {
    while (old.state === State.Starting) {
      if ((await Promise.race([old.start().then(() => true, () => true), timeout.then(() => false)])) === false) break;
    }
  } finally {
    clearTimeout(timer);
  }
  await old.stop().catch(() => undefined);
}

function onStatus(params: StatusParams): void {
  lastIndex = { sources: params.sources, indexing: params.indexing };
  if (params.uri) {
    if (params.counts) countsByUri.set(params.uri, params.counts);
    else countsByUri.delete(params.uri);
  }
  renderStatus();
}

function renderStatus(): void {
  if (!status) return;
  if (stopped) {
    status.busy = false;
    status.text = '$(error) Fact Check stopped';
    status.detail = 'The server stopped after repeated crashes';
    status.severity = vscode.LanguageStatusSeverity.Error;
    status.command = { title: 'Restart Server', command: ClientCommands.restartServer };
    return;
  }
  status.command = { title: 'Check', command: ClientCommands.checkDocument };
  const uri = vscode.window.activeTextEditor?.document.uri.toString();
  const counts = uri ? countsByUri.get(uri) : undefined;
  const sources = `${lastIndex.sources} source${lastIndex.sources === 1 ? '' : 's'} indexed`;
  status.busy = lastIndex.indexing;
  status.detail = lastIndex.indexing ? `Indexing sources… (${sources})` : sources;
  status.text = counts
    ? `$(check) ${counts.supported} supported · $(question) ${counts.unsupported} unsupported · $(error) ${counts.contradicted} contradicted`
    : 'Fact Check';
  status.severity = counts && counts.contradicted > 0 ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
}

async function checkCurrentDocument(): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document) {
    void vscode.window.showInformationMessage('Fact Check: open a draft to check it.');
    return;
  }
  if (!vscode.languages.match(selector(), document)) {
    void vscode.window.showInformationMessage(
      `Fact Check checks ${DEFAULT_SETTINGS.languages.join(' and ')} documents; add “${document.languageId}” to factcheck.languages to check this one.`,
    );
    return;
  }
  await serverCommand(ServerCommands.checkDocument, { uri: document.uri.toString() });
}

async function serverCommand(command: string, arg?: unknown): Promise<void> {
  if (!client) return;
  try {
    await client.sendRequest(ExecuteCommandRequest.type, { command, arguments: arg === undefined ? [] : [arg] });
  } catch (error) {
    output?.appendLine(`${command} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
