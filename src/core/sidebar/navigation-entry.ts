import { VaultIndex } from "../index/vault-index";
import { NoteRecord } from "../note/record";
import { Crumb, NavigationEntry } from "./model";

/** The note's `eleventyNavigation` with its breadcrumb: ancestors from the root to the parent. */
export function navigationEntry(index: VaultIndex, note: NoteRecord): NavigationEntry | null {
	const nav = note.navigation;
	if (!nav) return null;
	return { key: nav.key, title: nav.title, parent: nav.parent, breadcrumb: breadcrumb(index, nav.parent) };
}

function breadcrumb(index: VaultIndex, parent: string | null): Crumb[] {
	const crumbs: Crumb[] = [];
	const seen = new Set<string>();
	// A parent chain can loop in a hand-written vault: stop at the first repeat.
	for (let key = parent; key && !seen.has(key); ) {
		seen.add(key);
		const owner = index.byNavigationKey(key)[0];
		crumbs.unshift({ key, title: owner?.navigation?.title ?? owner?.title ?? key, target: owner?.path ?? null });
		key = owner?.navigation?.parent ?? null;
	}
	return crumbs;
}
