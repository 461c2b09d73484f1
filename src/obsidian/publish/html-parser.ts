import type { HtmlNode, HtmlParser } from "../../core/publish/sanitize-html";

/** The sanitizer's HTML parser in the plugin: the browser's own (Obsidian ships one), as an inert document that runs nothing. */
export const domHtml: HtmlParser = (html) => {
	const document = new DOMParser().parseFromString(`<!doctype html><body>${html}`, "text/html");
	return convert(document.body.childNodes);
};

function convert(nodes: NodeListOf<ChildNode>): HtmlNode[] {
	const out: HtmlNode[] = [];
	nodes.forEach((node) => {
		if (node.nodeType === 3) out.push({ type: "text", text: node.nodeValue ?? "" });
		else if (node.nodeType === 1) {
			const element = node as Element;
			out.push({
				type: "element",
				name: element.localName,
				foreign: element.namespaceURI !== "http://www.w3.org/1999/xhtml",
				attributes: Array.from(element.attributes).map((a) => [a.name.toLowerCase(), a.value]),
				children: convert(element.childNodes),
			});
		}
	});
	return out;
}
