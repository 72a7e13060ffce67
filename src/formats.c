/* formats: detecting the input format, freeing what a converter extracted, and the parsing of
 * publication dates as pages and front matter write them. */
#include "formats_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- detection ---- */

static bool ends_with(const char *name, const char *ext)
{
	size_t n = strlen(name), e = strlen(ext);
	return n > e && strcasecmp(name + n - e, ext) == 0;
}

static bool starts_ci(const char *s, size_t n, const char *word)
{
	size_t w = strlen(word);
	return n >= w && strncasecmp(s, word, w) == 0;
}

/* Does the content open like a web page (a doctype, <html>, <head>, or a comment before one)? */
static bool html_start(const char *s, size_t n)
{
	size_t i = 0;

	if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	for (int round = 0; round < 8; round++) {
		while (i < n && formats_is_html_space(s[i]))
			i++;
		if (starts_ci(s + i, n - i, "<!--")) {
			const char *e = NULL;
			for (size_t k = i + 4; k + 2 < n; k++)
				if (s[k] == '-' && s[k + 1] == '-' && s[k + 2] == '>') {
					e = s + k + 3;
					break;
				}
			if (!e)
				return false;
			i = (size_t)(e - s);
			continue;
		}
		if (starts_ci(s + i, n - i, "<?xml")) {
			const char *e = memchr(s + i, '>', n - i);
			if (!e)
				return false;
			i = (size_t)(e - s) + 1;
			continue;
		}
		break;
	}
	return starts_ci(s + i, n - i, "<!doctype html") || starts_ci(s + i, n - i, "<html") ||
	       starts_ci(s + i, n - i, "<head") || starts_ci(s + i, n - i, "<body") ||
	       starts_ci(s + i, n - i, "<meta ") || starts_ci(s + i, n - i, "<title>");
}

/* Counts HTML tags that plain text does not contain by chance. */
static size_t html_tags(const char *s, size_t n)
{
	static const char *const tags[] = {"<p>",     "</p>",   "<div",     "</div>",   "<br>",
					   "<br/>",   "<br />", "<a href",  "</a>",     "<span",
					   "</span>", "<li>",   "</li>",    "<h1",      "<h2",
					   "</h1>",   "</h2>",  "<article", "<section", "<script",
					   "<p "};
	size_t count = 0;

	for (const char *p = memchr(s, '<', n); p; p = memchr(p + 1, '<', n - (size_t)(p + 1 - s)))
		for (size_t t = 0; t < sizeof(tags) / sizeof(*tags); t++)
			if (starts_ci(p, n - (size_t)(p - s), tags[t])) {
				count++;
				break;
			}
	return count;
}

/* Front matter: "---" on the first line, then "key: value" lines, closed by "---" or "...". */
static bool front_matter(const char *s, size_t n)
{
	size_t i = 0;
	bool key = false;

	if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	if (!(n - i >= 4 && memcmp(s + i, "---", 3) == 0 && (s[i + 3] == '\n' || s[i + 3] == '\r')))
		return false;
	i += 3;
	while (i < n) {
		while (i < n && (s[i] == '\r' || s[i] == '\n'))
			i++;
		const char *nl = memchr(s + i, '\n', n - i);
		size_t e = nl ? (size_t)(nl - s) : n, k = i;
		if (e - i >= 3 && (memcmp(s + i, "---", 3) == 0 || memcmp(s + i, "...", 3) == 0))
			return key;
		while (k < e && (s[k] == '_' || s[k] == '-' || (s[k] >= 'a' && s[k] <= 'z') ||
				 (s[k] >= 'A' && s[k] <= 'Z') || (s[k] >= '0' && s[k] <= '9')))
			k++;
		if (k > i && k < e && s[k] == ':')
			key = true;
		i = e;
	}
	return false;
}

/* Counts Markdown constructs by line: ATX headings, fenced code, links, strong emphasis. */
static size_t markdown_marks(const char *s, size_t n)
{
	size_t headings = 0, fences = 0, links = 0, strong = 0, i = 0;

	while (i < n) {
		const char *nl = memchr(s + i, '\n', n - i);
		size_t e = nl ? (size_t)(nl - s) : n, k = i;
		while (k < e && s[k] == '#')
			k++;
		if (k > i && k - i <= 6 && k < e && s[k] == ' ')
			headings++;
		if (e - i >= 3 && memcmp(s + i, "```", 3) == 0)
			fences++;
		for (size_t j = i; j + 1 < e; j++) {
			if (s[j] == ']' && s[j + 1] == '(')
				links++;
			else if (s[j] == '*' && s[j + 1] == '*')
				strong++;
		}
		i = e + 1;
	}
	return (headings > 0) + (fences > 1) + (links > 0) + (strong > 1);
}

enum format formats_detect(const char *bytes, size_t len, const char *name)
{
	size_t lim = len < 16384 ? len : 16384;

