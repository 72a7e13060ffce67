/* coref_int: what the coref module's files share (its lexicon's word classes, the build's records,
 * tokens, maps); not a public contract. */
#ifndef DATELINE_COREF_INT_H
#define DATELINE_COREF_INT_H

#include <stdbool.h>
#include <stddef.h>

#include <stdint.h>
#include <string.h>

#include "dateline/coref.h"
#include "dateline/text.h"

/* Word classes (coref_lex()); a word may have several. */
enum {
	LEX_STOP = 1u << 0,   /* a function word: never part of a name */
	LEX_PREP = 1u << 1,   /* a preposition */
	LEX_PRON = 1u << 2,   /* a personal or relative pronoun */
	LEX_MALE = 1u << 3,   /* he, Mr, a man's given name */
	LEX_FEMALE = 1u << 4, /* she, Mrs, a woman's given name */
	LEX_PLURAL = 1u << 5, /* they, we */
	LEX_TITLE = 1u << 6,  /* a title before a name: Mr, Sen, President, CEO */
	LEX_ROLE = 1u << 7,   /* a noun for what a person is: spokesman, chief executive */
	LEX_ORGKEY = 1u << 8, /* a word that makes a name an organisation's: Inc, Times, Ministry */
	LEX_ORGDESC = 1u << 9,    /* a noun for an organisation: company, newspaper, ministry */
	LEX_COMPANY = 1u << 10,   /* with ORGKEY or ORGDESC: a business */
	LEX_MEDIA = 1u << 11,     /* ... a newspaper, agency or broadcaster */
	LEX_AUTHORITY = 1u << 12, /* ... a ministry, court, party or government */
	LEX_OTHER = 1u << 13,     /* ... a university, a foundation */
	LEX_TIME = 1u << 14,      /* Monday, November, today, AM, UTC */
	LEX_FURNITURE = 1u << 15, /* words of a page's frame: Updated, Share, Our Standards */
	LEX_DEMONYM = 1u << 16,  /* an adjective of a nation, party or faith: Chinese, Democratic */
	LEX_GROUP = 1u << 17,    /* a plural group: Democrats, Americans */
	LEX_GPE = 1u << 18,      /* a country or a capital */
	LEX_PLACE = 1u << 19,    /* another place: a continent, a state, a city */
	LEX_PLACEKEY = 1u << 20, /* a word that makes a name a place's: Sea, Street, County */
	LEX_PARTICLE = 1u << 21, /* de, van, bin: lowercase inside a name */
	LEX_FIRST = 1u << 22,    /* a given name (with MALE or FEMALE) */
	LEX_THING = 1u << 23,    /* a word that makes a name an event's, a law's or a thing's */
	LEX_OPENER = 1u << 24,   /* a verb that may open a sentence before a name: Enter, Meet */
	LEX_LEGAL = 1u << 25,    /* a business's legal form written short: Corp, Inc, GmbH, Cie */
	LEX_LEGAL_FULL = 1u << 26, /* ... written in full at a name's end: Corporation, Holdings */
	LEX_KIN = 1u << 27,        /* kin a story names someone by: uncle, great-aunt, cousin */
};

/* The classes of the word s (n bytes, ASCII letters, case-insensitive; a final "'s" is not
 * stripped here), 0 when it is in no list. *id, when not NULL, is set to the word's canonical
 * entry (synonyms share one: "CEO" and "executive"), an index below coref_lex_size(). */
unsigned coref_lex(const char *s, size_t n, unsigned *id);
/* True when the word s (n bytes, ASCII, any case) is a noun for a document that speaks for
 * whoever issued it ("the statement said", "the report said"): no class of coref_lex() (its
 * words would count as known where coref asks whether a word is in any list), a list of the
 * lexicon's all the same (coref_lex.c). */
bool coref_document_noun(const char *s, size_t n);
/* The number of entries. */
unsigned coref_lex_size(void);
/* True when the list is well formed: each group in order, no word twice in one, every synonym
 * listed (a unit test checks it). */
