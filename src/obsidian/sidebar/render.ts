import { setIcon } from "obsidian";
import { CitedByEntry, ModelWarning, OverviewModel, ResourceEntry, SidebarModel, VideoEntry } from "../../core/sidebar";
import { countText, Translate } from "../../i18n/translate";
import { warningText } from "../../i18n/strings-warnings";
import { SidebarActions } from "./actions";
import { creatableItem, linkItem, urlItem } from "./link-item";

const KIND_ICON: Record<ResourceEntry["kind"], string> = { note: "file-text", video: "video", external: "external-link", unresolved: "file-question" };

/** Renders the model into `root` (emptied first). DOM helpers only: note text is never parsed as HTML. */
export function renderSidebar(root: HTMLElement, model: SidebarModel, t: Translate, actions: SidebarActions): void {
	root.empty();
	if (model.kind === "question") renderQuestion(root, model, t, actions);
	else if (model.kind === "resource" || model.kind === "video") renderCitedBy(root, model, t, actions);
	if (model.overview) renderOverview(root, model.overview, t, actions);
	if (model.warnings.length && model.kind !== "other") renderWarnings(root, model.warnings, model.note, t, actions);
}

function renderQuestion(root: HTMLElement, model: SidebarModel, t: Translate, actions: SidebarActions): void {
	const header = div(root, "museum-sidebar-header");
	const crumbs = model.navigation?.breadcrumb ?? [];
	if (crumbs.length) {
		const trail = div(header, "museum-breadcrumb");
		crumbs.forEach((crumb, i) => {
			if (i > 0) span(trail, "museum-breadcrumb-sep", "›");
			const el = span(trail, "museum-breadcrumb-item", crumb.title);
			if (crumb.target) linkItem(el, crumb.target);
		});
	}
	div(header, "museum-question", model.question ?? model.title ?? "");

	section(root, t("sidebar.resources"), model.resources.length, (list) => model.resources.forEach((r) => renderResource(list, r, t, actions)), !model.resources.length && t("sidebar.empty.question"));
	if (model.videos.length) section(root, t("sidebar.videos"), model.videos.length, (list) => model.videos.forEach((v) => renderVideo(list, v, t, actions)));
	if (model.related.length) {
		section(root, t("sidebar.related"), model.related.length, (list) => {
			for (const related of model.related) {
				const el = div(list, "museum-related");
				// Two reasons, two icons: each says which in its tooltip.
				const similar = related.reason === "similar";
				icon(el, similar ? "link" : "share-2", similar ? t("sidebar.related.similar") : countText(t, "sidebar.related.shared", related.shared));
				el.createSpan({ text: related.question });
				linkItem(el, related.target);
			}
		});
	}
}

function renderResource(list: HTMLElement, entry: ResourceEntry, t: Translate, actions: SidebarActions): void {
	const el = div(list, `museum-resource museum-state-${entry.state}`);
	const head = div(el, "museum-resource-head");
	span(head, "museum-resource-number", `${entry.number}.`);
	icon(head, KIND_ICON[entry.kind], t(`sidebar.kind.${entry.kind}`));
	span(head, "museum-resource-title", entry.title);
	const linkpath = entry.linkpath;
	// One state, one action: a missing note shows its Create button, which says what is wrong in its tooltip.
	if (entry.state !== "resolved" && !linkpath) span(head, "museum-badge", t(`sidebar.state.${entry.state}`));
	if (entry.summary) {
		const summary = div(el, "museum-resource-summary", entry.summary);
		if (entry.summarySource === "resource") {
			summary.addClass("museum-summary-fallback");
			summary.setAttr("aria-label", t("sidebar.summary.from-resource"));
		}
	}
	if (entry.target) linkItem(el, entry.target);
	else if (entry.url) urlItem(el, entry.url);
	else el.setAttr("aria-label", t("sidebar.state.unresolved"));
	if (linkpath) {
		button(head, "museum-create", t("sidebar.create"), t("sidebar.create.tooltip", { name: linkpath }), (evt) => {
			evt.stopPropagation();
			actions.create(linkpath);
		});
		// The row of a missing note is on the arrow keys' path too: Enter creates it.
		if (!entry.target && !entry.url) creatableItem(el, linkpath);
	}
}

function renderVideo(list: HTMLElement, video: VideoEntry, t: Translate, actions: SidebarActions): void {
	const el = div(list, "museum-video");
	icon(el, "video");
	const text = div(el, "museum-video-text");
	div(text, "museum-video-title", video.title);
	if (video.speakers.length) div(text, "museum-muted", t("sidebar.speakers", { names: video.speakers.join(", ") }));
	// A day of a forum ("Video J1") says something; a plain "Vidéos" heading repeats the section's title.
	if (video.section && !/^vid[ée]os?$/i.test(video.section.trim())) div(text, "museum-muted", video.section);
	if (video.target) linkItem(el, video.target);
}

