/* test_export: the Markdown export's structure (parsed back with cmark), its escaping of hostile
 * article and note text, its determinism; the streamed JSON laid out as jansson lays out the whole
 * document; the sinks (same bytes to a buffer and a file, bounded memory, write errors); and the
 * atomic file writer. */
#include <cmark.h>
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "home_fixture.h"
#include "dateline/export.h"
#include "dateline/notes.h"

static const char article[] =
	"Council *backs* <b>ferry</b> plan \"again\" \\ # 1. `now`\n"
	"\n"
	"The council of Port Amsel voted on Tuesday to buy a second ferry.\n"
	"\n"
	"---\n"
	"\n"
	"> \"We cannot wait,\" said Mara Velt. \x1b[31mRed\x1b[0m text and [a link](http://x).\n"
	"\n"
	"1. Opponents said the money was better spent on the harbour wall.\n";

/* Notes whose text tries every way of breaking out of its place. */
static const char *const hostile[] = {
	"---\ntitle: pwned\n---",
	"# Not a heading\n## nor this",
	"<script>alert(1)</script>",
	"```\ncode fence\n```",
	"> not a quote\n>> nor this",
	"1. not a list\n- nor this\n+ nor this\n* nor this",
	"a setext heading?\n===",
	"    indented code?",
	"[link](http://example.com) ![img](x.png) <http://auto.link>",
	"&amp; &#x41; *emph* _emph_ **strong** ~~strike~~ | table |",
	"trailing backslash \\\nand two spaces  \nend",
	"escape \x1b[2J sequence and bad \xff byte",
	"",
};
#define NHOSTILE (sizeof(hostile) / sizeof(hostile[0]))

/* A buffer sink on b, for one export at a time. */
static struct export_sink *sink(struct buf *b)
{
	static struct export_sink s;
	export_sink_buf(&s, b);
	return &s;
}

static struct doc *make_doc(void)
{
	const char *err = NULL;
	struct doc *d = doc_load(article, sizeof(article) - 1, "a \"b\".txt", FORMAT_TEXT, &err);
	REQUIRE(d != NULL);
	doc_set_anchor(d, (struct date){2025, 11, 8}, ANCHOR_OPTION);
	return d;
}

static struct span span_of(const struct doc *d, const char *needle)
{
	size_t len;
	const char *t = doc_text(d, &len);
	const char *p = strstr(t, needle);
	CHECK(p != NULL);
	return p ? (struct span){(size_t)(p - t), (size_t)(p - t) + strlen(needle)}
		 : (struct span){0, 0};
}

/* A timeline, claims and notes built by hand, with hostile text in every field. */
struct fixture {
	struct doc *d;
	struct timex_list t;
	struct timex tx[2];
	struct event ev[2];
	char *summaries[2];
	struct claim_list c;
	struct claim cl[2];
	struct note_list n;
	struct note notes[NHOSTILE + 1];
};