	if (html_start(bytes, lim))
		return FORMAT_HTML;
	if (name && (ends_with(name, ".html") || ends_with(name, ".htm") ||
		     ends_with(name, ".xhtml") || ends_with(name, ".shtml")))
		return FORMAT_HTML;
	if (name && (ends_with(name, ".md") || ends_with(name, ".markdown") ||
		     ends_with(name, ".mdown") || ends_with(name, ".mkd")))
		return FORMAT_MARKDOWN;
	/* A name that says text is believed; other names and standard input need strong signs. */
	if (name && ends_with(name, ".txt"))
		return FORMAT_TEXT;
	if (html_tags(bytes, lim) >= 4)
		return FORMAT_HTML;
	if (front_matter(bytes, lim) || markdown_marks(bytes, lim) >= 2)
		return FORMAT_MARKDOWN;
	return FORMAT_TEXT;
}

enum format formats_from_media_type(const char *type)
{
	static const char *const html[] = {"text/html", "application/xhtml+xml", NULL};
	static const char *const md[] = {"text/markdown", "text/x-markdown", NULL};

	if (!type)
		return FORMAT_AUTO;
	for (size_t i = 0; html[i]; i++)
		if (strcasecmp(type, html[i]) == 0)
			return FORMAT_HTML;
	for (size_t i = 0; md[i]; i++)
		if (strcasecmp(type, md[i]) == 0)
			return FORMAT_MARKDOWN;
	return FORMAT_AUTO;
}

void extracted_free(struct extracted *e)
{
	buf_free(&e->text);
	free(e->headings);
	free(e->items);
	free(e->quotes);
	free(e->title);
	free(e->byline);
	free(e->site);
	free(e->published);
	free(e->modified);
	e->headings = NULL;
	e->items = NULL;
	e->nitems = 0;
	e->quotes = NULL;
	e->nquotes = 0;
	e->title = e->byline = e->site = e->published = e->modified = NULL;
	e->nheadings = 0;
}

/* ---- dates ---- */

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool valid_date(int y, int m, int d, struct date *out)
{
	if (!date_valid(y, m, d))
		return false;
	out->year = y;
	out->month = m;
	out->day = d;
	return true;
}

/* Reads up to `max` digits at s[*i]; returns -1 when there is none. */
static int read_num(const char *s, size_t n, size_t *i, int max)
{
	int v = 0, k = 0;

	while (*i < n && is_digit(s[*i]) && k < max) {
		v = v * 10 + (s[*i] - '0');
		(*i)++;
		k++;
	}
	return k ? v : -1;
}

/* "November 8, 2025", "8 Nov. 2025", "Sat, 08 Nov 2025 10:00:00 GMT", "8th November 2025". */
static bool parse_words(const char *s, size_t n, struct date *out)
{
	int year = 0, month = 0, day = 0, tokens = 0;
	size_t i = 0;

	while (i < n && tokens < 10) {
		if (text_is_ascii_letter(s[i])) {
			size_t w = i;
			while (i < n && text_is_ascii_letter(s[i]))
				i++;
			int m = date_month_parse(s + w, i - w);
			if (m && !month)
				month = m;
			tokens++;
		} else if (is_digit(s[i])) {
			size_t w = i;
			while (i < n && is_digit(s[i]))
				i++;
			if (i < n && s[i] == ':') {
				/* A time of day: skip it. */
				while (i < n && (is_digit(s[i]) || s[i] == ':'))
					i++;
				tokens++;
				continue;
			}
			int v = atoi(
				s + w); /* at most the run of digits: no sign, stops at non-digit */
			if (i - w == 4 && !year)
				year = v;
			else if (i - w <= 2 && !day && v >= 1 && v <= 31)
				day = v;
			if (i + 1 < n && text_is_ascii_letter(s[i]) &&
			    text_is_ascii_letter(s[i + 1]) &&
			    (strncasecmp(s + i, "st", 2) == 0 || strncasecmp(s + i, "nd", 2) == 0 ||
			     strncasecmp(s + i, "rd", 2) == 0 || strncasecmp(s + i, "th", 2) == 0))
				i += 2;
			tokens++;
		} else {
			i++;
		}
	}
	return month && day && year && valid_date(year, month, day, out);
}

bool formats_parse_date(const char *s, size_t n, struct date *out)
{
	size_t i = 0;

	while (i < n && (formats_is_html_space(s[i]) || s[i] == '"' || s[i] == '\''))
		i++;
	if (n - i >= 8 && is_digit(s[i]) && is_digit(s[i + 1]) && is_digit(s[i + 2]) &&
	    is_digit(s[i + 3])) {
		size_t j = i;
		int y = read_num(s, n, &j, 4), m, d;
		if (j < n && (s[j] == '-' || s[j] == '/' || s[j] == '.')) {
			char sep = s[j++];
			m = read_num(s, n, &j, 2);
			if (m < 0 || j >= n || s[j] != sep)
				return false;
			j++;
			d = read_num(s, n, &j, 2);
		} else if (j < n && is_digit(s[j])) {
			m = read_num(s, n, &j, 2);
			d = read_num(s, n, &j, 2);
		} else {
			return parse_words(s + i, n - i, out);
		}
		if (m < 0 || d < 0 || (j < n && is_digit(s[j])))
			return false;
		return valid_date(y, m, d, out);
	}
	return parse_words(s + i, n - i, out);
}

