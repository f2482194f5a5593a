import { LSPErrorCodes, ResponseError } from 'vscode-languageserver-protocol';
import type { Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { dirname, relative } from 'node:path';
import type { ComposeContext } from '../context';
import { ComposeProject, type Place } from '../project';
import { rangeOf } from './places';

/**
 * Rename a service, network, volume, secret, config or model: its definition and every use in the
 * files the project knows (see project.ts), as one edit per file. It refuses, with a message the
 * editor shows, when it cannot be done safely: the definition is in a file that cannot be read, the
 * name is defined in several files, a use also stands for another definition (a name an extended
 * service takes from two files extending it), or the new name is taken where a use would see it.
 * Uses in files nobody opened and nothing open links to are not known, so not renamed.
 */

/** Compose's rule for the names under services, networks, volumes and the other sections. */
const NAME = /^[a-zA-Z0-9._-]+$/;

/** Where a rename could start: any name in the file (the file's own text tells). */
export function prepareRename(file: ComposeContext, position: Position): { range: Range; placeholder: string } | null {
  const place = ComposeProject.of(file).placeAt(file.uri, file.offsetAt(position));
  return place ? { range: rangeOf(place), placeholder: place.occurrence.name } : null;
}

export function rename(project: ComposeProject, file: ComposeContext, position: Position, newName: string): WorkspaceEdit | null {
  const place = project.placeAt(file.uri, file.offsetAt(position));
  if (!place) return null;
  const { kind, name } = place.occurrence;
  const noun = kind.slice(0, -1);
  const shown = (other: NamedFile) => `\`${displayPath(place, other)}\``;
  if (!NAME.test(newName)) refuse(`\`${newName}\` cannot name a ${noun}: use letters, digits, \`.\`, \`_\` and \`-\``);

  const { target, uses } = project.usesOf(place);
  if (target.definitions.length === 0 && target.unseen.length > 0) {
    const files = target.unseen.map(shown).join(', ');
    refuse(place.occurrence.extends ? `Cannot rename \`${name}\`: it is defined in ${files}, which cannot be read` : `Cannot rename \`${name}\`: it is not defined here and may be defined in ${files}, which cannot be read`);
  }
  const defining = [...new Set(target.definitions.map((d) => d.file))];
  if (defining.length > 1) refuse(`Cannot rename \`${name}\`: it is defined in ${defining.map(shown).join(' and ')}; rename it in each file`);
  const shared = uses.find((use) => use.target.key !== target.key);
  if (shared) {
    const others = [...new Set(shared.target.definitions.map((d) => d.file).filter((f) => !defining.includes(f)))];
    const line = shared.file.file.positionAt(shared.occurrence.start).line + 1;
    refuse(`Cannot rename \`${name}\`: ${shown(shared.file)} line ${line} also uses it for the ${noun} defined in ${others.map(shown).join(' and ')}, which the rename would break`);
  }

  if (newName !== name) {
    const checked = new Set<string>();
    for (const use of uses) {
      // The service an `extends.file` names is checked where it is defined, which is renamed too.
      const scope = `${use.file.uri}\0${use.occurrence.service ?? ''}`;
      if (use.occurrence.extends || checked.has(scope)) continue;
      checked.add(scope);
      const taken = project.lookup(use.file, kind, newName, use.occurrence.service).definitions[0];
      if (taken) refuse(`A ${noun} named \`${newName}\` already exists${taken.file === place.file ? '' : ` in ${shown(taken.file)}`}`);
    }
  }
  const changes: Record<string, TextEdit[]> = {};
  for (const use of uses.sort((a, b) => a.occurrence.start - b.occurrence.start)) (changes[use.file.uri] ??= []).push({ range: rangeOf(use), newText: newName });
  return { changes };
}

function refuse(message: string): never {
  throw new ResponseError(LSPErrorCodes.RequestFailed, message);
}

/** A file of the project (with a URI) or one a link names (as written). */
type NamedFile = { path?: string; uri?: string; written?: string };

/** A file as messages show it: relative to the file the rename started in, else as written, else its URI. */
function displayPath(from: Place, file: NamedFile): string {
  if (file.path !== undefined && from.file.path !== undefined) return relative(dirname(from.file.path), file.path);
  return file.written ?? file.uri ?? file.path ?? '';
}
