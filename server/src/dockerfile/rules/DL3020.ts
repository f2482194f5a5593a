import { Add } from 'dockerfile-ast';
import { hadolintUrl, type Rule, type RuleFinding } from '../../lint/rule';
import type { DockerfileContext } from '../context';
import { copyArguments, isArchive, unwrapOnbuild, type PathArgument } from '../runCommands';

/** ADD flags COPY does not take: an ADD that uses one is not a COPY in disguise. */
const ADD_ONLY_FLAGS = new Set(['checksum', 'keep-git-dir', 'unpack']);

export const rule: Rule = {
  id: 'DL3020',
  source: 'hadolint',
  severity: 'error',
  summary: 'Use COPY instead of ADD for files and folders; ADD is for URLs and for local tar archives it should extract',
  url: hadolintUrl('DL3020'),
  docs: {
    why: 'ADD copies like COPY but also downloads URLs and unpacks local tar archives. Used for plain files it hides that magic: a file that later happens to be an archive gets extracted instead of copied. COPY does only what it says, so keep ADD for the downloads and archives it exists for.',
    bad: 'FROM nginx:1.27\nADD site/ /usr/share/nginx/html/',
    good: 'FROM nginx:1.27\nCOPY site/ /usr/share/nginx/html/\nADD rootfs.tar.gz /',
  },
  check(file) {
    return file.instructions.map(unwrapOnbuild).flatMap((instruction) => {
      if (!(instruction instanceof Add)) return [];
      const { sources } = copyArguments(file, instruction);
      if (sources.length === 0 || sources.every(isFetchedOrExtracted)) return [];
      return [finding(file, instruction, sources)];
    });
  },
};

function isFetchedOrExtracted(source: PathArgument): boolean {
  return isArchive(source.value) || /^(https?:\/\/|git@)/i.test(source.value);
}

function finding(file: DockerfileContext, add: Add, sources: PathArgument[]): RuleFinding {
  const range = add.getInstructionRange();
  // A variable may hold a URL, and an ADD-only flag would make COPY fail: then the switch is the author's call.
  const usesAddOnly = add.getFlags().some((flag) => ADD_ONLY_FLAGS.has(flag.getName().toLowerCase()));
  if (usesAddOnly || sources.some((s) => s.value.includes('$'))) return { range };
  return { range, fix: { title: 'Replace ADD with COPY', edits: [{ range, newText: inCaseOf(file.document.getText(range), 'COPY') }] } };
}

/** `keyword` written in the case of `model`: `add` gives `copy`, `Add` gives `Copy`. */
function inCaseOf(model: string, keyword: string): string {
  if (model === model.toLowerCase()) return keyword.toLowerCase();
  if (model === model.toUpperCase()) return keyword.toUpperCase();
  return keyword[0].toUpperCase() + keyword.slice(1).toLowerCase();
}

