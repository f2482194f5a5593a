import { BASE_IMAGE } from './dockerEngine';

/**
 * A service for the `services:` of a Compose file that runs on the private test engine: the base
 * image, `network_mode: host` (the engine has no bridge) and `init` (sleep, sh or httpd as PID 1
 * would ignore SIGTERM). It sleeps unless given a command; `keys` are more of the service's lines,
 * indented as its own keys.
 */
export function engineService(name: string, options: { command?: string; keys?: string[] } = {}): string {
  const keys = ['image: ' + BASE_IMAGE, 'network_mode: host', 'init: true', ...(options.keys ?? []), `command: ${options.command ?? '["sleep", "1d"]'}`];
  return [`  ${name}:`, ...keys.map((key) => `    ${key}`), ''].join('\n');
}
