import { pathToFileURL } from 'node:url';
import type { DocumentLink } from 'vscode-languageserver-types';
import type { ComposeContext } from '../context';
import { absolutePath } from '../paths';
import type { PathRole } from '../references';

const TOOLTIPS: Record<PathRole, string> = {
  buildContext: 'Open the build context',
  dockerfile: 'Open the Dockerfile',
  envFile: 'Open the env file',
  labelFile: 'Open the label file',
  extendsFile: 'Open the file this service extends',
  include: 'Open the included Compose file',
  secretFile: 'Open the secret file',
  configFile: 'Open the config file',
};

/**
 * Links on the paths a Compose file names (Dockerfiles, env files, included and extended files,
 * secret and config files) to the files they resolve to. A build context links to the Dockerfile it
 * builds; paths that do not exist get no link (MissingFile and its siblings report them).
 */
export function documentLinks(file: ComposeContext): DocumentLink[] {
  const links: DocumentLink[] = [];
  for (const reference of file.model.paths) {
    const path = absolutePath(file, reference);
    if (!path || file.environment.paths.get(path) !== 'file') continue;
    links.push({ range: file.range(reference.start, reference.end), target: pathToFileURL(path).toString(), tooltip: TOOLTIPS[reference.role] });
  }
  return links;
}
