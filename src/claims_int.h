/* claims_int: what the claims engine's files share (word classes, tokens, the engine's state and
 * its internal functions); not a public contract. */
#ifndef DATELINE_CLAIMS_INT_H
#define DATELINE_CLAIMS_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "dateline/claims.h"
#include "dateline/coref.h"

/*
 * The engine works one block at a time: a paragraph, or several when a quotation runs on over
 * paragraphs. A block is cut into tokens (words, punctuation, quotation marks) and its quotation
 * marks are paired (claims_tokens.c); then each sentence is searched for cues ("said",
 * "according to", "told") and the frame around each cue gives the source, the content and the
 * kind (claims_frames*.c, with the subject and source bounds of claims_subject.c, a tag before a
 * quotation in the next paragraph in claims_paras.c, a passive's agent in claims_agent.c);
 * frames that read like speech but report none are dropped (claims_junk.c); each source is
 * checked and resolved through the document's entities (coref, claims_resolve.c). Every scan from a cue is bounded
 * by a constant or stops at the sentence's end, so the pass is linear.
 *
 * Token indices below are into the block's tokens (engine.t); a range [a, b) is empty when
 * a == b; byte offsets are into the document's text.
 */

/* Cue classes (claims_lex_cue). */
enum {
	CUE_VERB = 1u << 0,      /* a speech or belief verb */
	CUE_ING = 1u << 1,       /* a participle: its source is the clause's subject */
	CUE_OBJ = 1u << 2,       /* takes an addressee before its content (told X that) */
	CUE_BELIEF = 1u << 3,    /* a belief or hope, not speech */
	CUE_NEEDTHAT = 1u << 4,  /* reported content only with "that" or a quotation */
	CUE_QUOTEONLY = 1u << 5, /* a cue only for quotations */
	CUE_OUT = 1u << 6,       /* "pointed out" */
	CUE_ACCORDING = 1u << 7, /* "according to" */
	CUE_QUOTED = 1u << 9,    /* "X quoted Y as saying" */
	CUE_NP = 1u << 10,       /* content may be a noun phrase (called X a Y, criticized X) */
	CUE_FOR = 1u << 11,      /* "called for", "called on" */
	CUE_PREP = 1u << 12, /* content after about, on, of, against, over or at ("talked about") */
	CUE_TO = 1u << 13,   /* content after "to" ("referring to", "pointed to") */
	CUE_PREPONLY = 1u << 14, /* a cue only with its preposition (or "for" with CUE_FOR) */
	CUE_DOC = 1u << 15,      /* a cue only for a document or data ("the poll shows") */
	CUE_INF = 1u << 16,      /* takes an infinitive for content ("vowed to fight") */
	CUE_INFONLY = 1u << 17,  /* a cue only with an infinitive ("declined to comment") */
	CUE_SEEM = 1u << 18, /* an impression with no source ("X seemed to", "it appears that") */
	CUE_NOUN = 1u << 19, /* a noun with its preposition: "his attacks on", "support for" */
	CUE_HEARSAY = 1u << 20,  /* a report nobody is named for ("is reportedly") */
	CUE_THATONLY = 1u << 21, /* content only after "that" or a quotation mark */
	CUE_ADJ = 1u << 22,      /* an adjective of belief after "be" ("is confident that") */
	CUE_SIGNAL = 1u << 23,   /* a message sent before "that" ("sent signals that") */
	CUE_TAGONLY = 1u << 24, /* a cue only as a tag after a quotation ("“...,” worries X") */
};

/* Other word classes (claims_lex_word). */
enum {
	WORD_DET = 1u << 0,
	WORD_PREP = 1u << 1,
	WORD_SUBORD = 1u << 2, /* begins a subordinate clause: ends a subject going backwards */
	WORD_INTRO = 1u << 3,  /* may begin an introductory phrase ("In 2008, ...") */
	WORD_ADV = 1u << 4,
	WORD_TIME = 1u << 5,
	WORD_CONJ = 1u << 6,
	WORD_VERB = 1u << 7, /* a finite or auxiliary verb: ends a noun phrase */
	WORD_AUX = 1u << 8,
	WORD_PRON = 1u << 9,
	WORD_PERSON = 1u << 10,  /* he, she, the CEO: refers to a person */
	WORD_ROLE = 1u << 11,    /* a description that refers back to a named source */
	WORD_REL = 1u << 12,     /* who, which */
	WORD_COMPANY = 1u << 13, /* the company, the firm: refers to a business, not an authority */
	WORD_DOC = 1u << 14,     /* a document or data that may show something: poll, records */
	/* a function word of French, Spanish, Portuguese, Italian or German ("el", "und"): only in
	 * the table; claims_lex_classes() gives it as *foreign, never in a word's classes */
	WORD_FOREIGN = 1u << 15,
};

enum tok_kind {
	TOK_WORD,
	TOK_PUNCT,
	TOK_QOPEN,  /* an opening quotation mark; always paired (its pair is set) */
	TOK_QCLOSE, /* a closing quotation mark; always paired */
	TOK_MARK    /* a quotation mark not yet paired: only e->open, while its block is read */
};

enum {
	TOKF_CAP = 1,      /* a word that starts with a capital letter */
	TOKF_INQ = 2,      /* inside a quotation (between its marks) */
	TOKF_USED = 4,     /* already part of a claim's frame */
	TOKF_DIGIT = 8,    /* a word that starts with a digit */
	TOKF_FOREIGN = 16, /* a function word of another language (WORD_FOREIGN) */
	TOKF_KEY = 32,     /* a word that may be in a word list: tok.key is its hash */
};

/* Word lists that rules ask of nearly every word, given to each word token once by the block
 * reader (claims_lex_classes()): a test of a bit, where tok_among() would hash the list's
 * address (claims_lex.c holds the words). */
enum {
	TOKL_BE = 1,         /* was were is are be been being (tok_be()) */
	TOKL_MODAL = 2,      /* can could may might must shall should will would (tok_modal()) */
	TOKL_PAST = 4,       /* irregular pasts: said, went, was (claims_content_coord.c) */
	TOKL_PARTICIPLE = 8, /* participles that are no past form: been, taken (the same) */
	TOKL_PRESENT = 16,   /* does has is (the same) */
	TOKL_FINITE = 32,    /* am are did do does had has have is was were (the same) */
	TOKL_BAREPAST =
		64, /* pasts that are also the present: cut, set, put (claims_subject_words.c) */
};

struct tok {
	size_t start, end; /* bytes */
	size_t sent;       /* the document's sentence index */
	size_t pair;       /* for paired quotation marks: the other mark's index; else SIZE_MAX */
	size_t next;       /* the first token of the next sentence */
	unsigned cue;      /* claims_lex_cue() flags */
	unsigned word;     /* claims_lex_word() flags */
	uint32_t key;      /* with TOKF_KEY: the hash of the word in lowercase (text_words_key) */
	unsigned char kind, flags;
	unsigned char mark, side; /* a quotation mark's family and side (claims_tokens.c) */
	unsigned char lists;      /* TOKL_*: the word lists asked most that the word is in */
};

struct engine {
	const struct doc *d;
	const char *text;
	size_t len;
	struct tok *t; /* the block's tokens */
	size_t nt, capt;
	/* claims_tok_at() of each byte from at_base on (at_n of them; none while the block is
	 * read), when the block is short enough (claims_tokens.c) */
	uint32_t *at;
	size_t at_base, at_n, capat;
	/* the block's tokens that have speech cues, in order: the passes over cues after the block
	 * is cut read only these (claims_tokens.c) */
	size_t *cues;
	size_t ncues, capcues;
	struct claim *out; /* the claims found so far, in the order found */
	size_t nout, capout;
	size_t open;  /* index of the open quotation mark in the block, or SIZE_MAX */
	size_t inner; /* a double mark of the other style open inside it ("...: “Why?” ..."), or
			 SIZE_MAX */
	bool nested;  /* such a mark opened since the open quotation did */
	const struct coref *co; /* the document's entities */
	size_t interviewee;     /* the person a Q&A interview's answers are by, or COREF_NONE */
	bool broadcast;         /* the document is a broadcast transcript (claims_broadcast()) */
	/* Sentence state. */
	struct span sent_src; /* source of the sentence's last claim */
	size_t frame_end;     /* the token after the sentence's last claim frame */
	size_t sent_first;    /* the sentence's first claim in e->out (e->nout when none) */
	/* The speakers' names out[] points to, one copy each. */
	struct text_pool *names;
	/* tok_among()'s word lists, split on first use (the engine's own: claims_lists_new()) */
	struct claims_lists *lists;
	/* claims_lex_classes() of the short words read, by their bytes (claims_lex_memo_new()) */
	struct claims_lex_memo *memo;
};

/* ---- token tests (any token index below e->nt) ---- */

static inline bool span_empty(struct span s)
{
	return s.end <= s.start;
}

/* True when the span in lies inside the span out (an empty span lies anywhere). */
static inline bool span_inside(struct span in, struct span out)
{
	return span_empty(in) || (out.start <= in.start && in.end <= out.end);
}

/* How many of the sentence's claims on either side of one a pass over them compares it with (the
 * ends of held claims in claims.c, nested beliefs in claims_junk_nested.c): a bounded look. */
#define CLAIMS_NEAR 8

/* The first of the sentence's claims that claim i is compared with: CLAIMS_NEAR before it, or the
 * sentence's first claim. */
static inline size_t claims_near_first(const struct engine *e, size_t i)
{
	return i > e->sent_first + CLAIMS_NEAR ? i - CLAIMS_NEAR : e->sent_first;
}

/* The token tests below answer false for an index past the tokens (a "k - 1" at token 0 wraps
 * around to one). */

/* True when token i is the word w (ASCII, case-insensitive). */
static inline bool tok_is(const struct engine *e, size_t i, const char *w)
{
	if (i >= e->nt)
		return false;
	const struct tok *t = &e->t[i];
	char c = e->text[t->start];

	if ((c | 0x20) != (w[0] | 0x20))
		return false;
	size_t n = strlen(w);
	return t->end - t->start == n && text_ascii_eq(e->text + t->start, w, n);
}

/* The word lists of tok_among(), each split once and found again by its address: a list must be
 * a string constant (or static), never a buffer that changes. */
