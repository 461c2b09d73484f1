// `import PACKED from "./files.pack"`: the sibling folder, packed at build time (scripts/minify-text.cjs, packFolder).
declare module "*.pack" {
	const packed: string;
	export default packed;
}