static void fixture_init(struct fixture *f)
{
	memset(f, 0, sizeof(*f));
	f->d = make_doc();
	struct span tue = span_of(f->d, "Tuesday"), sent = span_of(f->d, "The council of");
	f->tx[0] = (struct timex){
		.span = tue, .type = TIMEX_DATE, .paragraph = 1, .value = "2025-11-04"};
	f->tx[1] = (struct timex){
		.span = tue, .type = TIMEX_DATE, .paragraph = 1, .value = "2025-11-05"};
	f->ev[0] = (struct event){.timex = 0,
				  .span = sent,
				  .label = "Nov 4, 2025\0Nov 4\0"
					   "2025-11-04",
				  .year = 2025,
				  .paragraph = 1};
	f->ev[1] = (struct event){
		.timex = 1, .span = sent, .label = "# 5\0# 5\0", .year = 0, .paragraph = 1};
	f->summaries[0] = (char *)"voted *to* buy `a` <i>ferry</i>";
	f->summaries[1] = (char *)"- \x1b[1mbold\nnext line";
	f->t = (struct timex_list){f->tx, 2, f->ev, 2, .summaries = f->summaries};
	f->cl[0] = (struct claim){CLAIM_DIRECT,
				  span_of(f->d, "We cannot wait,"),
				  span_of(f->d, "Mara Velt"),
				  span_of(f->d, "said"),
				  NULL,
				  3,
				  NULL,
				  0,
				  CLAIM_NONE,
				  CLAIM_NONE,
				  {0, 0}};
	f->cl[1] = (struct claim){CLAIM_INDIRECT,
				  span_of(f->d, "the money was better spent"),
				  (struct span){0, 0},
				  (struct span){0, 0},
				  (char *)"<Opponents> & *others*",
				  4,
				  NULL,
				  0,
				  CLAIM_NONE,
				  0,
				  {0, 0}};
	f->c = (struct claim_list){.items = f->cl, .n = 2};
	for (size_t i = 0; i < NHOSTILE; i++) {
		struct note *x = &f->notes[i];
		x->id = (int64_t)i + 1;
		x->target = (enum note_target)(i % 4);
		x->span = i % 2 ? span_of(f->d, "\x1b[31mRed\x1b[0m text and [a link](http://x)")
				: span_of(f->d, "---");
		x->text = (char *)hostile[i];
		x->quote = (char *)"";
		x->created = 1762560000 + (int64_t)i;
		x->modified = x->created + (int64_t)(i % 3) * 60;
		x->paragraph = doc_paragraph_at(f->d, x->span.start);
	}
	/* One detached note, last as notes_load() puts them. */
	struct note *x = &f->notes[NHOSTILE];
	x->id = 99;
	x->target = NOTE_CLAIM;
	x->detached = true;
	x->quote = (char *)"a passage\n# that is gone";
	x->text = (char *)"kept anyway";
	x->created = x->modified = 1762560000;
	f->n = (struct note_list){.items = f->notes, .n = NHOSTILE + 1};
}

/* The Markdown after the front matter, or NULL when the front matter is not well formed. */
static const char *check_front_matter(const char *md)
{
	static const char *const keys[] = {
		"title: ", "source: ", "anchor: ", "exported: ", "dateline: ", "notes: "};
	const char *p = md;

	CHECK(strncmp(p, "---\n", 4) == 0);
	if (strncmp(p, "---\n", 4) != 0)
		return NULL;
	p += 4;
	for (size_t k = 0; k < sizeof(keys) / sizeof(keys[0]); k++) {
		const char *nl = strchr(p, '\n');
		CHECK(nl != NULL && strncmp(p, keys[k], strlen(keys[k])) == 0);
		if (!nl)
			return NULL;
		p = nl + 1;
	}
	CHECK(strncmp(p, "---\n", 4) == 0);
	return strncmp(p, "---\n", 4) == 0 ? p + 4 : NULL;
}

static void collect_text(cmark_node *root, struct buf *all, int *counts)
{
	cmark_iter *it = cmark_iter_new(root);
	cmark_event_type ev;

	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(it);
		if (ev != CMARK_EVENT_ENTER)
			continue;
		counts[cmark_node_get_type(n)]++;
		const char *lit = cmark_node_get_literal(n);
		if (cmark_node_get_type(n) == CMARK_NODE_TEXT && lit) {
			buf_puts(all, lit);
		} else if (cmark_node_get_type(n) == CMARK_NODE_SOFTBREAK) {
			buf_putc(all, '\n');
		} else if (cmark_node_get_type(n) == CMARK_NODE_HEADING) {
			buf_printf(all, "\n[H%d]", cmark_node_get_heading_level(n));
		} else if (cmark_node_get_type(n) == CMARK_NODE_LIST) {
			/* Only our two top-level lists: nothing in a note or summary nests one. */
			CHECK(cmark_node_get_type(cmark_node_parent(n)) == CMARK_NODE_DOCUMENT);
		}
	}
	cmark_iter_free(it);
}

/* The timeline's Mermaid block: one fenced block with the info string "mermaid", each line a
 * keyword, a section or a "period : event" line, nothing from the article read as Mermaid
 * syntax (no ':' but the separators, no '#' but entity codes, no '%', '<', '`'). */