struct claims_list; /* one list, split (claims_lists.c) */
/* A list's address, the bits claims_key_bit() and claims_key_bit2() of its words, and whether it
 * holds a word no token key has (raw): most tokens asked about are in no list asked, and are
 * turned away by these 24 bytes alone (claims_seen_may()). */
struct claims_seen {
	const char *words;
	uint64_t some;
	uint32_t more;
	bool raw;
};
/* Open addressing by the list's address; nslots a power of two (1 << bits), at most a quarter
 * full, so that nearly every list is found at its first slot (tok_among() asks millions of
 * times a megabyte); seen[j] and body[j] are one list's. */
struct claims_lists {
	struct claims_seen *seen;
	struct claims_list *body;
	size_t nslots, used;
	unsigned shift; /* 64 less the bits of nslots: claims_list_slot() takes the product's high
			   bits */
};
/* An empty set of lists for one engine; the caller frees it with claims_lists_free(). */
struct claims_lists *claims_lists_new(void);
/* Frees l and its lists; accepts NULL. */
void claims_lists_free(struct claims_lists *l);
/* True when token i (below e->nt) is one of `words`, as tok_among(). */
bool claims_among(const struct engine *e, size_t i, const char *words);

/* The first slot where l would hold the list `words`: the high bits of the product, those every
 * bit of the address stirs. */
static inline size_t claims_list_slot(const struct claims_lists *l, const char *words)
{
	return (size_t)(((uint64_t)(uintptr_t)words * 0x9E3779B97F4A7C15u) >> l->shift);
}

/* A bit of a word's hash, another part of it than the slots' (the low bits). */
static inline uint64_t claims_key_bit(uint32_t h)
{
	return (uint64_t)1 << (h >> 26);
}

/* A second bit of a word's hash, from the five bits below claims_key_bit()'s: a token whose first
 * bit a listed word has is looked up only when its second bit is also a listed word's. */
static inline uint32_t claims_key_bit2(uint32_t h)
{
	return (uint32_t)1 << ((h >> 21) & 31);
}

/* False when token t is certainly none of the words of the list seen as s: a token with no key
 * and a list with no word outside the keys (not raw), or a keyed token missing a bit of each
 * listed word's. */
static inline bool claims_seen_may(const struct claims_seen *s, const struct tok *t)
{
	if (!(t->flags & TOKF_KEY))
		return s->raw;
	return (s->some & claims_key_bit(t->key)) && (s->more & claims_key_bit2(t->key));
}

/* True when token i is one of the words (ASCII, case-insensitive), a string constant of lowercase
 * words separated by single spaces ("while whereas however"). A lookup of the word's hash once
 * the list has been seen. The commonest answer is here, inline: a list found at its first slot
 * and a word none of whose hash bits it has (claims_among() answers all the rest). */
static inline bool tok_among(const struct engine *e, size_t i, const char *words)
{
	if (i >= e->nt)
		return false;
	const struct claims_seen *s = &e->lists->seen[claims_list_slot(e->lists, words)];
	const struct tok *t = &e->t[i];

	if (s->words == words && !claims_seen_may(s, t))
		return false;
	return claims_among(e, i, words);
}

/* The counts from one to ten in words, for the lists of tok_among() that take a number said so
 * ("Six in 10", "about three of them", "Part One"): tok_among(e, k, "half " CLAIMS_ONE_TO_TEN). */
#define CLAIMS_ONE_TO_TEN "one two three four five six seven eight nine ten"

/* True when token i opens an adverbial clause of time, cause or concession ("when", "after",
 * "although", "unless"), or with `as` is "as" ("as shares fell"). */
static inline bool tok_adverbial_subordinator(const struct engine *e, size_t i, bool as)
{
	return tok_among(e, i,
			 "when after while although though because since before once until whereas "
			 "unless") ||
	       (as && tok_is(e, i, "as"));
}

/* True when token k is an infinitive's "to": the token after it, below b, is a word in lower
 * case that opens no phrase of its own, no determiner, pronoun, preposition, time or number
 * ("to fight"; not "to reporters", "to the crowd", "to Congress", "to 2020"). */
static inline bool tok_infinitive(const struct engine *e, size_t k, size_t b)
{
	return tok_is(e, k, "to") && k + 1 < b && e->t[k + 1].kind == TOK_WORD &&
	       !(e->t[k + 1].flags & (TOKF_CAP | TOKF_DIGIT)) &&
	       !(e->t[k + 1].word & (WORD_DET | WORD_PRON | WORD_PREP | WORD_TIME));
}

/* True when tokens i and i + 1, in one sentence, are "according to". */
static inline bool tok_according_to(const struct engine *e, size_t i)
{
	return tok_is(e, i, "according") && tok_is(e, i + 1, "to") &&
	       e->t[i + 1].sent == e->t[i].sent;
}

/* True when token i is a word that no list knows and no cue, with none of the flags `none`
 * (TOKF_CAP | TOKF_DIGIT, and TOKF_INQ where a quoted word will not do): a plain noun, adjective
 * or verb as far as the lists tell. */
static inline bool tok_unlisted(const struct engine *e, size_t i, unsigned none)
{
	const struct tok *t = &e->t[i];

	return t->kind == TOK_WORD && !(t->flags & none) && !t->word && !t->cue;
}

/* True when token i is a word of the lists `lists` (TOKL_*). */
static inline bool tok_in(const struct engine *e, size_t i, unsigned lists)
{
	return i < e->nt && (e->t[i].lists & lists);
}

/* True when token i is a form of "be" that makes a passive or a state ("was", "been"). */
static inline bool tok_be(const struct engine *e, size_t i)
{
	return i < e->nt && (e->t[i].lists & TOKL_BE);
}

/* True when token i is a modal verb ("will", "could", "shall"). */
static inline bool tok_modal(const struct engine *e, size_t i)
{
	return i < e->nt && (e->t[i].lists & TOKL_MODAL);
}

/* True when token i is the punctuation character c alone. */
static inline bool tok_punct(const struct engine *e, size_t i, char c)
{
	if (i >= e->nt)
		return false;
	const struct tok *t = &e->t[i];

	return t->kind == TOK_PUNCT && t->end - t->start == 1 && e->text[t->start] == c;
}

/* True when token i is an ellipsis: "..." (three dots or more) or "…". */
static inline bool tok_ellipsis(const struct engine *e, size_t i)
{
	if (i >= e->nt || e->t[i].kind != TOK_PUNCT)
		return false;
	const char *s = e->text + e->t[i].start;
	size_t n = e->t[i].end - e->t[i].start;

	return (n >= 3 && s[0] == '.' && s[1] == '.') ||
	       (n == 3 && memcmp(s, "\xE2\x80\xA6", 3) == 0);
}

/* True when token i is a dash: -, --, an em dash, an en dash or a horizontal bar (some pages'
 * dash: "justice ― period"). */
static inline bool tok_dash(const struct engine *e, size_t i)
{
	if (i >= e->nt)
		return false;
	const struct tok *t = &e->t[i];
	const char *s = e->text + t->start;
	size_t n = t->end - t->start;

	if (t->kind != TOK_PUNCT)
		return false;
	return (n == 1 && *s == '-') || (n == 2 && s[0] == '-' && s[1] == '-') ||
	       (n == 3 && text_wide_dash(s, n));
}

/* True when the word at i ends with suffix and is at least two bytes longer. */
static inline bool word_ends(const struct engine *e, size_t i, const char *suffix)
{
	if (i >= e->nt)
		return false;
	const struct tok *t = &e->t[i];
	size_t n = strlen(suffix), len = t->end - t->start;

	/* memcmp(), which the compiler writes out for a suffix it knows, not a call to strncmp():
	 * the same answer, as the suffix holds no NUL */
	return len > n + 1 && memcmp(e->text + t->end - n, suffix, n) == 0;
}

/* True when the word at i ends as a plural does: in "s", not "ss" ("officials", not "press"). */
static inline bool word_plural(const struct engine *e, size_t i)
{
	return word_ends(e, i, "s") && !word_ends(e, i, "ss");
}

/* True when the word at i is written with a hyphen ("late-night", "need-based"); a word token
 * holds one only between its letters. */
static inline bool tok_hyphenated(const struct engine *e, size_t i)
{
	return i < e->nt && memchr(e->text + e->t[i].start, '-', e->t[i].end - e->t[i].start);
}

/* True when the word at i ends in "-ly" as an adverb does ("softly", "pointedly"), not a noun or
 * an adjective that only looks like one ("a rally lamenting", "his family", "a reply"). */
static inline bool word_ly_adverb(const struct engine *e, size_t i)
{
	return word_ends(e, i, "ly") &&
	       !tok_among(e, i,
			  "rally ally family belly bully jelly supply reply apply assembly anomaly "
			  "monopoly lily ugly holy friendly");
}

/* True when the word at i is a possessive: it ends with "'s" or "’s" ("Trump's", "Trump’s"). */
static inline bool word_possessive(const struct engine *e, size_t i)
{
	return word_ends(e, i, "'s") || word_ends(e, i, "\xE2\x80\x99s");
}

/* True when the word at i ends in the "-s" of a plural noun or of a present verb ("reports",
 * "fears"): not "-ss", "-us" or "-is" ("boss", "status", "analysis"), nor a possessive. */
static inline bool word_plain_s(const struct engine *e, size_t i)
{
	return word_ends(e, i, "s") && !word_ends(e, i, "ss") && !word_ends(e, i, "us") &&
	       !word_ends(e, i, "is") && !word_possessive(e, i);
}

/* The document lengths in bytes for which claims_find_with() reads chunks of it on two threads:
 * from 512 KB, where a second thread saves time, with no upper bound by default (each chunk's
 * claims are handed over once joined, so the peak memory grows by one chunk's). The unit tests
 * and bench_claims --threads 1 set them to compare both ways. */
extern size_t claims_split_min, claims_split_max;
/* The bytes of a chunk of such a document at least (it is cut into at most 64): the unit tests
 * set it small to cut one into many. */
extern size_t claims_chunk_min;