bool coref_lex_check(void);

/* ---- what the build records (coref.c) ---- */

#define ROLES_MAX 4    /* roles remembered per entity */
#define RUN_MAX   12   /* words in a name run */
#define PARA_BACK 5    /* paragraphs a pronoun or description looks back over */
#define SENT_BACK 12   /* sentences a pronoun looks back over */
#define SCAN_MAX  400  /* mentions a resolution looks at, at most */
#define TOKS_MAX  4096 /* tokens of a sentence that are read (the rest is skipped) */

/* Conjunctions that open a subordinate clause whatever comes after it: the words of the lists
 * that ask where a clause before or after the main one begins (coref_names.c clause_subject(),
 * coref_resolve.c OPENING_SUBORDINATORS and LATER_CLAUSE_OPENERS), each with its own others. */
#define COREF_SUBORDINATORS "although though while whereas because unless once when"

/* Feasts that stand alone as a date: time words (coref_lex.c) that may still open a name
 * (holiday_name() in coref_runs.c: "Easter Seals"). */
#define COREF_FEASTS "christmas diwali easter halloween hanukkah passover ramadan thanksgiving"

/* Mention flags. */
enum {
	MF_SUBJ = 1u << 0,  /* the subject of its sentence */
	MF_POSS = 1u << 1,  /* possessive: "NVIDIA's" */
	MF_MOD = 1u << 2,   /* a modifier of a noun: "the Trump campaign" */
	MF_OBL = 1u << 3,   /* after a preposition */
	MF_INQ = 1u << 4,   /* inside a quotation */
	MF_WEAK = 1u << 5,  /* one capitalised word opening its sentence: maybe no name at all */
	MF_OWNED = 1u << 6, /* after "a", "an" or a possessive: "its Ticketron unit", "an Xbox" */
	MF_LABEL = 1u << 7, /* a transcript's label opening a turn: "TAPPER: ..." */
	MF_OWNER = 1u << 8, /* a possessive before a person's noun: "Elian's father" */
};

/* A mention: 24 bytes, as a long article has millions (coref_build() reads no text of 4 GB or
 * more, so that its offsets and counts fit). */
struct ment {
	uint32_t start, end; /* the name, without titles or "'s" */
	uint32_t ent;
	uint32_t sent, para;
	unsigned flags;
};

/* What the build knows of an entity beside its public record. */
struct ent_x {
	unsigned short roles[ROLES_MAX];
	unsigned nroles;
	bool strong;  /* named at least once where a capital means a name */
	bool guessed; /* an organisation only because it is written in capitals ("VR") */
	bool agent;   /* a subject or a possessive at least once ("NVIDIA's") */
	bool owned; /* named once as a thing one has or one of many (MF_OWNED): a product, a unit */
	bool unisex;       /* a person whose given name is of both sexes: "he" or "she" alike */
	size_t nwords;     /* words in its fullest name */
	bool given_alone;  /* a person named once by the first word of a fuller name ("Elian") */
	bool head_name;    /* its fullest name read in a heading or the text's first sentence */
	size_t employer;   /* for a person, the organisation named before a title, or COREF_NONE */
	uint64_t initials; /* its capitalised words' initials, packed, for acronyms */
	size_t twin;       /* the person of the other sex the same name means ("Ms. Khan" after "Mr.
		      * Khan"), or COREF_NONE */
	struct span keyed; /* the name whose words c->keys holds, key0 on (empty: none yet) */
	size_t key0, nkey;
};

/* A word of a person's name as `words` keys it: its span and coref_name_hash(). */
struct name_key {
	struct span w;
	uint64_t h;
};

/* An open-addressing map from a name's words (case-folded) to an entity; the key is kept as a
 * span of the text. */
