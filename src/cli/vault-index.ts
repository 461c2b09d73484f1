import { VaultIndex } from "../core/index";
import { VaultPathResolver } from "../core/links/resolver";
import { DiskVault, nodeYaml } from "./disk-vault";

/** The vault index of a folder on disk; links resolve over every visible file (images too), as in Obsidian. */
export function indexDiskVault(vault: DiskVault): VaultIndex {
	return VaultIndex.build(
		vault.notes.map((path) => [path, vault.readText(path)] as const),
		nodeYaml,
		new VaultPathResolver(vault.files),
	);
}
