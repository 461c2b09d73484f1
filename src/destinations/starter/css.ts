/** `assets/site.css`: readable, accessible, light and dark, phone friendly. */
export const SITE_CSS = String.raw`/* Site styles, written once by the museum notes plugin: yours to edit. */
:root {
	color-scheme: light dark;
	--bg: #fbfaf7; --surface: #ffffff; --text: #1f2328; --muted: #57606a; --border: #d8dee4;
	--accent: #8a3b12; --accent-soft: #f6e7dc; --link: #0b5cad; --focus: #d4560e;
	--note: #0969da; --tip: #1a7f37; --warning: #9a6700; --danger: #cf222e; --quote: #6e7781; --example: #8250df;
	--radius: 10px;
	--font: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
@media (prefers-color-scheme: dark) {
	:root {
		--bg: #15171a; --surface: #1e2126; --text: #e6e8eb; --muted: #a3abb5; --border: #353b43;
		--accent: #f0a272; --accent-soft: #3a2a20; --link: #79b8ff; --focus: #f0a272;
		--note: #58a6ff; --tip: #3fb950; --warning: #d29922; --danger: #f85149; --quote: #9ba4ae; --example: #bc8cff;
	}
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--text); font: 1.0625rem/1.65 var(--font); overflow-wrap: break-word; }
.wrap { max-width: 48rem; margin: 0 auto; padding: 0 1.25rem; }
a { color: var(--link); text-underline-offset: 0.15em; }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 3px; }
img, video, svg { max-width: 100%; height: auto; }
iframe { display: block; max-width: 100%; border: 0; border-radius: var(--radius); margin: 1rem 0; }
iframe[src*="youtube"], iframe[src*="vimeo"], iframe[src*="youtu.be"] { width: 100%; height: auto; aspect-ratio: 16 / 9; }
pre { overflow-x: auto; padding: 1rem; background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius); }
code { font-size: 0.9em; }
table { display: block; max-width: 100%; overflow-x: auto; border-collapse: collapse; }
th, td { border: 1px solid var(--border); padding: 0.4rem 0.6rem; }
blockquote { margin: 1rem 0; padding: 0.25rem 1rem; border-left: 4px solid var(--border); color: var(--muted); }
h1, h2, h3 { line-height: 1.25; }
h1 { font-size: clamp(1.6rem, 5vw, 2.2rem); margin: 1.5rem 0 1rem; }
h2 { font-size: 1.35rem; margin-top: 2rem; }
h3 { font-size: 1.1rem; }
:target { scroll-margin-top: 1rem; background: var(--accent-soft); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.skip-link { position: absolute; left: -999px; top: 0; padding: 0.5rem 1rem; background: var(--surface); z-index: 10; }
.skip-link:focus { left: 0.5rem; }

.site-header { background: var(--surface); border-bottom: 1px solid var(--border); }
.site-header .wrap { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: baseline; justify-content: space-between; padding-top: 0.9rem; padding-bottom: 0.9rem; }
.site-title { font-weight: 700; font-size: 1.2rem; color: var(--accent); text-decoration: none; }
.site-nav a { color: var(--text); }
main { padding-bottom: 3rem; }
main:focus { outline: none; }
.site-footer { border-top: 1px solid var(--border); color: var(--muted); font-size: 0.9rem; padding: 1.25rem 0 2rem; }

.breadcrumbs { margin-top: 1.25rem; font-size: 0.9rem; color: var(--muted); }
.breadcrumbs ol { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem; }
.breadcrumbs li + li::before { content: "›"; margin: 0 0.35rem 0 0.1rem; color: var(--muted); }
.breadcrumbs a { color: var(--muted); }

.badge { display: inline-block; font-size: 0.75rem; font-weight: 600; letter-spacing: 0.02em; text-transform: uppercase; padding: 0.1rem 0.5rem; border-radius: 999px; background: var(--accent-soft); color: var(--accent); }
.badge-video { background: color-mix(in srgb, var(--example) 15%, transparent); color: var(--example); }
.badge-external { background: color-mix(in srgb, var(--note) 15%, transparent); color: var(--note); }
.badge-unresolved { background: color-mix(in srgb, var(--quote) 18%, transparent); color: var(--muted); }
.note-meta { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; margin: 1.25rem 0 0; color: var(--muted); }

.resources h2, .videos h2 { font-size: 1.2rem; }
.resource-cards { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.9rem; }
.resource-card { display: flex; gap: 0.9rem; align-items: flex-start; padding: 1rem 1.1rem; background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius); box-shadow: 0 1px 2px rgb(0 0 0 / 0.05); }
.resource-card:hover { border-color: var(--accent); }
.resource-number { flex: none; display: grid; place-items: center; width: 2rem; height: 2rem; border-radius: 50%; background: var(--accent); color: var(--surface); font-weight: 700; font-size: 0.95rem; }
.resource-text { min-width: 0; }
.resource-title { margin: 0.15rem 0 0.35rem; font-size: 1.05rem; }
.resource-summary { margin: 0 0 0.5rem; color: var(--muted); }
.resource-unresolved .resource-title { color: var(--muted); }
.video-list { list-style: none; padding: 0; margin: 0; display: grid; gap: 0.6rem; }
.video-item { display: flex; gap: 0.75rem; align-items: baseline; }
.video-icon { color: var(--example); }
.video-speakers { display: block; color: var(--muted); font-size: 0.9rem; }
.cited-by { margin-top: 2.5rem; padding: 1rem 1.25rem; background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius); }
.cited-by h2 { margin-top: 0; font-size: 1rem; }

.home .lead { font-size: 1.15rem; color: var(--muted); }
.question-group { margin-top: 2rem; }
.question-list { list-style: none; padding: 0; margin: 0; border-top: 1px solid var(--border); }
.question-list li { padding: 0.7rem 0; border-bottom: 1px solid var(--border); }
.question-list .count { color: var(--muted); font-size: 0.85rem; white-space: nowrap; }

.callout { --callout: var(--note); margin: 1.25rem 0; padding: 0.75rem 1rem; border: 1px solid color-mix(in srgb, var(--callout) 35%, transparent); border-left: 4px solid var(--callout); border-radius: var(--radius); background: color-mix(in srgb, var(--callout) 8%, var(--surface)); }
.callout-title { font-weight: 700; color: var(--callout); }
.callout-content > :first-child { margin-top: 0.35rem; }
.callout-content > :last-child { margin-bottom: 0; }
.callout[data-callout="tip"], .callout[data-callout="hint"], .callout[data-callout="important"], .callout[data-callout="success"], .callout[data-callout="check"], .callout[data-callout="done"] { --callout: var(--tip); }
.callout[data-callout="warning"], .callout[data-callout="caution"], .callout[data-callout="attention"], .callout[data-callout="question"], .callout[data-callout="help"], .callout[data-callout="faq"] { --callout: var(--warning); }
.callout[data-callout="danger"], .callout[data-callout="error"], .callout[data-callout="failure"], .callout[data-callout="fail"], .callout[data-callout="missing"], .callout[data-callout="bug"] { --callout: var(--danger); }
.callout[data-callout="quote"], .callout[data-callout="cite"] { --callout: var(--quote); }
.callout[data-callout="example"] { --callout: var(--example); }

@media (max-width: 30rem) {
	body { font-size: 1rem; }
	.wrap { padding: 0 1rem; }
	.resource-card { padding: 0.85rem; gap: 0.7rem; }
}
@media print {
	.site-header, .site-footer, .skip-link { display: none; }
	a { color: inherit; }
}
`;