struct slot {
	uint64_t h; /* 0: empty */
	struct span key;
	size_t ent;
};
struct map {
	struct slot *s;
	size_t cap, n; /* cap: a power of two */
};

/* An open-addressing map from packed initials (non-zero) to an organisation. */
struct imap {
	uint64_t *k;
	size_t *v;
	size_t cap, n;
};

/* The bytes of text one entry of struct coref's mpage covers. */
#define COREF_PAGE_BITS 10

struct coref {
	const struct doc *d;
	const char *text;
	size_t len;
	struct coref_entity *ents;
	struct ent_x *ex;
	size_t nents, capents;
	struct ment *m; /* in text order */
	size_t nm, capm;
	/* once built, for each 1 << COREF_PAGE_BITS bytes of text from 0 (and the end), the first
	 * mention that starts at or after the page's first byte: first_at() searches one page */
	uint32_t *mpage;
	size_t nmpage;
	struct map names;      /* every form a name was written in → entity */
	struct map words;      /* each word of a person's name → the person named last with it */
	struct map firsts;     /* the first word of a business's name → the business */
	struct imap acronyms;  /* the initials of organisations' names → the last one named */
	size_t words_last;     /* the person whose words went into `words` last */
	struct name_key *keys; /* persons' names' words, each name's once (coref.c: name_keys()) */
	size_t nkeys, capkeys;
	/* coref_tok_lookup() of the short words read, by their bytes: filled while the build reads
	 * the text, only read after it (memo_done), as the engines that resolve may read from two
	 * threads */
	struct lex_memo *memo;
	bool memo_done;
};

/* The document length in bytes from which coref_build() cuts the sentences' tokens on a second
 * thread, ahead of the thread that reads their names (coref.c); the unit tests and bench_claims
 * --threads 1 set it to compare both ways. */
extern size_t coref_split_min;

/* A memo of coref_tok_lookup(): what it said last of each of a few thousand words of up to 16
 * bytes, by the word's bytes as written (text_word_memo_key16()). */
#define LEX_MEMO_BITS 13
struct lex_memo {
	struct {
		struct text_memo_key w; /* the key; all 0 when the slot is empty */
		unsigned lex, id;
	} slot[1u << LEX_MEMO_BITS];
};

/* ---- tokens of a sentence (coref_tokens.c) ---- */

enum {
	TF_CAP = 1u << 0,    /* starts with a capital letter */
	TF_ALLCAP = 1u << 1, /* two or more letters, all capitals */
	TF_DIGIT = 1u << 2,
	TF_INQ = 1u << 3,
	TF_WORD = 1u << 4,
	TF_DATELINE = 1u << 5,
	TF_NOLEX = 1u << 6,     /* lex not looked up yet */
	TF_NAMEW_SET = 1u << 7, /* TF_NAMEW is known (coref_name_word(), read once) */
	TF_NAMEW = 1u << 8,
};

struct ctok {
	size_t start, end; /* bytes */
	size_t bend;       /* the end without a possessive "'s" */
	unsigned lex;      /* coref_lex() classes of [start, bend) */
	unsigned id;       /* its canonical lexicon entry */
	unsigned flags;
};

/* A sentence being read. */
struct sent {
	struct ctok *t;
	size_t n, cap;
	size_t index, para;
	size_t subj;  /* the token where the subject begins, or n */
	size_t first; /* its first word, or n */
	bool heading; /* a heading: capitals tell nothing there */
};

/* True when the token is the word w (ASCII, case-insensitive). */
static inline bool tok_is(const struct coref *c, const struct ctok *t, const char *w)
{
	size_t n = strlen(w);

	return (t->flags & TF_WORD) && t->end - t->start == n &&
	       text_ascii_eq(c->text + t->start, w, n);
}

/* True when the entity e has been given the role `role`. */
static inline bool coref_has_role(const struct coref *c, size_t e, unsigned role)
{
	for (unsigned i = 0; i < c->ex[e].nroles; i++)
		if (c->ex[e].roles[i] == role)
			return true;
	return false;
}

