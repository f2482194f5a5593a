/**
 * Labels as hadolint's label rules (DL3048–DL3058) read them: the `key=value` pairs of each LABEL,
 * which stages end up carrying a label, and the value formats a `label-schema` can ask for.
 */
import { Copy, Label, type Dockerfile, type Property } from 'dockerfile-ast';
import parseSpdxExpression from 'spdx-expression-parse';
import type { Range } from 'vscode-languageserver-types';
import type { RuleFinding } from '../lint/rule';
import type { DockerfileContext, Stage } from './context';
import { NodeCache } from './nodeCache';

/** One `key=value` of a LABEL, with quotes and escapes removed as the builder removes them. */
export interface LabelPair {
  key: string;
  value: string;
  keyRange: Range;
  /** The value as written (quotes included); the whole pair when nothing follows the key (`LABEL a=`). */
  valueRange: Range;
  /** The whole `key=value`. */
  range: Range;
  /** The key refers to a variable, so the real key is only known at build time. */
  keyIsDynamic: boolean;
  /** The value refers to a variable (`$VERSION`, `${BUILD_DATE}`), so it is only known at build time. */
  valueIsDynamic: boolean;
}

// Keyed by the parse, which the server shares across lints of one document version.
const pairCache = new NodeCache<Label, LabelPair[]>();
const filePairCache = new WeakMap<Dockerfile, LabelPair[]>();

/** The pairs a LABEL instruction sets, in order. */
export function labelPairs(label: Label): LabelPair[] {
  let pairs = pairCache.get(label);
  if (!pairs) {
    const properties = label.getProperties();
    // Finding variables costs more than reading the pairs; most labels have no `$` to look at.
    const mayHaveVariables = properties.some((p) => p.getName().includes('$') || p.getValue()?.includes('$'));
    const variables = mayHaveVariables ? label.getVariables().map((v) => v.getRange()) : [];
    const refersToVariable = (range: Range) => variables.some((v) => contains(range, v));
    pairs = properties.map((property: Property) => {
      const keyRange = property.getNameRange();
      const writtenValue = property.getValueRange();
      const hasWrittenValue = writtenValue !== null && !isEmptyRange(writtenValue);
      return {
        key: property.getName(),
        value: property.getValue() ?? '',
        keyRange,
        valueRange: hasWrittenValue ? writtenValue : property.getRange(),
        range: property.getRange(),
        keyIsDynamic: refersToVariable(keyRange),
        valueIsDynamic: hasWrittenValue && refersToVariable(writtenValue),
      };
    });
    pairCache.set(label, pairs);
  }
  return pairs;
}

/**
 * Every pair set by the file's LABEL instructions. A LABEL inside ONBUILD is left out, as hadolint
 * leaves it out: it labels the images built from this one, not this image.
 */
export function fileLabelPairs(file: DockerfileContext): LabelPair[] {
  let pairs = filePairCache.get(file.ast);
  if (!pairs) {
    pairs = file.instructions.flatMap((instruction) => (instruction instanceof Label ? labelPairs(instruction) : []));
    filePairCache.set(file.ast, pairs);
  }
  return pairs;
}

/** The labels of `file.options.labelSchema` whose type (text, url, semver, hash, rfc3339, spdx, email) satisfies `selects`. */
function schemaLabels(file: DockerfileContext, selects: (type: string) => boolean): Set<string> {
  return new Set(Object.entries(file.options.labelSchema).filter(([, type]) => selects(type.toLowerCase())).map(([key]) => key));
}

/**
 * One finding per pair that sets a schema label of the selected types to a value `isValid` rejects.
 * Values built from variables are left alone: what they hold is known only at build time.
 */
export function invalidSchemaValues(
  file: DockerfileContext,
  selects: (type: string) => boolean,
  isValid: (value: string) => boolean,
  message: (key: string) => string,
): RuleFinding[] {
  const keys = schemaLabels(file, selects);
  if (keys.size === 0) return [];
  return fileLabelPairs(file)
    .filter((pair) => keys.has(pair.key) && !pair.valueIsDynamic && !isValid(pair.value))
    .map((pair) => ({ range: pair.valueRange, message: message(pair.key) }));
}

/**
 * The stages that end without label `key`, as hadolint's DL3049 decides it: a stage has the label
 * when one of its LABELs sets it or when it is built `FROM` a stage that has it. A named stage that
 * lacks it is forgiven once another stage copies from it (`COPY --from=name`) or, built FROM it,
 * sets the label itself: it is an intermediate step, not an image anyone ships.
 */
export function stagesMissingLabel(file: DockerfileContext, key: string): Stage[] {
  const missing = new Set<Stage>();
  const namesWithLabel = new Set<string>();
  const forgive = (name: string) => {
    for (const stage of missing) if (stageLabels(stage).name === name) missing.delete(stage);
  };
  for (const stage of file.stages) {
    const { name, base, keys, copiedFrom } = stageLabels(stage);
    // Within a stage the order of COPY and LABEL does not matter: both only forgive or settle stages.
    const hasLabel = namesWithLabel.has(base) || keys.has(key);
    if (hasLabel && name) namesWithLabel.add(name);
    if (!hasLabel) missing.add(stage);
    copiedFrom.forEach(forgive);
    if (keys.has(key)) forgive(name ?? base);
  }
  return [...missing];
}

/** What DL3049 needs of a stage, read once per parse; names are lower-cased as the builder compares them. */
interface StageLabels {
  name?: string;
  /** The image or stage it is built FROM, without tag. */
  base: string;
  /** Every label key its LABELs set. */
  keys: Set<string>;
  /** The `COPY --from=` sources. */
  copiedFrom: string[];
}

