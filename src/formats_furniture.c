/* formats_furniture: the short blocks of a page that are not article text, told by their words:
 * bylines, time lines, share buttons, read-more lines, photo credits, copyright and standards
 * footers, advertisement labels; and the byline a plain-text article may open with. */
#include "formats_int.h"

#include <string.h>
#include <strings.h>

/* Longest text that can be furniture (bytes): a block longer than this is article text. */
#define FURNITURE_MAX 250

static bool is_upper(unsigned char c)
{
	return c >= 'A' && c <= 'Z';
}

static bool is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static bool is_letter(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* A Latin letter: words of Latin scripts end where one is not followed by another; CJK text has
 * no such boundaries. */
static bool is_latin(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC3 && c <= 0xC5) ||
	       (c >= 0x80 && c <= 0xBF);
}

/* Does s[0..n) start with the phrase p (case-insensitive), ending at a word boundary? */
static bool starts_with(const char *s, size_t n, const char *p)
{
	size_t l = strlen(p);

	if (n < l || strncasecmp(s, p, l) != 0)
		return false;
	return n == l || !is_latin((unsigned char)s[l]) || !is_latin((unsigned char)p[l - 1]) ||
	       (unsigned char)p[l - 1] >= 0x80;
}

/* Does s[0..n) contain the phrase p (case-insensitive) at word boundaries? */
static bool contains(const char *s, size_t n, const char *p)
{
	size_t l = strlen(p);

	for (size_t i = 0; i + l <= n; i++)
		if ((i == 0 || !is_letter((unsigned char)s[i - 1]) ||
		     !is_letter((unsigned char)p[0])) &&
		    starts_with(s + i, n - i, p))
			return true;
	return false;
}

/* Does s start with one of the list's phrases (lowercase)? */
static bool any_start(const char *s, size_t n, const char *const *list)
{
	unsigned char f = n ? (unsigned char)s[0] : 0;

	if (f >= 'A' && f <= 'Z')
		f += 32;
	for (; *list; list++)
		if ((unsigned char)(*list)[0] == f && starts_with(s, n, *list))
			return true;
	return false;
}

/* Does s contain one of the list's phrases (lowercase) at word boundaries? The text is
 * lowercased once and searched with strstr. */
static bool any_contains(const char *s, size_t n, const char *const *list)
{
	char low[FURNITURE_MAX + 1];

	if (n > FURNITURE_MAX)
		return false;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		low[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c == '\0' ? ' ' : c);
	}
	low[n] = '\0';
	for (; *list; list++) {
		size_t l = strlen(*list);
		for (const char *p = strstr(low, *list); p; p = strstr(p + 1, *list)) {
			size_t at = (size_t)(p - low);
			unsigned char first = (unsigned char)(*list)[0],
				      last = (unsigned char)(*list)[l - 1];
			bool left = at == 0 || first >= 0x80 || !is_latin(first) ||
				    !is_latin((unsigned char)low[at - 1]);
			bool right = at + l == n || last >= 0x80 || !is_latin(last) ||
				     !is_latin((unsigned char)low[at + l]);
			if (left && right)
				return true;
		}
	}
	return false;
}

/* The text without white space and closing punctuation around it. */
static void trim(const char **s, size_t *n)
{
	while (*n && (formats_is_html_space(**s) || **s == '(' || **s == '[' || **s == '|'))
		(*s)++, (*n)--;
	while (*n && (formats_is_html_space((*s)[*n - 1]) || strchr(".:;,!|)]", (*s)[*n - 1])))
		(*n)--;
}

/* One word of a short block: its bytes. */
struct word {
	const char *s;
	size_t n;
};

/* The next word of s[0..n) from *pos (letters, digits, and ":" "." "-" between them as in "6:12",
 * "a.m." or "e-mail"): false when there is none. */
static bool next_word(const char *s, size_t n, size_t *pos, struct word *w)
{
	size_t i = *pos;

	while (i < n && !(is_letter((unsigned char)s[i]) || is_digit((unsigned char)s[i])))
		i++;
	if (i >= n) {
		*pos = n;
		return false;
	}
	size_t b = i;
	while (i < n) {
		unsigned char d = (unsigned char)s[i];
		if (is_letter(d) || is_digit(d) || d == '\'' ||
		    ((d == ':' || d == '.' || d == '-') && i + 1 < n &&
		     (is_letter((unsigned char)s[i + 1]) || is_digit((unsigned char)s[i + 1]))))
			i++;
		else
			break;
	}
	w->s = s + b;
	w->n = i - b;
	*pos = i;
	return true;
}

