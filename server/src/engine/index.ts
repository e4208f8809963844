// The engine's public surface: what the CLI and the language server may use.
export * from './types';
export { FactChecker } from './factChecker';
export type { FactCheckerOptions, CheckOptions } from './factChecker';
export { indexCorpus, listCorpusFiles } from './sources/corpusFiles';
export type { CorpusIndexReport } from './sources/corpusFiles';
