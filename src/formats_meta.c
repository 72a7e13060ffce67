/* formats_meta: a page's metadata (title, publication date, byline, site) from <meta> tags and
 * JSON-LD, each value kept with how far it is trusted, and page titles without the site name. */
#include "formats_int.h"
#include "dateline/text.h"

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

bool formats_date_plausible(const struct date *d)
{
	return d->year >= 1900 && d->year <= 2100;
}

void formats_meta_date(struct formats_meta *c, int rank, const char *v, bool modified)
{
	struct meta_cand *slot = modified ? &c->modified : &c->published;
	char iso[48];

	if (!v || !formats_timestamp(v, strnlen(v, 200), iso, sizeof(iso), NULL))
		return;
	if (modified)
		for (size_t i = 0; i < sizeof(c->modified_all) / sizeof(*c->modified_all); i++)
			if (!c->modified_all[i] || strcmp(c->modified_all[i], iso) == 0) {
				if (!c->modified_all[i])
					c->modified_all[i] = xstrdup(iso);
				break;
			}
	if (!slot->rank || rank < slot->rank)
		formats_meta_set(slot, rank, xstrdup(iso));
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* n digits at s, as a number; -1 when one is no digit. */
static int digits(const char *s, int n)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (!is_digit(s[i]))
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

bool formats_url_date(const char *url, struct date *out)
{
	/* the path's date, the way news sites file articles: /2015/03/18/, /2015-03-18 or a slug's
	 * 20190520 between separators; the host and query keys are skipped (no digits there) */
	const char *p = strstr(url, "://");
	p = p ? strchr(p + 3, '/') : url;
	size_t n = p ? strnlen(p, 2000) : 0;
	for (size_t i = 0; i + 9 <= n; i++) {
		if (strchr("/-_=", p[i]) == NULL)
			continue;
		const char *d = p + i + 1;
		int y = digits(d, 4), m = -1, day = -1, len = 0;
		if (y < 0)
			continue;
		if (i + 11 <= n && (d[4] == '/' || d[4] == '-') && d[7] == d[4])
			m = digits(d + 5, 2), day = digits(d + 8, 2), len = 10;
		else
			m = digits(d + 4, 2), day = digits(d + 6, 2), len = 8;
		char after = i + 1 + (size_t)len < n ? d[len] : '\0';
		if (m < 1 || day < 1 || (after && !strchr("/-_.?&#", after)) ||
		    !date_valid(y, m, day) || y < 1990 || y > 2100)
			continue;
		*out = (struct date){y, m, day};
		return true;
	}
	return false;
}

void formats_meta_url_date(struct formats_meta *c, const char *url)
{
	struct date d;
	char iso[40];

	if (!formats_url_date(url, &d))
		return;
	snprintf(iso, sizeof(iso), "%04d-%02d-%02d", d.year, d.month, d.day);
	formats_meta_date(c, 7, iso, false);
}

/* The date a file's base name b[0..n) carries at i, where a digit run begins: YYYY-MM-DD,
 * YYYY_MM_DD, YYYY.MM.DD (one separator twice) or YYYYMMDD, not followed by another digit. */
static bool base_date_at(const char *b, size_t n, size_t i, int max_year, struct date *out)
{
	int y = i + 8 <= n ? digits(b + i, 4) : -1, m = -1, day = -1;
	size_t len = 0;

	if (y < 0)
		return false;
	if (i + 10 <= n && strchr("-_.", b[i + 4]) && b[i + 7] == b[i + 4])
		m = digits(b + i + 5, 2), day = digits(b + i + 8, 2), len = 10;
	else
		m = digits(b + i + 4, 2), day = digits(b + i + 6, 2), len = 8;
	if (m < 1 || day < 1 || (i + len < n && is_digit(b[i + len])) || y < 1900 || y > max_year ||
	    !date_valid(y, m, day))
		return false;
	*out = (struct date){y, m, day};
	return true;
}

bool formats_name_date(const char *name, int max_year, struct date *out)
{
	if (!name)
		return false;
	if (text_is_web_address(name))
		return formats_url_date(name, out) && out->year <= max_year;
	const char *b = strrchr(name, '/');
	b = b ? b + 1 : name;
	size_t n = strnlen(b, 4096);
	for (size_t i = 0; i < n; i++)
		if (is_digit(b[i]) && (i == 0 || !is_digit(b[i - 1])) &&
		    base_date_at(b, n, i, max_year, out))
			return true;
	return false;
}

static bool is_url(const char *v)
{
	return strncasecmp(v, "http:", 5) == 0 || strncasecmp(v, "https:", 6) == 0 || v[0] == '/';
}

/* How far a <meta> title is trusted (2 to 7; 0 for a key that is no title): Dublin Core titles
 * are the most deliberate, the social-media ones are sometimes written for a feed. The title's
 * rank is twice this, plus one for a name= key (property= wins over name=); JSON-LD's headline
 * ranks 2, <title> 16 and an <h1> 18. */
static int title_rank(const char *key)
{
	static const char *const keys[] = {"dc:title",      "dc.title",     "dcterm:title",
					   "dcterms.title", "og:title",     "title",
					   "twitter:title", "parsely-title"};
	static const int ranks[] = {2, 2, 3, 3, 4, 5, 6, 7};

	for (size_t i = 0; i < sizeof(keys) / sizeof(*keys); i++)
		if (strcasecmp(key, keys[i]) == 0)
			return ranks[i];
	return 0;
}

void formats_meta_tag(struct formats_meta *c, const char *key, const char *content, bool by_name)
{
	static const char *const published[] = {"article:published_time",
						"og:article:published_time", "published_time",
						"og:published_time", NULL};
	static const char *const modified[] = {"article:modified_time",
					       "og:article:modified_time",
					       "modified_time",
					       "og:updated_time",
					       "dateModified",
					       "last-modified",
					       "dcterms.modified",
					       "article.updated",
					       NULL};
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
	int rank;

	if (!content || !key)
		return;
	if (formats_name_in(key, published))
		formats_meta_date(c, 1, content, false);
	else if (strcasecmp(key, "datePublished") == 0)
		formats_meta_date(c, 3, content, false);
	else if (formats_name_in(key, dates))
		formats_meta_date(c, 4, content, false);
	else if (formats_name_in(key, modified))
		formats_meta_date(c, 2, content, true);
	else if ((rank = title_rank(key)) > 0)
		formats_meta_set(&c->title, rank * 2 + by_name, formats_meta_fold(content, 2000));
	else if (strcasecmp(key, "og:url") == 0)
		formats_meta_url_date(c, content);
	else if (strcasecmp(key, "og:site_name") == 0)
		formats_meta_set(&c->site, 1, formats_meta_fold(content, 400));
	else if (strcasecmp(key, "application-name") == 0)
		formats_meta_set(&c->site, 3, formats_meta_fold(content, 400));
	else if (formats_name_in(key, authors) && !is_url(content))
		formats_meta_set(&c->byline, 1, formats_meta_fold(content, 400));
}

/* A name in JSON-LD: a string, an object's "name", or a list of those joined ("A, B and C"). */
static char *json_name(json_t *v)
{
	if (json_is_string(v))
		return formats_meta_fold(json_string_value(v), 400);
	if (json_is_object(v) && json_is_string(json_object_get(v, "name")))
		return formats_meta_fold(json_string_value(json_object_get(v, "name")), 400);
	if (!json_is_array(v))
		return NULL;
	struct buf b = BUF_INIT;
	size_t n = json_array_size(v), done = 0;
	for (size_t i = 0; i < n && i < 8; i++) {
		json_t *x = json_array_get(v, i);
		char *name = json_is_array(x) ? NULL : json_name(x);
		if (!name)
			continue;
		if (done)
			buf_puts(&b, i + 1 == n || i + 1 == 8 ? " and " : ", ");
		buf_puts(&b, name);
		free(name);
		done++;
	}
	if (!done || b.len > 400) {
		buf_free(&b);
		return NULL;
	}
	return buf_detach(&b, NULL);
}

/* Is a JSON-LD object an article (NewsArticle, BlogPosting, ReportageNewsArticle...)? */
static bool article_type(json_t *v)
{
	static const char *const kinds[] = {"Article", "Posting", "Report", "Story", NULL};
	json_t *t = json_object_get(v, "@type");
	const char *s = json_is_string(t) ? json_string_value(t)
			: json_is_array(t) && json_is_string(json_array_get(t, 0))
				? json_string_value(json_array_get(t, 0))
				: NULL;

	for (size_t i = 0; s && kinds[i]; i++)
		if (strstr(s, kinds[i]))
			return true;
	return false;
}

void formats_meta_json_ld(struct formats_meta *c, const char *s, size_t n)
{
	/* Pages wrap the script's text for old parsers: "<![CDATA[ ... ]]>", "<!-- ... -->". */
	while (n && (*s == ' ' || *s == '\n' || *s == '\r' || *s == '\t'))
		s++, n--;
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == '\t'))
		n--;
	static const char *const opens[] = {"<![CDATA[", "//<![CDATA[", "/*<![CDATA[*/", "<!--"};
	static const char *const closes[] = {"]]>", "//]]>", "/*]]>*/", "-->"};
	for (size_t i = 0; i < sizeof(opens) / sizeof(*opens); i++) {
		size_t ol = strlen(opens[i]), cl = strlen(closes[i]);
		if (n >= ol + cl && memcmp(s, opens[i], ol) == 0 &&
		    memcmp(s + n - cl, closes[i], cl) == 0) {
			s += ol;
			n -= ol + cl;
			break;
		}
	}
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
			if (json_is_string(dp)) {
				formats_meta_date(c, 2, json_string_value(dp), false);
				char iso[48];
				if (article_type(v) && !c->ld_published.rank &&
				    formats_timestamp(json_string_value(dp),
						      strnlen(json_string_value(dp), 200), iso,
						      sizeof(iso), NULL))
					formats_meta_set(&c->ld_published, 1, xstrdup(iso));
			}
			dp = json_object_get(v, "dateModified");
			if (json_is_string(dp))
				formats_meta_date(c, 1, json_string_value(dp), true);
			x = json_object_get(v, "headline");
			json_t *name = article_type(v) ? json_object_get(v, "name") : NULL;
			/* A name that is the publisher's is the site, not the article's title. */
			json_t *pub = json_object_get(v, "publisher");
			if (json_is_string(name) && json_is_object(pub) &&
			    json_is_string(json_object_get(pub, "name")) &&
			    strcmp(json_string_value(name),
				   json_string_value(json_object_get(pub, "name"))) == 0)
				name = NULL;
			if (!json_is_string(x))
				x = name;
			else if (json_is_string(name) && c->title.rank != 2)
				/* Both: the one nearer the page's <title> wins (formats_html). */
				formats_meta_set(&c->alt_title, 2,
						 formats_meta_fold(json_string_value(name), 2000));
			if (json_is_string(x))
				formats_meta_set(&c->title, article_type(v) ? 2 : 10,
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

/* A byte of a word: an ASCII letter or digit, or any byte of a non-ASCII character. */
static bool is_word_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c >= 0x80;
}