function renderCitedBy(root: HTMLElement, model: SidebarModel, t: Translate, actions: SidebarActions): void {
	div(div(root, "museum-sidebar-header"), "museum-question", model.title ?? "");
	section(root, t("sidebar.cited-by"), model.citedBy.length, (list) => model.citedBy.forEach((c) => renderCitation(list, c, t, actions)), !model.citedBy.length && t("sidebar.empty.cited-by"));
}

function renderCitation(list: HTMLElement, citation: CitedByEntry, t: Translate, actions: SidebarActions): void {
	const el = div(list, "museum-citation");
	const head = div(el, "museum-resource-head");
	if (citation.number === null) span(head, "museum-resource-number", citation.section ?? "");
	else span(head, "museum-resource-number", `${citation.number}.`, t("sidebar.number", { number: citation.number }));
	span(head, "museum-resource-title", citation.question);
	if (citation.summary) div(el, "museum-resource-summary", citation.summary);
	linkItem(el, citation.target, citation.line);
}

function renderOverview(root: HTMLElement, overview: OverviewModel, t: Translate, actions: SidebarActions): void {
	const input = root.createEl("input", { cls: "museum-filter", type: "search", attr: { placeholder: t("sidebar.filter"), "aria-label": t("sidebar.filter") } });
	input.value = overview.filter;
	input.addEventListener("input", () => actions.filter(input.value));
	section(root, t("sidebar.questions", { count: overview.total }), null, (list) => {
		for (const group of overview.groups) {
			const groupEl = div(list, "museum-group");
			const title = div(groupEl, "museum-group-title", group.title ?? t("sidebar.no-parent"));
			if (group.target) linkItem(title, group.target);
			for (const question of group.questions) {
				const el = div(groupEl, "museum-overview-question");
				div(el, "museum-resource-title", question.question);
				const meta = div(el, "museum-muted", `${countText(t, "sidebar.count.resources", question.resources)} · ${countText(t, "sidebar.count.videos", question.videos)}`);
				if (question.problems) span(meta, `museum-badge museum-badge-${question.severity ?? "warning"}`, countText(t, "sidebar.badge", question.problems));
				linkItem(el, question.target);
			}
		}
	}, !overview.groups.length && t(overview.filter ? "sidebar.empty.filter" : "sidebar.empty.overview"));
}

function renderWarnings(root: HTMLElement, warnings: ModelWarning[], note: string | null, t: Translate, actions: SidebarActions): void {
	section(root, t("sidebar.problems"), warnings.length, (list) => {
		for (const w of warnings) {
			const el = div(list, `museum-warning museum-warning-${w.severity}`);
			// "line 19", not "19": a bare number reads as a resource's number.
			if (w.line !== null) span(el, "museum-warning-line", t("sidebar.line", { line: w.line }));
			el.createSpan({ text: warningText(t, w) });
			const tags = w.code === "tags-commented-out" ? String(w.params?.value ?? "") : "";
			if (note && tags) button(el, "museum-fix", t("sidebar.fix"), t("sidebar.fix.tooltip", { value: tags }), () => actions.fixTags(note, tags));
			if (note && w.line !== null) linkItem(el, note, w.line);
		}
	});
}

/** A titled list, with its count when it has one; `empty` is the message that stands for a list with nothing in it. */
function section(root: HTMLElement, title: string, count: number | null, fill: (list: HTMLElement) => void, empty?: string | false): void {
	const el = div(root, "museum-section");
	const heading = div(el, "museum-section-title", title);
	if (count !== null) span(heading, "museum-count", String(count));
	const list = div(el, "museum-section-list");
	if (empty) div(list, "museum-empty", empty);
	fill(list);
}

// The panel's DOM, built in one way: classes and text set as such, never parsed as HTML.
function div(parent: HTMLElement, cls: string, text?: string): HTMLDivElement {
	return parent.createDiv({ cls, text });
}

/** A span; `label` is its tooltip (and what a screen reader says). */
function span(parent: HTMLElement, cls: string, text?: string, label?: string): HTMLSpanElement {
	return parent.createSpan({ cls, text, attr: label === undefined ? undefined : { "aria-label": label } });
}

function icon(parent: HTMLElement, name: string, label?: string): void {
	setIcon(span(parent, "museum-icon", undefined, label), name);
}

function button(parent: HTMLElement, cls: string, text: string, label: string, onClick: (evt: MouseEvent) => void): void {
	parent.createEl("button", { cls, text, attr: { "aria-label": label } }).addEventListener("click", onClick);
}
