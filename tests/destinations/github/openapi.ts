/**
 * Checks requests and responses against GitHub's own OpenAPI description
 * (`@octokit/openapi`, api.github.com): the operation exists, its path and
 * query parameters, its request body and its response (documented status,
 * body matching the schema). A small validator of the OpenAPI 3.0 schema
 * subset GitHub uses (types, nullable, enum, required, properties, items,
 * oneOf/anyOf/allOf, $ref).
 */
import { readFileSync } from "fs";

type Schema = Record<string, any>;
const spec = JSON.parse(readFileSync(require.resolve("@octokit/openapi/generated/api.github.com.json"), "utf8")) as Schema;

interface Operation {
	template: string;
	regex: RegExp;
	method: string;
	op: Schema;
}

const operations: Operation[] = [];
for (const [template, item] of Object.entries<Schema>(spec.paths)) {
	if (!template.startsWith("/repos/{owner}/{repo}")) continue;
	const names: string[] = [];
	const pattern = template.replace(/[.]/g, "\\.").replace(/\{([^}]+)\}/g, (_, name: string) => {
		names.push(name);
		// The last parameter of a path (a ref, a file path) may hold slashes.
		return template.endsWith(`{${name}}`) ? "(.+)" : "([^/]+)";
	});
	for (const method of Object.keys(item)) if (["get", "post", "put", "patch", "delete"].includes(method)) operations.push({ template, regex: new RegExp(`^${pattern}$`), method: method.toUpperCase(), op: item[method] });
}
// The most literal template wins ("/git/ref/{ref}" over "/{path}").
operations.sort((a, b) => b.template.replace(/\{[^}]+\}/g, "").length - a.template.replace(/\{[^}]+\}/g, "").length);

function deref(schema: Schema): Schema {
	while (schema && schema.$ref) schema = schema.$ref.slice(2).split("/").reduce((node: Schema, key: string) => node[key], spec);
	return schema;
}

/** Errors of `value` against `schema`, as "where: what" strings. */
export function validate(schema: Schema, value: unknown, at = "$"): string[] {
	schema = deref(schema);
	if (!schema || Object.keys(schema).length === 0) return [];
	if (value === null) return schema.nullable || schema.type === "null" || (schema.enum ?? []).includes(null) || (schema.anyOf ?? schema.oneOf ?? []).some((s: Schema) => validate(s, null, at).length === 0) ? [] : [`${at}: null not allowed`];
	if (schema.allOf) return schema.allOf.flatMap((s: Schema) => validate(s, value, at));
	for (const key of ["oneOf", "anyOf"]) {
		if (!schema[key]) continue;
		const results = schema[key].map((s: Schema) => validate(s, value, at));
		const passing = results.filter((r: string[]) => r.length === 0).length;
		if (key === "anyOf" ? passing === 0 : passing !== 1) return [`${at}: ${passing} of the ${key} schemas match (${results.map((r: string[]) => r[0]).join(" | ")})`];
	}
	const errors: string[] = [];
	const type = schema.type;
	const actual = Array.isArray(value) ? "array" : Number.isInteger(value) ? "integer" : typeof value;
	if (type && !(type === actual || (type === "number" && actual === "integer"))) return [`${at}: expected ${type}, got ${actual}`];
	if (schema.enum && !schema.enum.includes(value)) errors.push(`${at}: ${JSON.stringify(value)} not in ${JSON.stringify(schema.enum)}`);
	if (typeof value === "string" && schema.pattern && !new RegExp(schema.pattern).test(value)) errors.push(`${at}: does not match ${schema.pattern}`);
	if (Array.isArray(value) && schema.items) value.forEach((item, i) => errors.push(...validate(schema.items, item, `${at}[${i}]`)));
	if (actual === "object") {
		const object = value as Record<string, unknown>;
		for (const key of schema.required ?? []) if (!(key in object)) errors.push(`${at}.${key}: required`);
		for (const [key, item] of Object.entries(object)) {
			const property = schema.properties?.[key];
			if (property) errors.push(...validate(property, item, `${at}.${key}`));
			else if (schema.additionalProperties === false) errors.push(`${at}.${key}: not allowed`);
			else if (typeof schema.additionalProperties === "object") errors.push(...validate(schema.additionalProperties, item, `${at}.${key}`));
		}
	}
	return errors;
}

export interface Checked {
	operation: Operation | null;
	errors: string[];
}

function findOperation(method: string, path: string): { operation: Operation; params: string[] } | null {
	for (const operation of operations) {
		if (operation.method !== method) continue;
		const match = operation.regex.exec(path);
		if (match) return { operation, params: match.slice(1) };
	}
	return null;
}

/** A request as GitHub documents it: a known operation, known query parameters of the right type, a valid body. */
export function checkRequest(method: string, url: URL, body: unknown): Checked {
	const found = findOperation(method, decodeURIComponent(url.pathname.replace(/^\/api\/v3/, "")));
	if (!found) return { operation: null, errors: [`${method} ${url.pathname}: no such operation in GitHub's OpenAPI description`] };
	const { operation } = found;
	const errors: string[] = [];
	const parameters = (operation.op.parameters ?? []).map(deref);
	for (const [name, value] of url.searchParams) {
		const parameter = parameters.find((p: Schema) => p.in === "query" && p.name === name);
		if (!parameter) errors.push(`query ${name}: not a parameter of ${method} ${operation.template}`);
		else {
			const schema = deref(parameter.schema);
			const typed = schema.type === "integer" ? (/^-?\d+$/.test(value) ? Number(value) : value) : schema.type === "boolean" ? value === "true" || value : value;
			errors.push(...validate(schema, typed, `query ${name}`));
		}
	}
	for (const parameter of parameters) if (parameter.in === "query" && parameter.required && !url.searchParams.has(parameter.name)) errors.push(`query ${parameter.name}: required`);
	const requestBody = deref(operation.op.requestBody);
	const schema = requestBody?.content?.["application/json"]?.schema;
	if (body === undefined) {
		if (requestBody?.required) errors.push("body: required");
	} else if (!schema) errors.push("body: this operation takes none");
	else errors.push(...validate(schema, body, "body"));
	return { operation, errors };
}

/** A response as GitHub documents it for that operation: a documented status, a body of its schema. */
export function checkResponse(operation: Operation, status: number, body: unknown): string[] {
	const response = deref(operation.op.responses?.[String(status)]);
	if (!response) return [`${operation.method} ${operation.template}: status ${status} is not documented`];
	const schema = response.content?.["application/json"]?.schema;
	if (!schema) return body === undefined || body === null || body === "" ? [] : [`${status}: documented without a body`];
	return validate(schema, body, `response ${status}`);
}

/** The documented example of a response, to fill in with real values. */
export function example(method: string, template: string, status: number): any {
	const content = deref(spec.paths[template][method.toLowerCase()].responses[String(status)]).content["application/json"];
	const examples = content.examples ?? {};
	const first = examples.default ?? Object.values<Schema>(examples)[0];
	return JSON.parse(JSON.stringify(deref(first).value));
}