/* Nouns for what someone writes or issues ("letter statement ..."), for tok_among(). */
extern const char claims_message_nouns[];
/* Fills the lookup tables; claims_find() calls it before any work (idempotent). */
void claims_lex_init(void);
/* Classes of a word (case-insensitive), 0 when it is in no list. */
unsigned claims_lex_cue(const char *s, size_t len);
unsigned claims_lex_word(const char *s, size_t len);
/* What the tables say of one word (claims_lex_classes()). */
struct claims_lexed {
	unsigned cue, word;  /* claims_lex_cue(), claims_lex_word() */
	bool foreign;        /* a function word of another language (WORD_FOREIGN) */
	bool keyed;          /* the word may be listed: key is its text_words_key() hash */
	unsigned char lists; /* TOKL_* */
	uint32_t key;
};
/* All of it at once, for the n bytes at s. */
void claims_lex_classes(const char *s, size_t len, struct claims_lexed *x);

/* A memo of claims_lex_classes() for one engine: what it said last of each of a few thousand
 * words of up to 16 bytes, by the word's bytes as written (text_word_memo_key16()). The block
 * reader asks it for every word; the commonest ("the", "said", "of", "President") are then
 * answered without a lookup. */
#define CLAIMS_MEMO_BITS 12
struct claims_lex_memo {
	struct {
		struct text_memo_key w; /* the key; all 0 when the slot is empty */
		struct claims_lexed x;
	} slot[1u << CLAIMS_MEMO_BITS];
};
/* An empty memo; the caller frees it with free(). */
struct claims_lex_memo *claims_lex_memo_new(void);
/* claims_lex_classes() of a word the memo m does not hold, noted in m under the key w. */
void claims_lex_classes_note(struct claims_lex_memo *m, const struct text_memo_key *w,
			     const char *s, size_t len, struct claims_lexed *x);

/* claims_lex_classes() of the n bytes at s, before `limit` (the end of the text), through the
 * memo m (none: NULL). */
static inline void claims_lex_classes_memo(struct claims_lex_memo *m, const char *s, size_t len,
					   const char *limit, struct claims_lexed *x)
{
	struct text_memo_key w;

	if (!m || !text_word_memo_key16(s, len, limit, &w)) {
		claims_lex_classes(s, len, x);
		return;
	}
	size_t j = text_word_memo_slot16(&w, CLAIMS_MEMO_BITS);
	if (text_memo_key_eq(&m->slot[j].w, &w))
		*x = m->slot[j].x;
	else
		claims_lex_classes_note(m, &w, s, len, x);
}
/* True for honorifics and titles before a name (Mr, Dr, Sen, President ...). */
bool claims_lex_title(const char *s, size_t len);
/* True when the lists are well formed: each group in order, no word twice in one (a unit test
 * checks it). */
bool claims_lex_check(void);

/* ---- tokens (claims_tokens.c) ---- */

/* Cuts the block that starts at paragraph p into e->t (replacing what was there): paragraph p
 * and those a quotation runs on into. Pairs its quotation marks (an unpaired one becomes
 * TOK_PUNCT), marks what lies inside quotations TOKF_INQ and links each token to the next
 * sentence. Returns the first paragraph after the block (> p); p must be below the count. */
size_t claims_block_read(struct engine *e, size_t p);
/* Frees what reading blocks gave the engine (its tokens, byte table, cue list, word lists and
 * memo of words), not its claims. */
void claims_block_free(struct engine *e);
/* claims_tok_at() of a byte past the table of e->at: a binary search. */
size_t claims_tok_search(const struct engine *e, size_t pos);
/* The first token of the block that ends after byte pos (e->nt when none): read from the table
 * e->at when the byte is in it (here, inline: it is asked at every turn), else a binary search. */
static inline size_t claims_tok_at(const struct engine *e, size_t pos)
{
	if (pos - e->at_base < e->at_n)
		return e->at[pos - e->at_base];
	return claims_tok_search(e, pos);
}
/* True when token i is markup left in plain text ("<tweet id=...>", "</tweet>"): one mark. */
bool claims_markup(const struct engine *e, size_t i);
/* True when the cue word at i is used as a verb: not "the report", "his statement", "to
 * explain". */
bool claims_cue_verb(const struct engine *e, size_t i);
/* True when token i is a quotation mark that no quoted span may hold: a paired one, or a double
 * mark left unpaired (a single one alone may be an apostrophe: "’90s"). */
bool claims_quote_mark(const struct engine *e, size_t i);
/* True when token k is a determiner or a possessive ("the", "his", "Lena's"). */
bool claims_det_or_possessive(const struct engine *e, size_t k);
/* After "expressed" or "voiced" at c: where the feeling it expresses ends and its content
 * begins, or SIZE_MAX (claims_tokens.c). */
size_t claims_feeling_prep(const struct engine *e, size_t c, size_t b);
/* After a form of "sound" at c: the preposition that ends "sounded off on", "sounded a cautious
 * note about" or "sounded the alarm over", what it is about after it; SIZE_MAX when there is
 * none (claims_tokens.c). */
size_t claims_sounded_prep(const struct engine *e, size_t c, size_t b);
/* True when the quotation [a, b) (the tokens between its marks) reads as a title: one to seven
 * words, each capitalised but for short function words, the first capitalised ("Morning Joe.",
 * "Meet the Press", "Going Viral,"). */
bool claims_title_words(const struct engine *e, size_t a, size_t b);
/* True when the quotation closing at token k is a nickname set inside a name (Marcia "Cia"
 * Price). */
bool claims_nickname(const struct engine *e, size_t k);
/* The index of the token after the nickname (claims_nickname()) whose opening mark is token i
 * and whose closing mark comes before lim; i when token i opens none. A walk over a name goes
 * on there; a walk back from k skips the nickname that closes at k - 1 when this is k for the
 * mark that opens it. */
size_t claims_after_nickname(const struct engine *e, size_t i, size_t lim);
/* True when token k is a verb of writing a work: wrote, penned, authored, co-wrote ... */
bool claims_written_verb(const struct engine *e, size_t k);
/* True when the tokens at i and j are one word (case aside): "radio" and "radio". */
bool claims_same_word(const struct engine *e, size_t i, size_t j);
/* The token of "made", "makes" or "making" that "clear" at i completes ("made clear", "has made it
 * clear"; not "to make clear"), or SIZE_MAX. */
size_t claims_made_clear(const struct engine *e, size_t i);
/* The token of "make" in "make the case" that ends with "case" at i ("has made the case that
 * ...", "made a strong case", "is making an impassioned case") or with "point" or "argument"
 * ("made the point", "made the argument"), or SIZE_MAX. */
size_t claims_made_case(const struct engine *e, size_t i);
/* The first word of the phrase that goes on to the cue at i: "went" in "went on to say" and "went
 * so far as to say", "continued" in "continued to insist", "was" in "was quick to point out" and
 * "were more likely to say", "tried" in "tried to argue that"; SIZE_MAX when "to" before i opens
 * no such phrase. */
size_t claims_goes_on_to(const struct engine *e, size_t i);
/* The verb that sends the message noun at i ("sent" in "sent strong new signals", "gave" in "gave
 * word", "sending" in "sending out a message"), past "out", a determiner and up to three
 * adjectives; SIZE_MAX when there is none. */
size_t claims_signal_verb(const struct engine *e, size_t i);
/* The form of "be" before the adjective of belief at i (CUE_ADJ: "are confident", "has been
 * acutely aware", "was not convinced"), past up to two adverbs, or SIZE_MAX. */
size_t claims_belief_adj(const struct engine *e, size_t i);
/* True when token k (before b) opens a clause of time with no subject of its own ("when asked
 * how ...", "while campaigning", "after meeting", "before adding"): "when", "while", "after" or
 * "before", then a word in lower case that is a speech verb, a verb or a word in "-ing" or "-ed".
 * Right
 * after a speech tag it says when a thing was said, not what: PolNeAR train leaves it out of the
 * content ("when asked" out 7 of 11, "while", "after", "before" with "-ing" out 22 of 29). */
bool claims_bare_time_clause(const struct engine *e, size_t k, size_t b);
/* The same shape opened by "if" or "once" ("if elected", "once asked"): a condition, which
 * PolNeAR train keeps in the content it governs ("said if elected president he could work ...":
 * in 5 of 5). */
bool claims_bare_condition(const struct engine *e, size_t k, size_t b);
/* The nearest dash before token k that may pair with one at k: in k's sentence, from a on,
 * within `within` tokens, not inside a quotation (a quoted dash is the speaker's, not the
 * writer's); SIZE_MAX when there is none. */
size_t claims_dash_before(const struct engine *e, size_t a, size_t k, size_t within);

/* ---- sources and resolution (claims_resolve.c, claims_resolve_*.c) ---- */

/* The speaker the source [a, b) refers to, as a byte span: the full name of the entity it names
 * or refers to, the source phrase itself when it is a description no entity fits ("people
 * familiar with the plans"), or an empty span (a pronoun with no antecedent). */
struct span claims_resolve(const struct engine *e, size_t a, size_t b);
/* True when the span s names a person coref knows as a man or a woman ("Sanders", "Mr. Xi",
 * "ROBERT MUGABE"): someone, not a body or words coref took for a name ("See Facebook", "N.V.
 * DSM") (claims_resolve.c). */
bool claims_known_person(const struct engine *e, struct span s);
/* True when the noun at n, right before a present participle, names the people the
 * participle's phrase describes ("voters leaving the polls", "a woman standing near", "Supporters
 * backing" opening a sentence), so that a name later in the phrase is its object, no speaker: a
 * plural or a person's noun in small letters, or a capitalised plural noun for people that only
 * opens the sentence and that coref knows as no one ("Sanders speaking" is not) (claims_resolve.c;
 * the subject scan asks it too). */
bool claims_doer_noun(const struct engine *e, size_t n);
/* The speaker_resolved text of the source [a, b): claims_resolve()'s name, the byline for a
 * first-person "I" (or "I (the writer)" when the page names no one author), the group that spoke
 * last for "they" or "the officials" it fits, "Morgan Tsvangirai's spokesman" for "his
 * spokesman"; NULL when unknown. Reads the claims found before (e->out). The caller frees the
 * result. */
