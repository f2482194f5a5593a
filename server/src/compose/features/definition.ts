import type { Location, Position } from 'vscode-languageserver-types';
import { pathToFileURL } from 'node:url';
import type { ComposeContext } from '../context';
import { absolutePath } from '../paths';
import type { ComposeProject } from '../project';
import { locationOf } from './places';

/**
 * Go to definition in a Compose file. On a name (a service, network, volume, secret, config or
 * model): where it is defined, in this file or in the file that defines it for this one (an
 * included file, the file an `extends.file` names, or the file extending the service it is used
 * in; see project.ts). On a path the file names: that file, when it is on disk.
 */
export function definition(project: ComposeProject, file: ComposeContext, position: Position): Location[] | null {
  const offset = file.offsetAt(position);
  const place = project.placeAt(file.uri, offset);
  if (place) {
    const { definitions } = project.targetOf(place);
    return definitions.length > 0 ? definitions.map(locationOf) : null;
  }
  // A path the file names opens that file, when it is there (a build context opens its Dockerfile).
  const start = { line: 0, character: 0 };
  for (const reference of file.model.paths) {
    if (offset < reference.start || offset > reference.end) continue;
    const path = absolutePath(file, reference);
    if (path && file.environment.paths.get(path) === 'file') return [{ uri: pathToFileURL(path).toString(), range: { start, end: start } }];
  }
  return null;
}
