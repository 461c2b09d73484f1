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
	const header = root.createDiv({ cls: "museum-sidebar-header" });
	const crumbs = model.navigation?.breadcrumb ?? [];
	if (crumbs.length) {
		const trail = header.createDiv({ cls: "museum-breadcrumb" });
		crumbs.forEach((crumb, i) => {
			if (i > 0) trail.createSpan({ cls: "museum-breadcrumb-sep", text: "›" });
			const el = trail.createSpan({ cls: "museum-breadcrumb-item", text: crumb.title });
			if (crumb.target) linkItem(el, crumb.target);
		});
	}
	header.createDiv({ cls: "museum-question", text: model.question ?? model.title ?? "" });

	section(root, t("sidebar.resources"), model.resources.length, (list) => {
		if (!model.resources.length) list.createDiv({ cls: "museum-empty", text: t("sidebar.empty.question") });
		for (const entry of model.resources) renderResource(list, entry, t, actions);
	});
	if (model.videos.length) section(root, t("sidebar.videos"), model.videos.length, (list) => model.videos.forEach((v) => renderVideo(list, v, t, actions)));
	if (model.related.length) {
		section(root, t("sidebar.related"), model.related.length, (list) => {
			for (const related of model.related) {
				const el = list.createDiv({ cls: "museum-related" });
				// Two reasons, two icons: each says which in its tooltip.
				const why = related.reason === "similar" ? t("sidebar.related.similar") : countText(t, "sidebar.related.shared", related.shared);
				setIcon(el.createSpan({ cls: "museum-icon", attr: { "aria-label": why } }), related.reason === "similar" ? "link" : "share-2");
				el.createSpan({ text: related.question });
				linkItem(el, related.target);
			}
		});
	}
}

function renderResource(list: HTMLElement, entry: ResourceEntry, t: Translate, actions: SidebarActions): void {
	const el = list.createDiv({ cls: `museum-resource museum-state-${entry.state}` });
	const head = el.createDiv({ cls: "museum-resource-head" });
	head.createSpan({ cls: "museum-resource-number", text: `${entry.number}.` });
	const icon = head.createSpan({ cls: "museum-icon", attr: { "aria-label": t(`sidebar.kind.${entry.kind}`) } });
	setIcon(icon, KIND_ICON[entry.kind]);
	head.createSpan({ cls: "museum-resource-title", text: entry.title });
	const linkpath = entry.linkpath;
	// One state, one action: a missing note shows its Create button, which says what is wrong in its tooltip.
	if (entry.state !== "resolved" && !linkpath) head.createSpan({ cls: "museum-badge", text: t(`sidebar.state.${entry.state}`) });
	if (entry.summary) {
		const summary = el.createDiv({ cls: "museum-resource-summary", text: entry.summary });
		if (entry.summarySource === "resource") {
			summary.addClass("museum-summary-fallback");
			summary.setAttr("aria-label", t("sidebar.summary.from-resource"));
		}
	}
	if (entry.target) linkItem(el, entry.target);
	else if (entry.url) urlItem(el, entry.url);
	else el.setAttr("aria-label", t("sidebar.state.unresolved"));
	if (linkpath) {
		const button = head.createEl("button", { cls: "museum-create", text: t("sidebar.create"), attr: { "aria-label": t("sidebar.create.tooltip", { name: linkpath }) } });
		button.addEventListener("click", (evt) => {
			evt.stopPropagation();
			actions.create(linkpath);
		});
		// The row of a missing note is on the arrow keys' path too: Enter creates it.
		if (!entry.target && !entry.url) creatableItem(el, linkpath);
	}
}

function renderVideo(list: HTMLElement, video: VideoEntry, t: Translate, actions: SidebarActions): void {
	const el = list.createDiv({ cls: "museum-video" });
	setIcon(el.createSpan({ cls: "museum-icon" }), "video");
	const text = el.createDiv({ cls: "museum-video-text" });
	text.createDiv({ cls: "museum-video-title", text: video.title });
	if (video.speakers.length) text.createDiv({ cls: "museum-muted", text: t("sidebar.speakers", { names: video.speakers.join(", ") }) });
	// A day of a forum ("Video J1") says something; a plain "Vidéos" heading repeats the section's title.
	if (video.section && !/^vid[ée]os?$/i.test(video.section.trim())) text.createDiv({ cls: "museum-muted", text: video.section });
	if (video.target) linkItem(el, video.target);
}

