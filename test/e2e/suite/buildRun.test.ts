import * as assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { BuildImageResult } from '../../../client/src/commands/images/build';
import type { RunImageResult } from '../../../client/src/commands/images/run';
import { BASE_IMAGE } from '../../support/dockerEngine';
import { getLocal } from '../../support/httpGet';
import { freeLoopbackPort } from '../../support/ports';
import { usePrivateEngine } from '../host/privateEngine';
import { diagnosticsWhen, workspaceRoot } from '../host/workspace';

// Build → run → the container in the Containers view → logs → stop → start → restart → remove,
// driven through Berth's commands with their options arguments (what keybindings and tasks pass),
// against a private engine that Berth reaches through berth.docker.host.
suite('Build and run', () => {
  let port: number;
  const tag = 'berth-e2e/web:1';

  /** Writes a Dockerfile into the workspace copy; returns its workspace-relative path. */
  function dockerfile(folder: string, lines: string[]): string {
    const dir = vscode.Uri.joinPath(workspaceRoot(), folder).fsPath;
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${dir}/Dockerfile`, `${lines.join('\n')}\n`);
    return `${folder}/Dockerfile`;
  }

  /** Resolves once an Output channel's text contains `text`, checking now and as channels open and grow. */
  function outputContaining(text: string): Promise<void> {
    return new Promise((resolve) => {
      const matches = (document: vscode.TextDocument) => document.uri.scheme === 'output' && document.getText().includes(text);
      const done = () => {
        opened.dispose();
        changed.dispose();
        resolve();
      };
      const opened = vscode.workspace.onDidOpenTextDocument((document) => matches(document) && done());
      const changed = vscode.workspace.onDidChangeTextDocument((event) => matches(event.document) && done());
      if (vscode.workspace.textDocuments.some(matches)) done();
    });
  }

  async function containerState(id: string): Promise<string> {
    return (await engine().docker(['inspect', '--format', '{{.State.Status}}', id])).trim();
  }

  /** Lists the Containers view again, so the next command sees the container as the view now shows it. */
  async function refreshContainers(): Promise<void> {
    await vscode.commands.executeCommand('berth.containers.refresh');
  }

  const engine = usePrivateEngine(async () => {
    port = await freeLoopbackPort();
  });

  let containerId: string;
  const containerRef = () => ({ id: `container:${containerId}` });

  test('Build Image builds the tagged image, with its build args', async function () {
    this.timeout(120_000);
    const path = dockerfile('e2e-web', [
      `FROM ${BASE_IMAGE}`,
      'ARG PORT=8080',
      'ENV PORT=$PORT',
      'EXPOSE 8080',
      'CMD echo "serving on $PORT" && exec httpd -f -p "127.0.0.1:$PORT" -h /www',
    ]);
    const result = await vscode.commands.executeCommand<BuildImageResult>('berth.image.build', {
      dockerfile: path,
      tag,
      buildArgs: { PORT: String(port) },
      // the private engine has no bridge network for RUN steps
      network: 'none',
    });
    assert.equal(result?.outcome, 'succeeded', JSON.stringify(result));
    const env = await engine().docker(['image', 'inspect', '--format', '{{json .Config.Env}}', tag]);
    assert.ok(env.includes(`PORT=${port}`), env);
  });

  test('a failing build puts the builder error on the failing line in the Problems panel; the next build clears it', async function () {
    this.timeout(120_000);
    const path = dockerfile('e2e-broken', [`FROM ${BASE_IMAGE}`, 'WORKDIR /app', 'RUN echo one', 'RUN echo about to fail && exit 3', 'RUN echo never']);
    const uri = vscode.Uri.joinPath(workspaceRoot(), path);
    const failed = await vscode.commands.executeCommand<BuildImageResult>('berth.image.build', { dockerfile: path, tag: 'berth-e2e/broken:1', network: 'none' });
    assert.equal(failed?.outcome, 'failed');
    assert.equal(failed.failureLine, 3);
    const [problem] = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'docker build');
    assert.equal(problem?.range.start.line, 3);
    assert.equal(problem.severity, vscode.DiagnosticSeverity.Error);
    assert.match(problem.message, /exit code: 3|non-zero code: 3/);
    assert.match(problem.message, /about to fail/);

    dockerfile('e2e-broken', [`FROM ${BASE_IMAGE}`, 'WORKDIR /app', 'RUN echo one', 'RUN echo fixed']);
    const fixed = await vscode.commands.executeCommand<BuildImageResult>('berth.image.build', { dockerfile: path, tag: 'berth-e2e/broken:1', network: 'none' });
    assert.equal(fixed?.outcome, 'succeeded');
    await diagnosticsWhen(uri, (diagnostics) => !diagnostics.some((d) => d.source === 'docker build'));
  });

  test('the task provider offers a build task per Dockerfile and Compose up and down; a build task reports its failure on the line', async function () {
    this.timeout(120_000);
    const builds = await vscode.tasks.fetchTasks({ type: 'berth-build' });
    const dockerfiles = builds.map((task) => task.definition.dockerfile as string);
    for (const expected of ['Dockerfile', 'api/Dockerfile', 'e2e-broken/Dockerfile']) assert.ok(dockerfiles.includes(expected), `${expected} in ${dockerfiles}`);
    const composeTasks = (await vscode.tasks.fetchTasks({ type: 'berth-compose' })).map((task) => `${task.definition.command} ${task.definition.file}`);
    assert.deepEqual(composeTasks.sort(), ['down compose.yaml', 'up compose.yaml']);

    const path = dockerfile('e2e-broken', [`FROM ${BASE_IMAGE}`, 'RUN echo fine', 'RUN echo broken again && exit 4']);
    const task = builds.find((candidate) => candidate.definition.dockerfile === path)!;
    const ended = new Promise<void>((resolve) => {
      const listener = vscode.tasks.onDidEndTask((event) => {
        if (event.execution.task.definition.dockerfile !== path) return;
        listener.dispose();
        resolve();
      });
    });
    await vscode.tasks.executeTask(task);
    await ended;
    const problems = vscode.languages.getDiagnostics(vscode.Uri.joinPath(workspaceRoot(), path)).filter((d) => d.source === 'docker build');
    assert.deepEqual(problems.map((d) => d.range.start.line), [2]);
    assert.match(problems[0].message, /exit code: 4|non-zero code: 4/);
  });

  test('Run Image starts the container through the engine and its server answers', async function () {
    this.timeout(60_000);
    const result = await vscode.commands.executeCommand<RunImageResult>('berth.image.run', { image: tag, name: 'berth-e2e-web', network: 'host', init: true });
    assert.ok(result?.containerId, 'a detached run returns the container');
    containerId = result.containerId;
    assert.equal(await containerState(containerId), 'running');
    assert.equal(await getLocal(port), 'hi\n');
  });

  test('the container is in the Containers view, and its log shows there', async function () {
    this.timeout(60_000);
    await vscode.commands.executeCommand('berth.containers.focus');
    await refreshContainers();
    const log = outputContaining(`serving on ${port}`);
    await vscode.commands.executeCommand('berth.containers.logs', containerRef());
    await log;
  });

  test('Stop, Start and Restart act on the container the view shows', async function () {
    this.timeout(90_000);
    // each command acts only on a node the Containers view holds in the state the verb needs
    await vscode.commands.executeCommand('berth.containers.stop', containerRef());
    assert.equal(await containerState(containerId), 'exited');
    await refreshContainers();
    await vscode.commands.executeCommand('berth.containers.start', containerRef());
    assert.equal(await containerState(containerId), 'running');
    const startedAt = (await engine().docker(['inspect', '--format', '{{.State.StartedAt}}', containerId])).trim();
    await refreshContainers();
    await vscode.commands.executeCommand('berth.containers.restart', containerRef());
    assert.equal(await containerState(containerId), 'running');
    assert.notEqual((await engine().docker(['inspect', '--format', '{{.State.StartedAt}}', containerId])).trim(), startedAt, 'restarted');
    assert.equal(await getLocal(port), 'hi\n');
  });

  test('Remove removes it', async function () {
    this.timeout(60_000);
    await refreshContainers();
    await vscode.commands.executeCommand('berth.containers.remove', containerRef(), undefined, { confirm: false });
    assert.equal((await engine().docker(['ps', '-aq', '--filter', `id=${containerId}`])).trim(), '');
  });
});