/* Splits s into words (next_word), at most max; returns how many there are (which may exceed
 * max). */
static size_t split_words(const char *s, size_t n, struct word *w, size_t max)
{
	size_t count = 0, pos = 0;
	struct word x;

	while (next_word(s, n, &pos, &x)) {
		if (count < max)
			w[count] = x;
		count++;
	}
	return count;
}

/* Is w one of the words (a string of lower-case words, text_word_in())? */
static bool word_is(const struct word *w, const char *words)
{
	return text_word_in(words, w->s, w->n);
}

static bool all_digits(const struct word *w)
{
	for (size_t i = 0; i < w->n; i++)
		if (!is_digit((unsigned char)w->s[i]))
			return false;
	return w->n > 0;
}

/* The CJK characters a date or time is written with: 年 月 日 时 時 分 点 秒 号. */
static const char *const cjk_date_chars[] = {
	"\xE5\xB9\xB4", "\xE6\x9C\x88", "\xE6\x97\xA5", "\xE6\x97\xB6", "\xE6\x99\x82",
	"\xE5\x88\x86", "\xE7\x82\xB9", "\xE7\xA7\x92", "\xE5\x8F\xB7", NULL};

/* "6:12", "06:12:30", "2025-11-08", "08/11/2025", "2025年11月8日" and the like. */
static bool numeric_time(const struct word *w)
{
	size_t digits = 0, seps = 0;

	for (size_t i = 0; i < w->n;) {
		unsigned char c = (unsigned char)w->s[i];
		if (is_digit(c)) {
			digits++;
			i++;
			continue;
		}
		if (c == ':' || c == '-' || c == '.' || c == '/') {
			seps++;
			i++;
			continue;
		}
		size_t k = 0;
		for (; cjk_date_chars[k]; k++)
			if (w->n - i >= 3 && memcmp(w->s + i, cjk_date_chars[k], 3) == 0)
				break;
		if (!cjk_date_chars[k] || i == 0 || !is_digit((unsigned char)w->s[i - 1]))
			return false;
		seps++;
		i += 3;
	}
	return digits >= 2 && seps >= 1;
}

/* ---- time lines ---- */

static const char month_words[] =
	"january february march april may june july august september october november december "
	"jan feb mar apr jun jul aug sep sept oct nov dec janvier février mars avril mai juin "
	"juillet août septembre octobre novembre décembre januar februar märz juni juli oktober "
	"dezember enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
	"diciembre";
static const char day_words[] =
	"monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs "
	"fri sat sun";
/* Words a time line holds besides dates and times. */
static const char time_words[] =
	"updated update published posted last modified first ago hours hour hrs hr h minutes "
	"minute mins min m seconds secs days day weeks week months on at am pm a.m p.m utc gmt "
	"est edt cst cdt mst mdt pst pdt et pt ct bst cet cest ist jst kst hkt sgt aest aedt "
	"yesterday today just now read reading time th st nd rd of and le um uhr el de à mis jour "
	"publié aktualisiert veröffentlicht actualizado publicado atualizado a an less than une "
	"il y vor stunden minuten hace horas minutos edited originally";
/* Words that say a line is about time, not merely holds a date. */
static const char time_markers[] =
	"updated published posted modified ago utc gmt am pm a.m p.m read edited publié "
	"aktualisiert veröffentlicht actualizado publicado atualizado uhr hace vor";

/* CJK words of a time line: 发布 (published), 更新 (updated), 时间 (time), 日期 (date). */
static const char *const cjk_time[] = {"\xE5\x8F\x91\xE5\xB8\x83",
				       "\xE6\x9B\xB4\xE6\x96\xB0",
				       "\xE6\x97\xB6\xE9\x97\xB4",
				       "\xE6\x97\xA5\xE6\x9C\x9F",
				       "\xE7\x99\xBC\xE4\xBD\x88",
				       "\xE6\x99\x82\xE9\x96\x93",
				       NULL};