/* The gender the word classes lex tell of (a pronoun, a title, a given name): none for a name
 * given to both sexes ("Stacy", "Jean"), which has both classes, or for a word of neither. */
static inline enum coref_gender coref_lex_gender(unsigned lex)
{
	if ((lex & (LEX_MALE | LEX_FEMALE)) == LEX_MALE)
		return COREF_MALE;
	if ((lex & (LEX_MALE | LEX_FEMALE)) == LEX_FEMALE)
		return COREF_FEMALE;
	return COREF_GENDER_UNKNOWN;
}

/* True when the entity e, of no known gender and no role, was first named right after "the"
 * ("The Red Cross said"): a body's name read as a person's, no one "he" or "she" means
 * (coref_resolve.c). */
bool coref_the_named(const struct coref *c, size_t e);

/* True when the token is the one punctuation character ch. */
static inline bool tok_ch(const struct coref *c, const struct ctok *t, char ch)
{
	return !(t->flags & TF_WORD) && t->end - t->start == 1 && c->text[t->start] == ch;
}

static inline uint32_t char_at(const struct coref *c, size_t pos, int *n)
{
	uint32_t cp;
	unsigned char b = (unsigned char)c->text[pos];

	if (b < 0x80) {
		*n = 1;
		return b;
	}
	*n = text_decode(c->text + pos, c->len - pos, &cp);
	if (*n == 0)
		*n = 1;
	return cp;
}

/* text_is_alnum(), text_is_space() and text_is_upper() with ASCII answered here. */
static inline bool alnum(uint32_t cp)
{
	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
		       (cp >= '0' && cp <= '9');
	return text_is_alnum(cp);
}

static inline bool is_space(uint32_t cp)
{
	if (cp < 0x80)
		return cp == ' ' || (cp >= '\t' && cp <= '\r');
	return cp == 0xA0 || text_is_space(cp);
}

/* The white space that separates the words of a name (bytes, not characters). */
static inline bool ascii_space(char ch)
{
	return ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r';
}

static inline bool is_upper(uint32_t cp)
{
	return cp < 0x80 ? cp >= 'A' && cp <= 'Z' : text_is_upper(cp);
}

/* Reads the word at pos (first character cp of n bytes) up to `end`: letters and digits, with
 * apostrophes and hyphens inside, and the dots of "U.S." and of an initial ("J."). */
size_t coref_word_end(const struct coref *c, size_t pos, size_t end, uint32_t cp, int n);
/* Sets the lexicon classes of word token t. */
void coref_tok_lookup(const struct coref *c, struct ctok *t);
/* Classifies the word token t: capitals, digits, possessive and (for a capitalised word) its
 * lexicon classes. */
void coref_tok_classify(const struct coref *c, struct ctok *t);
/* True for the possessive determiners (his, her, its, their, our, my, your). */
bool coref_possessive(const struct coref *c, struct ctok *t);
/* Cuts sentence span [s, e) into tokens; `inq` carries the quotation state of the paragraph. */
void coref_tokenize(const struct coref *c, struct sent *st, size_t s, size_t e, bool *inq,
		    size_t dateline_end);
/* The token where the sentence's subject begins: after opening punctuation, a conjunction and
 * an introductory phrase that ends at a comma ("In July, ..."). */
size_t coref_subject_start(const struct coref *c, const struct sent *st);

/* The lexicon classes of word token t, looked up on first use. */
static inline unsigned tok_lex(const struct coref *c, struct ctok *t)
{
	if (t->flags & TF_NOLEX) {
		t->flags &= ~(unsigned)TF_NOLEX;
		coref_tok_lookup(c, t);
	}
	return t->lex;
}

/* True for a royal title or role ("King", "queen", "monarch"): one holder to a nation, so that
 * "the Jordanian monarch" is the king named before. */
