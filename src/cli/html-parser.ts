import { parse } from "parse5";
import type { DefaultTreeAdapterMap } from "parse5";
import type { HtmlNode, HtmlParser } from "../core/publish/sanitize-html";

type Parse5Node = DefaultTreeAdapterMap["childNode"];

const HTML_NAMESPACE = "http://www.w3.org/1999/xhtml";

/** The sanitizer's HTML parser on the command line: parse5, the HTML standard's tree builder, scripting off as in the plugin's DOMParser. */
export const parse5Html: HtmlParser = (html) => {
	const document = parse(`<!doctype html><body>${html}`, { scriptingEnabled: false });
	const root = document.childNodes.find((node) => node.nodeName === "html");
	const body = root && "childNodes" in root ? root.childNodes.find((node) => node.nodeName === "body") : undefined;
	return body && "childNodes" in body ? convert(body.childNodes) : [];
};

function convert(nodes: Parse5Node[]): HtmlNode[] {
	const out: HtmlNode[] = [];
	for (const node of nodes) {
		if (node.nodeName === "#text" && "value" in node) out.push({ type: "text", text: node.value });
		else if ("tagName" in node) {
			out.push({
				type: "element",
				name: node.tagName.toLowerCase(),
				foreign: String(node.namespaceURI) !== HTML_NAMESPACE,
				attributes: node.attrs.map((a) => [a.prefix ? `${a.prefix}:${a.name}` : a.name.toLowerCase(), a.value]),
				children: convert(node.childNodes),
			});
		}
	}
	return out;
}
