import { NoteRecord } from "../note/record";

/** The site's navigation tree (eleventyNavigation), read from every note that declares a key. */
export interface NavigationTree {
	/** key → paths declaring it, in path order; more than one path is a duplicate key. */
	byKey: Map<string, string[]>;
	/** parent key → child paths, sorted by `order` then title; notes without parent under "". */
	children: Map<string, string[]>;
	/** Keys declared by more than one note. */
	duplicates: Map<string, string[]>;
}

/** Builds the tree in one pass: the index rebuilds it lazily, only after a navigation changed. */
export function buildNavigation(records: Iterable<NoteRecord>): NavigationTree {
	const byKey = new Map<string, string[]>();
	const children = new Map<string, NoteRecord[]>();
	for (const record of records) {
		const nav = record.navigation;
		if (!nav || (!nav.key && !nav.parent)) continue;
		if (nav.key) push(byKey, nav.key, record.path);
		push(children, nav.parent ?? "", record);
	}
	for (const paths of byKey.values()) paths.sort();
	const duplicates = new Map([...byKey].filter(([, paths]) => paths.length > 1));
	const sortedChildren = new Map<string, string[]>();
	for (const [parent, list] of children) {
		list.sort((a, b) => (a.navigation?.order ?? Infinity) - (b.navigation?.order ?? Infinity) || a.title.localeCompare(b.title) || a.path.localeCompare(b.path));
		sortedChildren.set(parent, list.map((r) => r.path));
	}
	return { byKey, children: sortedChildren, duplicates };
}

/** Same navigation for the tree's purpose: an edit that leaves these equal does not rebuild it. */
export function sameNavigation(a: NoteRecord | undefined, b: NoteRecord | undefined): boolean {
	const x = a?.navigation ?? null;
	const y = b?.navigation ?? null;
	if (x === null || y === null) return x === y;
	return x.key === y.key && x.parent === y.parent && x.title === y.title && x.order === y.order && a?.title === b?.title;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}