char *claims_resolve_text(const struct engine *e, size_t a, size_t b);
/* The label of a question-and-answer interview that opens paragraph p of d: the letter "Q" or
 * "A" then a colon, a spaced hyphen or a dash ("Q:", "A -", "A —", "Q—"), or a "Q" run
 * into a question that an answer's label follows ("QWhat happened?", a bold Q the page lost).
 * Where the turn's words begin, from the paragraph's start (the spaces after the label
 * included); 0 when p opens with no label. *letter (may be NULL) is set to 'Q' or 'A'. The one
 * reading of such a label for the frames (no speaker "Q"), the content (the label is no one's
 * words) and the speakers (claims_qa.c). The coreference reads labels its own way (turn_label(),
 * coref_names.c: any name before a colon opening a paragraph) and must: it runs before the
 * claims and cannot call them, and it only keeps a label from being an antecedent, which is
 * right for "Q" too. */
size_t claims_qa_label(const struct doc *d, size_t p, char *letter);
/* True when token k stands in an answer of a question-and-answer interview (a paragraph that
 * opens with the label "A:", or one of the paragraphs after it before the next label), where
 * "I" is the person the questions are put to (claims_qa.c). */
bool claims_in_answer(const struct engine *e, size_t k);
/* True when token k is "you" (outside a quotation) in a question's turn that states something
 * ("Q: You said in May that ...", its sentence no question): the person the questions are put
 * to, when the interview names one (e->interviewee) (claims_qa.c). */
bool claims_you_interviewee(const struct engine *e, size_t k);
/* True when token k stands in a block quotation (doc_para.quoted: words the writer quotes, so
 * "I" there is not the writer); *who is then set to the person who speaks in the paragraph
 * that introduces it, resolved (the latest claim there with a known person as its source, "Mark
 * Zuckerberg said ...", among the last claims found), a new string, or NULL when there is none
 * (claims_qa.c). */
bool claims_block_quoter(const struct engine *e, size_t k, char **who);
/* True when the document is a broadcast transcript: a paragraph ends with a handover to a
 * correspondent ("Steve Hurst has that.", "From member station KQED, Ann Lee reports.") or a
 * sign-off ("Jim Teple, VOA News, Miami.", "For The World, I'm Ann Lee."); there "I" is the
 * voice speaking at that moment, never the page's writer. One pass over the paragraphs' last
 * sentences (claims_broadcast.c). */
bool claims_broadcast(const struct doc *d);
/* The length of the word s (n bytes) before a contraction's apostrophe, straight or curly: 1 for
 * "I’ve" and "I'm", 2 for "We're", 3 for "She's"; n when s is no such contraction ("O'Neill")
 * (claims_qa.c). A source that is one token "I’ve" is "I". */
size_t claims_uncontracted(const char *s, size_t n);
/* The person a question-and-answer interview's answers are by: of the people named before the
 * first answer paragraph, the one named most often (twice at least, no tie); COREF_NONE when the
 * document has no answer paragraph or no such person. One pass over the paragraphs and the
 * entities. */
size_t claims_interviewee(const struct doc *d, const struct coref *co);
struct frame;
/* Narrows the source of f (f->sa < f->sb) to a noun phrase: a noun read as the cue's first word
 * goes back to it ("Parata and his" + "family believe"), words left hanging at its end go
 * ("the authors of the" gives "the authors"), and after a phrase that opens with a
 * preposition, the name or pronoun that ends it stays ("At a rally for Ted Cruz, Beck" gives
 * "Beck"). */
void claims_source_trim(const struct engine *e, struct frame *f);
/* After the claims are in text order: a claim whose source is "the letter" (a message noun)
 * that names no one takes the speaker of the claim before that sent it ("Parents sent a letter
 * ... urging ..."; a block's quotations are read before its other claims, so this waits for
 * the order). */
void claims_message_senders(struct engine *e);
/* Words that stand for people only by how many of some group they are: alone, no speaker that
 * "they" can be given (claims_resolve.c, claims_resolve_text.c) */
#define CLAIMS_BARE_QUANTIFIERS "all both few many most none others several some"
/* The quantifiers that may stand before a group's name in a source ("Many Republicans", "Other
 * Democrats"). */
#define CLAIMS_GROUP_QUANTIFIERS CLAIMS_BARE_QUANTIFIERS " other"
/* Plural nouns for people who speak as a group in the news ("Analysts said", "Traders"): a
 * capitalised one opening a sentence is no surname. */
#define CLAIMS_GROUP_NOUNS                                                                          \
	"activists analysts authorities bankers brokers critics dealers demonstrators diplomats "   \
	"doctors economists engineers experts farmers firefighters forecasters investigators "      \
	"investors lawmakers lawyers negotiators observers officers officials opponents "           \
	"organizers parents police pollsters prosecutors protesters regulators rescuers "           \
	"researchers residents scientists strategists students supporters teachers traders troops " \
	"voters witnesses workers"
/* Shared by claims_resolve.c and claims_resolve_roles.c: */
/* The source [a, b) as a byte span. */
struct span claims_source_span(const struct engine *e, size_t a, size_t b);
/* "many of whom", "both of whom" ending at b: where the source starts, the count (else b - 1). */
size_t claims_counted_whom(const struct engine *e, size_t b);
/* True when token k is a number in digits or words ("3", "five", "dozens"). */
bool claims_number_word(const struct engine *e, size_t k);
/* True when token k is a noun for an office or a person's work ("chairman", "executive"). */
bool claims_office_noun(const struct engine *e, size_t k);
/* True when the word at k is an office's name ("mayor", "secretary"), not any word for a
 * person or people ("her", "writer", "a number of"): the strict part of claims_office_noun(). */
bool claims_office_word(const struct engine *e, size_t k);
/* True when token k is a word of two to four capital letters ("CEO", "HSC"), no name's. */
bool claims_acronym_word(const struct engine *e, size_t k);
/* The name of the person coref knows by the words at s; an empty span when none. */
struct span claims_person_named(const struct engine *e, struct span s);
/* For "he" or "she" at token a that opens a clause after a semicolon or ", and" in its sentence:
 * the subject of the clause before it, a description by office ("The senator defended himself;
 * he said") or a person's name, after an opening phrase, if any; an empty span when there is
 * none. *unsure is set when that clause names another person too and no reflexive binds it to
 * its subject ("The senator attacked Mr. Lund; he said"): the pronoun may be either
 * (claims_resolve_clause.c). */
struct span claims_clause_subject(const struct engine *e, size_t a, bool *unsure);
/* For "he" or "she" at token a that is the first word of its sentence outside a quotation
 * ("“Filth out!” she wrote"): the indefinite description of one person of the pronoun's sex
 * that opens the sentence before as its subject ("A 29-year-old Berlin woman, meanwhile,
 * received ..."), when no person is named after it before the pronoun; an empty span otherwise
 * (claims_resolve_clause.c). */
struct span claims_description_before(const struct engine *e, size_t a);
/* For "they" at token a outside a quotation: the plural subject of its sentence before it, or
 * of the sentence before when few words open its own: people by a plural noun ("Mexican
 * officials", "the analysts"), a group coref knows ("Senate Democrats") or two people joined
 * by "and" ("Mr. Rubio and Mr. Cruz"), as its subject, after a subordinator ("As") or an
 * opening phrase up to a comma; an empty span when none, or when another group stands
 * between (claims_resolve_clause.c). */
struct span claims_they_subject(const struct engine *e, size_t a);
/* The name before the comma that the role [a, b) follows ("Robert M. Price, chairman and"). */
struct span claims_role_of_name_before(const struct engine *e, size_t a, size_t b);
/* True when "and" at token k joins two roles in an apposition after a name ("Robert M. Price,
 * chairman and chief executive of Acme", "Anthony Anton, president and CEO"): one source. */
bool claims_roles_joined(const struct engine *e, size_t k);
/* The person named in an apposition right after the description [a, b); empty when none. */
struct span claims_apposition_after(const struct engine *e, size_t a, size_t b);
/* The person named after the comma at k that ends the description [a, k), up to b. */
struct span claims_name_set_off(const struct engine *e, size_t a, size_t k, size_t b);
/* The name that ends the source [a, b) as written, when coref would take it for another person:
 * "Donald Trump Jr." for the father, "his son Donald" for the possessor; empty otherwise. */
struct span claims_written_kin(const struct engine *e, size_t a, size_t b);
/* For "he" or "she" at token a that coref takes for the person whose name the latest source
 * before it (in this paragraph or the one before) wrote for another (claims_written_kin()): that
 * source's name as written ("Donald Jr."); empty otherwise. */
struct span claims_kin_pronoun(const struct engine *e, size_t a);
/* True when the relative clause from "who" at k to b only says the source would not be named
 * ("who spoke on the condition of anonymity", "who asked not to be identified"). */
bool claims_anonymity_clause(const struct engine *e, size_t k, size_t b);
/* Where the name begins that the relative clause from "who" at k to b gives the source ("who gave
 * her name only as Denise"), or SIZE_MAX. */
size_t claims_given_name(const struct engine *e, size_t k, size_t b);
/* True when the source [a, b) opens with a lowercase gerund right after a preposition ("after
 * shooting skeet at the Buffalo Shooting Club"): the preposition's object, no speaker. */
bool claims_gerund_object(const struct engine *e, size_t a, size_t b);
/* True when [a, b) is an unnamed person tied to a named one ("an adviser to Hillary Clinton"). */
bool claims_related_to_name(const struct engine *e, size_t a, size_t b);
/* True when the source [a, b) that passed the checks names no one: a short phrase that opens
 * with a preposition ("In one memorable moment", "with each character") or a clause ("It's
 * worth"); the claim may be right, its source is elsewhere. */
bool claims_source_none(const struct engine *e, size_t a, size_t b);
/* False when the frame f gives no claim whatever its content: a capitalised cue inside a
 * sentence not in title case ("titles like Call of Duty"), a numbered part before a colon
 * ("Part One: ..."), a thing's name ("a shape called a strange attractor"). */
bool claims_frame_plausible(const struct engine *e, const struct frame *f);
/* True when the frame f reads like speech but reports none: a thing's name ("a planet called
 * Zebes"), an aspect verb ("continued to launch"), a speech verb for a thing's action
 * (claims_junk.c). */
