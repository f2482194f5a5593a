import {
  From,
  Instruction,
  JSONInstruction,
  Run,
  type Dockerfile,
  type Heredoc,
  type JSONArgument,
} from 'dockerfile-ast';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import { parseDirectives, type ParserDirective } from './directives';
import { instructionText } from './instructionParts';
import { instructionArguments, instructionWords, parseDockerfile } from './parse';
import { parseShellPlaced, type ShellCommand, type WordSpans } from './shell';
import type { Platform } from './platforms';

/** Settings that change what some rules accept, as hadolint's config names them. */
export interface RuleOptions {
  /** DL3026: registries FROM may pull from; empty means any. */
  trustedRegistries: string[];
  /** DL3049–DL3058: label name → expected type (text, url, semver, hash, rfc3339, spdx, email). */
  labelSchema: Record<string, string>;
  /** DL3048-style strictness: labels not in the schema are reported. */
  strictLabels: boolean;
}

export const DEFAULT_RULE_OPTIONS: RuleOptions = { trustedRegistries: [], labelSchema: {}, strictLabels: false };

/** What the runner learnt from disk about the build context, so rules stay free of I/O. */
export interface BuildContextInfo {
  /** The lines of the `.dockerignore` beside the build context, if there is one. */
  dockerignore?: string[];
  /**
   * What the Docker engine reports about platforms (InvalidBaseImagePlatform): its own, and that of
   * each base image it has, by the name the FROM gives after expansion. Absent where no engine is
   * asked (the CLI, an editor without an engine).
   */
  platforms?: EnginePlatforms;
}

export interface EnginePlatforms {
  engine: Platform;
  images: Record<string, Platform>;
}

/**
 * How the words of a command of shellCommands are placed in the document: an exec-form array's strings,
 * or the words' spans in a script and where each offset of that script is in the document.
 */
type WordPlacement = { strings: JSONArgument[] } | { spans: WordSpans; toDocument: (scriptOffset: number) => number };

/** One build stage: its FROM and every instruction up to the next FROM. */
export interface Stage {
  index: number;
  from: From;
  /** The `AS name`, as written; undefined for an unnamed stage. */
  name?: string;
  /** FROM first, then the stage's instructions in order (ONBUILD triggers are not unwrapped). */
  instructions: Instruction[];
}

/**
 * An instruction's heredocs as dockerfile-ast reads them. It opens one only at a word starting with
 * `<<`, and reading heredocs re-reads the whole instruction, so instructions without such a word (most
 * have no `<<` in their text at all) are answered without asking.
 */
function readHeredocs(file: DockerfileContext, instruction: Instruction): Heredoc[] {
  const withHeredocs = instruction as Instruction & { getHeredocs?: () => Heredoc[] };
  if (typeof withHeredocs.getHeredocs !== 'function' || !instructionText(file, instruction).includes('<<')) return [];
  return instructionWords(instruction).some((word) => word.getValue().startsWith('<<')) ? withHeredocs.getHeredocs() : [];
}

/**
 * A parsed Dockerfile as every rule sees it. Parsed once per lint; the derived views (stages,
 * shell commands) are computed on first use and cached, so rules can ask freely.
 */
export class DockerfileContext {
  readonly document: TextDocument;
  readonly ast: Dockerfile;
  readonly instructions: Instruction[];
  private stageCache?: Stage[];
  private readonly shellCache = new Map<Instruction, ShellCommand[]>();
  private readonly heredocCache = new Map<Instruction, Heredoc[]>();
  /** For each command of shellCommands: where its words are in the document (see wordRange). */
  private readonly wordPlacements = new Map<ShellCommand, WordPlacement>();
  private lineCache?: string[];
  private directiveCache?: ParserDirective[];

  constructor(
    readonly text: string,
    readonly options: RuleOptions = DEFAULT_RULE_OPTIONS,
    readonly buildContext: BuildContextInfo = {},
    uri = 'untitled:Dockerfile',
  ) {
    this.document = TextDocument.create(uri, 'dockerfile', 0, text);
    this.ast = parseDockerfile(text);
    this.instructions = this.ast.getInstructions();
  }

