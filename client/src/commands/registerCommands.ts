/**
 * Berth's commands are small objects (id, whether they need a trusted workspace, run) registered
 * by one loop, which applies Workspace Trust and turns any failure into one message.
 */
import * as vscode from 'vscode';

export interface BerthCommand {
  /** `berth.<area>.<verb>` */
  id: string;
  /** Changes or runs something (engine actions, terminals, context switches): refused in Restricted Mode. */
  needsTrust: boolean;
  /** What a refusal calls it: "stop containers". */
  title: string;
  run(...args: unknown[]): unknown;
}

/** What a command that needs trust returns in Restricted Mode, once its message is answered or closed. */
export interface RestrictedModeRefusal {
  refused: 'restrictedMode';
  /** The message shown. */
  message: string;
}

export function registerCommands(commands: readonly BerthCommand[]): vscode.Disposable {
  return vscode.Disposable.from(...commands.map((command) => vscode.commands.registerCommand(command.id, async (...args: unknown[]) => {
    // Menus already hide these outside trusted workspaces; the palette and keybindings land here.
    if (command.needsTrust && !vscode.workspace.isTrusted) {
      const manage = 'Manage Workspace Trust';
      const message = `Berth does not ${command.title} in Restricted Mode. Trust this workspace to allow it.`;
      const choice = await vscode.window.showWarningMessage(message, manage);
      if (choice === manage) await vscode.commands.executeCommand('workbench.trust.manage');
      // A caller (a task, a keybinding's extension, a test) can tell a refusal from a dismissed prompt.
      return { refused: 'restrictedMode', message } satisfies RestrictedModeRefusal;
    }
    try {
      // The result goes back to executeCommand's caller (tasks, keybindings' callers, tests).
      return await command.run(...args);
    } catch (error) {
      void vscode.window.showErrorMessage(error instanceof Error ? error.message : String(error));
      return undefined;
    }
  })));
}