bool claims_frame_junk(const struct engine *e, const struct frame *f);
/* Drops from the sentence's claims (e->out from e->sent_first on) each belief, hope or stance
 * ("he expects", "they support") or act taken on something ("accused the judge", "his attacks
 * on"; not "referring to") whose cue, source and content lie inside the content of another
 * claim near it: the outer claim reports it ("Forte said he expects Amazon to ..."), one
 * statement, not two. Frees the dropped claims' quote spans; call it once the sentence's frames
 * are read, while the block's tokens are there (claims_junk_nested.c). */
void claims_drop_nested(struct engine *e);
/* True when the cue of claim c is a belief, a hope or a stance ("expects", "backed") or an act
 * taken on something ("vowed to", "called for", "criticism of"): inside another claim's content
 * a step of that statement (claims_junk_nested.c). */
bool claims_step_cue(const struct engine *e, const struct claim *c);
/* True when the word at k is a verb's particle ("back", "out", "off", "up", "down", "away":
 * "sends back", "shut him down"): no noun phrase ends in it. */
bool claims_verb_particle(const struct engine *e, size_t k);
/* True when the lowercase noun at k may name a person by what they do ("lawmaker", "director",
 * "activist", "politician", "student"). */
bool claims_person_noun(const struct engine *e, size_t k);
/* True when the source [a, b) opens with a clause, not a noun phrase ("It's worth", "That's
 * partly"): the claim may stand, its speaker is not there (claims_junk_source.c). */
bool claims_source_clause(const struct engine *e, size_t a, size_t b);
/* True when frame f's source is no one (claims_junk_source.c): polls no one names, a list of
 * states, page labels and list headings, an opener alone, an order to the reader, a gerund's
 * phrase or a topic read as the subject. */
bool claims_junk_source(const struct engine *e, const struct frame *f);
/* True when frame f's cue word is no verb of speech or its content says nothing
 * (claims_junk_words.c): a compound, an adjective, a noun, what a picture shows, an act on a
 * thing, content that is a particle, an occasion or another attribution's tag. */
bool claims_junk_words(const struct engine *e, const struct frame *f);
/* True when frame f's cue is a participle right after a lowercase noun of a made thing that
 * carries no one's words ("signs pointing out the exits", "the brand highlighting its roots"),
 * its content no quotation: it modifies the noun, no one speaks ("officials saying", "a
 * statement saying", "a sign saying “...”" stay) (claims_junk_thing.c). */
bool claims_participle_of_thing(const struct engine *e, const struct frame *f);
/* True when frame f's words read another way, with no one speaking: a relative clause with no
 * "that" on a noun ("developers I know actually test"), a noun a participle and "by" describe ("a
 * saying loved by"), a heading in title case ("Eliminating Repeating Alerts"), a gerund subject
 * ("adding X to Y is ...") (claims_junk_misread.c). */
bool claims_other_reading(const struct engine *e, const struct frame *f);
/* True when token k is a currency sign before a number ("$226.3 million"). */
bool claims_currency_before(const struct engine *e, size_t k);
/* True when the word at k names a picture or footage ("photo", "videos", "clip"). */
bool claims_picture_noun(const struct engine *e, size_t k);
/* False when [a, b) cannot be a source (a time, a place, a dateline, page furniture ...). */
bool claims_source_ok(const struct engine *e, size_t a, size_t b);
/* True when the one-word name w is the short form of a longer name given before it. */
bool claims_known_name(const struct engine *e, struct span w);

/* ---- subjects and sources (claims_subject.c and claims_subject_*.c) ---- */
/* True when the lowercase word at k may end a description of a person that a name set off by a
 * comma follows ("the campaign's chief, Jo Lee", "a lawyer, Jo Lee", "a friend, Jo Lee"). */
bool claims_describes_person(const struct engine *e, size_t k);

/* True when token i is "May", "Will", "June", "April" or "August" as a word of a person's name
 * ("Theresa May", "June Carter"), or "States" of a country's ("The United States had"), not a
 * verb or a month. */
bool claims_name_word(const struct engine *e, size_t i);
/* True when token i is "opposition" naming the people who oppose a government ("The opposition
 * issued a statement saying", "Opposition leaders released a statement condemning"), not the
 * stance noun before what is opposed ("opposition to the plan"): a word of a subject. */
bool claims_people_noun(const struct engine *e, size_t i);
/* True when token j is a day that says when, no word of the source before it ("The city council
 * Tuesday said", "One senior official Monday described", "President Bush today"): a weekday,
 * but not after a word that makes it a holiday's name ("Super Tuesday", "Good Friday"), or
 * "today", "tonight" and "yesterday" in small letters ("USA TODAY", NBC's "Today" are names).
 * The subject scan (claims_subject.c), the source's trim (claims_resolve_checks.c) and the
 * reading of a description (claims_resolve.c) ask it alike. */
bool claims_day_word(const struct engine *e, size_t j);
/* Where the time that ends the words [a, b) starts, one word at least left before it: a day
 * (claims_day_word()), or "last" or "this" and a week, a month or a year, after "on", "late",
 * "early", "earlier" or "later" if one is there ("on Thursday", "late Monday", "last week"); b
 * when no time ends them. The subject scan
 * ("the court on Monday ruled") and the source's trim ("Ted Cruz on Wednesday") take it off
 * what says who spoke, each after its own check of the words before it. */
size_t claims_time_ends(const struct engine *e, size_t a, size_t b);
/* True when token k is "May" the month: capitalised, before a day's number or after "in", "since",
 * "last" and the like ("a survey taken in May", "May 3"); "May" the modal and Theresa May are no
 * time. */
bool claims_month_may(const struct engine *e, size_t k);
/* True when token i is a participle after "newly" or "recently" that describes the lowercase
 * noun after it, the pair set after a comma, a determiner or a possessive ("Jo Lee, newly appointed
 * chairman", "the party's recently elected leader"): a word of the subject, no verb. */
bool claims_newly_participle(const struct engine *e, size_t i);
/* True when token i ends a subject scanned backwards (a mark, a verb, most punctuation). */
bool claims_stop_back(const struct engine *e, size_t i);
/* True when "as" at i names an office after a noun ("her tenure as secretary of state"), or with
 * verb true after a noun or a verb ("who served as mayor"): a preposition, no clause. */
bool claims_as_role(const struct engine *e, size_t i, bool verb);
/* True when token i is a participle with its agent after it, set after a noun: "reports seen by
 * Reuters", "a memo reviewed by CNN" (a source's words, not a verb of its own). */
bool claims_agent_participle(const struct engine *e, size_t i);
/* True when token i is a participle that names or labels the noun before its comma, set off
 * after it: "The program, called EB-5, allows", "The senator, called a liar by rivals, said",
 * "The plan, dubbed Fast Track, failed" (the noun is called so; no one speaks). Not "called for",
 * "called on" nor a name after the comma. */
bool claims_naming_participle(const struct engine *e, size_t i);
/* True when token i names the lowercase noun right before it, with no comma between, by the
 * name after it up to a comma or a stop: "a consulting firm called Gavekal Dragonomics,", "a
 * group named Friends of the Earth." (a noun phrase, no one speaks). Not "Lee called Ames a
 * liar", "the mayor called the plan weak". */
bool claims_naming_after_noun(const struct engine *e, size_t i);
/* True when token i is a naming participle after a comma, whatever comes before the comma
 * (claims_naming_participle() asks that too): ", dubbed the city's “little hero”", ", known as
 * X", not ", called for" nor ", called her". */
bool claims_naming_word(const struct engine *e, size_t i);
/* The opening mark of a scare quote closing at i (after a): a word or two in quotation marks
 * after a word of the sentence ("an “initiative” designed to", "its “reform” plan", "a “Fresh”
 * Start"), which names a thing, not anyone's words; else SIZE_MAX. */
size_t claims_scare_quote_open(const struct engine *e, size_t a, size_t i);
/* True when token k is a capitalised word, not the first, of a sentence in title case: a
 * headline ("Clinton Says Russians Hacked DNC, Calls ..."), where every word of four letters or
 * more but a function word is capitalised (three at least, quotations aside), so that its verbs
 * and adverbs are capitalised as its names are. At most 40 tokens are read. */
bool claims_headline_word(const struct engine *e, size_t k);
/* The start of the adverbs and auxiliaries right before a cue at c ("has also said"); >= a. */
size_t claims_skip_aux_back(const struct engine *e, size_t a, size_t c);
/* Where a subject [a, b) begins without its introductory phrases ("In 2008,", "But"); <= b. */
size_t claims_trim_intro(const struct engine *e, size_t a, size_t b);
/* The subject before the cue at c, no further back than a: [*sa, *sb); false when none. The
 * two subject functions write *sa and *sb only when they return true. */
bool claims_subject_back(const struct engine *e, size_t a, size_t c, size_t *sa, size_t *sb);
/* The subject of the clause [a, b) that begins at a (for "..., saying" and "issued a
 * statement saying"): [*sa, *sb); false when none. */
bool claims_subject_fwd(const struct engine *e, size_t a, size_t b, size_t *sa, size_t *sb);
/* For a comma or "and" at k after a name: the end of the people joined to it (", his wife
 * Grace and two key figures from her faction", " and his wife"), before lim; k when none are
 * (claims_subject_after.c). */
size_t claims_group_end(const struct engine *e, size_t k, size_t lim);
/* For a source [*a, b) that is a person's name and people joined to it ("Mr. Mugabe, his wife
 * Grace and two ministers", "Mugabe and his aides"): the end of the name, *a moved to its
 * start past an opening adverb; *a when the source is no such group (claims_resolve.c). */
size_t claims_group_head(const struct engine *e, size_t *a, size_t b);
/* The participle in the source [a, b) that a time follows, after the noun it describes ("The
 * report released Sunday by the agency", "a poll issued on Friday"): the end of the thing that
 * spoke; b when there is none. */
size_t claims_dated_participle(const struct engine *e, size_t a, size_t b);
/* The token after a short bracket opening at k that a source's phrase goes on past, before b
 * ("The Hamilton (Ontario) Herald", "Over half (55%) of voters"); k when there is none. */
