import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFixResolves, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './UndefinedVar';

test('UndefinedVar flags a variable used before its stage defines it', () => {
  const text = 'FROM alpine\nCOPY $foo .\nARG foo=bar\nRUN echo $foo';
  const [finding] = assertFlags(rule, text, [2]);
  assert.equal(rangeText(text, finding), '$foo');
  assert.equal(finding.message, "Usage of undefined variable '$foo'");
});

test('UndefinedVar suggests a close name that is visible', () => {
  const text = 'FROM alpine\nARG DIR_BINARIES=binaries/\nARG DIR_ASSETS=assets/\nCOPY $DIR_ASSET .\nENV PATH=$PAHT:/tmp/bin';
  const findings = assertFlags(rule, text, [4, 5]);
  assert.equal(findings[0].message, "Usage of undefined variable '$DIR_ASSET' (did you mean $DIR_ASSETS?)");
  assert.equal(findings[1].message, "Usage of undefined variable '$PAHT' (did you mean $PATH?)");
});

test('a global ARG or a platform ARG is undefined in a stage until redeclared there', () => {
  const text = 'ARG VERSION=1\nFROM scratch\nCOPY app-$VERSION /\nCOPY bin/$TARGETARCH /\nARG VERSION\nARG TARGETARCH\nCOPY app-$VERSION bin/$TARGETARCH /';
  assertFlags(rule, text, [3, 4]);
});

test('each stage has its own scope unless it is built FROM an earlier stage', () => {
  const text = 'FROM scratch AS base\nARG foo=Dockerfile\nENV HOME_DIR=/srv\nFROM base\nCOPY $foo $HOME_DIR/\nFROM scratch\nCOPY $foo /';
  assertFlags(rule, text, [7]);
});

test('one ENV does not see its own names; one ARG does, for the names after them', () => {
  assertFlags(rule, 'FROM scratch\nENV A=1 B=$A', [2]);
  assertClean(rule, 'FROM scratch\nARG A=1 B=$A\nARG C D=$C');
  assertFlags(rule, 'FROM scratch\nARG E=$E', [2]);
});

test('UndefinedVar checks expanded words only: not RUN, CMD or single-quoted text, not a quoted heredoc', () => {
  assertClean(rule, "FROM scratch\nRUN echo $X\nCMD echo $X\nENV A='$X'\nCOPY <<'EOF' /x\n$X\nEOF");
  assertFlags(rule, 'FROM scratch\nCOPY <<EOF /x\n$X\nEOF\nWORKDIR /w/${Y:-default}\nUSER $U\nLABEL $K=v', [3, 5, 6, 7]);
});

test('predefined names are defined: proxies everywhere, PATH always, BuildKit-only ARGs never reported', () => {
  assertClean(rule, 'FROM scratch\nENV http_proxy=$HTTP_PROXY PATH=/app:$PATH X=$BUILDKIT_SBOM_SCAN_STAGE');
});

test('in a stage FROM an image, a name the file never declares may come from the image', () => {
  assertClean(rule, 'FROM eclipse-temurin:21\nCOPY app.jar $JAVA_HOME/lib/');
  // The same name in a scratch stage is certainly undefined.
  assertFlags(rule, 'FROM scratch\nCOPY app.jar $JAVA_HOME/lib/', [2]);
  // A name declared elsewhere in the file is reported even on an image.
  assertFlags(rule, 'FROM alpine AS a\nARG MODE=prod\nFROM alpine\nCOPY $MODE.conf /', [4]);
});

test('the fix for a likely typo uses the suggested name; other findings have no fix', () => {
  const text = 'FROM alpine\nARG DIR_ASSETS=assets/\nCOPY ${DIR_ASSET} .';
  assert.equal(assertFixResolves(rule, text, 3), 'FROM alpine\nARG DIR_ASSETS=assets/\nCOPY ${DIR_ASSETS} .');
  const [finding] = assertFlags(rule, 'FROM scratch\nCOPY $nothing_close .', [2]);
  assert.equal(finding.fix, undefined);
});