/* A byte of a multi-byte UTF-8 character in the word: each of cjk_time's words is all such
 * bytes, so a word without one cannot hold them. */
static bool has_high_byte(const struct word *w)
{
	for (size_t i = 0; i < w->n; i++)
		if ((unsigned char)w->s[i] >= 0x80)
			return true;
	return false;
}

static bool time_line(const char *s, size_t n)
{
	size_t month = 0, marker = 0, clock = 0, numbers = 0, count = 0, pos = 0, names = 0;
	struct word w;

	/* Word by word: prose fails at its first word. A source may come first ("CNNMoney (New
	 * York) First published ..."): up to three capitalised words before anything else. */
	while (next_word(s, n, &pos, &w)) {
		if (++count > 40)
			return false;
		if (count == names + 1 && names < 3 && is_upper((unsigned char)w.s[0]) &&
		    !word_is(&w, month_words) && !word_is(&w, day_words) &&
		    !word_is(&w, time_words) && !word_is(&w, time_markers)) {
			names++;
			continue;
		}
		if (word_is(&w, month_words))
			month++;
		else if (word_is(&w, time_markers))
			marker++;
		else if (word_is(&w, day_words) || word_is(&w, time_words))
			;
		else if (numeric_time(&w))
			clock++;
		else if (all_digits(&w) || (w.n <= 4 && is_digit((unsigned char)w.s[0])))
			numbers++;
		else if (has_high_byte(&w) && any_contains(w.s, w.n, cjk_time))
			marker++;
		else
			return false;
	}
	if (names)
		return marker && (clock || (month && numbers >= 2));
	/* A date (a month and a number), a clock or numeric date, or a marker with a number. */
	return (month && numbers >= 2) || clock || (marker && (numbers || month));
}

/* ---- bylines ---- */

/* Words that open a byline before the names. */
static const char *const by_words[] = {"by",      "written by",   "words by",    "story by",
				       "text by", "reporting by", "reported by", "posted by",
				       "author",  "authors",      "autor",       "auteur",
				       "par",     "von",          "por",         "di",
				       "door",    "av",           "af",          NULL};
/* Words a byline holds besides names. */
static const char byline_glue[] =
	"and und et y e & in for of the with at from de la del van von der da do dos le staff "
	"writer reporter correspondent editor senior chief contributor columnist special to news "
	"agency associated press updated published by editing writing additional reporting "
	"compiled edited";

/* Are the words (after the opening ones) names: capitalised words, initials and glue? */
static bool names_only(const struct word *w, size_t nw)
{
	size_t names = 0;

	for (size_t i = 0; i < nw; i++) {
		unsigned char c = (unsigned char)w[i].s[0];
		if (word_is(&w[i], byline_glue) || word_is(&w[i], month_words) ||
		    word_is(&w[i], time_words) || numeric_time(&w[i]) || is_digit(c))
			continue;
		if (is_upper(c) || c >= 0x80) {
			names++;
			continue;
		}
		return false;
	}
	return names > 0;
}

/* CJK byline openings: 文/ (text by), 记者 (reporter), 作者 (author), 本报记者, 责任编辑
 * (editor in charge), 编辑 (editor), 撰文; and "【" around a byline. */
static const char *const cjk_by[] = {"\xE6\x96\x87/",
				     "\xE6\x96\x87 /",
				     "\xE6\x96\x87\xEF\xBC\x8F",
				     "\xE8\xAE\xB0\xE8\x80\x85",
				     "\xE8\xA8\x98\xE8\x80\x85",
				     "\xE4\xBD\x9C\xE8\x80\x85",
				     "\xE6\x9C\xAC\xE6\x8A\xA5\xE8\xAE\xB0\xE8\x80\x85",
				     "\xE8\xB4\xA3\xE4\xBB\xBB\xE7\xBC\x96\xE8\xBE\x91",
				     "\xE8\xB2\xAC\xE4\xBB\xBB\xE7\xB7\xA8\xE8\xBC\xAF",
				     "\xE7\xBC\x96\xE8\xBE\x91",
				     "\xE6\x92\xB0\xE6\x96\x87",
				     NULL};