size_t claims_bracket_within(const struct engine *e, size_t k, size_t b);
/* The end of the source after an inverted cue at c ("..., said Jon Alterman, an analyst."):
 * the source is [c + 1, result), within the sentence ending at b. */
size_t claims_source_after(const struct engine *e, size_t c, size_t b);
/* True when the words from k (before b) after an inverted cue are a message and who gave it
 * ("said a statement released by the union", "said a message that was read to the crowd"). */
bool claims_message_source(const struct engine *e, size_t k, size_t b);
/* True when the word at j is a capitalised word of a name beside the word at i, in the same
 * sentence (claims_subject_words.c). */
bool claims_cap_name_word(const struct engine *e, size_t i, size_t j);
/* True when the subject pronoun at p (after a) opens a relative clause with no relative
 * pronoun: it follows a lowercase noun right before it and a verb follows it ("the lawyers I
 * called", "the scholars we interviewed", "the documents they released") (claims_subject.c). */
bool claims_contact_relative(const struct engine *e, size_t a, size_t p);
/* True when token k opens a time phrase: "this", "last", "next" or "that" before a noun of a
 * span of time ("this month", "last week", "that morning"; not "this week's report"). */
bool claims_time_phrase_at(const struct engine *e, size_t k);
/* True when the lowercase word at i in -s after a name and before a determiner is the name's
 * verb ("Ames Corp. discloses the figures"), or a past that is also the present after a noun and
 * before a determiner or possessive ("Acme cut its forecast", "the board set a date"). */
bool claims_verb_after_name(const struct engine *e, size_t i);
/* True when the word at a may open an introductory phrase ("In 2008,", "Finally,", "According
 * to ...") (claims_subject_intro.c). */
bool claims_opens_intro(const struct engine *e, size_t a, size_t b);
/* The kind of abbreviation (text_abbrev_stop()) whose stop token i is, its letters from token a
 * on: TEXT_ABBREV_NAME when it closes a name ("Acme Corp.", "Ann Lee Jr.", not "Mercury LLC."),
 * which keeps it and goes on over it ("Widgets Corp. and Zenith Tools Inc. say");
 * TEXT_ABBREV_INITIALS for initials written with stops ("the U.S.", "S.E.C.", "9 a.m."), whose
 * stop need not end the sentence; TEXT_ABBREV_NONE (0) else (claims_subject.c). */
enum text_abbrev claims_stop_abbrev(const struct engine *e, size_t a, size_t i);
/* True when token i is the full stop glued to a capitalised word of two letters or more, any
 * abbreviation's ("Acme Corp.", "Mr.", "Gov.", "Calif."), not an initial's ("U.S.", "J."): wider
 * than claims_stop_abbrev(), for a name that a word after it may follow (claims_subject.c). */
bool claims_abbrev_stop(const struct engine *e, size_t i);

/* A frame being read: the sentence, the cue, then the source, the kind and the content as
 * they are found. Token ranges are [start, end); the source is empty when sa >= sb. */
struct frame {
	size_t a, b;   /* the sentence */
	size_t c;      /* the cue word */
	unsigned cue;  /* its claims_lex_cue() classes */
	size_t qa, qb; /* the cue's tokens ("has also said", "according to") */
	size_t sa, sb; /* the source's tokens */
	enum claim_kind kind;
	size_t cs, ce; /* the content's bytes */
};

/* ---- where content begins and ends (claims_content.c, claims_content_clause.c,
 * claims_content_coord.c, claims_content_relative.c, claims_content_start.c) ---- */

/* The end (byte offset) of content that starts in this sentence and runs to `limit` (token
 * index, exclusive); a quotation opened inside runs on to its close. */
size_t claims_content_end(const struct engine *e, size_t from, size_t limit);
/* The cue verb of a clause that begins at token k (before lim): its subject ("he", "analysts",
 * "the company"), adverbs and auxiliaries, then a cue used as a verb; SIZE_MAX when there is
 * none. */
size_t claims_clause_cue(const struct engine *e, size_t k, size_t lim);
/* True when the cue at c closes its sentence (ending at b) but for a time or a place: the tag
 * of an inverted attribution ("..., the company said on Friday."). */
bool claims_tag_ends(const struct engine *e, size_t c, size_t b);
/* True when the comma at token k (below lim) opens a quotation that a tag of its own follows
 * ("X, the officials said, Y, “Z,” Mr. McHugh said", "..., “Z,” said Mr. McHugh"): another
 * claim's words and tag, where content before the comma ends. */
bool claims_quote_tagged(const struct engine *e, size_t k, size_t lim);
/* The end of content [cs, ce) in bytes without the conjunction, article, possessive, relative
 * word or "to" a limit left last before more words of its sentence ("attacks on immigrants and
 * his", "the bankers who"), nor a preposition whose object that took away: content ends on a
 * word that can end it. */
size_t claims_end_whole(const struct engine *e, size_t cs, size_t ce);
/* True when one of the three words after a preposition at k and its determiner (before lim)
 * names an occasion ("in an interview", "at a press conference", "during the debate"): when or
 * where something was said, not what or who. */
bool claims_occasion_after(const struct engine *e, size_t k, size_t lim);
/* True when noun-phrase content that begins at p ends before token k (claims_content_np.c): a
 * time that dates the telling ("on Thursday", "last week"), an occasion ("in an interview", "at
 * a press conference") or a coordinated verb phrase ("but did not say", "and highlighted her
 * plans"). */
bool claims_on_website(const struct engine *e, size_t k, size_t lim);
bool claims_np_ends(const struct engine *e, size_t p, size_t k, size_t lim);
/* True when "as" at k (before lim) opens a clause of its own after a short object of the cue
 * (the claims_np_short() kind) that begins at p: a subject pronoun or "the" and a noun, then a
 * verb in the past or the present ("denouncing Rubio's bill as it was sailing through the
 * Senate", "opposed it as he positioned himself", "slammed Trump as the election looms
 * closer"), or names and a verb the lexicon knows ("condemned the launch as Pyongyang fired
 * three more", "backing the government as the United States, Britain and France support ...";
 * not "such as"): what went on while the speaker did it, the writer's words. PolNeAR train: of
 * short noun-phrase contents, 10 end before such an "as", 1 goes on with it. Not "as" before a
 * noun ("cited trade as his issue") nor after "as" in the object ("as big as it gets")
 * (claims_content_np.c). */
bool claims_while_clause(const struct engine *e, size_t p, size_t k, size_t lim);
/* For noun-phrase content from p that is no short noun phrase, tells of an event of its own (a
 * verb, an infinitive or a participle) and has a day or a year that closes its clause at k
 * ("... to debate him in Brooklyn on April 14.", "... detained attempting to enter Texas from
 * Mexico on Monday.", "... asked Norton to republish the book this year, it declined"): the
 * token after the time, where the content ends with it; SIZE_MAX otherwise, when
 * claims_np_ends() reads on (claims_content_np.c). */
size_t claims_time_closes(const struct engine *e, size_t p, size_t k, size_t lim);
/* The token where the content of a forward claim at token p ends (exclusive): the sentence's
 * end b, a participle clause (", adding that"), a coordinated clause with a cue of its own
 * ("..., and he warned that"), the tag of an attribution around it ("..., the company said."),
 * a clause that comments on it (", while ..."), and for noun-phrase content (np) a time, an
 * occasion or a coordinated verb phrase; always > p when p < b. */
size_t claims_clause_limit(const struct engine *e, size_t p, size_t b, bool np);
/* The "expected" of an expectation that "with" at w opens as an absolute phrase (", with both
 * the mayor and his deputy expected to attend"): at most ten words of a noun phrase after "with",
 * none of them a verb, then "expected to"; SIZE_MAX when there is none (before lim). */
size_t claims_with_expected(const struct engine *e, size_t w, size_t lim);
/* The token after a discourse connective that opens content at k ("Still,", "In fact,", "But"),
 * before lim; k when there is none. PolNeAR keeps such a connective in content before a tag more
 * often than not (train 109 to 39), but where the frames skip it PolNeAR mostly leaves it out
 * too (29 to 12): keeping it everywhere made 16 contents exact and 34 inexact on train. */
size_t claims_skip_connective(const struct engine *e, size_t k, size_t lim);
/* True when token k is "not", "never" or a word in "n't" ("didn't", "wouldn’t"). */
bool claims_negation_word(const struct engine *e, size_t k);
/* Where content that ends before token `upto` begins: the sentence's start (a), or the end of
 * the claim before it in the sentence, and never more than 400 tokens back. A byte offset. */
size_t claims_floor_start(const struct engine *e, size_t a, size_t upto);
/* The bytes [*s, *end) of paragraph p without its trailing white space; false when there is no
 * paragraph p, or it is a heading or longer than 4 KB (bounded work for each claim). */
bool claims_para_bytes(const struct engine *e, size_t p, size_t *s, size_t *end);
/* True when paragraph p is one quotation and nothing else (“...”, "...", ''...''), of four words
 * or more and at most 4 KB, not a label ending in a colon ("Related:"): *inner is set to the
 * words between its marks. */
bool claims_quote_para(const struct engine *e, size_t p, struct span *inner);
/* True when the bytes [s, end) inside a quotation hold no double mark but the pairs of a
 * quotation inside it, in the style the outer one does not use: straight marks inside curly
 * ones (`curly`), curly ones inside straight or doubled ones ("“I read them the question:
 * "Is she fit?" Most said no.”"). A tag between two quotations ("...,” he said. “...") is
 * none of those. */
bool claims_quote_inside_only(const char *t, size_t s, size_t end, bool curly);
/* Extends content that ends at a closing mark by the quotation-only sentences from token
 * `after` on in the same paragraph ("A," he said. "B."), and when they end the paragraph, by the
 * paragraphs after it that are quotations alone (claims_quote_para). Returns the new end. */
size_t claims_run_on(const struct engine *e, size_t after, size_t end);
/* After an inverted cue and its source ending at token r: content that goes on ("A," he said,
 * "B." / Y, he said, Z.) and quotation-only sentences after. Returns the new content end. */