/* Reads "HH:MM[:SS[.fff]]" at s[*i]; false when there is none. */
static bool read_clock(const char *s, size_t n, size_t *i, int *hh, int *mm, int *ss)
{
	size_t j = *i;
	int h = read_num(s, n, &j, 2), m, sec = -1;

	if (h < 0 || h > 24 || j >= n || s[j] != ':')
		return false;
	j++;
	if (j + 2 > n || !is_digit(s[j]) || !is_digit(s[j + 1]))
		return false;
	m = read_num(s, n, &j, 2);
	if (m > 59)
		return false;
	if (j + 2 < n && s[j] == ':' && is_digit(s[j + 1]) && is_digit(s[j + 2])) {
		j++;
		sec = read_num(s, n, &j, 2);
		if (sec > 60)
			return false;
		if (j < n && (s[j] == '.' || s[j] == ','))
			for (j++; j < n && is_digit(s[j]); j++)
				;
	}
	*hh = h;
	*mm = m;
	*ss = sec;
	*i = j;
	return true;
}

/* Reads a zone at s[*i] ("Z", "+08:00", "-0500", " UTC", " GMT") into zone (8 bytes). */
static void read_zone(const char *s, size_t n, size_t i, char *zone)
{
	zone[0] = '\0';
	while (i < n && s[i] == ' ')
		i++;
	if (i < n && (s[i] == 'Z' || s[i] == 'z') &&
	    (i + 1 == n || !text_is_ascii_letter(s[i + 1]))) {
		strcpy(zone, "Z");
		return;
	}
	if (n - i >= 3 &&
	    (strncasecmp(s + i, "UTC", 3) == 0 || strncasecmp(s + i, "GMT", 3) == 0) &&
	    (i + 3 == n || !text_is_ascii_letter(s[i + 3])) &&
	    (i + 3 >= n || (s[i + 3] != '+' && s[i + 3] != '-'))) {
		strcpy(zone, "Z");
		return;
	}
	if (i < n && (s[i] == '+' || s[i] == '-') && i + 3 <= n && is_digit(s[i + 1]) &&
	    is_digit(s[i + 2])) {
		size_t j = i + 3;
		int mm = 0;
		if (j < n && s[j] == ':')
			j++;
		if (j + 2 <= n && is_digit(s[j]) && is_digit(s[j + 1]))
			mm = (s[j] - '0') * 10 + (s[j + 1] - '0');
		snprintf(zone, 8, "%c%c%c:%02d", s[i], s[i + 1], s[i + 2], mm % 60);
	}
}

bool formats_timestamp(const char *s, size_t n, char *out, size_t cap, struct date *dout)
{
	struct date d;
	int hh = -1, mm = 0, ss = -1;
	char zone[8] = "";
	size_t i = 0;

	if (cap)
		out[0] = '\0';
	if (cap < 32 || !formats_parse_date(s, n, &d) || d.year < 1900 || d.year > 2100)
		return false;
	/* The time: after an ISO date's 'T' or space, or anywhere in a written date. */
	while (i < n && (formats_is_html_space(s[i]) || s[i] == '"'))
		i++;
	for (size_t j = i; j < n; j++) {
		size_t k = j;
		if ((j == i || !is_digit(s[j - 1])) && read_clock(s, n, &k, &hh, &mm, &ss)) {
			/* "10:00 PM": a 12-hour clock. */
			size_t p = k;
			while (p < n && s[p] == ' ')
				p++;
			if (p + 1 < n && (s[p] == 'P' || s[p] == 'p') &&
			    (s[p + 1] == 'M' || s[p + 1] == 'm' || s[p + 1] == '.')) {
				if (hh < 12)
					hh += 12;
				k = p + 2 + (p + 3 < n && s[p + 2] == 'm' ? 1 : 0);
			} else if (p + 1 < n && (s[p] == 'A' || s[p] == 'a') &&
				   (s[p + 1] == 'M' || s[p + 1] == 'm' || s[p + 1] == '.')) {
				if (hh == 12)
					hh = 0;
				k = p + 2;
			}
			while (k < n && s[k] == '.')
				k++;
			read_zone(s, n, k, zone);
			break;
		}
	}
	if (hh > 23)
		hh = -1;
	if (hh < 0)
		snprintf(out, cap, "%04d-%02d-%02d", d.year, d.month, d.day);
	else if (ss < 0)
		snprintf(out, cap, "%04d-%02d-%02dT%02d:%02d%s", d.year, d.month, d.day, hh, mm,
			 zone);
	else
		snprintf(out, cap, "%04d-%02d-%02dT%02d:%02d:%02d%s", d.year, d.month, d.day, hh,
			 mm, ss, zone);
	if (dout)
		*dout = d;
	return true;
}