bool formats_byline_line(const char *s, size_t n, struct span *name)
{
	const char *b = s;
	size_t bn = n;
	struct word w[24];

	trim(&b, &bn);
	/* 【Text by Observers Network, Qi Qian】 and （记者 李明） */
	if (bn >= 6 && (memcmp(b, "\xE3\x80\x90", 3) == 0 || memcmp(b, "\xEF\xBC\x88", 3) == 0)) {
		const char *close = memcmp(b, "\xE3\x80\x90", 3) == 0 ? "\xE3\x80\x91"
								      : "\xEF\xBC\x89";
		if (bn < 9 || memcmp(b + bn - 3, close, 3) != 0)
			return false;
		b += 3;
		bn -= 6;
		trim(&b, &bn);
	}
	if (bn == 0 || bn > 160 || memchr(b, '\n', bn))
		return false;
	for (size_t i = 0; cjk_by[i]; i++) {
		size_t l = strlen(cjk_by[i]);
		if (bn > l && memcmp(b, cjk_by[i], l) == 0 && bn <= 90) {
			size_t k = l;
			/* " ", ":", "/", "|", "：" and "︱" between the word and the names */
			while (k < bn &&
			       (b[k] == ' ' || b[k] == ':' || b[k] == '/' || b[k] == '|' ||
				(k + 3 <= bn && (memcmp(b + k, "\xEF\xBC\x9A", 3) == 0 ||
						 memcmp(b + k, "\xEF\xB8\xB1", 3) == 0))))
				k += (unsigned char)b[k] >= 0x80 ? 3 : 1;
			/* A sentence is not a byline: no full stop or comma-led clause. */
			if (k >= bn || contains(b + k, bn - k, "\xE3\x80\x82"))
				return false;
			if (name) {
				name->start = (size_t)(b + k - s);
				name->end = (size_t)(b + bn - s);
			}
			return true;
		}
	}
	for (size_t i = 0; by_words[i]; i++) {
		size_t l = strlen(by_words[i]);
		if (!starts_with(b, bn, by_words[i]))
			continue;
		size_t k = l;
		while (k < bn && (b[k] == ' ' || b[k] == ':' || b[k] == '-'))
			k++;
		if (k >= bn || !(is_upper((unsigned char)b[k]) || (unsigned char)b[k] >= 0x80))
			return false;
		size_t nw = split_words(b + k, bn - k, w, 24);
		if (nw > 16 || !names_only(w, nw))
			return false;
		if (name) {
			name->start = (size_t)(b + k - s);
			name->end = (size_t)(b + bn - s);
		}
		return true;
	}
	return false;
}

/* ---- the rest ---- */

static const char *const ad_lines[] = {
	"advertisement",
	"advertising",
	"ad",
	"ads",
	"sponsored",
	"sponsored content",
	"anzeige",
	"werbung",
	"publicité",
	"publicidad",
	"anuncio",
	"reklama",
	"loading",
	"loading...",
	"skip advertisement",
	"continue reading below",
	"article continues below",
	"story continues below advertisement",
	"continue reading the main story",
	"scroll to continue with content",
	"\xE5\xB9\xBF\xE5\x91\x8A",
	"\xE6\xAD\xA3\xE5\x9C\xA8\xE5\x8A\xA0\xE8\xBD\xBD",    /* 正在加载 */
	"\xE6\xAD\xA3\xE5\x9C\xA8\xE5\x8A\xA0\xE8\xBD\xBD...", /* 正在加载... */
	"\xE5\x8A\xA0\xE8\xBD\xBD\xE4\xB8\xAD",                /* 加载中 */
	NULL};

static const char share_words[] =
	"share shares sharing this article story post page on via facebook twitter x linkedin "
	"whatsapp email e-mail mail print copy link copied pinterest reddit tweet messenger "
	"telegram flipboard pocket comments comment save gift tumblr the to with your friends url "
	"bluesky threads sms more options social media by or and send tiktok youtube instagram vk "
	"weibo wechat line sharethis addthis partager teilen compartir compartilhar follow us";

/* 分享到 (share to), 转播到 (repost to) */
static const char *const cjk_share[] = {"\xE5\x88\x86\xE4\xBA\xAB\xE5\x88\xB0",
					"\xE8\xBD\xAC\xE6\x92\xAD\xE5\x88\xB0", NULL};