static void test_mermaid(void)
{
	struct fixture f;
	struct buf md = BUF_INIT;

	fixture_init(&f);
	export_markdown(sink(&md), f.d, &f.t, &f.c, &f.n, 1762600000);
	const char *body = check_front_matter(md.data);
	cmark_node *root = body ? cmark_parse_document(body, strlen(body), CMARK_OPT_DEFAULT)
				: NULL;
	cmark_iter *it = root ? cmark_iter_new(root) : NULL;
	cmark_event_type ev;
	const char *lit = NULL;
	int blocks = 0;
	while (it && (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(it);
		if (ev != CMARK_EVENT_ENTER || cmark_node_get_type(n) != CMARK_NODE_CODE_BLOCK)
			continue;
		blocks++;
		CHECK_STR(cmark_node_get_fence_info(n), "mermaid");
		lit = cmark_node_get_literal(n);
	}
	CHECK_EQ(blocks, 1);
	CHECK(lit != NULL);
	if (lit) {
		if (getenv("DATELINE_TEST_DUMP"))
			fputs(lit, stderr);
		CHECK(strncmp(lit, "timeline\n    title ", 19) == 0);
		CHECK(strstr(lit, "    section 2025\n        Nov 4 : voted *to* buy #96;a#96; "
				  "#lt;i#gt;ferry#lt;/i#gt;\n") != NULL);
		CHECK(strstr(lit, "    section year unknown\n") != NULL);
		size_t lines = 0;
		for (const char *p = lit; *p;) {
			const char *nl = strchr(p, '\n');
			size_t n = nl ? (size_t)(nl - p) : strlen(p);
			char line[512];
			snprintf(line, sizeof(line), "%.*s", (int)n, p);
			lines++;
			bool keyword = strcmp(line, "timeline") == 0 ||
				       strncmp(line, "    title ", 10) == 0 ||
				       strncmp(line, "    section ", 12) == 0;
			const char *sep = strstr(line, " : ");
			CHECK(keyword || (strncmp(line, "        ", 8) == 0 && sep != NULL));
			if (!keyword && sep) {
				/* the period holds no syntax; the event none but entity codes */
				CHECK(strcspn(line, "#:%") >= (size_t)(sep - line));
				CHECK(strchr(sep + 3, ':') == NULL);
				CHECK(strpbrk(sep + 3, "%<>`\"") == NULL);
				for (const char *h = strchr(sep + 3, '#'); h;
				     h = strchr(h + 1, '#')) {
					size_t k = 1;
					while (h[k] && (h[k] == '_' || (h[k] | 32) >= 'a') &&
					       (h[k] | 32) <= 'z')
						k++;
					while (h[k] >= '0' && h[k] <= '9')
						k++;
					CHECK(k > 1 && h[k] == ';');
				}
			}
			p += n + (nl ? 1 : 0);
		}
		CHECK(lines >= 5);
	}
	if (it)
		cmark_iter_free(it);
	cmark_node_free(root);
	buf_free(&md);
	doc_free(f.d);
}

static void test_structure(void)
{
	struct fixture f;
	struct buf md = BUF_INIT, all = BUF_INIT;
	int counts[64] = {0};

	fixture_init(&f);
	export_markdown(sink(&md), f.d, &f.t, &f.c, &f.n, 1762600000);
	if (getenv("DATELINE_TEST_DUMP"))
		fputs(md.data, stderr);
	CHECK_EQ(text_valid_prefix(md.data, md.len), md.len);
	CHECK(memchr(md.data, 0x1b, md.len) == NULL);
	CHECK(md.len && md.data[md.len - 1] == '\n' && md.data[md.len - 2] != '\n');
	CHECK(strstr(md.data, "\nexported: 2025-11-08T11:06:40Z\n") != NULL);
	CHECK(strstr(md.data, "\nsource: \"a \\\"b\\\".txt\"\n") != NULL);
	CHECK(strstr(md.data, "\nanchor: \"2025-11-08\"\n") != NULL);
	CHECK(strstr(md.data, "\nnotes: 14\n") != NULL);
	const char *body = check_front_matter(md.data);
	if (!body)
		goto out;
	cmark_node *root = cmark_parse_document(body, strlen(body), CMARK_OPT_DEFAULT);
	collect_text(root, &all, counts);
	cmark_node_free(root);

	/* Exactly our headings, in order: the title, three sections, one per note. */
	CHECK_EQ(counts[CMARK_NODE_HEADING], 1 + 3 + NHOSTILE + 1);
	const char *want[] = {"[H1]Council", "[H2]Timeline", "[H2]Claims",
			      "[H2]Notes",   "[H3]1. ",      "[H3]14. Detached"};
	const char *p = all.data;
	for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
		const char *q = strstr(p, want[i]);
		CHECK(q != NULL);
		if (!q)
			fprintf(stderr, "  missing %s\n", want[i]);
		p = q ? q : p;
	}
	/* Nothing from the article or a note became markup. */
	CHECK_EQ(counts[CMARK_NODE_HTML_BLOCK], 0);
	CHECK_EQ(counts[CMARK_NODE_HTML_INLINE], 0);
	CHECK_EQ(counts[CMARK_NODE_CODE_BLOCK], 1); /* the Mermaid timeline */
	CHECK_EQ(counts[CMARK_NODE_CODE], 0);
	CHECK_EQ(counts[CMARK_NODE_LINK], 0);
	CHECK_EQ(counts[CMARK_NODE_IMAGE], 0);
	CHECK_EQ(counts[CMARK_NODE_EMPH], 0);
	CHECK_EQ(counts[CMARK_NODE_THEMATIC_BREAK], 0);
	CHECK_EQ(counts[CMARK_NODE_LINEBREAK], 0);
	/* Strong only for the timeline labels and claim speakers. */
	CHECK_EQ(counts[CMARK_NODE_STRONG], 4);
	CHECK_EQ(counts[CMARK_NODE_LIST], 2);
	CHECK_EQ(counts[CMARK_NODE_ITEM], 4);
	/* One quoted passage per note. */
	CHECK_EQ(counts[CMARK_NODE_BLOCK_QUOTE], NHOSTILE + 1);
	/* And the text reads as written (controls made visible). */
	const char *texts[] = {"<script>alert(1)</script>",
			       "# Not a heading",
			       "```",
			       "> not a quote",
			       "1. not a list",
			       "[link](http://example.com)",
			       "&amp; &#x41; *emph* _emph_ **strong** ~~strike~~ | table |",
			       "escape ^[[2J sequence and bad \xEF\xBF\xBD byte",
			       "voted *to* buy `a` <i>ferry</i>",
			       "<Opponents> & *others*",
			       "title: pwned",
			       "^[[31mRed^[[0m",
			       "a passage",
			       "# that is gone",
			       "kept anyway",
			       "Council *backs* <b>ferry</b> plan \"again\" \\ # 1. `now`"};
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		CHECK(strstr(all.data, texts[i]) != NULL);
		if (!strstr(all.data, texts[i]))
			fprintf(stderr, "  text not found: %s\n", texts[i]);
	}