static size_t words(const char *s, size_t n)
{
	size_t w = 0;

	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && (i == 0 || s[i - 1] == ' '))
			w++;
	return w;
}

/* Cuts t at byte `at`, returning the copy of the part from `from` (trimmed) as the site name. */
static char *cut_at(char *t, size_t at, size_t from)
{
	char *site = formats_meta_fold(t + from, 400);

	t[at] = '\0';
	return site;
}

char *formats_strip_site(char *t, const char *site, bool guess)
{
	static const char *const seps[] = {" | ",
					   " - ",
					   " \xE2\x80\x93 ",
					   " \xE2\x80\x94 ",
					   " \xC2\xB7 ",
					   " :: ",
					   " \xE2\x80\xA2 ",
					   " \xC2\xBB ",
					   " / ",
					   " _ ",
					   "_",
					   " @ "};
	size_t n = strlen(t);

	for (size_t i = 0; site && *site && i < sizeof(seps) / sizeof(*seps); i++) {
		size_t sl = strlen(seps[i]), nl = strlen(site);
		if (n > sl + nl && strcasecmp(t + n - nl, site) == 0 &&
		    memcmp(t + n - nl - sl, seps[i], sl) == 0)
			return cut_at(t, n - nl - sl, n - nl);
		if (n > sl + nl && strncasecmp(t, site, nl) == 0 &&
		    memcmp(t + nl, seps[i], sl) == 0) {
			char *cut = xstrndup(t, nl);
			memmove(t, t + nl + sl, n - nl - sl + 1);
			return cut;
		}
	}
	/* No known site name: a short last part after a strong separator is one. */
	for (size_t i = 0; guess && i < sizeof(seps) / sizeof(*seps); i++) {
		size_t sl = strlen(seps[i]);
		char *last = NULL;
		for (char *p = strstr(t, seps[i]); p; p = strstr(p + 1, seps[i]))
			last = p;
		if (!last)
			continue;
		size_t head = (size_t)(last - t), tail = n - head - sl;
		size_t hw = words(t, head), tw = words(last + sl, tail);
		bool dash = seps[i][1] == '-' || seps[i][1] == '/';
		bool underscore = seps[i][0] == '_' || seps[i][1] == '_';
		unsigned char first = (unsigned char)last[sl];
		if (underscore) {
			/* "_" joins words in names: only CJK titles ("标题_科技_腾讯网") are cut
			 * there, at every short part from the end. */
			if (sl != 1 || head < 6 || first < 0xE0 ||
			    (unsigned char)t[head - 1] < 0x80 || tail > 15)
				continue;
			char *site = cut_at(t, head, head + sl);
			for (char *p = strrchr(t, '_');
			     p && (size_t)(p - t) >= 6 && strlen(p + 1) <= 15 &&
			     (unsigned char)p[1] >= 0xE0 && (unsigned char)p[-1] >= 0x80;
			     p = strrchr(t, '_'))
				*p = '\0';
			return site;
		}
		if (dash ? (tw <= 3 && hw >= 4 && ((first >= 'A' && first <= 'Z') || first >= 0x80))
			 : (tw <= 4 && hw >= 3))
			return cut_at(t, head, head + sl);
	}
	return NULL;
}

