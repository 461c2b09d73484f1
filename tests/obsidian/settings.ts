/** Setting, setting components and PluginSettingTab, backed by real DOM inputs. */
import { setIcon, setTooltip } from "./misc";

const doc = (): Document => (globalThis as any).document;
function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, parent?: HTMLElement): HTMLElementTagNameMap[K] {
	const e = doc().createElement(tag);
	if (cls) e.className = cls;
	parent?.appendChild(e);
	return e;
}

export class BaseComponent {
	disabled = false;
	then(cb: (component: this) => any): this {
		cb(this);
		return this;
	}
	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		return this;
	}
}

export class ValueComponent<T> extends BaseComponent {
	registerOptionListener(listeners: Record<string, (value?: T) => T>, key: string): this {
		listeners[key] = (value?: T) => {
			if (value !== undefined && value !== this.getValue()) this.setValue(value);
			return this.getValue();
		};
		return this;
	}
	getValue(): T {
		throw new Error("abstract");
	}
	setValue(_value: T): this {
		return this;
	}
}

abstract class InputComponent<T, E extends HTMLInputElement | HTMLTextAreaElement> extends ValueComponent<string> {
	inputEl: E;
	protected changeCb?: (value: string) => any;
	constructor(inputEl: E) {
		super();
		this.inputEl = inputEl;
		inputEl.addEventListener("input", () => this.onChanged());
	}
	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.inputEl.disabled = disabled;
		return this;
	}
	override getValue(): string {
		return this.inputEl.value;
	}
	override setValue(value: string): this {
		this.inputEl.value = value;
		return this;
	}
	setPlaceholder(placeholder: string): this {
		this.inputEl.placeholder = placeholder;
		return this;
	}
	onChanged(): void {
		this.changeCb?.(this.getValue());
	}
	onChange(callback: (value: string) => any): this {
		this.changeCb = callback;
		return this;
	}
	/** unused marker so T is referenced */
	protected _t?: T;
}

export class AbstractTextComponent<E extends HTMLInputElement | HTMLTextAreaElement> extends InputComponent<string, E> {}

export class TextComponent extends AbstractTextComponent<HTMLInputElement> {
	constructor(containerEl: HTMLElement) {
		const input = el("input", "", containerEl);
		input.type = "text";
		input.spellcheck = false;
		super(input);
	}
}

/**
 * Obsidian's secret picker (1.11.1; setValue/onChange 1.11.4): its value is
 * the ID of a secret in `app.secretStorage`, never the secret itself. Here a
 * select of the stored IDs (the real one lists them in a menu and can create
 * one); tests pick an ID by setting the select's value and firing "change".
 */
export class SecretComponent extends BaseComponent {
	selectEl: HTMLSelectElement;
	private changeCb?: (value: string) => unknown;
	constructor(app: { secretStorage: { listSecrets(): string[] } }, containerEl: HTMLElement) {
		super();
		this.selectEl = el("select", "dropdown", containerEl);
		for (const id of ["", ...app.secretStorage.listSecrets()]) {
			const option = el("option", "", this.selectEl);
			option.value = option.textContent = id;
		}
		this.selectEl.addEventListener("change", () => this.changeCb?.(this.selectEl.value));
	}
	setValue(value: string): this {
		if (value && !Array.from(this.selectEl.options).some((o) => o.value === value)) el("option", "", this.selectEl).value = value;
		this.selectEl.value = value;
		return this;
	}
	onChange(cb: (value: string) => unknown): this {
		this.changeCb = cb;
		return this;
	}
}

export class TextAreaComponent extends AbstractTextComponent<HTMLTextAreaElement> {
	constructor(containerEl: HTMLElement) {
		super(el("textarea", "", containerEl));
	}
}

export class SearchComponent extends AbstractTextComponent<HTMLInputElement> {
	clearButtonEl: HTMLElement;
	containerEl: HTMLElement;
	constructor(containerEl: HTMLElement) {
		const wrap = el("div", "search-input-container", containerEl);
		const input = el("input", "", wrap);
		input.type = "search";
		input.enterKeyHint = "search";
		super(input);
		this.containerEl = wrap;
		this.clearButtonEl = el("div", "search-input-clear-button", wrap);
		this.clearButtonEl.addEventListener("click", () => {
			this.setValue("");
			this.onChanged();
		});
	}
	setClass(cls: string): this {
		this.containerEl.classList.add(cls);
		return this;
	}
}