out:
	buf_free(&all);
	buf_free(&md);
	doc_free(f.d);
}

static void test_deterministic(void)
{
	struct fixture f;
	struct buf a = BUF_INIT, b = BUF_INIT, c = BUF_INIT;

	fixture_init(&f);
	export_markdown(sink(&a), f.d, &f.t, &f.c, &f.n, 1000);
	export_markdown(sink(&b), f.d, &f.t, &f.c, &f.n, 1000);
	export_markdown(sink(&c), f.d, &f.t, &f.c, &f.n, 2000);
	CHECK(a.len == b.len && memcmp(a.data, b.data, a.len) == 0);
	CHECK(a.len == c.len && memcmp(a.data, c.data, a.len) != 0);
	/* Only the exported line differs. */
	const char *ea = strstr(a.data, "exported: "), *ec = strstr(c.data, "exported: ");
	CHECK(ea && ec && ea - a.data == ec - c.data);
	if (ea && ec) {
		const char *na = strchr(ea, '\n'), *nc = strchr(ec, '\n');
		CHECK(strcmp(na, nc) == 0);
	}
	buf_free(&a);
	buf_free(&b);
	buf_free(&c);
	doc_free(f.d);
}

static void test_empty(void)
{
	struct doc *d = make_doc();
	struct buf md = BUF_INIT;

	export_markdown(sink(&md), d, NULL, NULL, NULL, 0);
	CHECK(strstr(md.data, "\nnotes: 0\n") != NULL);
	CHECK(strstr(md.data, "## Timeline\n\nNo dated events found.\n\n## Claims\n\nNo claims "
			      "found.\n\n## Notes\n\nNo notes.\n") != NULL);
	buf_free(&md);
	doc_free(d);
}