static inline bool tok_royal(const struct coref *c, const struct ctok *t)
{
	return tok_is(c, t, "king") || tok_is(c, t, "queen") || tok_is(c, t, "monarch") ||
	       tok_is(c, t, "prince") || tok_is(c, t, "princess") || tok_is(c, t, "emperor");
}

/* What a run of capitalised words tells of its entity. */
struct evidence {
	enum coref_kind kind;
	enum coref_gender gender;
	enum coref_org org;
	unsigned roles[ROLES_MAX];
	unsigned nroles;
	bool titled;    /* a title or a role says it is a person */
	bool guessed;   /* an organisation only because it is written in capitals */
	unsigned royal; /* the word id of a royal title before the name ("King"), or 0 */
	bool unisex;    /* a person's given name of both sexes ("Stacy", "Jean") opens it */
};

/* ---- reading names (coref.c, coref_runs.c, coref_names.c, coref_sentence.c) ---- */

/* Adds the role id to what the run tells (coref.c). */
void coref_note_role(struct evidence *ev, unsigned id);
/* Records a mention of entity e by name in the sentence st. */
void coref_push_mention(struct coref *c, const struct sent *st, struct span name, size_t e,
			unsigned flags);
/* True when a company's legal form ("Inc.", "Ltd") ends or follows the run [a, b). */
bool coref_company_form_near(const struct coref *c, const struct sent *st, size_t a, size_t b);
/* Adds a mention of the name with evidence ev to its entity (found or new); returns the entity. */
size_t coref_add_mention(struct coref *c, const struct sent *st, struct span name,
			 const struct evidence *ev, unsigned flags);
/* name_word_of() (coref_runs.c) for the capitalised word token i, kept in its flags. */
bool coref_name_word_set(const struct coref *c, const struct sent *st, size_t i);

/* True when the n bytes at s are an abbreviation that opens a place's name with its stop ("St.
 * Louis", "Ft. Worth", "Mt. Sinai"), the stop left out (coref_tokens.c). */
bool coref_place_abbrev(const char *s, size_t n);

/* True when word token t is such an abbreviation with its stop ("St." of "St. Louis"). */
static inline bool tok_place_abbrev(const struct coref *c, const struct ctok *t)
{
	return (t->flags & TF_WORD) && t->bend == t->end && t->end - t->start == 3 &&
	       c->text[t->end - 1] == '.' && coref_place_abbrev(c->text + t->start, 2);
}

/* True when token i may be a word of a name: capitalised, not a function word, pronoun or time
 * word; read once per token, as it is asked of every word, and again of the next one. */
static inline bool coref_name_word(const struct coref *c, const struct sent *st, size_t i)
{
	unsigned f = st->t[i].flags;

	if ((f & (TF_WORD | TF_CAP | TF_DIGIT | TF_DATELINE)) != (TF_WORD | TF_CAP))
		return false;
	if (f & TF_NAMEW_SET)
		return (f & TF_NAMEW) != 0;
	return coref_name_word_set(c, st, i);
}
/* True when token i is page furniture that opens a name run and is no part of it. */
bool coref_furniture_opens_name(const struct coref *c, const struct sent *st, size_t i);
/* The end of the run of name words that starts at token a. */
size_t coref_run_end(const struct coref *c, const struct sent *st, size_t a);
/* True when token k, inside a name run [a, b), is the word of a nickname in quotation marks
 * (Marcia "Cia" Price): a double mark opens right before it and closes right after it. */
bool coref_nickname_word(const struct coref *c, const struct sent *st, size_t a, size_t b,
			 size_t k);
/* True when the word w names a person by what they are ("man", "mother") (coref_names.c). */
bool coref_person_word(const struct coref *c, struct span w);
/* Reads the name run at token a into a mention; returns the token after it. */
size_t coref_read_name(struct coref *c, struct sent *st, size_t a);
/* True when the one capitalised word [a, b) that opens a sentence reads as a common noun
 * ("Immigration", "Sales were") or a plural ("Sources told"), not a surname (coref_sentence.c). */
