import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DockerfileContext } from '../context';
import { positionOf, textAt, where } from './featureTesting';
import { references } from './references';

const TEXT = [
  'ARG VERSION=1',
  'FROM alpine:${VERSION} AS Build',
  'ARG VERSION',
  'ENV APP_VERSION=$VERSION',
  'RUN echo "${VERSION:-none}" && echo $APP_VERSION',
  'FROM build AS test',
  'RUN --mount=from=BUILD,target=/b ls /b',
  'FROM alpine',
  'COPY --from=build /a /a',
  'COPY --from=0 /b /b',
  'CMD echo $APP_VERSION',
].join('\n');
const file = new DockerfileContext(TEXT);
const found = (needle: string, nth: number, includeDeclaration: boolean) =>
  references(file, positionOf(TEXT, needle, nth, 1), includeDeclaration)?.map((l) => `${where(l.range)} ${textAt(TEXT, l.range)}`);

test('a stage: its AS name and every reference, by name in any case and by index', () => {
  assert.deepEqual(found('build', 0, true), ['2:26-2:31 Build', '6:5-6:10 build', '7:17-7:22 BUILD', '9:12-9:17 build', '10:12-10:13 0']);
  assert.deepEqual(found('Build', 0, false), ['6:5-6:10 build', '7:17-7:22 BUILD', '9:12-9:17 build', '10:12-10:13 0']);
});

test('a global ARG: its declaration, FROM uses, the stage ARG that reads it and that ARG\'s uses', () => {
  assert.deepEqual(found('VERSION', 0, true), ['1:4-1:11 VERSION', '2:14-2:21 VERSION', '3:4-3:11 VERSION', '4:17-4:24 VERSION', '5:12-5:19 VERSION']);
});

test('an ENV: its uses in RUN and in a shell-form CMD, where a container expands it', () => {
  assert.deepEqual(found('APP_VERSION', 1, true), ['4:4-4:15 APP_VERSION', '5:37-5:48 APP_VERSION']);
  // The last stage never declares APP_VERSION: its CMD reads the undeclared name.
  assert.deepEqual(found('APP_VERSION', 2, true), ['11:10-11:21 APP_VERSION']);
});

test('nothing at the cursor: null', () => {
  assert.equal(references(file, { line: 0, character: 0 }, true), null);
});