/* The words of s as lowercase runs of letters and digits (ASCII folded; other bytes kept),
 * appended to b each followed by a NUL; returns how many. */
static size_t word_list(const char *s, struct buf *b)
{
	size_t n = 0;

	for (size_t i = 0; s[i];) {
		while (s[i] && !(is_word_byte((unsigned char)s[i])))
			i++;
		if (!s[i])
			break;
		while (s[i] && is_word_byte((unsigned char)s[i])) {
			char ch = s[i++];
			buf_putc(b, (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch));
		}
		buf_putc(b, '\0');
		n++;
	}
	return n;
}

double formats_title_overlap(const char *t, const char *h)
{
	struct buf tw = BUF_INIT, hw = BUF_INIT;
	size_t nt = word_list(t, &tw), nh = word_list(h, &hw), total = 0, found = 0;

	for (size_t i = 0; i < hw.len;) {
		const char *w = hw.data + i;
		size_t wl = strlen(w);
		bool in = false;
		for (size_t k = 0; k < tw.len && !in;) {
			const char *x = tw.data + k;
			size_t xl = strlen(x);
			in = xl == wl && memcmp(x, w, wl) == 0;
			k += xl + 1;
		}
		total += wl;
		found += in ? wl : 0;
		i += wl + 1;
	}
	(void)nt;
	(void)nh;
	buf_free(&tw);
	buf_free(&hw);
	return total ? (double)found / (double)total : 0.0;
}

