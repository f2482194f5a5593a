// Types for codeServer.mjs, for the TypeScript that imports it (the e2e runner, scripts).
export const INSTALL_COMMAND: string;

export interface OfflineVSCode {
  home: string;
  codeServer: string;
  playwright: string;
  nodeBin: string;
  chromium: string;
}

export interface Profile {
  userDataDir: string;
  extensionsDir: string;
}

export interface CodeServer {
  url: string;
  port: number;
  logFile: string;
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

export function offlineHome(): string;
export function findOfflineVSCode(home?: string): OfflineVSCode | undefined;
export function profileIn(dir: string): Profile;
export function prepareProfile(profile: Profile, settings?: Record<string, unknown>): Profile;
export function installExtension(vscode: OfflineVSCode, profile: Profile, vsix: string): Promise<void>;
export function startCodeServer(
  vscode: OfflineVSCode,
  profile: Profile,
  options: { port?: number; folder?: string; logFile: string; workspaceTrust?: boolean; smokeTestDriver?: boolean },
): Promise<CodeServer>;
export function workbenchUrl(server: CodeServer, options?: { folder?: string; payload?: [string, string][] }): string;
// playwright-core comes from the offline install, not from this project's dependencies
export function launchBrowser(
  vscode: OfflineVSCode,
  profileDir: string,
  options?: { viewport?: { width: number; height: number }; deviceScaleFactor?: number },
): Promise<any>;
