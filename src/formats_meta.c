/* formats_meta: a page's metadata (title, publication date, byline, site) from <meta> tags and
 * JSON-LD, each value kept with how far it is trusted, and page titles without the site name. */
#include "formats_int.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

void formats_meta_set(struct meta_cand *c, int rank, char *value)
{
	if (!value || !*value || (c->rank && c->rank <= rank)) {
		free(value);
		return;
	}
	free(c->value);
	c->value = value;
	c->rank = rank;
}

char *formats_meta_fold(const char *s, size_t max)
{
	size_t n;

	if (!s)
		return NULL;
	n = strlen(s);
	if (n > max)
		return NULL;
	return formats_fold(s, n);
}

bool formats_name_in(const char *v, const char *const *names)
{
	for (; *names; names++)
		if (strcasecmp(v, *names) == 0)
			return true;
	return false;
}

void formats_meta_date(struct formats_meta *c, int rank, const char *v)
{
	struct date d;

	if (v && (!c->date.rank || rank < c->date.rank) &&
	    formats_parse_date(v, strnlen(v, 200), &d)) {
		char s[16];
		snprintf(s, sizeof(s), "%04d-%02d-%02d", d.year, d.month, d.day);
		formats_meta_set(&c->date, rank, xstrdup(s));
	}
}

static bool is_url(const char *v)
{
	return strncasecmp(v, "http:", 5) == 0 || strncasecmp(v, "https:", 6) == 0 || v[0] == '/';
}

void formats_meta_tag(struct formats_meta *c, const char *key, const char *content)
{
	static const char *const published[] = {"article:published_time",
						"og:article:published_time", "published_time",
						"og:published_time", NULL};
	static const char *const dates[] = {"date",
					    "pubdate",
					    "publishdate",
					    "publish-date",
					    "publish_date",
					    "dc.date",
					    "dc.date.issued",
					    "dcterms.date",
					    "dcterms.issued",
					    "dcterms.created",
					    "sailthru.date",
					    "parsely-pub-date",
					    "article.published",
					    "originalpublicationdate",
					    "citation_publication_date",
					    "citation_date",
					    "article_date_original",
					    NULL};
	static const char *const authors[] = {"author",          "article:author",  "byl",
					      "sailthru.author", "parsely-author",  "dc.creator",
					      "dcterms.creator", "citation_author", NULL};
	if (!content || !key)
		return;
	if (formats_name_in(key, published))
		formats_meta_date(c, 1, content);
	else if (strcasecmp(key, "datePublished") == 0)
		formats_meta_date(c, 3, content);
	else if (formats_name_in(key, dates))
		formats_meta_date(c, 4, content);
	else if (strcasecmp(key, "og:title") == 0)
		formats_meta_set(&c->title, 2, formats_meta_fold(content, 2000));
	else if (strcasecmp(key, "twitter:title") == 0)
		formats_meta_set(&c->title, 3, formats_meta_fold(content, 2000));
	else if (strcasecmp(key, "og:site_name") == 0)
		formats_meta_set(&c->site, 1, formats_meta_fold(content, 400));
	else if (strcasecmp(key, "application-name") == 0)
		formats_meta_set(&c->site, 3, formats_meta_fold(content, 400));
	else if (formats_name_in(key, authors) && !is_url(content))
		formats_meta_set(&c->byline, 1, formats_meta_fold(content, 400));
}

static char *json_name(json_t *v)
{
	if (json_is_string(v))
		return formats_meta_fold(json_string_value(v), 400);
	if (json_is_array(v) && json_array_size(v) > 0)
		return json_name(json_array_get(v, 0));
	if (json_is_object(v) && json_is_string(json_object_get(v, "name")))
		return formats_meta_fold(json_string_value(json_object_get(v, "name")), 400);
	return NULL;
}

void formats_meta_json_ld(struct formats_meta *c, const char *s, size_t n)
{
	json_t *root = json_loadb(s, n, 0, NULL), **queue = NULL;
	size_t head = 0, tail = 0, cap = 0;

	if (!root)
		return;
	queue = xgrow(queue, &cap, 1, sizeof(*queue));
	queue[tail++] = root;
	while (head < tail && head < 10000) {
		json_t *v = queue[head++], *x;
		const char *k;
		size_t i;
		if (json_is_object(v)) {
			json_t *dp = json_object_get(v, "datePublished");
			if (json_is_string(dp))
				formats_meta_date(c, 2, json_string_value(dp));
			x = json_object_get(v, "headline");
			if (json_is_string(x))
				formats_meta_set(&c->title, 4,
						 formats_meta_fold(json_string_value(x), 2000));
			x = json_object_get(v, "author");
			if (x)
				formats_meta_set(&c->byline, 2, json_name(x));
			x = json_object_get(v, "publisher");
			if (json_is_object(x))
				formats_meta_set(&c->site, 2, json_name(x));
			json_object_foreach(v, k, x)
			{
				if (json_is_object(x) || json_is_array(x)) {
					queue = xgrow(queue, &cap, tail + 1, sizeof(*queue));
					queue[tail++] = x;
				}
			}
		} else if (json_is_array(v)) {
			json_array_foreach(v, i, x)
			{
				if (json_is_object(x) || json_is_array(x)) {
					queue = xgrow(queue, &cap, tail + 1, sizeof(*queue));
					queue[tail++] = x;
				}
			}
		}
	}
	free(queue);
	json_decref(root);
}

static size_t words(const char *s, size_t n)
{
	size_t w = 0;

	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && (i == 0 || s[i - 1] == ' '))
			w++;
	return w;
}

void formats_strip_site(char *t, const char *site)
{
	static const char *const seps[] = {" | ",        " - ",  " \xE2\x80\x93 ", " \xE2\x80\x94 ",
					   " \xC2\xB7 ", " :: ", " \xE2\x80\xA2 ", " \xC2\xBB ",
					   " / "};
	size_t n = strlen(t);

	for (size_t i = 0; site && *site && i < sizeof(seps) / sizeof(*seps); i++) {
		size_t sl = strlen(seps[i]), nl = strlen(site);
		if (n > sl + nl && strcasecmp(t + n - nl, site) == 0 &&
		    memcmp(t + n - nl - sl, seps[i], sl) == 0) {
			t[n - nl - sl] = '\0';
			return;
		}
		if (n > sl + nl && strncasecmp(t, site, nl) == 0 &&
		    memcmp(t + nl, seps[i], sl) == 0) {
			memmove(t, t + nl + sl, n - nl - sl + 1);
			return;
		}
	}
	/* No known site name: a short last part after a strong separator is one. */
	for (size_t i = 0; i < sizeof(seps) / sizeof(*seps); i++) {
		size_t sl = strlen(seps[i]);
		char *last = NULL;
		for (char *p = strstr(t, seps[i]); p; p = strstr(p + 1, seps[i]))
			last = p;
		if (!last)
			continue;
		size_t head = (size_t)(last - t), tail = n - head - sl;
		size_t hw = words(t, head), tw = words(last + sl, tail);
		bool dash = seps[i][1] == '-' || seps[i][1] == '/';
		unsigned char first = (unsigned char)last[sl];
		if (dash ? (tw <= 3 && hw >= 4 && ((first >= 'A' && first <= 'Z') || first >= 0x80))
			 : (tw <= 4 && hw >= 3)) {
			*last = '\0';
			return;
		}
	}
}

void formats_meta_free(struct formats_meta *m)
{
	free(m->title.value);
	free(m->date.value);
	free(m->byline.value);
	free(m->site.value);
	memset(m, 0, sizeof(*m));
}
