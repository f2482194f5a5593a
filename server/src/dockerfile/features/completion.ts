import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type Position } from 'vscode-languageserver-types';
import { DIRECTIVE_DOCS, INSTRUCTION_DOCS, instructionDoc, instructionUrl, type FlagDoc } from '../../docs/instructions';
import type { LocalImage } from '../../protocol';
import type { DockerfileContext } from '../context';
import { localImageItems } from './localImages';
import { mountCompletion } from './mountCompletion';
import { instructionAt } from './positions';
import { variableCompletion } from './variableCompletion';

/** What completion shows after each keyword: a snippet of its usual shape. */
const INSTRUCTION_SNIPPETS: Record<string, string> = {
  FROM: 'FROM ${1:image}:${2:tag}',
  RUN: 'RUN ${1:command}',
  CMD: 'CMD ["${1:executable}"${2:, "${3:arg}"}]',
  ENTRYPOINT: 'ENTRYPOINT ["${1:executable}"${2:, "${3:arg}"}]',
  COPY: 'COPY ${1:src} ${2:dest}',
  ADD: 'ADD ${1:src} ${2:dest}',
  ENV: 'ENV ${1:key}=${2:value}',
  ARG: 'ARG ${1:name}${2:=${3:default}}',
  WORKDIR: 'WORKDIR ${1:/app}',
  USER: 'USER ${1:user}',
  EXPOSE: 'EXPOSE ${1:8080}',
  LABEL: 'LABEL ${1:key}="${2:value}"',
  VOLUME: 'VOLUME ${1:/data}',
  HEALTHCHECK: 'HEALTHCHECK --interval=${1:30s} --timeout=${2:3s} CMD ${3:command}',
  SHELL: 'SHELL ["${1:/bin/sh}", "${2:-c}"]',
  STOPSIGNAL: 'STOPSIGNAL ${1:SIGTERM}',
  ONBUILD: 'ONBUILD ${1:instruction}',
  MAINTAINER: 'MAINTAINER ${1:name}',
};

/** The signals STOPSIGNAL takes by name; numbers work too. */
const SIGNALS = ['SIGTERM', 'SIGINT', 'SIGQUIT', 'SIGKILL', 'SIGHUP', 'SIGUSR1', 'SIGUSR2', 'SIGWINCH', 'SIGSTOP', 'SIGCONT', 'SIGABRT', 'SIGALRM', 'SIGPIPE'];

/** Platform values for `--platform`: the automatic build args first, then common targets. */
const PLATFORMS = ['$BUILDPLATFORM', '$TARGETPLATFORM', 'linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/386', 'linux/ppc64le', 'linux/s390x', 'linux/riscv64', 'windows/amd64'];

/** Lower-case keywords when most of the file's instructions are written that way. */
function keywordCase(file: DockerfileContext): (keyword: string) => string {
  let lower = 0;
  for (const instruction of file.instructions) {
    const written = instruction.getInstruction();
    if (written === written.toLowerCase()) lower++;
  }
  return lower > file.instructions.length / 2 ? (k) => k.toLowerCase() : (k) => k;
}

function instructionItems(file: DockerfileContext, insideOnbuild: boolean): CompletionItem[] {
  const recase = keywordCase(file);
  return INSTRUCTION_DOCS.filter((doc) => !insideOnbuild || !['ONBUILD', 'FROM', 'MAINTAINER'].includes(doc.keyword)).map((doc) => {
    const snippet = INSTRUCTION_SNIPPETS[doc.keyword];
    return {
      label: recase(doc.keyword),
      kind: CompletionItemKind.Keyword,
      detail: doc.forms[0],
      documentation: { kind: MarkupKind.Markdown, value: `${doc.summary}\n\n[Dockerfile reference](${instructionUrl(doc)})` },
      insertText: recase(doc.keyword) + snippet.slice(doc.keyword.length),
      insertTextFormat: InsertTextFormat.Snippet,
    };
  });
}

/** The words a flag's value may be: its fixed set (`--network=none`), or true and false for a boolean flag. */
function flagWords(flag: FlagDoc | undefined): readonly string[] {
  if (flag && typeof flag.format === 'object') return flag.format.oneOf;
  return flag?.kind === 'boolean' ? ['true', 'false'] : [];
}

function valueItems(values: readonly string[], kind: CompletionItemKind): CompletionItem[] {
  return values.map((label) => ({ label, kind }));
}

/** Whether every line before `line` is a parser directive: only there can another directive go. */
function inDirectiveBlock(file: DockerfileContext, line: number): boolean {
  return file.directives.length === line || (line === 0 && file.directives.length === 0);
}