/* A note on a claim or an event quotes the article in whole sentences: the quotation marks and
 * the speech tag of an interrupted quotation stand as the article has them. */
static void test_note_passage(void)
{
	static const char text[] = "A title\n\nShe arrived on Monday. \"We want to be in China,\" "
				   "he told reporters. \"The door is theirs.\" Then he left.\n";
	const char *err = NULL;
	struct doc *d = doc_load(text, sizeof(text) - 1, "n.txt", FORMAT_TEXT, &err);
	REQUIRE(d != NULL);
	const char *from = strstr(text, "We want"), *to = strstr(text, "theirs.") + 7;
	struct note nt = {0};
	nt.id = 1;
	nt.target = NOTE_CLAIM;
	nt.span = (struct span){(size_t)(from - text), (size_t)(to - text)};
	nt.paragraph = 1;
	nt.text = (char *)"check the tape";
	nt.quote = (char *)"";
	struct note_list nl = {.items = &nt, .n = 1};
	struct buf md = BUF_INIT;
	export_markdown(sink(&md), d, NULL, NULL, &nl, 0);
	CHECK(strstr(md.data, "\n> \"We want to be in China,\" he told reporters. \"The door is "
			      "theirs.\"\n") != NULL);
	/* a paragraph's note quotes the paragraph, no more */
	nt.target = NOTE_PARAGRAPH;
	buf_clear(&md);
	export_markdown(sink(&md), d, NULL, NULL, &nl, 0);
	CHECK(strstr(md.data, "\n> We want to be in China,\" he told reporters. \"The door is "
			      "theirs.\n") != NULL);
	buf_free(&md);
	doc_free(d);
}

/* An article of n paragraphs with hostile bytes: controls, quotes, backslashes, invalid UTF-8,
 * U+2028, CJK, a lone CR. */
static struct doc *make_big_doc(size_t n)
{
	struct buf b = BUF_INIT;
	const char *err = NULL;

	buf_puts(&b, "A \"headline\" \\ with\ttabs\n\n");
	for (size_t i = 0; i < n; i++)
		buf_printf(
			&b,
			"On March %zu, 2024, \"we \x1b[1mwill\xff vote\u2028now,\" said Mara "
			"Velt. \xe5\x8f\xb0\xe5\x8c\x97 reported it\r on Tuesday. \xe2\x80\x9cThe "
			"rule of \"five\" holds,\xe2\x80\x9d she said on Monday. \xe2\x80\x9c"
			"A \\ is "
			"a backslash,\xe2\x80\x9d he said.\n\n",
			i % 28 + 1);
	struct doc *d = doc_load(b.data, b.len, "big\n\"name\".txt", FORMAT_TEXT, &err);
	CHECK(d != NULL);
	if (d)
		doc_set_anchor(d, (struct date){2025, 11, 8}, ANCHOR_OPTION);
	buf_free(&b);
	return d;
}

/* What is written to a file sink, read back. */
static char *export_to_file(const struct doc *d, const struct timex_list *t,
			    const struct claim_list *c, size_t *len, size_t *stage_max)
{
	char *path = path_in("sink.json");
	FILE *f = fopen(path, "w");
	struct export_sink s;

	CHECK(f != NULL);
	if (!f) {
		free(path);
		return NULL;
	}
	export_sink_file(&s, f);
	CHECK_EQ(export_json(&s, d, t, c), 0);
	*stage_max = s.stage.cap;
	CHECK_EQ(export_sink_finish(&s), 0);
	CHECK(fclose(f) == 0);
	char *got = slurp(path);
	REQUIRE(got != NULL);
	*len = strlen(got);
	unlink(path);
	free(path);
	return got;
}

