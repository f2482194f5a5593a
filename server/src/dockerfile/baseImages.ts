/**
 * The images a Dockerfile's stages start from, as the builder names them, and the platform a FROM
 * asks of its image. Platform ARGs take the values a plain `docker build` on the engine gives them:
 * built on the engine's platform, for the engine's platform.
 */
import type { Range } from 'vscode-languageserver-types';
import type { DockerfileContext, Stage } from './context';
import { parsePlatform, platformArgValues, type Platform } from './platforms';
import { earlierStageNamed } from './stages';
import { globalScope } from './variables';
import { expandWord, type ValueLookup } from './wordExpansion';

export interface BaseImage {
  stage: Stage;
  /** The image as the FROM names it once its variables are expanded (`alpine:3.20`). */
  name: string;
  /** Where the FROM writes it. */
  range: Range;
}

/**
 * What FROM lines expand with on `engine`: the global scope, with the platform ARGs of a build there.
 * Without an engine, the global scope as it is (a linux/amd64 builder's values).
 */
function fromLookup(file: DockerfileContext, engine: Platform | undefined): ValueLookup {
  const scope = globalScope(file);
  if (!engine) return scope.lookup;
  const platformArgs = platformArgValues(engine);
  return (name) => {
    const variable = scope.get(name);
    if (!variable) return scope.lookup(name);
    if (variable.definition.kind === 'predefined' && name in platformArgs) return platformArgs[name];
    // A global ARG whose default is built from other variables was worked out with a linux/amd64 builder's values: not followed.
    const valueRange = variable.definition.declaration?.valueRange;
    if (valueRange && file.document.getText(valueRange).includes('$')) return null;
    return variable.value;
  };
}

function expand(file: DockerfileContext, range: Range, lookup: ValueLookup): string | null {
  const text = file.text.slice(file.document.offsetAt(range.start), file.document.offsetAt(range.end));
  return expandWord(text, lookup, { escapeChar: file.escapeCharacter }).value;
}

/** The stages built on an image from outside the file: not `scratch`, not an earlier stage, not a name the file cannot tell. */
export function externalBaseImages(file: DockerfileContext, engine?: Platform): BaseImage[] {
  const lookup = fromLookup(file, engine);
  const images: BaseImage[] = [];
  for (const stage of file.stages) {
    const range = stage.from.getImageRange();
    const name = range ? expand(file, range, lookup) : null;
    if (!range || !name || name === 'scratch' || earlierStageNamed(file, name, stage.index)) continue;
    images.push({ stage, name, range });
  }
  return images;
}

/**
 * The platform a stage's `FROM --platform` asks for in a build on `engine` (a value naming only an OS
 * or an architecture is completed with the engine's). Undefined without the flag, or when its value
 * depends on what the file does not tell or names no platform.
 */
export function requestedPlatform(file: DockerfileContext, stage: Stage, engine: Platform): Platform | undefined {
  const range = stage.from.getPlatformFlag()?.getValueRange();
  const value = range ? expand(file, range, fromLookup(file, engine)) : null;
  return value ? parsePlatform(value, engine) : undefined;
}