bool coref_common_opener(const struct coref *c, size_t a, size_t b);
/* Reads the sentence st's names, roles and pronouns (coref_sentence.c). */
void coref_read_sentence(struct coref *c, struct sent *st, size_t prev_first);

/* ---- descriptions by nation (coref_nation.c) ---- */

/* For "the Iraqi leader" at pos (dem: the adjective, role: the head's word id), k the first
 * mention at or after pos: the one person named within PARA_BACK paragraphs before with that
 * nation beside the name ("Iraq's Saddam Hussein", "Iraqi President Saddam Hussein") who fits
 * the role; COREF_NONE when none or more than one does. */
size_t coref_nation_person(const struct coref *c, size_t k, size_t pos, struct span dem,
			   unsigned role);

/* For "the Florida senator" at pos (mods: the capitalised words, "Florida"; role: the head's
 * word id), k the first mention at or after pos: the one person named before pos who holds the
 * role and whom those words stand beside ("Florida Sen. Marco Rubio", "Marco Rubio, the Florida
 * senator"); COREF_NONE when none or more than one does. With role 0, mods are a whole
 * description after its article ("former secretary of state") and no role is asked of the
 * person: the words written beside the name are the tie ("Hillary Clinton, the former secretary
 * of state,", "former Secretary of State Hillary Clinton"). */
size_t coref_tied_role_person(const struct coref *c, size_t k, struct span mods, unsigned role);

/* ---- maps (coref_map.c) ---- */

/* True when a and b are the same words, case-folded. */
bool coref_name_eq(const struct coref *c, struct span a, struct span b);
/* The entity of the name key (its words compared case-folded), or COREF_NONE. */
size_t coref_map_get(const struct coref *c, const struct map *m, struct span key);
/* Maps the name key to ent (replacing what it mapped to); the map keeps the span, not a copy,
 * and grows as needed (freed with free(m->s)). */
void coref_map_put(const struct coref *c, struct map *m, struct span key, size_t ent);
/* A hash of the words of s, case-folded, white space folded (never 0): a caller that asks
 * maps of one name and then fills them hashes it once, for the two below. */
uint64_t coref_name_hash(const struct coref *c, struct span s);
/* coref_map_get() of the key whose coref_name_hash() is h. */
size_t coref_map_find(const struct coref *c, const struct map *m, struct span key, uint64_t h);
/* coref_map_put() of the key whose coref_name_hash() is h. */
void coref_map_set(const struct coref *c, struct map *m, struct span key, uint64_t h, size_t ent);
/* The value of the non-zero key, or COREF_NONE. */
size_t coref_imap_get(const struct imap *m, uint64_t key);
/* Maps the non-zero key to v; the map grows as needed (freed with free(m->k), free(m->v)). */
void coref_imap_put(struct imap *m, uint64_t key, size_t v);

/* ---- the words of a name ---- */

/* Calls fn on each word of the name s (space-separated). */
#define FOR_WORDS(c, s, w)                                                                         \
	for (struct span w = {(s).start, (s).start}; w.start < (s).end;                            \
	     w.start = w.end < (s).end ? w.end + 1 : (s).end)                                      \
		if ((w.end = word_stop(c, w.start, (s).end)) > w.start)

static inline size_t word_stop(const struct coref *c, size_t p, size_t end)
{
	while (p < end && !ascii_space(c->text[p]))
		p++;
	return p;
}

static inline enum coref_org org_class(unsigned lex)
{
	if (lex & LEX_COMPANY)
		return COREF_ORG_COMPANY;
	if (lex & LEX_MEDIA)
		return COREF_ORG_MEDIA;
	if (lex & LEX_AUTHORITY)
		return COREF_ORG_AUTHORITY;
	if (lex & LEX_OTHER)
		return COREF_ORG_OTHER;
	return COREF_ORG_ANY;
}

#endif