  /**
   * The same parsed file seen with other options and build context: the parse and the caches
   * derived from the text are shared, so the server can lint a cached parse under each file's settings.
   */
  withEnvironment(options: RuleOptions, buildContext: BuildContextInfo): DockerfileContext {
    void this.stages; // derive once here so every view shares it
    return Object.assign(Object.create(DockerfileContext.prototype) as DockerfileContext, this, { options, buildContext });
  }

  get lines(): string[] {
    return (this.lineCache ??= this.text.split(/\r?\n/));
  }

  /** The parser directives at the top of the file, read as the builder reads them. */
  get directives(): ParserDirective[] {
    return (this.directiveCache ??= parseDirectives(this.lines));
  }

  get escapeCharacter(): string {
    return this.ast.getEscapeCharacter();
  }

  /** The build stages in order. Instructions before the first FROM belong to none. */
  get stages(): Stage[] {
    if (!this.stageCache) {
      const stages: Stage[] = [];
      for (const instruction of this.instructions) {
        if (instruction instanceof From) {
          stages.push({ index: stages.length, from: instruction, name: instruction.getBuildStage() ?? undefined, instructions: [instruction] });
        } else if (stages.length > 0) {
          stages[stages.length - 1].instructions.push(instruction);
        }
      }
      this.stageCache = stages;
    }
    return this.stageCache;
  }

  /** The instructions before the first FROM (normally only ARGs). */
  get preludeInstructions(): Instruction[] {
    const first = this.instructions.findIndex((i) => i instanceof From);
    return first < 0 ? this.instructions : this.instructions.slice(0, first);
  }

  /** The upper-case keyword of an instruction (`run` is `RUN`). */
  keyword(instruction: Instruction): string {
    return instruction.getKeyword();
  }

  /** True when the instruction's arguments are a JSON array (exec form). */
  isExecForm(instruction: Instruction): boolean {
    return instruction instanceof JSONInstruction && instruction.getOpeningBracket() !== null && instruction.getJSONStrings().length > 0;
  }

  /** Heredocs attached to RUN, COPY or ADD. */
  heredocs(instruction: Instruction): Heredoc[] {
    let heredocs = this.heredocCache.get(instruction);
    if (!heredocs) {
      heredocs = readHeredocs(this, instruction);
      this.heredocCache.set(instruction, heredocs);
    }
    return heredocs;
  }

  /**
   * The shell commands a RUN executes: its shell-form script, the bodies of its heredocs, or its
   * exec-form array as one command. Other instructions have none.
   */
  shellCommands(instruction: Instruction): ShellCommand[] {
    if (!(instruction instanceof Run)) return [];
    let commands = this.shellCache.get(instruction);
    if (!commands) {
      commands = this.readRunCommands(instruction);
      this.shellCache.set(instruction, commands);
    }
    return commands;
  }

  /**
   * The document range of one word (0 is the program, as in `rawWords`) of a command from
   * shellCommands, so a finding can point at the word and a fix can edit it. An exec-form word's
   * range includes its quotes. Undefined when the word cannot be placed.
   */
  wordRange(command: ShellCommand, index: number): Range | undefined {
    const placement = this.wordPlacements.get(command);
    if (!placement) return undefined;
    if ('strings' in placement) return placement.strings[index]?.getRange();
    const span = placement.spans.at(index);
    if (!span) return undefined;
    // The end is placed from the word's last character: a word can end where a joined line did.
    const start = this.document.positionAt(placement.toDocument(span.start));
    return { start, end: this.document.positionAt(placement.toDocument(span.end - 1) + 1) };
  }

