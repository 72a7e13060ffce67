/* formats_charset: which encoding a saved page is in (byte order mark, declaration, the bytes
 * themselves, or what its transport declared) and whether its bytes can be a page at all. */
#include "formats_int.h"

#include <errno.h>
#include <iconv.h>
#include <libxml/encoding.h>
#include <limits.h>
#include <string.h>
#include <strings.h>

static bool is_alnum_ascii(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* The charset a page declares in its first bytes (meta charset, http-equiv, XML declaration),
 * lowercased into buf; false when none. */
static bool declared_charset(const char *b, size_t n, char *buf, size_t cap)
{
	size_t lim = n < 16384 ? n : 16384;

	for (size_t i = 0; i + 8 < lim; i++) {
		if (b[i] != '<')
			continue;
		bool meta = strncasecmp(b + i, "<meta", 5) == 0;
		bool xml = strncasecmp(b + i, "<?xml", 5) == 0;
		if (!meta && !xml)
			continue;
		const char *end = memchr(b + i, '>', lim - i);
		size_t e = end ? (size_t)(end - b) : lim;
		const char *key = xml ? "encoding" : "charset";
		size_t kl = strlen(key);
		for (size_t k = i + 5; k + kl < e; k++) {
			if (strncasecmp(b + k, key, kl) != 0)
				continue;
			size_t v = k + kl;
			while (v < e && (b[v] == ' ' || b[v] == '\t'))
				v++;
			if (v >= e || b[v] != '=')
				continue;
			v++;
			while (v < e && (b[v] == ' ' || b[v] == '"' || b[v] == '\''))
				v++;
			size_t o = 0;
			while (v < e && o + 1 < cap &&
			       (is_alnum_ascii(b[v]) || b[v] == '-' || b[v] == '_' || b[v] == '.' ||
				b[v] == ':')) {
				char c = b[v++];
				buf[o++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
			}
			buf[o] = '\0';
			if (o)
				return true;
		}
		i = e;
	}
	return false;
}

const char *formats_page_encoding(const char *b, size_t n, char *buf, size_t cap)
{
	static const char *const latin[] = {"iso-8859-1", "iso8859-1",  "latin1", "l1",
					    "ascii",      "us-ascii",   "cp1252", "windows-1252",
					    "x-cp1252",   "iso_8859-1", NULL};
	static const char *const gb[] = {"gb2312", "gbk",     "x-gbk",    "cp936",
					 "euc-cn", "gb18030", "csgb2312", NULL};

	if (n >= 3 && memcmp(b, "\xEF\xBB\xBF", 3) == 0)
		return "UTF-8";
	if (n >= 2 && memcmp(b, "\xFF\xFE", 2) == 0)
		return "UTF-16LE";
	if (n >= 2 && memcmp(b, "\xFE\xFF", 2) == 0)
		return "UTF-16BE";
	if (declared_charset(b, n, buf, cap)) {
		for (size_t i = 0; latin[i]; i++)
			if (strcmp(buf, latin[i]) == 0)
				return "windows-1252";
		for (size_t i = 0; gb[i]; i++)
			if (strcmp(buf, gb[i]) == 0)
				return "GB18030";
		if (strcmp(buf, "utf-8") == 0 || strcmp(buf, "utf8") == 0 ||
		    strncmp(buf, "utf-16", 6) == 0)
			return "UTF-8";
		xmlCharEncodingHandlerPtr h = xmlFindCharEncodingHandler(buf);
		if (h) {
			xmlCharEncCloseFunc(h);
			return buf;
		}
	}
	return text_valid_prefix(b, n) == n ? "UTF-8" : "windows-1252";
}

bool formats_page_plausible(const char *b, size_t n)
{
	size_t ctrl = 0;

	if (n >= 2 && (memcmp(b, "\xFF\xFE", 2) == 0 || memcmp(b, "\xFE\xFF", 2) == 0))
		return true;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)b[i];
		if (c == 0)
			return false;
		if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B)
			ctrl++;
	}
	return ctrl * 100 <= n;
}

/* The encoding to decode with for a charset a transport declared (lowercased): the WHATWG
 * supersets for Latin-1, ASCII and the GB family, else the name itself for iconv. */
static const char *transport_encoding(const char *cs)
{
	static const char *const latin[] = {"iso-8859-1",   "iso8859-1", "latin1",
					    "l1",           "ascii",     "us-ascii",
					    "windows-1252", "cp1252",    "x-cp1252",
					    "iso_8859-1",   NULL};
	static const char *const gb[] = {"gb2312", "gbk",      "x-gbk", "cp936",
					 "euc-cn", "csgb2312", NULL};

	if (formats_name_in(cs, latin))
		return "WINDOWS-1252";
	if (formats_name_in(cs, gb))
		return "GB18030";
	if (strcasecmp(cs, "utf8") == 0)
		return "UTF-8";
	return cs;
}

int formats_html_charset(const char *bytes, size_t len, const char *charset, struct extracted *out)
{
	static const char bom8[] = "\xEF\xBB\xBF";
	bool bom = (len >= 3 && memcmp(bytes, bom8, 3) == 0) ||
		   (len >= 2 &&
		    (memcmp(bytes, "\xFF\xFE", 2) == 0 || memcmp(bytes, "\xFE\xFF", 2) == 0));

	if (!charset || !*charset || bom || len > INT_MAX - 3)
		return formats_html(bytes, len, out);
	const char *enc = transport_encoding(charset);
	bool ascii = true;
	for (size_t i = 0; i < len && ascii; i++)
		ascii = (unsigned char)bytes[i] < 0x80;
	bool utf8 = text_valid_prefix(bytes, len) == len;
	if (!ascii && utf8)
		enc = "UTF-8";
	else if (!utf8 && strcasecmp(enc, "UTF-8") == 0)
		/* a server's default label on a page in a legacy charset: the page knows better */
		return formats_html(bytes, len, out);
	/* The page is handed on as UTF-8 behind a byte order mark, which outranks its own
	 * declaration in formats_page_encoding(). */
	struct buf b = BUF_INIT;
	int rc;
	if (strcasecmp(enc, "UTF-8") == 0) {
		buf_put(&b, bom8, 3);
		buf_put(&b, bytes, len);
	} else {
		iconv_t cd = iconv_open("UTF-8", enc);
		if (cd == (iconv_t)-1)
			return formats_html(bytes, len, out);
		char chunk[16384];
		char *in = (char *)bytes; /* iconv() does not write through it */
		size_t left = len;
		buf_put(&b, bom8, 3);
		while (left) {
			char *o = chunk;
			size_t room = sizeof(chunk);
			size_t r = iconv(cd, &in, &left, &o, &room);
			buf_put(&b, chunk, sizeof(chunk) - room);
			if (r == (size_t)-1 && errno != E2BIG) {
				/* a byte that does not decode, or a sequence cut off at the end */
				buf_put(&b, "\xEF\xBF\xBD", 3);
				in++;
				left--;
			}
		}
		/* back to the initial shift state (ISO-2022 and the like) */
		char *o = chunk;
		size_t room = sizeof(chunk);
		iconv(cd, NULL, NULL, &o, &room);
		buf_put(&b, chunk, sizeof(chunk) - room);
		iconv_close(cd);
	}
	rc = formats_html(b.data, b.len, out);
	buf_free(&b);
	return rc;
}
