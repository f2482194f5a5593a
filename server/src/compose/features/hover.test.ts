import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ComposeContext } from '../context';
import { testEnvironment, type ComposeTestOptions } from '../ruleTesting';
import { hover, imageAt } from './hover';

/** The hover text at the `|`. */
function hoverAt(text: string, options?: ComposeTestOptions): string | undefined {
  const clean = text.replace('|', '');
  let file = new ComposeContext(clean);
  const environment = testEnvironment(file, options);
  if (environment) file = file.withEnvironment(environment);
  const result = hover(file, file.positionAt(text.indexOf('|')));
  return result ? (result.contents as { value: string }).value : undefined;
}

test('a key shows its documentation, value kind and reference link', () => {
  const text = hoverAt('services:\n  web:\n    health|check:\n      test: ["CMD", "true"]\n')!;
  assert.match(text, /^\*\*healthcheck\*\*: How to tell whether the container is healthy\./);
  assert.match(text, /Value: a mapping/);
  assert.match(text, /https:\/\/docs\.docker\.com\/reference\/compose-file\/services\/#healthcheck/);
  assert.match(hoverAt('services:\n  web:\n    build:\n      tar|get: prod\n')!, /compose-file\/build\/#target/);
  assert.match(hoverAt('services:\n  web:\n    restart: alw|ays\n')!, /`no`, `always`, `on-failure\[:n\]` or `unless-stopped`/);
  assert.match(hoverAt('services:\n  web:\n    ports:\n      - target: 80\n        protocol: u|dp\n')!, /^\*\*protocol\*\*: The protocol/);
  assert.match(hoverAt('services:\n  web:\n    cap_add: [NET_|ADMIN]\n')!, /^\*\*cap_add\*\*/);
});

test('a variable shows its value and where it comes from', () => {
  const options = { files: { '.env': '# settings\nTAG=1.27\n', 'web.env': 'TAG=9\n' }, variables: { HOME_DIR: '/home/me' } };
  const text = 'services:\n  web:\n    image: nginx:${TA|G}\n    env_file: web.env\n    volumes: ["${HOME_DIR}:/h", "${MISSING:-x}:/m"]\n';
  const tag = hoverAt(text, options)!;
  assert.match(tag, /`1\.27` from `\.env` line 2/);
  assert.match(tag, /Also set in `web\.env`: env files reach the container's environment, not the interpolation/);
  assert.match(hoverAt(text.replace('${TA|G}', '${TAG}').replace('${HOME_DIR}', '${HOME_|DIR}'), options)!, /`\/home\/me` from the environment Compose runs in/);
  const missing = hoverAt(text.replace('${TA|G}', '${TAG}').replace('${MISSING', '${MIS|SING'), options)!;
  assert.match(missing, /Not set in the environment or in `\.env`\./);
  assert.match(missing, /`\$\{MISSING:-x\}` gives `x`/);
});

test('a reference shows what it names; an env file lists its variables', () => {
  const text = 'services:\n  web:\n    image: nginx\n    depends_on: [d|b]\n    env_file: web.env\n  db:\n    image: postgres:17\n';
  assert.equal(hoverAt(text), 'Service `db`, defined on line 6\n- `image`: `postgres:17`');
  const envFile = hoverAt(text.replace('[d|b]', '[db]').replace('web.env', 'web|.env'), { files: { 'web.env': 'A=1\nB=two\n' } });
  assert.equal(envFile, '`web.env`: 2 variables for the container\n\n- `A`=`1`\n- `B`=`two`');
});

test('nothing to say off the specification or outside any key', () => {
  assert.equal(hoverAt('x-notes:\n  own|er: me\n'), undefined);
  assert.equal(hoverAt('|\n'), undefined);
});

test('a service image shows what the local engine knows of it, then the key', () => {
  const images = [{ id: 'sha256:0123456789abcdef0123', tags: ['nginx:1.27'], digests: ['nginx@sha256:aaaa'], size: 192_000_000, created: 1_717_000_000 }];
  const text = 'services:\n  web:\n    image: nginx:${TAG}\n  db:\n    image: postgres:17\n';
  const at = (needle: string) => {
    let file = new ComposeContext(text);
    file = file.withEnvironment(testEnvironment(file, { files: { '.env': 'TAG=1.27\n' } })!);
    return hover(file, file.positionAt(text.indexOf(needle)), images);
  };
  const web = at('nginx');
  assert.ok(web);
  const value = (web.contents as { value: string }).value;
  assert.match(value, /^\*\*Local image\*\* 192\.0 MB, created 2024-05-29\n\nID `0123456789ab`\n\nTags: `nginx:1\.27`\n\nDigest `sha256:aaaa`/, 'the variable is substituted to find the image');
  assert.match(value, /\*\*image\*\*: The image to start containers from/);
  assert.deepEqual(web.range, { start: { line: 2, character: 11 }, end: { line: 2, character: 23 } });
  const db = (at('postgres')!.contents as { value: string }).value;
  assert.match(db, /^\*\*image\*\*/, 'an image the engine does not have: only the key');
  assert.equal(imageAt(new ComposeContext(text), { line: 4, character: 12 }), 'postgres:17');
  assert.equal(imageAt(new ComposeContext(text), { line: 4, character: 6 }), undefined, 'on the key');
  assert.equal(imageAt(new ComposeContext(text), { line: 1, character: 3 }), undefined);
});
