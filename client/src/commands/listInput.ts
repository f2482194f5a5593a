/**
 * A prompt for a list of values (published ports, environment entries, volumes): the current
 * entries as checked items, Enter on typed text adds it (checked), unchecking drops an entry, Enter
 * with nothing typed accepts the checked ones. One value per entry, so no separator to escape.
 */
import * as vscode from 'vscode';

export interface ListInputOptions {
  title: string;
  /** What to type, e.g. "HOST:CONTAINER, e.g. 8080:80". */
  placeholder: string;
  initial: readonly string[];
  /** Why a typed value cannot be an entry, or undefined. */
  validate: (value: string) => string | undefined;
}

/** The checked entries; undefined when the user pressed Escape. */
export function listInput(options: ListInputOptions): Promise<string[] | undefined> {
  const pick = vscode.window.createQuickPick<vscode.QuickPickItem>();
  pick.title = options.title;
  pick.placeholder = `${options.placeholder}. Enter adds what you type; Enter with nothing typed accepts the checked entries.`;
  pick.canSelectMany = true;
  pick.ignoreFocusOut = true;
  pick.items = options.initial.map((label) => ({ label }));
  pick.selectedItems = pick.items;
  return new Promise((resolve) => {
    let accepted = false;
    // A quick pick has no validation message of its own: the title says what is wrong with the text.
    pick.onDidChangeValue((value) => {
      const problem = value.trim() ? options.validate(value.trim()) : undefined;
      pick.title = problem ? `${options.title}: ${problem}` : options.title;
    });
    pick.onDidAccept(() => {
      const value = pick.value.trim();
      if (!value) {
        accepted = true;
        resolve(pick.selectedItems.map((item) => item.label));
        pick.hide();
        return;
      }
      if (options.validate(value)) return;
      const existing = pick.items.find((item) => item.label === value);
      const item = existing ?? { label: value };
      if (!existing) pick.items = [...pick.items, item];
      pick.selectedItems = [...pick.selectedItems.filter((selected) => selected.label !== value), item];
      pick.value = '';
    });
    pick.onDidHide(() => {
      if (!accepted) resolve(undefined);
      pick.dispose();
    });
    pick.show();
  });
}
