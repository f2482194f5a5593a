/**
 * Run Image (`berth.image.run`), from the Images view, after a build, or the palette. It asks how
 * to run (detached or interactive), a name, published ports (the image's EXPOSEd ports the first
 * time), environment, volumes and network, and remembers the answers per image. A detached run is
 * created and started through the engine connection and shows in the Containers view; an
 * interactive one runs `docker run -it` in a terminal. Invoked with a RunImageOptions object it
 * asks nothing.
 */
import type { ImageInspectInfo } from 'dockerode';
import * as vscode from 'vscode';
import { cliEnvironment } from '../../engine/endpoint';
import type { Explorer } from '../../explorer/registerExplorer';
import { byContext, chooseNodes, requireEngine } from '../explorerActions';
import { listInput } from '../listInput';
import { requireDocker } from '../process/engineCli';
import type { BerthCommand } from '../registerCommands';
import { createAndStart, envProblem, interactiveRunArguments, nameProblem, portProblem, portsFromExposed, runSpecProblem, volumeProblem, type RunSpec } from './runSpec';

export const RUN_COMMAND = 'berth.image.run';

/** The options argument of `berth.image.run`: runs as given, asks nothing. */
export interface RunImageOptions extends RunSpec {
  /** false: `docker run -it` in a terminal. Default true. */
  detached?: boolean;
}

export interface RunImageResult {
  /** The started container, for a detached run. */
  containerId?: string;
  /** The terminal running it, for an interactive run. */
  terminal?: vscode.Terminal;
}

interface RememberedRun extends RunSpec {
  detached: boolean;
}

function isRunImageOptions(value: unknown): value is RunImageOptions {
  return typeof value === 'object' && value !== null && typeof (value as { image?: unknown }).image === 'string';
}

const TITLE = 'Run Image';

async function askRun(image: string, defaults: RememberedRun, networks: string[]): Promise<RememberedRun | undefined> {
  const total = 6;
  const title = (step: number, what: string) => `${TITLE} ${image} (${step}/${total}): ${what}`;
  const modes = [
    { label: 'Detached', description: 'in the background; see it in the Containers view', detached: true },
    { label: 'Interactive', description: 'docker run -it in a terminal', detached: false },
  ];
  if (!defaults.detached) modes.reverse();
  const mode = await vscode.window.showQuickPick(modes, { title: title(1, 'how to run') });
  if (!mode) return undefined;
  const name = await vscode.window.showInputBox({ title: title(2, 'container name'), prompt: 'Empty lets the engine pick a name', value: defaults.name ?? '', validateInput: (text) => nameProblem(text.trim()) });
  if (name === undefined) return undefined;
  const ports = await listInput({ title: title(3, 'published ports'), placeholder: 'HOST:CONTAINER, e.g. 8080:80', initial: defaults.ports ?? [], validate: portProblem });
  if (!ports) return undefined;
  const env = await listInput({ title: title(4, 'environment'), placeholder: 'KEY=value', initial: defaults.env ?? [], validate: envProblem });
  if (!env) return undefined;
  const volumes = await listInput({ title: title(5, 'volumes'), placeholder: 'SOURCE:/path/in/container[:ro]', initial: defaults.volumes ?? [], validate: volumeProblem });
  if (!volumes) return undefined;
  const networkItems = ['', ...new Set(['host', 'none', ...networks])].map((network) => ({ label: network || '(default)', network }));
  networkItems.sort((a, b) => Number(b.network === (defaults.network ?? '')) - Number(a.network === (defaults.network ?? '')));
  const network = await vscode.window.showQuickPick(networkItems, { title: title(6, 'network') });
  if (!network) return undefined;
  return { ...defaults, image, detached: mode.detached, name: name.trim() || undefined, ports, env, volumes, network: network.network || undefined };
}

export function runImageCommand(explorer: Explorer, state: vscode.Memento): BerthCommand {
  const memoryKey = (image: string) => `berth.run:${image}`;

  /** What was used last time for this image, else its EXPOSEd ports published on the same host ports. */
  async function defaultsFor(image: string): Promise<RememberedRun> {
    const remembered = state.get<RememberedRun>(memoryKey(image));
    if (remembered) return { ...remembered, image };
    // An image the engine cannot inspect (removed meanwhile) just has no ports to suggest.
    const inspected = (await requireEngine(explorer).inspect('image', image).catch(() => undefined)) as ImageInspectInfo | undefined;
    return { image, detached: true, ports: portsFromExposed(inspected?.Config?.ExposedPorts) };
  }

  async function imageToRun(args: unknown[]): Promise<string | undefined> {
    if (typeof args[0] === 'string') return args[0];
    const [node] = await chooseNodes(explorer, args, { view: 'images', accepts: byContext(/^image\./), noun: 'image to run' });
    return node?.target?.id;
  }

  /** The image (the clicked node, a reference after a build, or a pick), then the questions; undefined if dismissed. */
  async function ask(args: unknown[]): Promise<RememberedRun | undefined> {
    const image = await imageToRun(args);
    if (!image) return undefined;
    // Without the engine's networks the pick still offers the built-in ones.
    const networks = (await requireEngine(explorer).listNetworks().catch(() => [])).map((network) => network.Name);
    const run = await askRun(image, await defaultsFor(image), networks);
    if (run) await state.update(memoryKey(image), run);
    return run;
  }

  return {
    id: RUN_COMMAND,
    needsTrust: true,
    title: 'run images',
    async run(...args: unknown[]): Promise<RunImageResult | undefined> {
      const run = isRunImageOptions(args[0]) ? { ...args[0], detached: args[0].detached ?? true } : await ask(args);
      if (!run) return undefined;
      const problem = runSpecProblem(run);
      if (problem) throw new Error(problem);
      const engine = requireEngine(explorer);
      if (!run.detached) {
        const terminal = vscode.window.createTerminal({
          name: `Run: ${run.image}`,
          shellPath: requireDocker('An interactive run'),
          shellArgs: interactiveRunArguments(run),
          env: cliEnvironment(engine.endpoint),
          iconPath: new vscode.ThemeIcon('play'),
        });
        terminal.show();
        return { terminal };
      }
      const containerId = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `Starting ${run.image}…` },
        () => createAndStart(engine, run),
      );
      const name = run.name ?? containerId.slice(0, 12);
      void vscode.window.showInformationMessage(`Started container ${name} from ${run.image}.`, 'Show Logs').then((choice) => {
        if (choice) void vscode.commands.executeCommand('berth.containers.logs', { id: `container:${containerId}` });
      });
      return { containerId };
    },
  };
}
