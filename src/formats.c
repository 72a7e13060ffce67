/* formats: format detection. (HTML and Markdown extraction land with their issue; until then
 * they report failure and the input is read as plain text.) */
#include "dateline/formats.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

static bool ends_with(const char *name, const char *ext)
{
	size_t n = strlen(name), e = strlen(ext);
	return n > e && strcasecmp(name + n - e, ext) == 0;
}

enum doc_format formats_detect(const char *bytes, size_t len, const char *name)
{
	size_t i = 0, lim = len < 4096 ? len : 4096;

	if (len >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	while (i < lim && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n'))
		i++;
	if (lim - i >= 5 && (strncasecmp(bytes + i, "<!doc", 5) == 0 ||
			     strncasecmp(bytes + i, "<html", 5) == 0 ||
			     strncasecmp(bytes + i, "<?xml", 5) == 0 ||
			     strncasecmp(bytes + i, "<head", 5) == 0))
		return FORMAT_HTML;
	if (name && (ends_with(name, ".html") || ends_with(name, ".htm") || ends_with(name, ".xhtml")))
		return FORMAT_HTML;
	if (name && (ends_with(name, ".md") || ends_with(name, ".markdown")))
		return FORMAT_MARKDOWN;
	return FORMAT_TEXT;
}

int formats_html(const char *bytes, size_t len, struct extracted *out)
{
	(void)bytes;
	(void)len;
	(void)out;
	return -1;
}

int formats_markdown(const char *bytes, size_t len, struct extracted *out)
{
	(void)bytes;
	(void)len;
	(void)out;
	return -1;
}

void extracted_free(struct extracted *e)
{
	buf_free(&e->text);
	free(e->headings);
	free(e->title);
	free(e->byline);
	free(e->site);
	e->headings = NULL;
	e->title = e->byline = e->site = NULL;
	e->nheadings = 0;
}
