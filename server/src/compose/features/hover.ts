import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import { basename } from 'node:path';
import { keyReference, type KeyDoc, type ResourceKind } from '../../docs/compose';
import type { LocalImage } from '../../protocol';
import { findLocalImage, imageMarkdown } from '../../dockerfile/features/localImages';
import type { ComposeContext } from '../context';
import { substitute, type VariableUse } from '../interpolation';
import { located } from '../model';
import { absolutePath, variableLookup } from '../paths';
import { describeShape } from '../validate';
import { occurrenceAt } from './occurrences';
import { keyDocAt, yamlPositionAt } from './positions';

/**
 * Hover: a key's documentation from the Compose Specification, a variable's value and where it comes
 * from, what a service, network or volume name refers to, the variables of an env file, and on a
 * service's `image:` what the local engine knows of that image (from `localImages`).
 */
export function hover(file: ComposeContext, position: Position, localImages: readonly LocalImage[] = []): Hover | null {
  const offset = file.offsetAt(position);
  const use = variableAt(file, offset);
  if (use) return markdown(file, variableHover(file, use), use.start, use.end);
  const occurrence = occurrenceAt(file, offset);
  if (occurrence) return markdown(file, resourceHover(file, occurrence.kind, occurrence.name), occurrence.start, occurrence.end);
  const envFile = file.model.paths.find((p) => p.role === 'envFile' && offset >= p.start && offset <= p.end);
  if (envFile) {
    const text = envFileHover(file, envFile.value, absolutePath(file, envFile));
    if (text) return markdown(file, text, envFile.start, envFile.end);
  }
  const at = yamlPositionAt(file, offset);
  if (!at?.scalar?.range) return null;
  // On a value, the key it belongs to explains it (for a list item, the list's key).
  const keyPath = [...at.path];
  if (!at.onKey) while (keyPath[keyPath.length - 1]?.startsWith('[')) keyPath.pop();
  const doc = keyDocAt(keyPath);
  if (!doc?.description) return null;
  const image = !at.onKey && isImagePath(keyPath) ? imageName(file, at.scalar.value) : undefined;
  const local = image ? findLocalImage(localImages, image) : undefined;
  const text = local ? `${imageMarkdown(local)}\n\n---\n\n${keyHover(keyPath, doc)}` : keyHover(keyPath, doc);
  return markdown(file, text, at.scalar.range[0], at.scalar.range[1]);
}

/** The image a service's `image:` names under the cursor (variables substituted); the server fetches local images for hover only then. */
export function imageAt(file: ComposeContext, position: Position): string | undefined {
  const at = yamlPositionAt(file, file.offsetAt(position));
  return at?.scalar && !at.onKey && isImagePath(at.path) ? imageName(file, at.scalar.value) : undefined;
}

function isImagePath(path: readonly string[]): boolean {
  return path.length === 3 && path[0] === 'services' && path[2] === 'image';
}

/** An `image:` value as Compose reads it: interpolated; undefined when a variable is unset or the value is not text. */
function imageName(file: ComposeContext, value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const result = substitute(value, variableLookup(file));
  return result.error || result.unset.length > 0 || !result.value ? undefined : result.value;
}

function markdown(file: ComposeContext, value: string, start: number, end: number): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, range: file.range(start, end) };
}

/** The innermost variable use at the offset (a use nested in another's default is inside it). */
function variableAt(file: ComposeContext, offset: number): VariableUse | undefined {
  let best: VariableUse | undefined;
  for (const use of file.interpolation.uses) {
    if (offset >= use.start && offset <= use.end && (!best || use.end - use.start < best.end - best.start)) best = use;
  }
  return best;
}

function keyHover(path: readonly string[], doc: KeyDoc): string {
  const lines = [`**${path[path.length - 1]}**: ${doc.description}`, '', `Value: ${describeShape(doc.shape)}`];
  if (doc.deprecated) lines.push('', `Deprecated: ${doc.deprecated}.`);
  lines.push('', `[Compose file reference](${keyReference(path)})`);
  return lines.join('\n');
}

function variableHover(file: ComposeContext, use: VariableUse): string {
  const variable = file.environment.variables?.get(use.name);
  const lines = [`**$${use.name}**`, ''];
  if (variable) {
    const source = variable.source.kind === 'environment' ? 'the environment Compose runs in' : `\`${basename(variable.source.file)}\` line ${variable.source.line + 1}`;
    lines.push(`\`${variable.value}\` from ${source}`);
  } else if (!file.environment.variables) {
    lines.push('Set from the environment Compose runs in, or the `.env` file beside this file.');
  } else lines.push('Not set in the environment or in `.env`.');
  if (use.operator) {
    const result = substitute(file.text.slice(use.start, use.end), variableLookup(file));
    const value = result.error ? `Compose stops: "${result.error}"` : `\`${result.value}\``;
    if (file.environment.variables) lines.push('', `\`${file.text.slice(use.start, use.end)}\` gives ${value}`);
  }
  const inEnvFiles = [...file.environment.envFiles].filter(([, entries]) => entries.some((e) => e.name === use.name)).map(([path]) => `\`${basename(path)}\``);
  if (inEnvFiles.length > 0) lines.push('', `Also set in ${inEnvFiles.join(', ')}: env files reach the container's environment, not the interpolation of this file.`);
  return lines.join('\n');
}

const NOUNS: Record<ResourceKind, string> = { services: 'Service', networks: 'Network', volumes: 'Volume', secrets: 'Secret', configs: 'Config', models: 'Model' };
/** The keys that say most about each kind of definition, shown in its hover. */
const SUMMARY_KEYS: Record<ResourceKind, string[]> = {
  services: ['image', 'build', 'extends', 'provider'],
  networks: ['name', 'driver', 'external'],
  volumes: ['name', 'driver', 'external'],
  secrets: ['file', 'environment', 'external'],
  configs: ['file', 'environment', 'external'],
  models: ['model'],
};

function resourceHover(file: ComposeContext, kind: ResourceKind, name: string): string {
  const definitions = file.model.definitions.get(kind)?.get(name) ?? [];
  if (definitions.length === 0) {
    const elsewhere = file.environment.otherFiles?.names[kind].has(name) || (kind === 'networks' && name === 'default');
    return `${NOUNS[kind]} \`${name}\`${elsewhere ? ' (defined outside this file)' : ' is not defined'}`;
  }
  const lines = [`${NOUNS[kind]} \`${name}\`, defined on line ${file.nodeRange(definitions[0].key).start.line + 1}`];
  const body = file.mapping(definitions[definitions.length - 1].value);
  for (const key of SUMMARY_KEYS[kind]) {
    const entry = file.entry(body, key);
    if (!entry) continue;
    const value = located(file, entry.value)?.value ?? (file.mapping(entry.value) ? '{…}' : '');
    lines.push(`- \`${key}\`: ${value ? `\`${value}\`` : ''}`);
  }
  return lines.join('\n');
}

function envFileHover(file: ComposeContext, written: string, path: string | undefined): string | undefined {
  const entries = path ? file.environment.envFiles.get(path) : undefined;
  if (!entries) return undefined;
  const shown = entries.slice(0, 20).map((e) => `- \`${e.name}\`=\`${e.value}\``);
  const more = entries.length > shown.length ? [`- … and ${entries.length - shown.length} more`] : [];
  return [`\`${written}\`: ${entries.length} variable${entries.length === 1 ? '' : 's'} for the container`, '', ...shown, ...more].join('\n');
}