static bool share_line(const char *s, size_t n)
{
	/* A share bar holds at least one of these words besides the other share words. */
	static const char share_marks[] =
		"share facebook twitter linkedin whatsapp tweet pinterest "
		"sharing partager teilen compartir";
	if (n <= 60 && any_start(s, n, cjk_share))
		return true;
	size_t marks = 0, count = 0, pos = 0;
	struct word w;

	while (next_word(s, n, &pos, &w)) {
		if (++count > 20 || (!word_is(&w, share_words) && !all_digits(&w)))
			return false;
		if (word_is(&w, share_marks))
			marks++;
	}
	return marks > 0;
}

static const char *const more_starts[] = {
	"also read",
	"read also",
	"read more",
	"read next",
	"see also",
	"related:",
	"related article",
	"related articles",
	"related story",
	"related stories",
	"related coverage",
	"related content",
	"related reading",
	"related links",
	"more:",
	"more on this",
	"more from",
	"more stories",
	"recommended:",
	"recommended for you",
	"suggested:",
	"you may also like",
	"you might also like",
	"most read",
	"most popular",
	"don't miss",
	"watch:",
	"listen:",
	"click here",
	"sign up for our",
	"sign up to our",
	"sign up for the",
	"subscribe to our",
	"subscribe to the",
	"follow us",
	"read the full",
	"read the latest",
	"continue reading",
	"keep reading",
	"lire aussi",
	"à lire aussi",
	"voir aussi",
	"mehr zum thema",
	"lesen sie auch",
	"lesen sie mehr",
	"leia também",
	"leia mais",
	"lee también",
	"lea también",
	"ver también",
	"leggi anche",
	"\xE5\xBB\xB6\xE4\xBC\xB8\xE9\x98\x85\xE8\xAF\xBB", /* 延伸阅读 */
	"\xE7\x9B\xB8\xE5\x85\xB3\xE9\x98\x85\xE8\xAF\xBB", /* 相关阅读 */
	"\xE6\x8E\xA8\xE8\x8D\x90\xE9\x98\x85\xE8\xAF\xBB", /* 推荐阅读 */
	"\xE7\x9B\xB8\xE5\x85\xB3\xE6\x96\xB0\xE9\x97\xBB", /* 相关新闻 */
	"\xE7\x9B\xB8\xE9\x97\x9C\xE6\x96\xB0\xE8\x81\x9E", /* 相關新聞 */
	"\xE9\x96\xA2\xE9\x80\xA3\xE8\xA8\x98\xE4\xBA\x8B", /* 関連記事 */
	"\xE9\x96\xA2\xE9\x80\xA3\xE3\x83\x8B\xE3\x83\xA5\xE3\x83\xBC\xE3\x82\xB9", /* 関連ニュース */
	NULL};

static const char *const credit_starts[] = {
	"all photos",
	"gallery:",
	"top photo",
	"cover photo",
	"lead photo",
	"main photo",
	"featured image",
	"header image",
	"photo:",
	"photo by",
	"photos:",
	"photos by",
	"photograph:",
	"photograph by",
	"photography by",
	"image:",
	"image by",
	"images:",
	"image credit",
	"image source",
	"credit:",
	"credits:",
	"picture:",
	"pictures:",
	"pictured:",
	"illustration:",
	"illustration by",
	"graphic:",
	"video:",
	"video by",
	"photo credit",
	"foto:",
	"bild:",
	"\xE5\x9B\xBE\xE7\x89\x87\xE6\x9D\xA5\xE6\xBA\x90", /* 图片来源 */
	"\xE5\x9B\xBE/",                                    /* 图/ */
	"\xE5\x9B\xBE\xEF\xBC\x9A",                         /* 图： */
	NULL};
static const char *const agencies[] = {"getty images",
				       "getty",
				       "ap photo",
				       "afp",
				       "reuters",
				       "epa",
				       "shutterstock",
				       "istock",
				       "alamy",
				       "bloomberg",
				       "xinhua",
				       "associated press",
				       "ap",
				       "efe",
				       "dpa",
				       "anadolu",
				       "imago",
				       "sipa",
				       "pa images",
				       "pa wire",
				       "handout",
				       "file photo",
				       "via getty images",
				       "for the washington post",
				       "for the new york times",
				       "the new york times",
				       NULL};

