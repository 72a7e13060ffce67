/* formats_charset: which encoding a saved page is in (byte order mark, declaration checked
 * against the bytes, the bytes themselves, or what its transport declared), whether its bytes
 * can be a page at all, and plain text in a legacy 8-bit charset. */
#include "formats_int.h"

#include <errno.h>
#include <iconv.h>
#include <libxml/encoding.h>
#include <limits.h>
#include <stdint.h>
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

/* Counts the UTF-8 sequences beyond ASCII that are valid and the bytes that are not (ASCII runs
 * are skipped eight bytes at a time). */
static void utf8_census(const char *b, size_t n, size_t *valid, size_t *bad)
{
	size_t i = 0;

	*valid = *bad = 0;
	while (i < n) {
		if (i + 8 <= n) {
			uint64_t w;
			memcpy(&w, b + i, 8);
			if (!(w & 0x8080808080808080ULL)) {
				i += 8;
				continue;
			}
		}
		if ((unsigned char)b[i] < 0x80) {
			i++;
			continue;
		}
		uint32_t cp;
		int k = text_decode(b + i, n - i, &cp);
		if (k > 0) {
			(*valid)++;
			i += (size_t)k;
		} else {
			(*bad)++;
			i++;
		}
	}
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
		/* The declaration is checked against the bytes: legacy text is almost never valid
		 * UTF-8 by chance, and a page saved in windows-1252 under a template's UTF-8
		 * declaration has mostly invalid sequences. */
		size_t valid, bad;
		utf8_census(b, n, &valid, &bad);
		if (!utf8 && valid && !bad)
			return "UTF-8";
		if (utf8 && bad >= 4 && bad > valid * 2)
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
	if (memchr(b, 0, n))
		return false;
	for (size_t i = 0; i < n;) {
		if (i + 8 <= n) {
			/* Eight bytes at once when none is below 0x20 (or at 0x80 and above, which
			 * the test counts too: those are looked at one by one). */
			uint64_t w;
			memcpy(&w, b + i, 8);
			if (!((w - 0x2020202020202020ULL) & ~w & 0x8080808080808080ULL)) {
				i += 8;
				continue;
			}
		}
		unsigned char c = (unsigned char)b[i++];
		/* Controls but tab, LF, FF, CR and ESC: bits of 0x0800_3600 mark the allowed. */
		ctrl += c < 0x20 && !((0x08003600u >> c) & 1);
	}
	return ctrl * 100 <= n;
}

/* Windows-1252's characters for 0x80..0x9F (the five it leaves undefined stay C1 controls, as
 * browsers read them). */
static const uint16_t cp1252_high[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020,
					 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D,
					 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D,
					 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
					 0x0153, 0x009D, 0x017E, 0x0178};

static void put_cp(struct buf *b, uint32_t cp)
{
	char u[3];

	if (cp < 0x80) {
		buf_putc(b, (char)cp);
	} else if (cp < 0x800) {
		u[0] = (char)(0xC0 | (cp >> 6));
		u[1] = (char)(0x80 | (cp & 0x3F));
		buf_put(b, u, 2);
	} else {
		u[0] = (char)(0xE0 | (cp >> 12));
		u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		u[2] = (char)(0x80 | (cp & 0x3F));
		buf_put(b, u, 3);
	}
}

/* Of the invalid UTF-8 in b, how much looks like broken UTF-8 (a lead byte and continuation
 * bytes cut short, an overlong or surrogate form) and how much like single bytes of an 8-bit
 * charset ("caf\xe9 ", "\x93quoted\x94")? */
static void invalid_kinds(const char *b, size_t n, size_t *broken, size_t *single)
{
	*broken = *single = 0;
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)b[i];
		if (c < 0x80) {
			i++;
			continue;
		}
		uint32_t cp;
		int k = text_decode(b + i, n - i, &cp);
		if (k > 0) {
			i += (size_t)k;
			continue;
		}
		size_t j = i + 1;
		while (j < n && j < i + 4 && ((unsigned char)b[j] & 0xC0) == 0x80)
			j++;
		if (c >= 0xC0 && j > i + 1) {
			(*broken)++;
			i = j;
		} else {
			(*single)++;
			i++;
		}
	}
}

bool formats_legacy_text(const char *b, size_t n, struct buf *out)
{
	size_t valid, bad, broken, single;

	utf8_census(b, n, &valid, &bad);
	if (bad == 0 || bad <= valid * 2)
		return false;
	/* UTF-8 that lost bytes stays UTF-8 (repaired where shown). */
	invalid_kinds(b, n, &broken, &single);
	if (single <= broken)
		return false;
	/* One stray byte is legacy text only when it is a letter or a typographic mark there
	 * ("café", a curly quote), not a byte such as 0xFF that text seldom holds. */
	if (bad == 1) {
		unsigned char c = 0;
		for (size_t i = 0; i < n && !c; i++)
			if ((unsigned char)b[i] >= 0x80)
				c = (unsigned char)b[i];
		if (!((c >= 0xC0 && c <= 0xFE && c != 0xD7 && c != 0xF7) ||
		      (c >= 0x91 && c <= 0x97)))
			return false;
	}
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)b[i];
		if (c < 0x80)
			buf_putc(out, (char)c);
		else
			put_cp(out, c < 0xA0 ? cp1252_high[c - 0x80] : c);
	}
	return true;
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