export class ToggleComponent extends ValueComponent<boolean> {
	toggleEl: HTMLElement;
	private value = false;
	private changeCb?: (value: boolean) => any;
	constructor(containerEl: HTMLElement) {
		super();
		this.toggleEl = el("div", "checkbox-container", containerEl);
		const input = el("input", "", this.toggleEl);
		input.type = "checkbox";
		input.tabIndex = 0;
		this.toggleEl.addEventListener("click", (evt) => this.onClick(evt));
	}
	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.toggleEl.classList.toggle("is-disabled", disabled);
		return this;
	}
	override getValue(): boolean {
		return this.value;
	}
	override setValue(on: boolean): this {
		const changed = on !== this.value;
		this.value = on;
		this.toggleEl.classList.toggle("is-enabled", on);
		const cb = this.toggleEl.querySelector("input") as HTMLInputElement;
		cb.checked = on;
		if (changed) this.onChanged();
		return this;
	}
	setTooltip(tooltip: string): this {
		setTooltip(this.toggleEl, tooltip);
		return this;
	}
	onClick(_evt?: Event): void {
		if (this.disabled) return;
		this.setValue(!this.value);
	}
	onChanged(): void {
		this.changeCb?.(this.value);
	}
	onChange(callback: (value: boolean) => any): this {
		this.changeCb = callback;
		return this;
	}
}

export class DropdownComponent extends ValueComponent<string> {
	selectEl: HTMLSelectElement;
	private changeCb?: (value: string) => any;
	constructor(containerEl: HTMLElement) {
		super();
		this.selectEl = el("select", "dropdown", containerEl);
		this.selectEl.addEventListener("change", () => this.changeCb?.(this.getValue()));
	}
	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.selectEl.disabled = disabled;
		return this;
	}
	addOption(value: string, display: string): this {
		const o = el("option", "", this.selectEl);
		o.value = value;
		o.textContent = display;
		return this;
	}
	addOptions(options: Record<string, string>): this {
		for (const [v, d] of Object.entries(options)) this.addOption(v, d);
		return this;
	}
	override getValue(): string {
		return this.selectEl.value;
	}
	override setValue(value: string): this {
		this.selectEl.value = value;
		return this;
	}
	onChange(callback: (value: string) => any): this {
		this.changeCb = callback;
		return this;
	}
}

export class SliderComponent extends ValueComponent<number> {
	sliderEl: HTMLInputElement;
	private changeCb?: (value: number) => any;
	constructor(containerEl: HTMLElement) {
		super();
		this.sliderEl = el("input", "slider", containerEl);
		this.sliderEl.type = "range";
		this.sliderEl.addEventListener("input", () => this.changeCb?.(this.getValue()));
	}
	setLimits(min: number | null, max: number | null, step: number | "any"): this {
		if (min !== null) this.sliderEl.min = String(min);
		if (max !== null) this.sliderEl.max = String(max);
		this.sliderEl.step = String(step);
		return this;
	}
	setDynamicTooltip(): this {
		return this;
	}
	setInstant(_instant: boolean): this {
		return this;
	}
	showTooltip(): void {}
	override getValue(): number {
		return Number(this.sliderEl.value);
	}
	override setValue(value: number): this {
		this.sliderEl.value = String(value);
		return this;
	}
	getValuePretty(): string {
		return String(this.getValue());
	}
	onChange(callback: (value: number) => any): this {
		this.changeCb = callback;
		return this;
	}
}

export class ColorComponent extends ValueComponent<string> {
	colorPickerEl: HTMLInputElement;
	private changeCb?: (value: string) => any;
	constructor(containerEl: HTMLElement) {
		super();
		this.colorPickerEl = el("input", "", containerEl);
		this.colorPickerEl.type = "color";
		this.colorPickerEl.addEventListener("input", () => this.changeCb?.(this.getValue()));
	}
	override getValue(): string {
		return this.colorPickerEl.value;
	}
	override setValue(value: string): this {
		this.colorPickerEl.value = value;
		return this;
	}
	onChange(callback: (value: string) => any): this {
		this.changeCb = callback;
		return this;
	}
}

export class MomentFormatComponent extends TextComponent {
	sampleEl?: HTMLElement;
	setDefaultFormat(defaultFormat: string): this {
		this.setPlaceholder(defaultFormat);
		return this;
	}
	setSampleEl(sampleEl: HTMLElement): this {
		this.sampleEl = sampleEl;
		return this;
	}
	updateSample(): void {}
}

export class ButtonComponent extends BaseComponent {
	buttonEl: HTMLButtonElement;
	constructor(containerEl: HTMLElement) {
		super();
		this.buttonEl = el("button", "", containerEl);
	}
	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.buttonEl.disabled = disabled;
		return this;
	}
	setCta(): this {
		this.buttonEl.classList.add("mod-cta");
		return this;
	}
	removeCta(): this {
		this.buttonEl.classList.remove("mod-cta");
		return this;
	}
	setWarning(): this {
		this.buttonEl.classList.add("mod-warning");
		return this;
	}
	setTooltip(tooltip: string): this {
		setTooltip(this.buttonEl, tooltip);
		return this;
	}
	setButtonText(name: string): this {
		this.buttonEl.textContent = name;
		return this;
	}
	setIcon(icon: string): this {
		setIcon(this.buttonEl, icon);
		return this;
	}
	setClass(cls: string): this {
		this.buttonEl.classList.add(cls);
		return this;
	}
	onClick(callback: (evt: MouseEvent) => any): this {
		this.buttonEl.addEventListener("click", (evt) => callback(evt as MouseEvent));
		return this;
	}
}