/* Words a credit holds besides names and agencies. */
static const char credit_glue[] =
	"via for the photo photos images image file handout courtesy of by and staff pool "
	"contributor photographer";

static bool credit_line(const char *s, size_t n)
{
	if (any_start(s, n, credit_starts))
		return n <= 200;
	if (n > 90)
		return false;
	/* "Jane Doe/Reuters", "(AP Photo/John Smith)", "AFP via Getty Images": a name and an
	 * agency, no sentence. */
	if (!any_contains(s, n, agencies))
		return false;
	struct word w[16];
	size_t nw = split_words(s, n, w, 16);
	if (nw > 14)
		return false;
	for (size_t i = 0; i < nw; i++) {
		unsigned char c = (unsigned char)w[i].s[0];
		if (!(is_upper(c) || c >= 0x80 || word_is(&w[i], credit_glue)))
			return false;
	}
	return true;
}

/* "All rights reserved", 版权所有, 版權所有 (all rights reserved), 未经授权 (without permission), 不得转载 (may not be
 * reproduced) */
static const char *const cjk_rights[] = {"\xE7\x89\x88\xE6\x9D\x83\xE6\x89\x80\xE6\x9C\x89",
					 "\xE7\x89\x88\xE6\xAC\x8A\xE6\x89\x80\xE6\x9C\x89",
					 "\xE6\x9C\xAA\xE7\xBB\x8F\xE6\x8E\x88\xE6\x9D\x83",
					 "\xE4\xB8\x8D\xE5\xBE\x97\xE8\xBD\xAC\xE8\xBD\xBD", NULL};

static const char copyright_words[] = "copyright c";

/* Notes on where an article was printed or published first. */
static const char *const print_notes[] = {"a version of this article appears in print",
					  "this article originally appeared",
					  "this story originally appeared",
					  "this article was originally published",
					  "this story was originally published",
					  "this article was reprinted",
					  NULL};

static const char *const standards[] = {"our standards",        "trust principles",
					"editorial standards",  "editorial guidelines",
					"editorial policy",     "ethics policy",
					"corrections policy",   "report an error",
					"suggest a correction", "submit a correction",
					"all quotes delayed",   NULL};

/* A gallery's counter: "1 / 5", "3 of 12", "Photo 2 of 9", "Image 4/20". */
static bool counter_line(const char *s, size_t n)
{
	static const char lead[] = "photo photos image images picture slide foto bild";
	size_t i = 0, numbers = 0;

	if (n > 30)
		return false;
	struct word w;
	size_t pos = 0;
	if (next_word(s, n, &pos, &w) && word_is(&w, lead))
		i = pos;
	while (i < n) {
		if (is_digit((unsigned char)s[i])) {
			while (i < n && is_digit((unsigned char)s[i]))
				i++;
			numbers++;
		} else if (s[i] == ' ' || s[i] == '/') {
			i++;
		} else if (n - i >= 2 && strncasecmp(s + i, "of", 2) == 0) {
			i += 2;
		} else {
			return false;
		}
	}
	return numbers == 2;
}

/* Is w the first word of one of the list's phrases? */
static bool first_word_of(const struct word *w, const char *const *list)
{
	unsigned char f = (unsigned char)w->s[0];

	if (f >= 'A' && f <= 'Z')
		f += 32;
	for (; *list; list++) {
		if ((unsigned char)(*list)[0] != f)
			continue;
		size_t l = strcspn(*list, " :");
		if (l == w->n && strncasecmp(*list, w->s, l) == 0)
			return true;
	}
	return false;
}

bool formats_furniture_may_start(const char *s, size_t n)
{
	size_t pos = 0;
	struct word w;

	while (pos < n && formats_is_html_space(s[pos]))
		pos++;
	/* Punctuation, a symbol ("©") or a non-Latin script: let the whole check decide. */
	if (pos >= n || !is_letter((unsigned char)s[pos]) || (unsigned char)s[pos] >= 0x80)
		return true;
	if (!next_word(s, n, &pos, &w))
		return true;
	return is_digit((unsigned char)w.s[0]) || word_is(&w, month_words) ||
	       word_is(&w, day_words) || word_is(&w, time_words) || word_is(&w, time_markers) ||
	       first_word_of(&w, by_words) || word_is(&w, share_words) ||
	       first_word_of(&w, more_starts) || first_word_of(&w, credit_starts) ||
	       first_word_of(&w, ad_lines) || first_word_of(&w, print_notes) ||
	       word_is(&w, copyright_words);
}

