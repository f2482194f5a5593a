/**
 * Reads `docker build` output as it streams: the step in progress (for the status bar) and, when
 * the build fails, where and why. It knows the builders' output formats, not Dockerfile syntax:
 * where it finds a step it reports the builder's own words (a line, `Step N`, `[stage i/n]`), which
 * the language server maps to an instruction.
 *
 * - Classic builder: `Step 3/7 : RUN make` per instruction; the error is the last stderr line.
 * - BuildKit (plain progress): `#5 [build 2/4] RUN make` opens vertex 5, `#5 0.31 text` is its
 *   output, `#5 ERROR: …` its failure; the summary repeats ` > [build 2/4] RUN make:` and recent
 *   versions add `Dockerfile:12` with the source and a final `ERROR: failed to solve: …`.
 * - Both: `dockerfile parse error line 12: …` (or `on line 12`) when the file does not parse.
 */
import type { BuildFailurePoint } from '../../../../server/src/protocol';
import { stripAnsi } from '../containers/logText';
import type { OutputStream } from '../process/childProcess';

export interface BuildFailure {
  /** Where the builder says it failed; undefined when it names no step (a daemon or context error). */
  point?: BuildFailurePoint;
  /** The builder's error, one line. */
  message: string;
  /** The failing step's last lines of output, oldest first. */
  output: string[];
  /** The engine stopped answering during the build: no step failed, whatever the CLI last said. */
  engineLost?: boolean;
}

/** How many output lines of a step to keep for the failure's message. */
export const OUTPUT_TAIL_LINES = 8;

const CLASSIC_STEP = /^Step (\d+)\/(\d+) : (.*)$/;
const VERTEX_HEADER = /^#(\d+) \[([^\]]*?)\s*(\d+)\/(\d+)\] (.*)$/;
const VERTEX_ERROR = /^#(\d+) ERROR: (.*)$/;
const VERTEX_OUTPUT = /^#(\d+) \d+(?:\.\d+)? (.*)$/;
const SUMMARY_VERTEX = /^ > \[([^\]]*?)\s*(\d+)\/(\d+)\] (.*):$/;
const PARSE_ERROR_LINE = /dockerfile parse error (?:on )?line (\d+)/i;
const SOURCE_LINE = /^(\S+):(\d+)$/;
/** The classic builder's chatter between a step's output lines. */
const CLASSIC_NOISE = /^( ---> |Removing intermediate container |Sending build context)/;

interface Vertex {
  stage?: string;
  step: number;
  total: number;
  text: string;
  output: string[];
}

/** The stage in a BuildKit prefix: `[linux/arm64 build 2/4]` has a platform before it. */
function stageOf(prefix: string): string | undefined {
  const words = prefix.trim().split(/\s+/).filter((word) => word !== '' && !word.includes('/'));
  return words.pop();
}

function pushTail(lines: string[], line: string): void {
  lines.push(line);
  if (lines.length > OUTPUT_TAIL_LINES) lines.shift();
}

export class BuildOutputReader {
  private readonly pending: Record<OutputStream, string> = { stdout: '', stderr: '' };
  private classicStep: { step: number; total: number } | undefined;
  private classicOutput: string[] = [];
  private readonly vertices = new Map<string, Vertex>();
  private failedVertex: Vertex | undefined;
  private vertexError: string | undefined;
  private sourceLine: number | undefined;
  private parseErrorLine: number | undefined;
  private lastError: string | undefined;
  private lastStderr: string | undefined;
  private current: string | undefined;

  /**
   * @param dockerfileName the Dockerfile's base name, which recent BuildKit writes before `:line`
   * @param target the build's --target, which a BuildKit prefix without a stage refers to
   */
  constructor(
    private readonly dockerfileName: string,
    private readonly target?: string,
  ) {}

  /** The step in progress, e.g. "step 3/7" or "build 2/4"; undefined before the first. */
  get progress(): string | undefined {
    return this.current;
  }

  push(stream: OutputStream, text: string): void {
    const lines = (this.pending[stream] + text).split('\n');
    this.pending[stream] = lines.pop() ?? '';
    for (const line of lines) this.readLine(stream, line);
  }

  /** The failure once the build has exited non-zero. */
  failure(): BuildFailure {
    for (const stream of ['stdout', 'stderr'] as const) {
      if (this.pending[stream]) this.readLine(stream, this.pending[stream]);
      this.pending[stream] = '';
    }
    const message = this.vertexError ?? this.lastError ?? this.lastStderr ?? 'The build failed.';
    return { point: this.failurePoint(), message, output: this.failedVertex?.output ?? this.classicOutput };
  }

  private failurePoint(): BuildFailurePoint | undefined {
    const line = this.sourceLine ?? this.parseErrorLine;
    if (line !== undefined) return { kind: 'line', line };
    const vertex = this.failedVertex;
    if (vertex) return { kind: 'vertex', stage: vertex.stage, step: vertex.step, text: vertex.text, ...(this.target ? { target: this.target } : {}) };
    if (this.classicStep) return { kind: 'step', step: this.classicStep.step };
    return undefined;
  }

  private readLine(stream: OutputStream, raw: string): void {
    const line = stripAnsi(raw).replace(/\r$/, '');
    const parseError = PARSE_ERROR_LINE.exec(line);
    if (parseError) this.parseErrorLine = Number(parseError[1]);
    if (this.readBuildKit(line)) return;
    const step = CLASSIC_STEP.exec(line);
    if (step) {
      this.classicStep = { step: Number(step[1]), total: Number(step[2]) };
      this.classicOutput = [];
      this.current = `step ${step[1]}/${step[2]}`;
      return;
    }
    if (line.trim() === '') return;
    if (/^ERROR:/.test(line)) this.lastError = line.replace(/^ERROR:\s*/, '');
    if (stream === 'stderr') this.lastStderr = line.trim();
    // The classic builder streams the steps' output on stdout and its own error on stderr.
    else if (this.classicStep && !CLASSIC_NOISE.test(line)) pushTail(this.classicOutput, line);
  }

  /** True when the line is BuildKit's. */
  private readBuildKit(line: string): boolean {
    const header = VERTEX_HEADER.exec(line);
    if (header) {
      const [, id, prefix, step, total, text] = header;
      if (!this.vertices.has(id)) this.vertices.set(id, { stage: stageOf(prefix), step: Number(step), total: Number(total), text, output: [] });
      const stage = stageOf(prefix);
      this.current = stage ? `${stage} ${step}/${total}` : `step ${step}/${total}`;
      return true;
    }
    const error = VERTEX_ERROR.exec(line);
    if (error) {
      const vertex = this.vertices.get(error[1]);
      // The first failing step is the cause; parallel steps cancelled after it fail too.
      if (vertex && !this.failedVertex) {
        this.failedVertex = vertex;
        this.vertexError = error[2];
      }
      return true;
    }
    const output = VERTEX_OUTPUT.exec(line);
    if (output) {
      const vertex = this.vertices.get(output[1]);
      if (vertex) pushTail(vertex.output, output[2]);
      return true;
    }
    const summary = SUMMARY_VERTEX.exec(line);
    if (summary) {
      if (!this.failedVertex) {
        this.failedVertex = { stage: stageOf(summary[1]), step: Number(summary[2]), total: Number(summary[3]), text: summary[4], output: [] };
      }
      return true;
    }
    const source = SOURCE_LINE.exec(line);
    if (source && (source[1] === this.dockerfileName || /dockerfile/i.test(source[1]))) {
      this.sourceLine ??= Number(source[2]);
      return true;
    }
    return /^#\d+ /.test(line);
  }
}
