import { Arg, type Instruction } from 'dockerfile-ast';
import type { Range } from 'vscode-languageserver-types';
import { buildkitUrl, type Rule, type RuleFinding } from '../../lint/rule';
import type { DockerfileContext } from '../context';
import { declarations } from '../instructionParts';

export const rule: Rule = {
  id: 'InvalidDefinitionDescription',
  source: 'buildkit',
  severity: 'warning',
  experimental: true,
  summary: 'The comment right above an ARG or a named stage does not start with its name',
  url: buildkitUrl('InvalidDefinitionDescription'),
  docs: {
    why: 'BuildKit reads the comment line directly above an ARG or a `FROM … AS name` as its description, shown by `docker build --call=outline` and `--call=targets`, when it starts with the name: `# version the release to build`. A comment there that does not start with the name is probably not meant as a description; put a blank line or an empty `#` line between them, or start it with the name.',
    bad: '# The Go toolchain to build with\nARG GO_VERSION=1.23\n\n# Compiles the server\nFROM golang:${GO_VERSION} AS build',
    good: '# GO_VERSION the Go toolchain to build with\nARG GO_VERSION=1.23\n\n# build compiles the server\nFROM golang:${GO_VERSION} AS build',
  },
  check(file) {
    const findings: RuleFinding[] = [];
    const description = descriptionComments(file);
    const report = (instruction: Instruction, keyword: string, names: string[], range: Range) => {
      const comment = description(instruction);
      if (comment === undefined || names.length === 0 || names.includes(comment.split(' ')[0])) return;
      const example = names.length > 1 ? '<arg_key>' : names[0];
      findings.push({ range, message: `Comment for ${keyword} should follow the format: \`# ${example} <description>\`` });
    };
    for (const instruction of file.instructions) {
      if (instruction instanceof Arg) {
        const declared = declarations(file, instruction);
        if (declared.length > 0) report(instruction, 'ARG', declared.map((d) => d.name), { start: declared[0].range.start, end: declared[declared.length - 1].range.end });
      }
    }
    for (const stage of file.stages) {
      const range = stage.from.getBuildStageRange();
      if (stage.name !== undefined && range) report(stage.from, 'FROM', [stage.name.toLowerCase()], range);
    }
    return findings;
  },
};

/**
 * The text of the comment line directly above an instruction, as BuildKit keeps it for a
 * description: not a parser directive, not an empty `#` (which ends a description on purpose).
 */
function descriptionComments(file: DockerfileContext): (instruction: Instruction) => string | undefined {
  const directiveLines = new Set(file.directives.map((d) => d.line));
  return (instruction) => {
    const line = instruction.getRange().start.line - 1;
    const text = (file.lines[line] ?? '').trim();
    if (!text.startsWith('#') || directiveLines.has(line)) return undefined;
    const comment = text.slice(1).trim();
    return comment === '' ? undefined : comment;
  };
}
