/** The Nunjucks layouts and the questions page. Words come from `museumSite.labels` (eleventy.config.mjs). */

/** `_includes/layouts/base.njk`: the page around everything. */
export const BASE_LAYOUT = String.raw`<!doctype html>
{%- set labels = museumSite.labels -%}
{%- set pageTitle = (eleventyNavigation and eleventyNavigation.title) or (museum and museum.question) or pageTitle or page.fileSlug -%}
<html lang="{{ museumSite.language }}">
<head>
	<meta charset="utf-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta name="color-scheme" content="light dark">
	<title>{% if pageTitle and page.url != "/" %}{{ pageTitle }} · {% endif %}{{ museumSite.title }}</title>
	<link rel="stylesheet" href="/assets/site.css">
</head>
<body>
	<a class="skip-link" href="#main">{{ labels.skipToContent }}</a>
	<header class="site-header">
		<div class="wrap">
			<a class="site-title" href="/">{{ museumSite.title }}</a>
			<nav class="site-nav" aria-label="{{ museumSite.title }}">
				<a href="{{ museumSite.questionsUrl }}">{{ labels.allQuestions }}</a>
			</nav>
		</div>
	</header>
	<main id="main" class="wrap" tabindex="-1">
{{ content | safe }}
	</main>
	<footer class="site-footer">
		<div class="wrap">{{ labels.footer }}</div>
	</footer>
</body>
</html>
`;

/** `_includes/layouts/post.njk`: the layout every note names. */
export const POST_LAYOUT = String.raw`---
layout: layouts/base.njk
---
{%- set labels = museumSite.labels -%}
{%- set info = museum or {} -%}
{%- set navKey = eleventyNavigation and eleventyNavigation.key -%}
{%- set crumbs = collections.all | museumBreadcrumb(navKey) -%}
{%- set title = (eleventyNavigation and eleventyNavigation.title) or info.question or page.fileSlug -%}
{%- if page.url != "/" %}
<nav class="breadcrumbs" aria-label="{{ labels.breadcrumb }}">
	<ol>
		<li><a href="/">{{ labels.home }}</a></li>
		{%- for crumb in crumbs %}
		<li>{% if crumb.url %}<a href="{{ crumb.url | museumHref }}">{{ crumb.title }}</a>{% else %}{{ crumb.title }}{% endif %}</li>
		{%- endfor %}
		<li><span aria-current="page">{{ title }}</span></li>
	</ol>
</nav>
{%- endif %}
<article class="note note-{{ info.kind or 'other' }}">
{%- if info.kind == "resource" or info.kind == "video" %}
	<p class="note-meta">
		<span class="badge badge-{{ info.kind }}">{{ labels.kindVideo if info.kind == "video" else labels.kindResource }}</span>
		{%- if info.sourceUrl %} <a class="source-link" href="{{ info.sourceUrl }}" rel="noopener">{{ labels.source }}</a>{% endif %}
		{%- if info.speakers and info.speakers.length %} <span class="speakers"><span class="visually-hidden">{{ labels.speakers }}: </span>{{ info.speakers | join(", ") }}</span>{% endif %}
	</p>
{%- endif %}
{#- A resource or video note opens with its own title heading ("### [Title](source)"): the page's h1 stays for
    the outline but is not shown, so the title is not shown twice. #}
{%- set ownTitleHeading = (info.kind == "resource" or info.kind == "video") and (content | museumStartsWithHeading) -%}
{%- if not ("<h1" in content) %}
	<h1{% if ownTitleHeading %} class="visually-hidden"{% endif %}>{{ title }}</h1>
{%- endif %}
{%- if info.kind == "question" and info.resources and info.resources.length %}
	{%- set parts = content | museumSplitResourceList(info.resources.length) %}
	<div class="note-body">{{ parts.before | safe }}</div>
	<section class="resources" aria-labelledby="resources-title">
		<h2 id="resources-title">{{ labels.resources }}</h2>
		<ol class="resource-cards">
		{%- for resource in info.resources %}
			<li class="resource-card resource-{{ resource.kind }}">
				<span class="resource-number" aria-hidden="true">{{ resource.number or loop.index }}</span>
				<div class="resource-text">
					<h3 class="resource-title">{% if resource.url %}<a href="{{ resource.url }}">{{ resource.title }}</a>{% else %}{{ resource.title }}{% endif %}</h3>
					{%- if resource.summary %}<p class="resource-summary">{{ resource.summary }}</p>{% endif %}
					<span class="badge badge-{{ resource.kind }}">{% if resource.kind == "video" %}{{ labels.kindVideo }}{% elif resource.kind == "external" %}{{ labels.kindExternal }}{% elif resource.kind == "unresolved" %}{{ labels.kindUnresolved }}{% else %}{{ labels.kindNote }}{% endif %}</span>
				</div>
			</li>
		{%- endfor %}
		</ol>
	</section>
	{%- if info.videos and info.videos.length %}
	<section class="videos" aria-labelledby="videos-title">
		<h2 id="videos-title">{{ labels.videos }}</h2>
		<ul class="video-list">
		{%- for video in info.videos %}
			<li class="video-item">
				<span class="video-icon" aria-hidden="true">▶</span>
				<span>{% if video.url %}<a href="{{ video.url }}">{{ video.title }}</a>{% else %}{{ video.title }} <em>({{ labels.notPublished }})</em>{% endif %}
				{% if video.speakers and video.speakers.length %} <span class="video-speakers">{{ video.speakers | join(", ") }}</span>{% endif %}</span>
			</li>
		{%- endfor %}
		</ul>
	</section>
	{%- endif %}
	{%- if parts.after | trim %}<div class="note-body">{{ parts.after | safe }}</div>{% endif %}
{%- else %}
	<div class="note-body">{{ content | safe }}</div>
{%- endif %}
{%- if info.kind == "resource" or info.kind == "video" %}
	{%- set citing = collections.question | museumCitingQuestions(page.url) %}
	{%- if citing.length %}
	<aside class="cited-by">
		<h2>{{ labels.citedBy }}</h2>
		<ul>{% for question in citing %}<li><a href="{{ question.url | museumHref }}">{{ question.title }}</a></li>{% endfor %}</ul>
	</aside>
	{%- endif %}
{%- endif %}
</article>
`;

/** `museum-home.njk`: the questions by theme; the home page unless the vault has its own `index.md`. */
export const QUESTIONS_PAGE = String.raw`---
permalink: "{{ museumSite.homePermalink }}"
eleventyExcludeFromCollections: true
layout: layouts/base.njk
---
{%- set labels = museumSite.labels -%}
{%- set groups = collections.question | museumQuestionGroups(collections.all) -%}
<div class="home">
	<h1>{{ museumSite.title if not museumSite.vaultHasHome else labels.questionsPageTitle }}</h1>
	<p class="lead">{{ labels.homeIntro }}</p>
	{%- for group in groups %}
	<section class="question-group">
		<h2>{% if group.url %}<a href="{{ group.url | museumHref }}">{{ group.title }}</a>{% else %}{{ group.title }}{% endif %}</h2>
		<ul class="question-list">
		{%- for question in group.questions %}
			<li><a href="{{ question.url | museumHref }}">{{ question.title }}</a>{% if question.resourceCount %} <span class="count">{{ question.resourceCount }} {{ labels.resourceCount }}</span>{% endif %}</li>
		{%- endfor %}
		</ul>
	</section>
	{%- else %}
	<p>{{ labels.noQuestions }}</p>
	{%- endfor %}
</div>
`;
