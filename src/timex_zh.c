/* timex_zh: the rule for Chinese date forms: 2025年11月7日, 11月7日, 今年, 去年, 上周, 本月, 近日. */
#include <stdio.h>

#include "timex_int.h"

/* Token k is the CJK character cp. */
static bool cjk_is(const struct tx_ctx *c, size_t k, uint32_t cp)
{
	return k < c->n && c->t[k].kind == K_CJK && c->t[k].cp == cp;
}

size_t tx_match_chinese(const struct tx_ctx *c, size_t k, struct tx_hit *h)
{
	if (NUM(c, k)) {
		int y = 0, m = 0, d = 0;
		size_t j = k;
		if (c->t[j].ndig == 4 && cjk_is(c, j + 1, 0x5E74 /* 年 */)) {
			y = (int)c->t[j].num;
			j += 2;
		}
		if (NUM(c, j) && c->t[j].ndig <= 2 && cjk_is(c, j + 1, 0x6708 /* 月 */) &&
		    c->t[j].num >= 1 && c->t[j].num <= 12) {
			m = (int)c->t[j].num;
			j += 2;
			if (NUM(c, j) && c->t[j].ndig <= 2 &&
			    (cjk_is(c, j + 1, 0x65E5 /* 日 */) ||
			     cjk_is(c, j + 1, 0x53F7 /* 号 */))) {
				d = (int)c->t[j].num;
				j += 2;
			}
		}
		if (j == k)
			return 0;
		if (d && !valid_day(y, m, d))
			return 0;
		if (!y && m)
			y = tx_year_for(c, m, d, tx_tense(c, k, j));
		tx_hit_month_day(h, y, m, d);
		return j;
	}
	if (k + 1 >= c->n || c->t[k].kind != K_CJK || c->t[k + 1].kind != K_CJK)
		return 0;
	uint32_t a = c->t[k].cp, b = c->t[k + 1].cp;
	static const struct {
		uint32_t a, b;
		int unit;
		int delta; /* 99: a reference word */
		const char *ref;
	} words[] = {
		{0x4ECA, 0x5E74, U_YEAR, 0, NULL},      /* 今年 */
		{0x53BB, 0x5E74, U_YEAR, -1, NULL},     /* 去年 */
		{0x660E, 0x5E74, U_YEAR, 1, NULL},      /* 明年 */
		{0x524D, 0x5E74, U_YEAR, -2, NULL},     /* 前年 */
		{0x672C, 0x6708, U_MONTH, 0, NULL},     /* 本月 */
		{0x4E0A, 0x6708, U_MONTH, -1, NULL},    /* 上月 */
		{0x4E0B, 0x6708, U_MONTH, 1, NULL},     /* 下月 */
		{0x672C, 0x5468, U_WEEK, 0, NULL},      /* 本周 */
		{0x8FD9, 0x5468, U_WEEK, 0, NULL},      /* 这周 */
		{0x4E0A, 0x5468, U_WEEK, -1, NULL},     /* 上周 */
		{0x4E0B, 0x5468, U_WEEK, 1, NULL},      /* 下周 */
		{0x4ECA, 0x5929, U_DAY, 0, NULL},       /* 今天 */
		{0x6628, 0x5929, U_DAY, -1, NULL},      /* 昨天 */
		{0x660E, 0x5929, U_DAY, 1, NULL},       /* 明天 */
		{0x524D, 0x5929, U_DAY, -2, NULL},      /* 前天 */
		{0x4ECA, 0x65E5, U_DAY, 0, NULL},       /* 今日 */
		{0x6628, 0x65E5, U_DAY, -1, NULL},      /* 昨日 */
		{0x660E, 0x65E5, U_DAY, 1, NULL},       /* 明日 */
		{0x8FD1, 0x65E5, 0, 99, "PAST_REF"},    /* 近日 */
		{0x8FD1, 0x671F, 0, 99, "PAST_REF"},    /* 近期 */
		{0x6700, 0x8FD1, 0, 99, "PAST_REF"},    /* 最近 */
		{0x76EE, 0x524D, 0, 99, "PRESENT_REF"}, /* 目前 */
		{0x73B0, 0x5728, 0, 99, "PRESENT_REF"}, /* 现在 */
		{0x5F53, 0x524D, 0, 99, "PRESENT_REF"}, /* 当前 */
		{0x672A, 0x6765, 0, 99, "FUTURE_REF"},  /* 未来 */
		{0x5C06, 0x6765, 0, 99, "FUTURE_REF"},  /* 将来 */
	};
	/* 本月3日: a day of this month */
	if (a == 0x672C && b == 0x6708 && NUM(c, k + 2) && c->t[k + 2].ndig <= 2 &&
	    cjk_is(c, k + 3, 0x65E5) && c->a.year && c->a.month &&
	    valid_day(c->a.year, c->a.month, (int)c->t[k + 2].num)) {
		tx_hit_day(h, c->a.year, c->a.month, (int)c->t[k + 2].num);
		return k + 4;
	}
	/* 上个月 / 下个月 */
	if ((a == 0x4E0A || a == 0x4E0B) && b == 0x4E2A && cjk_is(c, k + 2, 0x6708)) {
		tx_rel_value(c->a, U_MONTH, a == 0x4E0A ? -1 : 1, h);
		return k + 3;
	}
	/* 每年 每月 每天 每周 每日 */
	if (a == 0x6BCF) {
		int unit = b == 0x5E74                    ? U_YEAR
			   : b == 0x6708                  ? U_MONTH
			   : b == 0x5468                  ? U_WEEK
			   : (b == 0x5929 || b == 0x65E5) ? U_DAY
							  : 0;
		if (!unit)
			return 0;
		h->type = TIMEX_SET;
		tx_dur_value(h->value, sizeof(h->value), 1, unit);
		return k + 2;
	}
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
		if (words[i].a != a || words[i].b != b)
			continue;
		if (words[i].ref) {
			snprintf(h->value, sizeof(h->value), "%s", words[i].ref);
			h->type = TIMEX_DATE;
		} else {
			tx_rel_value(c->a, words[i].unit, words[i].delta, h);
			if (!c->aday)
				h->day = false;
		}
		return k + 2;
	}
	return 0;
}
