import { parse } from "parse5";
import type { DefaultTreeAdapterMap } from "parse5";
import type { HtmlNode, HtmlParser } from "../core/publish/sanitize-html";

type Parse5Node = DefaultTreeAdapterMap["node"];

/** The sanitizer's HTML parser on the command line: parse5, the HTML standard's tree builder, scripting off as in the plugin's DOMParser. */
export const parse5Html: HtmlParser = (html) => {
	const document = parse(`<!doctype html><body>${html}`, { scriptingEnabled: false });
	const root = document.childNodes.find((node) => node.nodeName === "html");
	const body = root && "childNodes" in root ? root.childNodes.find((node) => node.nodeName === "body") : undefined;
	return body ? asDom(body).childNodes : [];
};

/** A parse5 node in the DOM's shape the sanitizer reads. */
function asDom(node: Parse5Node): HtmlNode {
	const children = "childNodes" in node ? node.childNodes.map(asDom) : [];
	if ("tagName" in node) {
		const attributes = node.attrs.map((a) => ({ name: a.prefix ? `${a.prefix}:${a.name}` : a.name, value: a.value }));
		return { nodeType: 1, nodeValue: null, localName: node.tagName, namespaceURI: String(node.namespaceURI), attributes, childNodes: children };
	}
	return { nodeType: node.nodeName === "#text" ? 3 : 8, nodeValue: "value" in node ? node.value : null, childNodes: children };
}