function renderCitedBy(root: HTMLElement, model: SidebarModel, t: Translate, actions: SidebarActions): void {
	root.createDiv({ cls: "museum-sidebar-header" }).createDiv({ cls: "museum-question", text: model.title ?? "" });
	section(root, t("sidebar.cited-by"), model.citedBy.length, (list) => {
		if (!model.citedBy.length) list.createDiv({ cls: "museum-empty", text: t("sidebar.empty.cited-by") });
		model.citedBy.forEach((c) => renderCitation(list, c, t, actions));
	});
}

function renderCitation(list: HTMLElement, citation: CitedByEntry, t: Translate, actions: SidebarActions): void {
	const el = list.createDiv({ cls: "museum-citation" });
	const head = el.createDiv({ cls: "museum-resource-head" });
	if (citation.number === null) head.createSpan({ cls: "museum-resource-number", text: citation.section ?? "" });
	else head.createSpan({ cls: "museum-resource-number", text: `${citation.number}.`, attr: { "aria-label": t("sidebar.number", { number: citation.number }) } });
	head.createSpan({ cls: "museum-resource-title", text: citation.question });
	if (citation.summary) el.createDiv({ cls: "museum-resource-summary", text: citation.summary });
	linkItem(el, citation.target, citation.line);
}

function renderOverview(root: HTMLElement, overview: OverviewModel, t: Translate, actions: SidebarActions): void {
	const input = root.createEl("input", { cls: "museum-filter", type: "search", attr: { placeholder: t("sidebar.filter"), "aria-label": t("sidebar.filter") } });
	input.value = overview.filter;
	input.addEventListener("input", () => actions.filter(input.value));
	section(root, t("sidebar.questions", { count: overview.total }), null, (list) => {
		if (!overview.groups.length) list.createDiv({ cls: "museum-empty", text: t(overview.filter ? "sidebar.empty.filter" : "sidebar.empty.overview") });
		for (const group of overview.groups) {
			const groupEl = list.createDiv({ cls: "museum-group" });
			const title = groupEl.createDiv({ cls: "museum-group-title", text: group.title ?? t("sidebar.no-parent") });
			if (group.target) linkItem(title, group.target);
			for (const question of group.questions) {
				const el = groupEl.createDiv({ cls: "museum-overview-question" });
				el.createDiv({ cls: "museum-resource-title", text: question.question });
				const meta = el.createDiv({ cls: "museum-muted", text: `${countText(t, "sidebar.count.resources", question.resources)} · ${countText(t, "sidebar.count.videos", question.videos)}` });
				if (question.problems) meta.createSpan({ cls: `museum-badge museum-badge-${question.severity ?? "warning"}`, text: countText(t, "sidebar.badge", question.problems) });
				linkItem(el, question.target);
			}
		}
	});
}

function renderWarnings(root: HTMLElement, warnings: ModelWarning[], note: string | null, t: Translate, actions: SidebarActions): void {
	section(root, t("sidebar.problems"), warnings.length, (list) => {
		for (const w of warnings) {
			const el = list.createDiv({ cls: `museum-warning museum-warning-${w.severity}` });
			// "line 19", not "19": a bare number reads as a resource's number.
			if (w.line !== null) el.createSpan({ cls: "museum-warning-line", text: t("sidebar.line", { line: w.line }) });
			el.createSpan({ text: warningText(t, w) });
			const tags = w.code === "tags-commented-out" ? String(w.params?.value ?? "") : "";
			if (note && tags) {
				const button = el.createEl("button", { cls: "museum-fix", text: t("sidebar.fix"), attr: { "aria-label": t("sidebar.fix.tooltip", { value: tags }) } });
				button.addEventListener("click", () => actions.fixTags(note, tags));
			}
			if (note && w.line !== null) linkItem(el, note, w.line);
		}
	});
}

function section(root: HTMLElement, title: string, count: number | null, fill: (list: HTMLElement) => void): void {
	const el = root.createDiv({ cls: "museum-section" });
	const heading = el.createDiv({ cls: "museum-section-title", text: title });
	if (count !== null) heading.createSpan({ cls: "museum-count", text: String(count) });
	fill(el.createDiv({ cls: "museum-section-list" }));
}