size_t claims_carry_on(const struct engine *e, size_t r, size_t b, size_t ce, bool quoted);
/* After "Y, she said," with the word k after the tag's comma (before b) and Y's last token at
 * last: true when the sentence goes on with Y's words, "after", "before", "since" or "until"
 * with a gerund ("after privately reporting the bug"), a clause of its own ("after the company
 * reported it") or after a span of time Y ends with ("21 months, she said, after ...") (claims_aside.c). */
bool claims_aside_goes_on(const struct engine *e, size_t k, size_t b, size_t last);
/* True when frame f's tag sits at the head of a relative clause with no "that" ("attack code he
 * said exploits the flaw"): a noun before a pronoun source, a finite verb after the cue; the
 * content then begins at the noun (claims_subject_gap.c). */
bool claims_bare_relative(const struct engine *e, const struct frame *f);
/* The start of content [cs, tok cb) before an aside tag: when it ends with a span of time set off
 * by a comma ("published Thursday, 21 months, he said, after ..."), the span's first word, since
 * only the span and what goes on after the tag are the speaker's; cs otherwise (claims_aside.c). */
size_t claims_aside_span_start(const struct engine *e, size_t cs, size_t cb);
/* True when, from token r after an inverted tag (before b), the tag's clause goes on past a
 * comma or semicolon with more words before any quotation ("Y, he said, on condition of
 * anonymity"): content that ends at the tag must not run on over those words into the
 * quotation after the sentence. Reads at most 40 tokens. */
bool claims_aside_more(const struct engine *e, size_t r, size_t b);
/* Where the content [cs, ce) ends without a tag question the writer's sentence puts after it
 * (", didn't she?", ", isn't it,"): a comma, an auxiliary (with "n't", or bare), a pronoun, then
 * a question mark, a comma or the content's end; outside quotations, which keep the speaker's
 * own. ce when there is none (claims_aside.c). */
size_t claims_tag_question(const struct engine *e, size_t cs, size_t ce);
/* After the tag at r of indirect content that ends on a partial quotation ("But ''it is a better
 * use of political capital,'' he added, to pursue a hybrid system"): the clause goes on after
 * the tag's comma when a verb, a modal, "to" and a verb, or "that" comes next, not a participle
 * (", adding that"), a capital or a cue. Returns the new content end, or ce. */
size_t claims_partial_goes_on(const struct engine *e, size_t r, size_t b, size_t ce);
/* The content after a forward cue whose frame ends at token p: the token where it begins (a
 * quotation mark for direct content) or SIZE_MAX. */
size_t claims_content_start(const struct engine *e, size_t p, size_t b, unsigned cue);
/* True when a main clause begins at token k (before b), after a clause or phrase that opens
 * the sentence: a subject (a name, a pronoun, a noun phrase, a number; one apposition between
 * commas may follow it) and, within eight words, a finite verb ("Sanders said", "white
 * working-class Democrats may see", "Michael Briggs, Sanders's spokesman, suggested"). */
bool claims_main_clause(const struct engine *e, size_t k, size_t b);
/* Where the clause that holds token c begins when it opens the sentence [a, ...) before the
 * main clause: a subordinator ("When Obama asked ..."), "asked" or a participle ("Challenging
 * the majority leader ...") at the sentence's start (after a connective) or after a phrase with
 * no verb ("In a 1973 debate, when ..."); SIZE_MAX when there is none or c is more than 60
 * tokens from a. */
size_t claims_opening(const struct engine *e, size_t a, size_t c);
/* The comma after token p (before lim, within 400 tokens) where a main clause begins
 * (claims_main_clause), after a comma alone or one inside a closing quotation; SIZE_MAX when
 * there is none. */
size_t claims_main_after(const struct engine *e, size_t p, size_t lim);
/* Sets the kind and content of a frame whose content begins at token p (p < f->b): the
 * quotation that opens there, or the clause that starts there. */
void claims_content_at(const struct engine *e, struct frame *f, size_t p);
/* True when the stop at token i closes a title's abbreviation ("Mr.", "Sen."). */
bool claims_title_before(const struct engine *e, size_t i);
/* True when the clause from k to its cue c reads as a speech tag: no modal, no "to" after c. */
bool claims_tag_plain(const struct engine *e, size_t k, size_t c);
/* True for a pronoun with a verb joined to it at token k: "she's", "they're", "it’ll". */
bool claims_contraction(const struct engine *e, size_t k);
/* True for "he's" or "she’s": a pronoun of a person with "'s" (is, has) run in. */
bool claims_person_pronoun_s(const struct engine *e, size_t k);
/* True when the word at i may be the verb of a clause, or begins its verb phrase: a finite verb,
 * an auxiliary, a modal, a participle, a cue verb or "to" (claims_content_relative.c). */
bool claims_verb_like(const struct engine *e, size_t i);
/* True when the word at k is a verb in the past: an "-ed" word or an irregular past ("led",
 * "grew"), which the lexicon may not know (claims_content_relative.c). */
bool claims_past_word(const struct engine *e, size_t k);
/* The end (byte offset) of frame f's content from cs when its cue is in a relative clause on the
 * sentence's subject ("An NBC reporter who has been asking about the fund got an answer"): before
 * the main clause's verb ("got"), f->ce when there is none to find. */
size_t claims_relative_subject_end(const struct engine *e, const struct frame *f, size_t cs);
/* True when a relative clause after the comma at k is set inside a clause of the content from p
 * that "that", "whether", "if" or "because" opened, whose subject still waits for its verb. */
bool claims_subject_waits(const struct engine *e, size_t p, size_t k);
/* True when "and" at k joins a second noun to the subject of a clause opened in the content from
 * p that has no verb yet ("because the council and the mayor agreed to ..."). */
bool claims_subject_joins(const struct engine *e, size_t p, size_t k);
/* The comma that closes a relative clause or a concession set inside the content's clause at
 * comma k ("the annual talks, which started a decade ago, remained ..."), or SIZE_MAX. */
size_t claims_inner_relative(const struct engine *e, size_t p, size_t k, size_t lim);
/* For content from p in a clause that a subordinator opens ("Although he called ...", "As the
 * mayor appears set to ..."): the comma, or the closing mark after a comma inside a quotation,
 * where the main clause begins, read more loosely than claims_main_clause ("..., council member
 * Vance apparently disagrees"); SIZE_MAX when there is none. */
size_t claims_fronted_end(const struct engine *e, size_t p, size_t lim);
/* True when the comma or a dash no other dash of its sentence pairs with at k begins the
 * writer's comment on the content before it: a determiner, at most two words and a noun that
 * names a statement or an act ("- a point that officials have disputed", ", a move that would
 * dilute their power", "- the first time it has weighed in"), not an item of a list
 * (claims_content_comment.c). */
bool claims_comment_noun(const struct engine *e, size_t k, size_t lim);
/* True when "and" at k joins a second verb to a relative clause in the content from p ("a town
 * that borders the river and has had ties with the port"): the verb after "and" is in the
 * present after "he", as the relative clause's is (claims_content_relative.c). */
bool claims_relative_and(const struct engine *e, size_t p, size_t k);
/* True when the word at i is a verb in the present after "he" ("is", "has", "borders"; some
 * plural nouns pass) (claims_content_coord.c). */
bool claims_present_s(const struct engine *e, size_t i);
/* True when the comma at k closes a relative clause the content from p lies in, whose main
 * clause's verb follows ("Curiel, who ... declined to comment, was born in ..."). */
bool claims_relative_closes(const struct engine *e, size_t p, size_t k, size_t lim);
/* The "and" in the content [p, lim) of frame f before a second verb of the speaker's own, in
 * the cue's form, past or present ("has vowed to keep abortion legal and celebrated the
 * ruling", "denies that the crime was a genocide and goes to great lengths"), where no word of
 * that form comes before it in the content (the verb might go on with it: "said the bill was
 * dead and left"); lim when there is none (claims_content_coord.c). */
size_t claims_cue_and_verb(const struct engine *e, const struct frame *f, size_t p, size_t lim);
/* True when [p, k) is a short noun phrase alone ("Trump", "his endorsement", "Mrs. Clinton"):
 * at most six tokens, no verb, preposition, relative word or "to" (claims_content_np.c). */
bool claims_np_short(const struct engine *e, size_t p, size_t k);
/* True when the short noun phrase [p, k) is followed at k by the occasion of the telling ("his
 * reasoning in an appearance on CBS") and no verb after it in its sentence
 * (claims_content_np.c). */
bool claims_np_occasion(const struct engine *e, size_t p, size_t k, size_t lim);

/* ---- quotations over paragraphs (claims_paras.c) ---- */

/* True when paragraph p is a quotation alone (claims_quote_para), or opens a quotation it leaves
 * open that a later paragraph, within eight, closes, each between open too ("“A. ¶ “B.”"): *inner
 * is set to paragraph p's words between its marks (to its end when it leaves it open). */
bool claims_quote_para_run(const struct engine *e, size_t p, struct span *inner);
/* The last token of the paragraph of the quotation opened at i after words of its paragraph
 * ("“A,” Sexton said. “B.") when the mark pairs with one in the next paragraph, which opens
 * with the mark that goes on and closes on a tag of its own ("¶ “C,” Sexton said."): B ends
 * with its paragraph and is the first tag's, C the second's (PolNeAR train 5 of 7); SIZE_MAX
 * for any other quotation. */
size_t claims_quote_para_split(const struct engine *e, size_t i);
/* True when the tokens [from, b - 1) are a short phrase about a telling (words and commas, at
 * most `most` tokens, no quotation, no cue of their own), b - 1 is a colon that ends its
 * paragraph, and the paragraphs after it are a quotation (claims_quote_para_run): *content is
 * set to its words, over up to eight more paragraphs that go on quoting. */
bool claims_colon_quotes(const struct engine *e, size_t from, size_t b, size_t most,
			 struct span *content);
/* Tries the cue at c as a tag that ends its paragraph with a colon, the quotation in the
 * paragraphs after it ("The police chief said in a statement: ¶ “We are concerned.”"), in the
 * sentence [a, b); true when it added the claim. */
bool claims_try_colon_tag(struct engine *e, size_t a, size_t b, size_t c);
/* Tries the colon at c, in the sentence starting at a, as the end of a clause that introduces
 * the quotation after it and ends the sentence, its subject the speaker and no cue of its own
 * ("Rachel Stephens, senior analyst at RedMonk, shared her perspective: “...”"); true when it
 * added the claim. */