const stageLabelCache = new WeakMap<Stage, StageLabels>();

function stageLabels(stage: Stage): StageLabels {
  let facts = stageLabelCache.get(stage);
  if (!facts) {
    facts = { name: stage.name?.toLowerCase(), base: (stage.from.getImageName() ?? '').toLowerCase(), keys: new Set(), copiedFrom: [] };
    for (const instruction of stage.instructions) {
      if (instruction instanceof Label) for (const pair of labelPairs(instruction)) facts.keys.add(pair.key);
      else if (instruction instanceof Copy) {
        const source = instruction.getFromFlag()?.getValue();
        if (source) facts.copiedFrom.push(source.toLowerCase());
      }
    }
    stageLabelCache.set(stage, facts);
  }
  return facts;
}

function isEmptyRange(range: Range): boolean {
  return range.start.line === range.end.line && range.start.character === range.end.character;
}

function contains(outer: Range, inner: Range): boolean {
  const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

// ---- Value formats ----

/**
 * Docker's label key convention: lower-case letters, digits, dots and dashes, starting with a
 * letter and ending with a letter or digit, no `..` or `--`, and not in the namespaces Docker keeps.
 */
export function isValidLabelKey(key: string): boolean {
  return (
    /^[a-z](?:[a-z0-9.-]*[a-z0-9])?$/.test(key) &&
    !key.includes('..') &&
    !key.includes('--') &&
    !['com.docker.', 'io.docker.', 'org.dockerproject.'].some((namespace) => key.startsWith(namespace))
  );
}

const PCT_ENCODED = '%[0-9A-Fa-f]{2}';
const UNRESERVED_OR_SUB_DELIM = "A-Za-z0-9\\-._~!$&'()*+,;=";
const PCHAR = `(?:[${UNRESERVED_OR_SUB_DELIM}:@]|${PCT_ENCODED})`;
const USERINFO = `(?:[${UNRESERVED_OR_SUB_DELIM}:]|${PCT_ENCODED})*@`;
const HOST = `(?:\\[[0-9A-Za-z.:~!$&'()*+,;=_-]+\\]|(?:[${UNRESERVED_OR_SUB_DELIM}]|${PCT_ENCODED})*)`;
const HIER_PART = `(?://(?:${USERINFO})?${HOST}(?::[0-9]*)?(?:/${PCHAR}*)*|/?(?:${PCHAR}+(?:/${PCHAR}*)*)?)`;
const ABSOLUTE_URI = new RegExp(`^[A-Za-z][A-Za-z0-9+.-]*:${HIER_PART}(?:\\?(?:${PCHAR}|[/?])*)?(?:#(?:${PCHAR}|[/?])*)?$`);

/** An absolute URI by RFC 3986: a scheme, then only the characters and structure the RFC allows. */
export function isUrl(value: string): boolean {
  return ABSOLUTE_URI.test(value);
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;

/** An RFC 3339 date-time (`2024-05-01T12:30:00Z`, `…+02:00`), with every field in range. */
export function isRfc3339(value: string): boolean {
  const match = DATE_TIME.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute, second, offsetHour = 0, offsetMinute = 0] = match.slice(1).filter((n) => n !== undefined).map(Number);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  // Second 60 is a leap second, which RFC 3339 allows.
  return daysInMonth !== undefined && day >= 1 && day <= daysInMonth && hour <= 23 && minute <= 59 && second <= 60 && offsetHour <= 23 && offsetMinute <= 59;
}

/**
 * An SPDX license expression (`MIT`, `Apache-2.0 OR MIT`, `GPL-2.0-only WITH Classpath-exception-2.0`)
 * over the SPDX list's identifiers, as the OCI `org.opencontainers.image.licenses` annotation expects.
 */
export function isSpdxExpression(value: string): boolean {
  try {
    parseSpdxExpression(value);
    return true;
  } catch {
    return false;
  }
}

/** A git commit id, short (7) or full (40), in the lower-case hex git prints. */
export function isGitHash(value: string): boolean {
  return /^(?:[0-9a-f]{7}|[0-9a-f]{40})$/.test(value);
}

const NUMBER = '(?:0|[1-9][0-9]*)';
const PRERELEASE_PART = `(?:${NUMBER}|[0-9A-Za-z-]*[A-Za-z-][0-9A-Za-z-]*)`;
const SEMVER = new RegExp(`^${NUMBER}\\.${NUMBER}\\.${NUMBER}(?:-${PRERELEASE_PART}(?:\\.${PRERELEASE_PART})*)?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?$`);

/** A Semantic Versioning 2.0.0 version: `1.4.2`, `2.0.0-rc.1+build.5`; no `v` prefix, no leading zeros. */
export function isSemver(value: string): boolean {
  return SEMVER.test(value);
}

const ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const DOT_ATOM = `${ATOM}(?:\\.${ATOM})*`;
const QUOTED_STRING = '"(?:[\\x20\\x21\\x23-\\x5b\\x5d-\\x7e]|\\\\[\\x20-\\x7e])*"';
const DOMAIN_LITERAL = '\\[[\\x21-\\x5a\\x5e-\\x7e]*\\]';
const ADDR_SPEC = new RegExp(`^(?:${DOT_ATOM}|${QUOTED_STRING})@(?:${DOT_ATOM}|${DOMAIN_LITERAL})$`);

/** An RFC 5322 address (`local@domain`), without a display name or angle brackets. */
export function isEmail(value: string): boolean {
  return ADDR_SPEC.test(value);
}
