import { App, Modal, Setting, TextAreaComponent, TextComponent } from "obsidian";
import { MuseumSettings } from "../../core/settings";
import { previewNewQuestion } from "../../core/template/question-note";
import { Translate } from "../../i18n/translate";
import { NavigationSuggest } from "../suggest";
import { createQuestion } from "./create-question";
import { SimilarPanel } from "./similar-questions";
import { vaultNavigation } from "./vault-context";

/**
 * "Create museum strategy question": the question, a short answer, the
 * navigation parent (suggested from the vault's keys and titles) and extra
 * tags; the file name and key that will be used show live. Nothing is
 * written until "Create"; Esc or "Cancel" leaves no file behind.
 */
export class NewQuestionModal extends Modal {
	#question!: TextComponent;
	#answer!: TextAreaComponent;
	#parent!: TextComponent;
	#tags!: TextComponent;
	#previewEl!: HTMLElement;
	#errorEl!: HTMLElement;
	#busy = false;
	#similar?: SimilarPanel;

	readonly #settings: MuseumSettings;
	readonly #t: Translate;
	/** The similar-questions list shown under the question box, when the vault index is there. */
	readonly #similarPanel?: (el: HTMLElement, close: () => void) => SimilarPanel;

	constructor(app: App, settings: MuseumSettings, t: Translate, similarPanel?: (el: HTMLElement, close: () => void) => SimilarPanel) {
		super(app);
		this.#settings = settings;
		this.#t = t;
		this.#similarPanel = similarPanel;
	}

	override onOpen(): void {
		const t = this.#t;
		const navigation = vaultNavigation(this.app);
		this.setTitle(t("modal.title"));
		this.modalEl.addClass("museum-new-question");
		const { contentEl } = this;

		new Setting(contentEl)
			.setName(t("modal.question"))
			.setDesc(t("modal.question.desc"))
			.addText((text) => {
				this.#question = text;
				text.setPlaceholder(t("modal.question.placeholder")).onChange((value) => {
					this.#refreshPreview();
					this.#similar?.update(value);
				});
				text.inputEl.addClass("museum-question-input");
			});
		this.#previewEl = contentEl.createDiv({ cls: "museum-new-question-preview" });
		this.#similar = this.#similarPanel?.(contentEl.createDiv(), () => this.close());
		new Setting(contentEl)
			.setName(t("modal.answer"))
			.setDesc(t("modal.answer.desc"))
			.addTextArea((area) => {
				this.#answer = area;
				area.inputEl.rows = 3;
				area.inputEl.addClass("museum-answer-input");
			});
		new Setting(contentEl)
			.setName(t("modal.parent"))
			.setDesc(t("modal.parent.desc"))
			.addText((text) => {
				this.#parent = text;
				text.setPlaceholder(t("modal.parent.placeholder"));
				text.inputEl.addClass("museum-parent-input");
				new NavigationSuggest(this.app, text.inputEl, () => navigation, () => this.#question.inputEl.focus());
			});
		new Setting(contentEl)
			.setName(t("modal.tags"))
			.setDesc(t("modal.tags.desc"))
			.addText((text) => {
				this.#tags = text;
				text.inputEl.addClass("museum-tags-input");
			});
		this.#errorEl = contentEl.createDiv({ cls: "museum-form-error", attr: { role: "alert" } });
		new Setting(contentEl)
			.addButton((button) => button.setButtonText(t("modal.cancel")).onClick(() => this.close()))
			.addButton((button) => button.setButtonText(t("modal.create")).setCta().onClick(() => void this.#submit()));

		this.scope.register([], "Enter", (evt) => {
			// Enter in the answer box is a new line; elsewhere it creates the note.
			if (evt.target === this.#answer.inputEl || evt.isComposing) return true;
			void this.#submit();
			return false;
		});
		this.#refreshPreview();
		this.#question.inputEl.focus();
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	#refreshPreview(): void {
		const preview = previewNewQuestion(this.#question.getValue(), { settings: this.#settings, navigationKeys: vaultNavigation(this.app).map((n) => n.key) });
		this.#previewEl.setText(preview.path ? this.#t("modal.preview", { path: preview.path, key: preview.key }) : this.#t("modal.preview.empty"));
		this.#errorEl.setText("");
	}

	async #submit(): Promise<void> {
		if (this.#busy) return;
		this.#busy = true;
		try {
			const outcome = await createQuestion(this.app, this.#settings, this.#t, {
				question: this.#question.getValue(),
				answer: this.#answer.getValue(),
				parent: this.#parent.getValue(),
				tags: this.#tags.getValue().split(/[\s,]+/).filter(Boolean),
				related: this.#similar?.related(),
			});
			if (outcome.status === "invalid") this.#errorEl.setText(outcome.message);
			else this.close();
		} finally {
			this.#busy = false;
		}
	}
}