bool claims_try_colon_quote(struct engine *e, size_t a, size_t c);
/* Tries the forward frame f, whose cue ends its sentence after the speaker that opens it, as
 * the tag of the quotation alone that follows (the next sentence, or the paragraphs after the
 * one it ends): "Mark Dale agreed. “It is the best plan we have.”"; true when it added the
 * claim. */
bool claims_try_quote_after(struct engine *e, struct frame *f);
/* Tries the cue at c as a passive characterisation with its agent after "by" ("was described
 * as “heartbreaking” by the conservation department", claims_agent.c), in the sentence [a, b);
 * true when it added the claim. */
bool claims_try_agent(struct engine *e, size_t a, size_t b, size_t c);
/* The end (exclusive) of the agent's noun phrase that starts at k after "by", before b; k when it
 * does not start like one ("by 2020", "by far"; claims_agent.c). */
size_t claims_agent_end(const struct engine *e, size_t k, size_t b);
/* The subject of a passive whose form of "be" is at v - 1 ("Trump had been expected"): its first
 * token in *sa, the first token of the verb group in *q; false when the subject is no noun phrase
 * of its own ("which is expected"; claims_frames_stance.c). */
bool claims_passive_subject(const struct engine *e, const struct frame *f, size_t v, size_t *sa,
			    size_t *q);
/* Tries the cue at f->c as a charge or a verdict in the passive, its judge after "by" or its
 * grounds after "for", "of" or "as" ("Trump has been criticized by some of his rivals for failing
 * to ...", claims_frames_charge.c); true when it added the claim. */
bool claims_try_charge(struct engine *e, struct frame *f);

/* ---- the claim of a frame (claims_emit.c) ---- */

/* True when the head of frame f's source (its last word before a comma or a preposition) is a
 * document or data: "the new poll", "FEC records", "a survey of voters". */
bool claims_doc_source(const struct engine *e, const struct frame *f);
/* True when token k is a noun for a number of things that an "of" after it names ("a batch of
 * emails", "a trove of documents"): the head is the noun after "of". */
bool claims_doc_collection(const struct engine *e, size_t k);
/* True when the content [cs, ce) holds nothing but times ("late Thursday", "on Monday"). */
bool claims_only_time(const struct engine *e, size_t cs, size_t ce);
/* Adds the claim of frame f to e->out, resolving its source; content that opens its paragraph
 * starts after a dateline ("TAIPEI — "), and content left empty adds nothing. */
void claims_emit(struct engine *e, struct frame *f);
/* True when the sentence has claims and all of them end before byte pos: content that runs
 * from the sentence's start to pos holds them. */
bool claims_holds_claims(const struct engine *e, size_t pos);
/* Makes claim cl, a transcript's turn or a tweet, direct: its quoted spans the whole content cut
 * around the quotation marks inside it (the words are the speaker's as transcribed or posted, and
 * what they quote is theirs to quote). */
void claims_quote_turn(const struct engine *e, struct claim *cl);
/* True when claim c's cue holds the word "asked" ("Asked about", "When asked", "was asked";
 * claims_render.c). */
bool claims_cue_asked(const char *text, const struct claim *c);
/* Where the source of claim c ends when its last word is a subject contracted with its verb:
 * before the "'s", "’re", "'ve", "'ll", "'m" or "'d" of a pronoun ("He’s predicting", "who’d
 * endorsed") or of a name whose verb it is ("Christie's been making", "Begala’s said", not
 * "Trump's attacks on"), the cue after it; c->speaker.end otherwise (claims_render.c). */
size_t claims_source_uncontracted(const char *text, const struct claim *c);

/* ---- frames (claims_frames.c and claims_frames_*.c) ---- */

/* Each adds the claims it finds to e->out, with their sources resolved, and sets e->sent_src to
 * the last source; the cue frames may mark later tokens of the sentence TOKF_USED. */

/* Tries the frames around the cue at token c in the sentence [a, b). */
void claims_try_cue(struct engine *e, size_t a, size_t b, size_t c);
/* Tries a document or data named in the phrase that opens the sentence [a, b) ("In the latest
 * poll, X leads"), else a poll after "in" at the end of a clause ("X leads in the polls"). */
void claims_try_in(struct engine *e, size_t a, size_t b);
/* Tries a share of the people asked and what it picks ("46 percent would choose Clinton", "a
 * majority of Republicans support deportation") in the sentence [a, b): the share the source,
 * the pick the content (claims_frames_poll.c). */
void claims_try_share_pick(struct engine *e, size_t a, size_t b);
/* True when the words [s, v) are a share of the people asked ("46 percent", "about 4 in 10",
 * "a majority of Republicans", "19 percent of college students polled"). */
bool claims_share_subject(const struct engine *e, size_t s, size_t v);
/* Tries "offered" with a noun of something said after it ("Trump offered an emotional defense
 * of the city", claims_frames_offer.c) in the sentence [a, b). */
void claims_try_offered(struct engine *e, size_t a, size_t b);
/* "offered his thoughts on the budget", "his own condolences for the victims", "her firmest
 * promise yet that ...": after "offered" (or "offering") with its object at p (before b), the
 * noun of words said and its preposition or "that" are the cue's: the token where what they are
 * about begins, or SIZE_MAX; *cue_end is set to the token after the cue's last word. */
size_t claims_offer_topic(const struct engine *e, size_t p, size_t b, size_t *cue_end);
/* Tries a headline or transcript label before the colon at c in the sentence starting at a. */
void claims_try_colon(struct engine *e, size_t a, size_t c);
/* Makes the claims found from e->out[first] on that are turns of a transcript ("JAKE TAPPER:
 * ..."), once their block is read, direct (claims_quote_turn); until then they are read as
 * paraphrase, as a headline's label is. */
void claims_mark_turns(struct engine *e, size_t first);
/* Sets the antecedent of each claim from e->out[first] on whose content a relative pronoun opens
 * as the subject of the speaker's words (claims_antecedent.c), while the block's tokens last. */
void claims_antecedents(struct engine *e, size_t first);
/* The words of time a speech tag may end with before the speaker's words ("which Bezos said
 * last year had ..."), a list for tok_among() and text_word_in(). */
#define CLAIMS_TAG_TIMES                                                                           \
	"at day earlier friday in last later monday month next night on once previously "          \
	"recently saturday sunday this thursday today tuesday wednesday week year yesterday"
/* Tries a quotation signed with the dash at i ("..." ― Name) in the sentence ending at b. */
void claims_try_dash(struct engine *e, size_t b, size_t i);

/* The frames claims_try_cue tries at the cue f->c of frame f (claims_frames_*.c); those that
 * return bool are true when the cue is in their frame. */

/* "According to X, ..." or "..., according to X" (claims_frames_according.c). */
void claims_try_according(struct engine *e, struct frame *f);
/* "X quoted Y as saying ...": Y the source, what follows "saying" the content. */
void claims_try_quoted(struct engine *e, struct frame *f);
/* The question of a passive "asked" ("When asked about ..."): a claim with no source. */
bool claims_try_asked(struct engine *e, struct frame *f);
/* "As X reported, Y", "As reported by X, Y". */
bool claims_try_as(struct engine *e, struct frame *f);
/* "was first reported by MSNBC": a passive cue, its source after "by", the subject the content. */
bool claims_try_passive(struct engine *e, struct frame *f);
/* True when the words [a, b) hold no finite verb, no cue verb and no quotation. */
bool claims_no_verb(const struct engine *e, size_t a, size_t b);
/* An inverted speech tag ("...," said X) (claims_frames_inverted.c). */
bool claims_try_inverted(struct engine *e, struct frame *f);
/* True when token k, inside a phrase that opens with a preposition, begins a clause after the
 * preposition's object: an article, a personal pronoun or a verb in "-ed" after a name, a
 * number or a time ("In March the law expires") (claims_frames_inverted.c). */
bool claims_clause_after_object(const struct engine *e, size_t k);
/* The cue of a tag that interrupts at once the reason or time that "that" at k and a
 * subordinator open ("was pleased Ms. Park had said that because, she said, the remark showed
 * ..."): "that", a subordinator, a comma, a clause's cue (before b) and a comma after it; "that"
 * points back to what was said and the subordinate clause is the outer speaker's. SIZE_MAX
 * when there is none ("said that because the vote failed, ...", "said that when, in 2008,
 * ..." report what follows) (claims_frames_forward.c). */
size_t claims_that_before_tag(const struct engine *e, size_t k, size_t b);
/* A forward speech tag: X said (that) ... (claims_frames_forward.c). */
void claims_try_forward(struct engine *e, struct frame *f);
/* Sets the source of a forward frame (the cue's subject, or the sentence's); false when none. */
bool claims_forward_source(const struct engine *e, struct frame *f);
/* "Trump is expected to ...": an expectation nobody is named for (claims_frames_stance.c). */
bool claims_try_expected(struct engine *e, struct frame *f);
/* "The chairman was said to be furious": hearsay nobody is named for, the clause its content
 * (claims_frames_stance.c). */
bool claims_try_said_to(struct engine *e, struct frame *f);
/* "It was said that ...": hearsay nobody is named for, what follows "that" its content. */
bool claims_try_it_said(struct engine *e, struct frame *f);
/* "Sanders was declared the winner": an outcome announced by nobody named. */
bool claims_try_winner(struct engine *e, struct frame *f);
/* "The music seemed to match the mood": an impression nobody is named for. */
void claims_try_seem(struct engine *e, struct frame *f);
/* "X is reportedly Y": a report nobody is named for. */
void claims_try_hearsay(struct engine *e, struct frame *f);
/* "We're told there is footage ...", "I was told that the team ...": "told" in the passive (a
 * form of "be" before it) reports what unnamed people said, with no source: those told are not
 * it. The content is the clause after it ("that" left out). True when "told" is such a passive
 * (a claim given or not: "was told to leave" is an order, "was told by aides" the agent's). */
bool claims_try_told(struct engine *e, struct frame *f);
/* "his attacks on Clinton", "Trump's claim that": a stance noun and its content. */
void claims_try_noun(struct engine *e, struct frame *f);

#endif
