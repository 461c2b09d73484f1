/** Link text helpers and frontmatter helpers, as exported by Obsidian. */
export function parseLinktext(linktext: string): { path: string; subpath: string } {
	const i = linktext.indexOf("#");
	if (i < 0) return { path: linktext, subpath: "" };
	return { path: linktext.slice(0, i), subpath: linktext.slice(i) };
}

export function getLinkpath(linktext: string): string {
	return parseLinktext(linktext).path;
}

export function stripHeading(heading: string): string {
	return heading.replace(/[!"#$%&()*+,.:;<=>?@^`{|}~/[\]\\]/g, " ").replace(/\s+/g, " ").trim();
}

export function stripHeadingForLink(heading: string): string {
	return heading.replace(/[#|^\\%[\]]/g, " ").replace(/\s+/g, " ").trim();
}

function findKey(fm: any, re: RegExp): unknown {
	if (!fm || typeof fm !== "object") return undefined;
	for (const k of Object.keys(fm)) if (re.test(k)) return fm[k];
	return undefined;
}

export function parseFrontMatterEntry(frontmatter: any, key: string | RegExp): any | null {
	if (!frontmatter) return null;
	if (typeof key === "string") return frontmatter[key] ?? null;
	const v = findKey(frontmatter, key);
	return v === undefined ? null : v;
}

export function parseFrontMatterStringArray(frontmatter: any, key: string | RegExp, nospaces = false): string[] | null {
	const v = typeof key === "string" ? frontmatter?.[key] : findKey(frontmatter, key);
	if (v === undefined || v === null) return null;
	const out: string[] = [];
	const add = (x: unknown) => {
		if (typeof x === "string") {
			for (const part of x.split(nospaces ? /[,\s]+/ : /,/)) {
				const t = part.trim();
				if (t) out.push(t);
			}
		} else if (typeof x === "number" || typeof x === "boolean") out.push(String(x));
	};
	if (Array.isArray(v)) v.forEach((x) => (typeof x === "string" ? x.trim() && out.push(x.trim()) : add(x)));
	else add(v);
	return out.length ? out : null;
}

export function parseFrontMatterAliases(frontmatter: any | null): string[] | null {
	return parseFrontMatterStringArray(frontmatter, /^alias(es)?$/i);
}

export function parseFrontMatterTags(frontmatter: any | null): string[] | null {
	const v = findKey(frontmatter, /^tags?$/i);
	if (v === undefined || v === null) return null;
	const raw: string[] = [];
	const add = (x: unknown) => {
		if (typeof x === "string") raw.push(...x.split(/[,\s]+/).filter(Boolean));
		else if (typeof x === "number") raw.push(String(x));
	};
	if (Array.isArray(v)) v.forEach(add);
	else add(v);
	const tags = raw.map((t) => (t.startsWith("#") ? t : "#" + t));
	return tags.length ? tags : null;
}

export function getAllTags(cache: any): string[] | null {
	const tags: string[] = [...(parseFrontMatterTags(cache?.frontmatter) ?? [])];
	for (const t of cache?.tags ?? []) tags.push(t.tag);
	return tags.length ? tags : null;
}
