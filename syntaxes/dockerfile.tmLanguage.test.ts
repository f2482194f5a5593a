// Tokenizes Dockerfiles with the grammar VS Code would load (vscode-textmate + oniguruma, and
// VS Code's own shell grammar for the embedded scripts) and checks the scopes of key tokens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INITIAL, Registry, parseRawGrammar, type IGrammar } from 'vscode-textmate';
import { loadWASM, OnigScanner, OnigString } from 'vscode-oniguruma';
import { Run } from 'dockerfile-ast';
import { DockerfileContext } from '../server/src/dockerfile/context';
import { dockerfileCorpus } from '../server/src/dockerfile/features/featureTesting';
import { instructionDoc } from '../server/src/docs/instructions';

let grammarPromise: Promise<IGrammar> | undefined;
function dockerfileGrammar(): Promise<IGrammar> {
  grammarPromise ??= (async () => {
    await loadWASM(readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer);
    const registry = new Registry({
      onigLib: Promise.resolve({ createOnigScanner: (s: string[]) => new OnigScanner(s), createOnigString: (s: string) => new OnigString(s) }),
      loadGrammar: async (scopeName) => {
        if (scopeName === 'source.dockerfile') return parseRawGrammar(readFileSync(join(__dirname, 'dockerfile.tmLanguage.json'), 'utf8'), 'dockerfile.tmLanguage.json');
        if (scopeName === 'source.shell') return parseRawGrammar(readFileSync(require.resolve('tm-grammars/grammars/shellscript.json'), 'utf8'), 'shellscript.json');
        return null;
      },
    });
    const grammar = await registry.loadGrammar('source.dockerfile');
    assert.ok(grammar);
    return grammar;
  })();
  return grammarPromise;
}

interface Token {
  line: number;
  text: string;
  scopes: string[];
}