  private readRunCommands(run: Run): ShellCommand[] {
    if (this.isExecForm(run)) {
      const strings = run.getJSONStrings();
      const words = strings.map((s) => s.getValue().slice(1, -1));
      if (words.length === 0) return [];
      const command: ShellCommand = { name: words[0], args: words.slice(1), rawWords: words, followedBy: 'end' };
      this.wordPlacements.set(command, { strings });
      return [command];
    }
    const heredocs = this.heredocs(run);
    if (heredocs.length > 0) {
      // The line that opens the heredocs can run commands of its own (`RUN <<EOF bash`); it is not the script.
      return heredocs.flatMap((h) => {
        const range = h.getContentRange();
        if (!range) return [];
        const bodyStart = this.document.offsetAt(range.start);
        return this.placeWords(this.document.getText(range), (offset) => bodyStart + offset);
      });
    }
    const { script, documentOffset } = this.runScriptWithOffsets(run);
    return this.placeWords(script, documentOffset);
  }

  /** Reads a script's commands and remembers where their words are, given where each offset of the script is in the document. */
  private placeWords(script: string, toDocument: (scriptOffset: number) => number): ShellCommand[] {
    const { commands, spans } = parseShellPlaced(script);
    commands.forEach((command, i) => {
      const commandSpans = spans[i];
      if (commandSpans) this.wordPlacements.set(command, { spans: commandSpans, toDocument });
    });
    return commands;
  }

  /**
   * The shell-form script of a RUN as the shell receives it: flags removed, continuations joined,
   * and comment or blank lines inside the continuation dropped, as the builder does.
   */
  runScript(run: Instruction): string {
    return this.mapRunScript(run).script;
  }

  /**
   * The shell-form script of a RUN, CMD, ENTRYPOINT or HEALTHCHECK (see runScript) and where each
   * of its offsets is in the document, for features that point at something inside it.
   */
  runScriptWithOffsets(instruction: Instruction): { script: string; documentOffset: (scriptOffset: number) => number } {
    const { script, pieces } = this.mapRunScript(instruction);
    const documentOffset = (offset: number) => {
      let piece = pieces[0];
      for (const candidate of pieces) {
        if (candidate.scriptStart > offset) break;
        piece = candidate;
      }
      return piece.documentStart + (offset - piece.scriptStart);
    };
    return { script, documentOffset };
  }

  /** The run script, and for each line kept in it where that line starts in the script and in the document. */
  private mapRunScript(run: Instruction): { script: string; pieces: { scriptStart: number; documentStart: number }[] } {
    const flags = (run as Run).getFlags?.() ?? [];
    const start = flags.length > 0 ? this.document.offsetAt(flags[flags.length - 1].getRange().end) : this.argumentsStart(run);
    const raw = this.text.slice(start, this.document.offsetAt(run.getRange().end));
    const escape = this.escapeCharacter;
    const kept: string[] = [];
    const pieces: { scriptStart: number; documentStart: number }[] = [];
    let scriptLength = 0;
    // Line by line (a line ends at \n or \r\n); this runs for every RUN, so without split or regular expressions.
    for (let lineStart = 0; lineStart <= raw.length; ) {
      const newline = raw.indexOf('\n', lineStart);
      const next = newline < 0 ? raw.length + 1 : newline + 1;
      let lineEnd = newline < 0 ? raw.length : newline;
      if (newline > lineStart && raw[newline - 1] === '\r') lineEnd--;
      const line = raw.slice(lineStart, lineEnd);
      const documentStart = start + lineStart;
      lineStart = next;
      if (documentStart > start) {
        const text = line.trimStart();
        if (text === '' || text.startsWith('#')) continue;
      }
      let contentEnd = line.length;
      while (contentEnd > 0 && (line[contentEnd - 1] === ' ' || line[contentEnd - 1] === '\t')) contentEnd--;
      const piece = contentEnd >= escape.length && line.startsWith(escape, contentEnd - escape.length) ? line.slice(0, contentEnd - escape.length) : line;
      kept.push(piece);
      pieces.push({ scriptStart: scriptLength, documentStart });
      scriptLength += piece.length;
    }
    return { script: kept.join(''), pieces };
  }

  private argumentsStart(instruction: Instruction): number {
    const first = instructionArguments(instruction)[0];
    return this.document.offsetAt(first ? first.getRange().start : instruction.getRange().end);
  }
}