/* The text formats_furniture() reads of s: trimmed, without CJK brackets around a label
 * (【関連記事】). */
static void furniture_text(const char **b, size_t *bn)
{
	trim(b, bn);
	if (*bn > 6 && memcmp(*b, "\xE3\x80\x90", 3) == 0 &&
	    memcmp(*b + *bn - 3, "\xE3\x80\x91", 3) == 0 && !formats_byline_line(*b, *bn, NULL)) {
		*b += 3;
		*bn -= 6;
	}
}

enum furniture formats_furniture(const char *s, size_t n)
{
	const char *b = s;
	size_t bn = n;

	furniture_text(&b, &bn);
	if (bn == 0 || bn > FURNITURE_MAX)
		return FURN_NONE;
	for (size_t i = 0; ad_lines[i]; i++)
		if (strlen(ad_lines[i]) == bn && strncasecmp(b, ad_lines[i], bn) == 0)
			return FURN_AD;
	if (formats_byline_line(b, bn, NULL))
		return FURN_BYLINE;
	if (bn <= 160 && time_line(b, bn))
		return FURN_TIME;
	if (share_line(b, bn))
		return FURN_SHARE;
	if (bn <= 250 && any_start(b, bn, more_starts))
		return FURN_READ_MORE;
	if (starts_with(b, bn, "\xC2\xA9") || starts_with(b, bn, "(c)") ||
	    starts_with(b, bn, "copyright"))
		return FURN_COPYRIGHT;
	if (bn <= 200 && any_start(b, bn, credit_starts))
		return FURN_CREDIT;
	if (any_start(b, bn, print_notes))
		return FURN_STANDARDS;
	/* Phrases looked for anywhere: only in short blocks (and it keeps this cheap). */
	if (bn > 120)
		return FURN_NONE;
	if (any_contains(b, bn, cjk_rights))
		return FURN_COPYRIGHT;
	if (any_contains(b, bn, standards))
		return FURN_STANDARDS;
	if (credit_line(b, bn) || counter_line(b, bn))
		return FURN_CREDIT;
	return FURN_NONE;
}

/* What a caption in square brackets may label, before its colon ("[Watch: ...]", "[Listen:
 * ...]") besides the credits and links formats_furniture() knows ("[Video: ...]", "[Related:
 * ...]"). */
static const char caption_labels[] = "audio chart gallery graphic image images listen map photo "
				     "photos picture pictures podcast read related slideshow video "
				     "videos watch";

bool formats_caption_line(const char *s, size_t n)
{
	while (n && (formats_is_html_space(s[n - 1]) || s[n - 1] == '.'))
		n--;
	while (n && formats_is_html_space(s[0]))
		s++, n--;
	if (n < 4 || s[0] != '[' || s[n - 1] != ']' || memchr(s + 1, '[', n - 2) ||
	    memchr(s + 1, ']', n - 2))
		return false;
	size_t w = 1;
	while (w < n && text_is_ascii_letter(s[w]))
		w++;
	if (w == 1 || s[w] != ':')
		return false;
	enum furniture f = formats_furniture(s, n);
	return f == FURN_CREDIT || f == FURN_READ_MORE ||
	       text_word_in(caption_labels, s + 1, w - 1);
}

/* Every paragraph of an article is asked: most are turned away by the tests that alone make
 * formats_furniture() answer FURN_CREDIT, before the ones that come first there. */
bool formats_credit_line(const char *s, size_t n)
{
	const char *b = s;
	size_t bn = n;

	furniture_text(&b, &bn);
	if (bn == 0 || bn > 200 ||
	    !(any_start(b, bn, credit_starts) ||
	      (bn <= 120 && (credit_line(b, bn) || counter_line(b, bn)))))
		return false;
	return formats_furniture(s, n) == FURN_CREDIT;
}
