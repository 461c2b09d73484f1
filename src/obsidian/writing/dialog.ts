import { App, Modal, Setting } from "obsidian";
import { Translate } from "../../i18n/translate";

/** A writing command's dialog, titled with the command's name; `open` adds Cancel and the button that does the work, and opens it. */
export function commandDialog(app: App, t: Translate, command: string): { modal: Modal; el: HTMLElement; open: (action: string, run: () => unknown) => void } {
	const modal = new Modal(app).setTitle(t(`command.${command}`));
	return {
		modal,
		el: modal.contentEl,
		open: (action, run) => {
			new Setting(modal.contentEl)
				.addButton((button) => button.setButtonText(t("modal.cancel")).onClick(() => modal.close()))
				.addButton((button) => button.setButtonText(t(action)).setCta().onClick(run));
			modal.open();
		},
	};
}