export class ExtraButtonComponent extends BaseComponent {
	extraSettingsEl: HTMLElement;
	constructor(containerEl: HTMLElement) {
		super();
		this.extraSettingsEl = el("div", "clickable-icon extra-setting-button", containerEl);
	}
	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.extraSettingsEl.classList.toggle("is-disabled", disabled);
		return this;
	}
	setTooltip(tooltip: string): this {
		setTooltip(this.extraSettingsEl, tooltip);
		return this;
	}
	setIcon(icon: string): this {
		setIcon(this.extraSettingsEl, icon);
		return this;
	}
	onClick(callback: () => any): this {
		this.extraSettingsEl.addEventListener("click", () => {
			if (!this.disabled) callback();
		});
		return this;
	}
}

export class Setting {
	settingEl: HTMLElement;
	infoEl: HTMLElement;
	nameEl: HTMLElement;
	descEl: HTMLElement;
	controlEl: HTMLElement;
	components: BaseComponent[] = [];
	constructor(containerEl: HTMLElement) {
		this.settingEl = el("div", "setting-item", containerEl);
		this.infoEl = el("div", "setting-item-info", this.settingEl);
		this.nameEl = el("div", "setting-item-name", this.infoEl);
		this.descEl = el("div", "setting-item-description", this.infoEl);
		this.controlEl = el("div", "setting-item-control", this.settingEl);
	}
	setName(name: string | DocumentFragment): this {
		this.nameEl.textContent = "";
		if (typeof name === "string") this.nameEl.textContent = name;
		else this.nameEl.appendChild(name);
		return this;
	}
	setDesc(desc: string | DocumentFragment): this {
		this.descEl.textContent = "";
		if (typeof desc === "string") this.descEl.textContent = desc;
		else this.descEl.appendChild(desc);
		return this;
	}
	setClass(cls: string): this {
		this.settingEl.classList.add(cls);
		return this;
	}
	setTooltip(tooltip: string): this {
		setTooltip(this.nameEl, tooltip);
		return this;
	}
	setHeading(): this {
		this.settingEl.classList.add("setting-item-heading");
		return this;
	}
	setDisabled(disabled: boolean): this {
		this.settingEl.classList.toggle("is-disabled", disabled);
		for (const c of this.components) c.setDisabled(disabled);
		return this;
	}
	private add<C extends BaseComponent>(c: C, cb: (c: C) => any): this {
		this.components.push(c);
		cb(c);
		return this;
	}
	addButton(cb: (component: ButtonComponent) => any): this {
		return this.add(new ButtonComponent(this.controlEl), cb);
	}
	addExtraButton(cb: (component: ExtraButtonComponent) => any): this {
		return this.add(new ExtraButtonComponent(this.controlEl), cb);
	}
	addToggle(cb: (component: ToggleComponent) => any): this {
		return this.add(new ToggleComponent(this.controlEl), cb);
	}
	addText(cb: (component: TextComponent) => any): this {
		return this.add(new TextComponent(this.controlEl), cb);
	}
	addSearch(cb: (component: SearchComponent) => any): this {
		return this.add(new SearchComponent(this.controlEl), cb);
	}
	addTextArea(cb: (component: TextAreaComponent) => any): this {
		return this.add(new TextAreaComponent(this.controlEl), cb);
	}
	addMomentFormat(cb: (component: MomentFormatComponent) => any): this {
		return this.add(new MomentFormatComponent(this.controlEl), cb);
	}
	addDropdown(cb: (component: DropdownComponent) => any): this {
		return this.add(new DropdownComponent(this.controlEl), cb);
	}
	addColorPicker(cb: (component: ColorComponent) => any): this {
		return this.add(new ColorComponent(this.controlEl), cb);
	}
	addSlider(cb: (component: SliderComponent) => any): this {
		return this.add(new SliderComponent(this.controlEl), cb);
	}
	addComponent<T extends BaseComponent>(cb: (el: HTMLElement) => T): this {
		this.components.push(cb(this.controlEl));
		return this;
	}
	then(cb: (setting: this) => any): this {
		cb(this);
		return this;
	}
	clear(): this {
		this.controlEl.textContent = "";
		this.components = [];
		return this;
	}
}

export abstract class SettingTab {
	app: any;
	containerEl: HTMLElement;
	constructor(app: any) {
		this.app = app;
		this.containerEl = el("div", "vertical-tab-content");
	}
	abstract display(): void;
	hide(): void {
		this.containerEl.textContent = "";
	}
}

export abstract class PluginSettingTab extends SettingTab {
	plugin: any;
	constructor(app: any, plugin: any) {
		super(app);
		this.plugin = plugin;
	}
}