async function tokenize(text: string): Promise<Token[]> {
  const grammar = await dockerfileGrammar();
  let stack = INITIAL;
  const tokens: Token[] = [];
  text.split('\n').forEach((lineText, line) => {
    const result = grammar.tokenizeLine(lineText, stack);
    for (const t of result.tokens) tokens.push({ line, text: lineText.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    stack = result.ruleStack;
  });
  return tokens;
}

/** The scopes of the first token on `line` whose text is exactly `text`. */
async function scopesOf(source: string, line: number, text: string): Promise<string[]> {
  const token = (await tokenize(source)).find((t) => t.line === line && t.text.trim() === text);
  assert.ok(token, `no token "${text}" on line ${line}`);
  return token.scopes;
}

function assertScope(scopes: string[], expected: string): void {
  assert.ok(scopes.some((s) => s.startsWith(expected)), `expected ${expected} in ${scopes.join(' ')}`);
}

test('grammar file is current with scripts/generate-grammar.mjs', async () => {
  const { execFileSync } = await import('node:child_process');
  const before = readFileSync(join(__dirname, 'dockerfile.tmLanguage.json'), 'utf8');
  execFileSync(process.execPath, [join(__dirname, '../scripts/generate-grammar.mjs')]);
  assert.equal(readFileSync(join(__dirname, 'dockerfile.tmLanguage.json'), 'utf8'), before);
});

test('directives, comments and instruction keywords', async () => {
  const source = '# syntax=docker/dockerfile:1\n# a comment\nfrom alpine:3.20 AS base\nWORKDIR /app';
  assertScope(await scopesOf(source, 0, 'syntax'), 'keyword.control.directive');
  assertScope(await scopesOf(source, 0, 'docker/dockerfile:1'), 'string.unquoted.directive-value');
  assertScope(await scopesOf(source, 1, 'a comment'), 'comment.line.number-sign');
  assertScope(await scopesOf(source, 2, 'from'), 'keyword.other.instruction');
  assertScope(await scopesOf(source, 2, 'alpine:3.20'), 'entity.name.type.image');
  assertScope(await scopesOf(source, 2, 'AS'), 'keyword.other.as');
  assertScope(await scopesOf(source, 2, 'base'), 'entity.name.type.stage');
  assertScope(await scopesOf(source, 3, 'WORKDIR'), 'keyword.other.instruction');
});

test('flags and their values, with variables', async () => {
  const source = 'COPY --from=build --chown=${UID}:app dist/ /app/';
  assertScope(await scopesOf(source, 0, 'from'), 'entity.other.attribute-name.flag');
  assertScope(await scopesOf(source, 0, 'build'), 'string.unquoted.flag-value');
  assertScope(await scopesOf(source, 0, 'UID'), 'variable.other');
});

test('shell form of RUN is shell, across continuation lines', async () => {
  const source = 'RUN apt-get update && \\\n    apt-get install -y curl\nENV A=1';
  const first = await scopesOf(source, 0, 'apt-get');
  assertScope(first, 'meta.embedded.line.shellscript');
  assertScope(first, 'entity.name.command');
  assertScope(await scopesOf(source, 0, '&&'), 'punctuation.separator.statement.and.shell');
  assertScope(await scopesOf(source, 1, 'apt-get'), 'entity.name.command.shell');
  assertScope(await scopesOf(source, 1, 'install'), 'string.unquoted.argument.shell');
  assert.ok(!(await scopesOf(source, 2, 'ENV')).some((s) => s.includes('shellscript')), 'the next instruction is not shell');
});

test('exec form is a JSON array of strings', async () => {
  const source = 'CMD ["go", "run", "./main.go"]';
  assertScope(await scopesOf(source, 0, '['), 'punctuation.definition.array.begin');
  assertScope(await scopesOf(source, 0, 'go'), 'string.quoted.double.json');
  assertScope(await scopesOf(source, 0, ']'), 'punctuation.definition.array.end');
});

test('RUN heredocs are shell up to their delimiter, quoted and <<- forms too', async () => {
  for (const opener of ['<<EOF', '<<-EOF', '<<"EOF"', "<<'EOF'"]) {
    const source = `RUN ${opener}\nif [ -f /x ]; then echo yes; fi\n\tEOF\nEOF\nUSER app`;
    // `<<-` lets a tab-indented delimiter close the heredoc; plain `<<` needs it alone at the line start.
    const closing = opener.startsWith('<<-') ? 2 : 3;
    assertScope(await scopesOf(source, 1, 'if'), 'meta.embedded.block.shellscript');
    assertScope(await scopesOf(source, 1, 'if'), 'keyword.control');
    assertScope(await scopesOf(source, closing, 'EOF'), 'entity.name.tag.heredoc-delimiter');
    assert.ok(!(await scopesOf(source, 4, 'USER')).some((s) => s.includes('shellscript')), `${opener}: the heredoc ended`);
  }
});

test('COPY heredocs are file content, not shell', async () => {
  const source = 'COPY <<EOF /etc/app.conf\nif = then\nEOF';
  const scopes = await scopesOf(source, 1, 'if = then');
  assertScope(scopes, 'string.unquoted.heredoc');
  assert.ok(!scopes.some((s) => s.includes('shellscript')));
});

test('HEALTHCHECK CMD is a command; ONBUILD prefixes an instruction', async () => {
  const source = 'HEALTHCHECK --interval=30s CMD curl -f http://localhost/\nONBUILD RUN make';
  assertScope(await scopesOf(source, 0, 'interval'), 'entity.other.attribute-name.flag');
  assertScope(await scopesOf(source, 0, 'curl'), 'meta.embedded.line.shellscript');
  assertScope(await scopesOf(source, 0, 'curl'), 'entity.name.command');
  assertScope(await scopesOf(source, 1, 'ONBUILD'), 'keyword.other.instruction');
  assertScope(await scopesOf(source, 1, 'make'), 'meta.embedded.line.shellscript');
});

/** The scopes at a column of a tokenized line. */
function scopesAt(tokens: Token[], line: number, character: number): string[] {
  let offset = 0;
  for (const token of tokens.filter((t) => t.line === line)) {
    if (character < offset + token.text.length) return token.scopes;
    offset += token.text.length;
  }
  return [];
}

test('over every Dockerfile at hand, the grammar agrees with the parser on keywords, comments and heredoc bodies', async () => {
  const texts = dockerfileCorpus();
  assert.ok(texts.length > 150, `only ${texts.length} texts`);
  for (const text of texts) {
    const tokens = await tokenize(text);
    const file = new DockerfileContext(text);
    const where = (line: number) => `line ${line + 1} of:\n${text}`;
    for (const instruction of file.instructions) {
      const { start } = instruction.getInstructionRange();
      // A misspelt keyword (the UnknownInstruction examples) is no instruction to the grammar either.
      if (!instructionDoc(instruction.getKeyword())) continue;
      const scopes = scopesAt(tokens, start.line, start.character);
      assert.ok(scopes.some((s) => s.startsWith('keyword.other.instruction')) && !scopes.some((s) => s.includes('shellscript')), `${instruction.getKeyword()} is not a keyword on ${where(start.line)}`);
      for (const heredoc of file.heredocs(instruction)) {
        const content = heredoc.getContentRange();
        if (!content) continue;
        const expected = instruction instanceof Run ? 'meta.embedded.block.shellscript' : 'string.unquoted.heredoc';
        for (let line = content.start.line; line <= content.end.line; line++) {
          const column = /\S/.exec(file.lines[line] ?? '')?.index;
          if (column !== undefined) assert.ok(scopesAt(tokens, line, column).some((s) => s.startsWith(expected)), `heredoc body is not ${expected} on ${where(line)}`);
        }
      }
    }
    for (const comment of file.ast.getComments()) {
      const { start } = comment.getRange();
      const scopes = scopesAt(tokens, start.line, start.character);
      assert.ok(scopes.some((s) => s.startsWith('comment.line') || s.startsWith('meta.directive')), `comment not a comment on ${where(start.line)}`);
    }
  }
});
