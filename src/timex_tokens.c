/* timex_tokens: splitting a sentence into the tokens the date rules match on: words looked up in
 * the lexicon, numbers, punctuation and CJK characters. */
#include "timex_int.h"

static bool is_cjk(uint32_t cp)
{
	return (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF);
}

/* Byte classes for the tokenizer: ASCII letters, digits, and bytes that are white space or
 * control characters. */
enum {
	B_OTHER,
	B_LOWER,
	B_UPPER,
	B_DIGIT,
	B_SPACE
};

/* clang-format off */
#define S B_SPACE
#define D B_DIGIT
#define L B_LOWER
#define U B_UPPER
static const uint8_t byte_class[256] = {
	S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S,
	S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S,
	S, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	D, D, D, D, D, D, D, D, D, D, 0, 0, 0, 0, 0, 0,
	0, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U,
	U, U, U, U, U, U, U, U, U, U, U, 0, 0, 0, 0, 0,
	0, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,
	L, L, L, L, L, L, L, L, L, L, L, 0, 0, 0, 0, 0,
	/* 0x80 and above: B_OTHER (0) */
};
/* clang-format on */
#undef S
#undef D
#undef L
#undef U

/* Tokens are written in place: building one on the stack and copying it stalled on store
 * forwarding. */
void tx_tokenize(struct tx_ctx *c, size_t s, size_t e)
{
	const char *x = c->text;
	size_t i = s, n = 0;

	struct tx_tok *t = c->t;
	while (i < e) {
		unsigned char ch = (unsigned char)x[i];
		uint8_t bc = byte_class[ch];
		if (bc == B_SPACE) {
			i++;
			continue;
		}
		if (n == c->cap)
			t = c->t = xgrow(c->t, &c->cap, n + 1, sizeof(*c->t));
		struct tx_tok *tk = &t[n];
		tk->s = i;
		tk->cls = 0;
		tk->val = 0;
		tk->ndig = 0;
		tk->cap = false;
		tk->cp = 0;
		tk->num = 0;
		if (bc == B_LOWER || bc == B_UPPER) {
			tk->cap = bc == B_UPPER;
			for (; i < e; i++) {
				uint8_t b = byte_class[(unsigned char)x[i]];
				if (b != B_LOWER && b != B_UPPER)
					break;
			}
			tk->kind = K_WORD;
			tk->cls = (uint8_t)tx_lex_lookup(x + tk->s, i - tk->s, &tk->val);
		} else if (bc == B_DIGIT) {
			long v = 0;
			int nd = 0;
			while (i < e && x[i] >= '0' && x[i] <= '9') {
				if (v < 100000000)
					v = v * 10 + (x[i] - '0');
				nd++;
				i++;
			}
			tk->kind = K_NUM;
			tk->num = v;
			tk->ndig = (uint8_t)(nd > 255 ? 255 : nd);
		} else if (ch < 0x80) {
			tk->kind = K_PUNCT;
			tk->cp = ch;
			i++;
		} else {
			uint32_t cp;
			int k = text_decode(x + i, e - i, &cp);
			if (k == 0)
				k = 1;
			i += (size_t)k;
			if (text_is_space(cp))
				continue;
			tk->cp = cp;
			tk->kind = is_cjk(cp) ? K_CJK : text_is_alnum(cp) ? K_WORD : K_PUNCT;
		}
		tk->e = i;
		n++;
	}
	c->n = n;
}