/** The image argument of a FROM line: after the keyword and its flags, before anything else. */
const FROM_IMAGE_SLOT = /^\s*from(?:\s+--\S*)*\s+(?!-)\S*$/i;

/** Whether completion here offers the local engine's images, so the server fetches them only then. */
export function wantsLocalImages(file: DockerfileContext, position: Position): boolean {
  const before = (file.lines[position.line] ?? '').slice(0, position.character);
  const word = /\S*$/.exec(before)?.[0] ?? '';
  return FROM_IMAGE_SLOT.test(before) && !word.includes('$') && instructionAt(file, position)?.getKeyword() === 'FROM';
}

/**
 * Completion items at a position: instructions, directives, flags and their values (`--mount`
 * options included), variables after `$`, stage names, local images after FROM, signals.
 */
export function completion(file: DockerfileContext, position: Position, localImages: readonly LocalImage[] = []): CompletionItem[] {
  const lineText = file.lines[position.line] ?? '';
  const before = lineText.slice(0, position.character);
  const instruction = instructionAt(file, position);
  const startsInstruction = !instruction || (instruction.getRange().start.line === position.line && position.character <= instruction.getInstructionRange().end.character);

  if (/^\s*#/.test(before)) {
    if (!inDirectiveBlock(file, position.line)) return [];
    return DIRECTIVE_DOCS.map((doc) => ({
      label: doc.name,
      kind: CompletionItemKind.Property,
      detail: doc.example,
      documentation: doc.summary,
      insertText: `${doc.name}=`,
    }));
  }
  if (startsInstruction) return /^\s*[A-Za-z]*$/.test(before) ? instructionItems(file, false) : [];
  if (!instruction) return [];
  const variables = variableCompletion(file, instruction, position, before);
  if (variables) return variables;

  let keyword = instruction.getKeyword();
  const onbuild = /^\s*onbuild\s+([A-Za-z]*)$/i.exec(before);
  if (keyword === 'ONBUILD') {
    if (onbuild) return instructionItems(file, true);
    keyword = /^\s*onbuild\s+([A-Za-z]+)/i.exec(lineText)?.[1]?.toUpperCase() ?? keyword;
  }
  const word = /\S*$/.exec(before)?.[0] ?? '';
  const doc = instructionDoc(keyword);

  const flagValue = /^--([a-z-]+)=([^\s]*)$/.exec(word);
  if (flagValue) {
    const [, flag, value] = flagValue;
    if (flag === 'from') return earlierStages(file, position.line);
    if (flag === 'mount' && keyword === 'RUN') return mountCompletion(value, position, lineText.slice(position.character), () => earlierStages(file, position.line));
    if (flag === 'platform') return valueItems(PLATFORMS, CompletionItemKind.EnumMember);
    return valueItems(flagWords(doc?.flags.find((f) => f.name === flag)), CompletionItemKind.EnumMember);
  }
  if (word.startsWith('-') && doc) {
    return doc.flags.map((flag) => {
      const takesValue = flag.syntax.includes('=') && !flag.syntax.includes('[=');
      return {
        label: `--${flag.name}`,
        kind: CompletionItemKind.Property,
        detail: flag.syntax,
        documentation: flag.description,
        insertText: takesValue ? `--${flag.name}=` : `--${flag.name}`,
        // Re-open completion for the value once `=` is in.
        command: takesValue ? { title: 'values', command: 'editor.action.triggerSuggest' } : undefined,
      };
    });
  }
  if (keyword === 'STOPSIGNAL') return valueItems(SIGNALS, CompletionItemKind.EnumMember);
  if (keyword === 'FROM') {
    if (FROM_IMAGE_SLOT.test(before)) return [...earlierStages(file, position.line), ...localImageItems(localImages, { start: { line: position.line, character: position.character - word.length }, end: position })];
    // After the image: the stage name clause.
    if (/^\s*from(?:\s+--\S*)*\s+\S+\s+[A-Za-z]*$/i.test(before)) return [{ label: keywordCase(file)('AS'), kind: CompletionItemKind.Keyword, detail: 'AS <name>: name this stage' }];
  }
  return [];
}

/** Stages defined above the line, by name: what `COPY --from=` and `FROM` may refer to. */
function earlierStages(file: DockerfileContext, line: number): CompletionItem[] {
  return file.stages
    .filter((stage) => stage.name && stage.from.getRange().start.line < line)
    .map((stage) => ({ label: stage.name!, kind: CompletionItemKind.Reference, detail: stage.from.getTextContent().trim(), sortText: `0-${stage.name}` }));
}
