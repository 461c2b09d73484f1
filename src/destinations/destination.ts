import { SiteManifest } from "../core/publish/manifest";
import { PublishPlan } from "../core/publish/plan";

/** `(done, total)`: files prepared or swapped so far. */
export type PublishProgress = (done: number, total: number) => void;

export interface ApplyResult {
	/** True when the signal aborted the publish: the site is exactly as before. */
	cancelled: boolean;
	written: string[];
	deleted: string[];
	/** Files of the starter site written with this publish (folder destination, first publish). */
	starterSite?: string[];
}

/**
 * Where a plan goes: a site folder (desktop, CLI), later a GitHub repository.
 * Both take the same plan, so their results can be compared file by file.
 * `apply` is all or nothing: on failure or cancellation the previous site is intact.
 */
export interface Destination {
	/** The manifest of the last publish, or null when nothing was published here yet. Throws on a corrupt manifest. */
	readManifest(): Promise<SiteManifest | null>;
	/** A file on the site as text (the "before" of a changed note's diff), or null. */
	readText(path: string): Promise<string | null>;
	apply(plan: PublishPlan, progress?: PublishProgress, signal?: AbortSignal): Promise<ApplyResult>;
}
