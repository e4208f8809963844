// What the extension client and the language server agree on, declared once: settings, command ids and
// the custom messages. Everything else between them is plain LSP, so any editor can drive the server.
import { NotificationType } from 'vscode-languageserver-protocol';

export type RunMode = 'onSave' | 'onType' | 'manual';
export type SeveritySetting = 'error' | 'warning' | 'information' | 'hint' | 'off';
export type CitationStyle = 'footnote' | 'inline' | 'pandoc';

/** The `factcheck.*` settings of one resource, after validation. */
export interface FactCheckSettings {
  /** Globs relative to the workspace folder. */
  corpus: string[];
  /** Language ids checked as drafts. */
  languages: string[];
  run: RunMode;
  debounceMs: number;
  severity: { contradicted: SeveritySetting; unsupported: SeveritySetting };
  citationStyle: CitationStyle;
  /**
   * Whether corpus globs, and links in the corpus, may lead outside the workspace folder. Machine-scoped in
   * the extension's manifest, so only the user (never a workspace's own settings) can turn it on.
   */
  allowCorpusOutsideWorkspace: boolean;
}

export const DEFAULT_SETTINGS: FactCheckSettings = {
  corpus: ['corpus/**/*.{txt,md}'],
  languages: ['markdown', 'plaintext'],
  run: 'onSave',
  debounceMs: 500,
  severity: { contradicted: 'error', unsupported: 'warning' },
  citationStyle: 'footnote',
  allowCorpusOutsideWorkspace: false,
};

export const SETTINGS_SECTION = 'factcheck';

/** Where the writer's allowed names live, relative to the workspace folder (the CLI reads it too). */
export const ALLOW_FILE = '.factcheck/allow.txt';

/** Marks the next line of a Markdown draft as not to be checked. */
export const IGNORE_NEXT_LINE = '<!-- factcheck-ignore-next-line -->';

/** Diagnostic `source` and the prefix of everything the server names. */
export const DIAGNOSTIC_SOURCE = 'factcheck';

/**
 * Commands the server executes (workspace/executeCommand), so any LSP client can run them. They are
 * distinct from the client's palette commands because vscode-languageclient registers these ids itself.
 */
export namespace ServerCommands {
  /** Arguments: [{ uri: string }]. Checks the document now, whatever `factcheck.run` says. */
  export const checkDocument = 'factcheck.server.checkDocument';
  /** No arguments. Re-indexes every workspace folder's corpus. */
  export const reindex = 'factcheck.server.reindex';
  /** Arguments: [{ uri: string, name: string }]. Appends the name to the folder's allow file. */
  export const allowName = 'factcheck.server.allowName';
  /** Arguments: [{ uri: string, version: number }]. Cites every supported claim (a stale version does nothing). */
  export const citeAll = 'factcheck.server.citeAll';
  export const all = [checkDocument, reindex, allowName, citeAll];
}

/** The palette commands the extension contributes (category "Fact Check"). */
export namespace ClientCommands {
  export const checkDocument = 'factcheck.checkDocument';
  export const reindex = 'factcheck.reindex';
  export const showOutput = 'factcheck.showOutput';
  export const restartServer = 'factcheck.restartServer';
}

/** What a client may send in `initializationOptions`; every field is optional (other editors send none). */
export interface InitializationOptions {
  /** The client shows the no-corpus message itself (with a button); the server then sends no showMessage. */
  handlesNoCorpus?: boolean;
  /** Settings for clients without workspace/configuration. */
  settings?: unknown;
  /**
   * An absolute folder the server may save its index in (created when missing; nothing is written
   * elsewhere), so a restart reads only the sources that changed. Without it nothing is saved.
   */
  storagePath?: string;
}

export interface ClaimCounts {
  supported: number;
  unsupported: number;
  contradicted: number;
}

export interface StatusParams {
  /** The draft the counts are for; absent when the message is about the index alone. */
  uri?: string;
  version?: number;
  counts?: ClaimCounts;
  /** Sources indexed over all workspace folders. */
  sources: number;
  indexing: boolean;
}

export namespace StatusNotification {
  export const method = 'factcheck/status';
  export const type = new NotificationType<StatusParams>(method);
}

export interface NoCorpusParams {
  /** The workspace folder whose globs matched nothing. */
  folderUri: string;
  folderName: string;
  globs: string[];
}

export namespace NoCorpusNotification {
  export const method = 'factcheck/noCorpus';
  export const type = new NotificationType<NoCorpusParams>(method);
}
