// Validates the `factcheck` section a client returns for one resource. Editors hand back whatever the
// user typed, so each field falls back to its default on a wrong type instead of failing the check.
import {
  DEFAULT_SETTINGS,
  type CitationStyle,
  type FactCheckSettings,
  type RunMode,
  type SeveritySetting,
} from '../protocol';

const RUN_MODES: readonly RunMode[] = ['onSave', 'onType', 'manual'];
const SEVERITIES: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];
const CITATION_STYLES: readonly CitationStyle[] = ['footnote', 'inline', 'pandoc'];
// A debounce beyond a minute means the value is a mistake (seconds typed as ms would be small, not big).
const MAX_DEBOUNCE_MS = 60_000;

/** Returns valid settings for any input; `problems` names each field that fell back to its default. */
export function readSettings(raw: unknown): { settings: FactCheckSettings; problems: string[] } {
  const problems: string[] = [];
  // Nothing configured is null or undefined; anything else that is not an object is a mistake to report.
  if (raw !== undefined && raw !== null && !isRecord(raw)) problems.push(`factcheck: ${preview(raw)} is not a group of settings; using the defaults`);
  const section = isRecord(raw) ? raw : {};
  if (section.severity !== undefined && section.severity !== null && !isRecord(section.severity)) {
    problems.push(`factcheck.severity: ${preview(section.severity)} is not valid; using ${JSON.stringify(DEFAULT_SETTINGS.severity)}`);
  }
  const severity = isRecord(section.severity) ? section.severity : {};

  const pick = <T>(name: string, value: unknown, valid: (v: unknown) => v is T, fallback: T): T => {
    if (value === undefined || value === null) return fallback;
    if (valid(value)) return value;
    problems.push(`factcheck.${name}: ${preview(value)} is not valid; using ${JSON.stringify(fallback)}`);
    return fallback;
  };

  // A lone string is a common slip for a one-element list.
  const corpusRaw = typeof section.corpus === 'string' ? [section.corpus] : section.corpus;
  const languagesRaw = typeof section.languages === 'string' ? [section.languages] : section.languages;

  const settings: FactCheckSettings = {
    corpus: pick('corpus', corpusRaw, isNonEmptyStringList, DEFAULT_SETTINGS.corpus),
    languages: pick('languages', languagesRaw, isStringList, DEFAULT_SETTINGS.languages),
    run: pick('run', section.run, oneOf(RUN_MODES), DEFAULT_SETTINGS.run),
    debounceMs: pick('debounceMs', section.debounceMs, isDebounce, DEFAULT_SETTINGS.debounceMs),
    severity: {
      contradicted: pick(
        'severity.contradicted',
        severity.contradicted,
        oneOf(SEVERITIES),
        DEFAULT_SETTINGS.severity.contradicted,
      ),
      unsupported: pick(
        'severity.unsupported',
        severity.unsupported,
        oneOf(SEVERITIES),
        DEFAULT_SETTINGS.severity.unsupported,
      ),
    },
    citationStyle: pick('citationStyle', section.citationStyle, oneOf(CITATION_STYLES), DEFAULT_SETTINGS.citationStyle),
    allowCorpusOutsideWorkspace: pick(
      'allowCorpusOutsideWorkspace',
      section.allowCorpusOutsideWorkspace,
      (v: unknown): v is boolean => typeof v === 'boolean',
      DEFAULT_SETTINGS.allowCorpusOutsideWorkspace,
    ),
  };
  return { settings, problems };
}

/** Whether two `factcheck.corpus` values would index the same files. */
export function sameGlobs(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((glob, i) => glob === b[i]);
}

/** The value as the user wrote it, cut short: a message must stay readable whatever was typed. */
function preview(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 80 ? `${json.slice(0, 79)}…` : json;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function isNonEmptyStringList(value: unknown): value is string[] {
  return isStringList(value) && value.length > 0 && value.every((v) => v.trim() !== '');
}

function isDebounce(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_DEBOUNCE_MS;
}

function oneOf<T extends string>(values: readonly T[]): (v: unknown) => v is T {
  return (v: unknown): v is T => typeof v === 'string' && (values as readonly string[]).includes(v);
}