static void test_json_stream(void)
{
	struct doc *d = make_big_doc(3000);
	struct buf mem = BUF_INIT;
	struct export_sink s;
	size_t flen = 0, stage = 0;

	if (!d)
		return;
	struct timex_list *t = timex_find(d);
	struct claim_list *c = claims_find(d);
	CHECK(t->n > 1000 && t->nevents > 1000 && c->n > 1000);
	/* A buffer sink appends to what the buffer holds. */
	buf_puts(&mem, "x");
	export_sink_buf(&s, &mem);
	CHECK_EQ(export_json(&s, d, t, c), 0);
	CHECK_EQ(export_sink_finish(&s), 0);
	CHECK(mem.data[0] == 'x');
	/* The streamed document is jansson's own layout of the same tree. */
	json_error_t jerr;
	json_t *root = json_loadb(mem.data + 1, mem.len - 1, 0, &jerr);
	CHECK(root != NULL);
	if (root) {
		char *again = json_dumps(root, JSON_INDENT(1) | JSON_PRESERVE_ORDER);
		CHECK(again != NULL);
		CHECK_EQ(strlen(again) + 1, mem.len - 1);
		CHECK(again && strncmp(again, mem.data + 1, mem.len - 2) == 0);
		CHECK(mem.data[mem.len - 1] == '\n');
		CHECK_EQ(json_array_size(json_object_get(root, "claims")), c->n);
		CHECK_EQ(json_array_size(json_object_get(root, "sentences")),
			 doc_sentence_count(d));
		free(again);
		json_decref(root);
	}
	/* The same bytes through a file, never staging much more than one chunk. */
	char *got = export_to_file(d, t, c, &flen, &stage);
	CHECK_EQ(flen, mem.len - 1);
	CHECK(got && memcmp(got, mem.data + 1, flen) == 0);
	CHECK(stage <= 2 * EXPORT_SINK_CHUNK);
	CHECK(mem.len > 8 * EXPORT_SINK_CHUNK);
	free(got);
	buf_free(&mem);
	claim_list_free(c);
	timex_list_free(t);
	doc_free(d);
}

/* A claim's antecedent is in --json only where there is one: {"start", "end", "text"}. */
static void test_json_antecedent(void)
{
	static const char src[] = "The council approved the new budget, which the mayor said had "
				  "cut waste. Later the mayor said taxes would fall.\n";
	const char *err = NULL;
	struct doc *d = doc_load(src, sizeof(src) - 1, "t.txt", FORMAT_TEXT, &err);
	struct buf mem = BUF_INIT;
	struct export_sink s;

	if (!d)
		return;
	struct timex_list *t = timex_find(d);
	struct claim_list *c = claims_find(d);
	export_sink_buf(&s, &mem);
	CHECK_EQ(export_json(&s, d, t, c), 0);
	CHECK_EQ(export_sink_finish(&s), 0);
	json_error_t jerr;
	json_t *root = json_loadb(mem.data, mem.len, 0, &jerr);
	json_t *cl = root ? json_object_get(root, "claims") : NULL;
	CHECK_EQ(json_array_size(cl), 2);
	if (json_array_size(cl) == 2) {
		json_t *a = json_object_get(json_array_get(cl, 0), "antecedent");
		CHECK(json_is_string(json_object_get(a, "text")) &&
		      strcmp(json_string_value(json_object_get(a, "text")), "the new budget") == 0);
		CHECK_EQ(json_integer_value(json_object_get(a, "start")), 21);
		CHECK(json_object_get(json_array_get(cl, 1), "antecedent") == NULL);
	}
	json_decref(root);
	buf_free(&mem);
	claim_list_free(c);
	timex_list_free(t);
	doc_free(d);
}

