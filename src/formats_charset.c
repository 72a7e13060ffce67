/* formats_charset: which encoding a saved page is in (byte order mark, declaration checked
 * against the bytes, the bytes themselves) and whether its bytes can be a page at all. */
#include "formats_int.h"

#include <libxml/encoding.h>
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

/* Do the bytes read as UTF-8 with some characters beyond ASCII (so that a declaration of another
 * charset is wrong: legacy text is almost never valid UTF-8 by chance)? */
static bool plainly_utf8(const char *b, size_t n)
{
	bool wide = false;

	for (size_t i = 0; i < n && !wide; i++)
		wide = (unsigned char)b[i] >= 0x80;
	return wide && text_valid_prefix(b, n) == n;
}

/* Is a page declared UTF-8 plainly in another charset: most of its bytes beyond ASCII not valid
 * UTF-8 (a page saved in windows-1252 under a template's UTF-8 declaration)? */
static bool plainly_not_utf8(const char *b, size_t n)
{
	size_t high = 0, bad = 0;

	for (size_t i = 0; i < n;) {
		size_t ok = text_valid_prefix(b + i, n - i);
		for (size_t k = i; k < i + ok; k++)
			high += (unsigned char)b[k] >= 0xC0;
		i += ok;
		if (i < n) {
			bad++;
			i++;
		}
	}
	return bad >= 4 && bad > high * 2;
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
		bool utf8 = strcmp(buf, "utf-8") == 0 || strcmp(buf, "utf8") == 0 ||
			    strncmp(buf, "utf-16", 6) == 0;
		/* The declaration is checked against the bytes. */
		if (!utf8 && plainly_utf8(b, n))
			return "UTF-8";
		if (utf8 && plainly_not_utf8(b, n))
			return "windows-1252";
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
