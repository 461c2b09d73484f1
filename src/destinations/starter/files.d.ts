// The starter site's files (files/), imported as their text, minified at build time (scripts/minify-text.cjs).
declare module "*.njk" {
	const text: string;
	export default text;
}
declare module "*.css" {
	const text: string;
	export default text;
}
declare module "*.mjs" {
	const text: string;
	export default text;
}
declare module "*.svg" {
	const text: string;
	export default text;
}