/* A full disk: the first failed write is the result, and the exports stop there. */
static void test_sink_error(void)
{
	struct doc *d = make_big_doc(2000);
	struct export_sink s;
	FILE *f = fopen("/dev/full", "w");

	if (!d || !f) {
		printf("# SKIP no /dev/full\n");
		if (f)
			fclose(f);
		doc_free(d);
		return;
	}
	struct timex_list *t = timex_find(d);
	struct claim_list *c = claims_find(d);
	export_sink_file(&s, f);
	CHECK_EQ(export_json(&s, d, t, c), -ENOSPC);
	/* Nothing more is staged after the error. */
	CHECK(s.stage.len == 0);
	CHECK_EQ(export_timeline(&s, d, t), -ENOSPC);
	CHECK_EQ(export_claims(&s, d, c), -ENOSPC);
	CHECK_EQ(export_markdown(&s, d, t, c, NULL, 0), -ENOSPC);
	CHECK(s.stage.len == 0);
	CHECK_EQ(export_sink_finish(&s), -ENOSPC);
	fclose(f);
	/* A short output fails at the flush. */
	f = fopen("/dev/full", "w");
	export_sink_file(&s, f);
	CHECK_EQ(export_text(&s, "abc", 3, false), 0);
	CHECK_EQ(export_sink_finish(&s), -ENOSPC);
	fclose(f);
	claim_list_free(c);
	timex_list_free(t);
	doc_free(d);
}

/* --text: the text as it is or made visible, in pieces that never split a character, and a
 * final newline. */
static void test_text(void)
{
	struct buf big = BUF_INIT, out = BUF_INIT, want = BUF_INIT;
	struct export_sink s;

	for (size_t i = 0; i < 70000; i++)
		buf_puts(&big, i % 7 ? "\xe5\x8f\xb0" : "\x1b");
	export_sink_buf(&s, &out);
	CHECK_EQ(export_text(&s, big.data, big.len, false), 0);
	CHECK_EQ(out.len, big.len + 1);
	CHECK(memcmp(out.data, big.data, big.len) == 0 && out.data[big.len] == '\n');
	buf_clear(&out);
	CHECK_EQ(export_text(&s, big.data, big.len, true), 0);
	text_visible(&want, big.data, big.len);
	buf_putc(&want, '\n');
	CHECK_EQ(out.len, want.len);
	CHECK(memcmp(out.data, want.data, want.len) == 0);
	buf_clear(&out);
	CHECK_EQ(export_text(&s, "a\n", 2, false), 0);
	CHECK_STR(out.data, "a\n");
	buf_free(&big);
	buf_free(&out);
	buf_free(&want);
}

static void test_write_file(void)
{
	char *out = path_in("out.md"), *link = path_in("link.md"), *dir = path_in("sub");
	char *missing = path_in("no/such/x.md"), *s;
	struct stat st;

	CHECK_EQ(export_write_file(out, "first\n", 6), 0);
	chmod(out, 0640);
	CHECK_EQ(export_write_file(out, "second\n", 7), 0);
	s = slurp(out);
	CHECK_STR(s, "second\n");
	free(s);
	/* The old file's mode is kept. */
	CHECK(stat(out, &st) == 0 && (st.st_mode & 0777) == 0640);
	/* Through a link: the target is replaced, the link stays a link. */
	CHECK(symlink("out.md", link) == 0);
	CHECK_EQ(export_write_file(link, "third\n", 6), 0);
	CHECK(lstat(link, &st) == 0 && S_ISLNK(st.st_mode));
	s = slurp(out);
	CHECK_STR(s, "third\n");
	free(s);
	CHECK(export_is_same_file(link, out));
	CHECK(!export_is_same_file(out, missing));
	/* Failures leave the old file and no temporary file. */
	mkdir(dir, 0755);
	CHECK_EQ(export_write_file(dir, "x", 1), -EISDIR);
	CHECK_EQ(export_write_file(missing, "x", 1), -ENOENT);
	CHECK_EQ(count_entries(tmp), 3);
	/* A device is written in place, never replaced. */
	CHECK_EQ(export_write_file("/dev/null", "x", 1), 0);
	CHECK(stat("/dev/null", &st) == 0 && S_ISCHR(st.st_mode));
	/* A full disk: /dev/full refuses every write. */
	if (access("/dev/full", W_OK) == 0)
		CHECK_EQ(export_write_file("/dev/full", "x", 1), -ENOSPC);
	free(out);
	free(link);
	free(dir);
	free(missing);
}

int main(void)
{
	home_begin("export");
	RUN(test_structure);
	RUN(test_mermaid);
	RUN(test_deterministic);
	RUN(test_empty);
	RUN(test_note_passage);
	RUN(test_json_stream);
	RUN(test_json_antecedent);
	RUN(test_sink_error);
	RUN(test_text);
	RUN(test_write_file);
	return home_end();
}
