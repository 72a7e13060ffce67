/* Unit tests of the charset a transport declares (formats_html_charset) and of the format a
 * media type names (formats_from_media_type). */
#include "check.h"
#include "dateline/doc.h"

#include <stdlib.h>

/* The extracted text of page s with the transport's charset cs; "" when the page failed. */
static char *text_of(const char *s, const char *cs)
{
	struct extracted e;

	int rc = formats_html_charset(s, strlen(s), cs, &e);
	char *t = xstrdup(rc == 0 ? e.text.data : "");
	extracted_free(&e);
	return t;
}

#define TEXT_IS(page, cs, want)                                                                    \
	do {                                                                                       \
		char *t_ = text_of(page, cs);                                                      \
		CHECK_STR(t_, want);                                                               \
		free(t_);                                                                          \
	} while (0)

static void transport_charset(void)
{
	/* KOI8-R said only by the header: "Мир". */
	TEXT_IS("<p>\xED\xC9\xD2</p>", "koi8-r", "\xD0\x9C\xD0\xB8\xD1\x80\n");
	/* Without it the bytes are not UTF-8: windows-1252, as before. */
	TEXT_IS("<p>\xED\xC9\xD2</p>", NULL, "\xC3\xAD\xC3\x89\xC3\x92\n");
	TEXT_IS("<p>\xED\xC9\xD2</p>", "", "\xC3\xAD\xC3\x89\xC3\x92\n");
	/* The header outranks the page's own declaration. */
	TEXT_IS("<meta charset=windows-1252><p>\xED\xC9\xD2</p>", "koi8-r",
		"\xD0\x9C\xD0\xB8\xD1\x80\n");
	/* ISO-8859-1 is read as windows-1252, as browsers do; GB2312 as GB18030. */
	TEXT_IS("<p>\x93q\x94</p>", "iso-8859-1", "\xE2\x80\x9Cq\xE2\x80\x9D\n");
	TEXT_IS("<p>\xD6\xD0\xCE\xC4</p>", "gb2312", "\xE4\xB8\xAD\xE6\x96\x87\n");
	/* A byte order mark outranks the header. */
	TEXT_IS("\xEF\xBB\xBF<p>caf\xC3\xA9</p>", "koi8-r", "caf\xC3\xA9\n");
	/* Bytes that are plainly UTF-8 are UTF-8, whatever the header says. */
	TEXT_IS("<p>caf\xC3\xA9 na\xC3\xAFve</p>", "iso-8859-1", "caf\xC3\xA9 na\xC3\xAFve\n");
	/* A header's UTF-8 that the bytes are not gives way to the page's declaration. */
	TEXT_IS("<meta charset=windows-1252><p>caf\xE9</p>", "utf-8", "caf\xC3\xA9\n");
	/* The header's UTF-8 outranks a page that declares something else. */
	TEXT_IS("<meta charset=koi8-r><p>caf\xC3\xA9</p>", "utf-8", "caf\xC3\xA9\n");
	/* An unknown charset is ignored. */
	TEXT_IS("<p>caf\xE9</p>", "x-no-such-charset", "caf\xC3\xA9\n");
	/* Bytes that do not decode become U+FFFD, and the text goes on. */
	TEXT_IS("<p>a\xFF"
		"b</p>",
		"shift_jis",
		"a\xEF\xBF\xBD"
		"b\n");
	/* A 7-bit stateful encoding: ISO-2022-JP "日本". */
	TEXT_IS("<p>\x1B$BF|K\\\x1B(B</p>", "iso-2022-jp", "\xE6\x97\xA5\xE6\x9C\xAC\n");
}

static void media_types(void)
{
	CHECK_EQ(formats_from_media_type("text/html"), FORMAT_HTML);
	CHECK_EQ(formats_from_media_type("TEXT/HTML"), FORMAT_HTML);
	CHECK_EQ(formats_from_media_type("application/xhtml+xml"), FORMAT_HTML);
	CHECK_EQ(formats_from_media_type("text/markdown"), FORMAT_MARKDOWN);
	CHECK_EQ(formats_from_media_type("text/plain"), FORMAT_AUTO);
	CHECK_EQ(formats_from_media_type("application/octet-stream"), FORMAT_AUTO);
	CHECK_EQ(formats_from_media_type(NULL), FORMAT_AUTO);
}

static void doc_with_charset(void)
{
	const char page[] = "<html><head><title>T</title></head><body><p>\xED\xC9\xD2.</p></body>";
	const char *err = NULL;
	struct doc *d = doc_load_charset(page, sizeof(page) - 1, "https://example.org/a",
					 FORMAT_AUTO, "koi8-r", &err);
	size_t len;

	CHECK(d != NULL);
	if (!d)
		return;
	CHECK(strstr(doc_text(d, &len), "\xD0\x9C\xD0\xB8\xD1\x80.") != NULL);
	CHECK_STR(doc_name(d), "https://example.org/a");
	doc_free(d);
}

int main(void)
{
	RUN(transport_charset);
	RUN(media_types);
	RUN(doc_with_charset);
	return CHECK_DONE();
}