void formats_meta_free(struct formats_meta *m)
{
	free(m->title.value);
	free(m->alt_title.value);
	free(m->published.value);
	free(m->modified.value);
	free(m->ld_published.value);
	for (size_t i = 0; i < sizeof(m->modified_all) / sizeof(*m->modified_all); i++)
		free(m->modified_all[i]);
	free(m->byline.value);
	free(m->site.value);
	memset(m, 0, sizeof(*m));
}

/* The job a byline may name after the writer, and the words of a desk or rank before it
 * ("Games Editor", "Senior Political Reporter", "Staff Writer"); kept sorted. */
static const char byline_jobs[] = "columnist contributor correspondent editor reporter staff "
				  "writer";
static const char byline_desks[] =
	"arts assistant associate business chief contributing culture deputy digital entertainment "
	"executive fashion features finance food foreign games gaming global health investigative "
	"managing metro national news opinion political politics science senior special sports staff "
	"tech technology travel video world";

void formats_byline_untitle(char *by)
{
	size_t n = by ? strlen(by) : 0, end = n, start, words = 0, cut = SIZE_MAX;

	/* the words from the end: a job last, then desk words, while two words stay before them */
	while (end > 0) {
		while (end > 0 && by[end - 1] == ' ')
			end--;
		for (start = end; start > 0 && by[start - 1] != ' '; start--)
			;
		if (start == end)
			break;
		if (!text_word_in(words == 0 ? byline_jobs : byline_desks, by + start,
				  end - start) &&
		    !(words > 0 && text_word_in(byline_jobs, by + start, end - start)))
			break;
		words++;
		cut = start;
		end = start;
	}
	if (cut == SIZE_MAX)
		return;
	/* what stays: a name of two words or more, a separator before the job cut off with it */
	while (cut > 0 && (by[cut - 1] == ' ' || by[cut - 1] == ',' || by[cut - 1] == '|' ||
			   by[cut - 1] == '-'))
		cut--;
	size_t kept = 0; /* the words of the name before the cut */
	for (size_t i = 0; i < cut; i++)
		if (by[i] != ' ' && (i == 0 || by[i - 1] == ' '))
			kept++;
	if (kept >= 2)
		by[cut] = '\0';
}
