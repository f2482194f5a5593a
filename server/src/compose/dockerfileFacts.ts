import { Arg } from 'dockerfile-ast';
import type { DockerfileContext } from '../dockerfile/context';
import { declarations } from '../dockerfile/variables';

/** The build arguments a Dockerfile declares (ARG before the first FROM or in a stage), each with the ARG line that declares it first. */
export function declaredArgs(dockerfile: DockerfileContext): Map<string, string> {
  const names = new Map<string, string>();
  for (const instruction of dockerfile.instructions) {
    if (!(instruction instanceof Arg)) continue;
    for (const declaration of declarations(dockerfile, instruction)) if (!names.has(declaration.name)) names.set(declaration.name, instruction.getTextContent().trim());
  }
  return names;
}
