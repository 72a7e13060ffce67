/* ui_cmdline: the reader's command line (":"): one table of commands (name, arguments, help,
 * handler) that the help screen lists too, a history on Up/Down, Tab completion of the names,
 * and errors on the status line. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "reader_int.h"

static void cmd_date(struct reader *r, const char *arg)
{
	struct date a;

	if (!*arg) {
		anchor_show(r);
	} else if (strcmp(arg, "none") == 0) {
		anchor_request(r, (struct date){0, 0, 0}, ANCHOR_NONE, false);
	} else if (strcmp(arg, "auto") == 0) {
		anchor_request(r, r->anchor_own, r->anchor_own_from, true);
	} else if (date_parse_iso(arg, &a)) {
		anchor_request(r, a, ANCHOR_READER, false);
	} else {
		reader_status_set(r, true, "Not a date: '%s' (:date YYYY-MM-DD, none or auto)",
				  arg);
	}
}

static void cmd_export(struct reader *r, const char *arg)
{
	if (*arg)
		reader_export_run(r, arg, false);
	else
		reader_export_prompt(r, NULL);
}

static void cmd_help(struct reader *r, const char *arg)
{
	(void)arg;
	reader_action(r, ACT_HELP);
}

static void cmd_quit(struct reader *r, const char *arg)
{
	(void)arg;
	r->quit = true;
}

const struct ui_command ui_commands[] = {
	{"date", "[YYYY-MM-DD | none | auto]",
	 "Show the anchor date that dates like \"Nov 7\" are read against; set it and read the "
	 "dates again; none: no anchor (years unknown); auto: the article's own. Remembered "
	 "with the article's notes",
	 cmd_date},
	{"export", "[PATH]", "Export as Markdown to PATH (~ is your home), or ask where",
	 cmd_export},
	{"help", "", "Show the help", cmd_help},
	{"quit", "", "Quit (:q)", cmd_quit},
};

const size_t ui_command_count = sizeof(ui_commands) / sizeof(ui_commands[0]);

void cmdline_prompt(struct reader *r)
{
	editor_set(&r->ed, "", false);
	history_start(&r->hist_command);
	r->mode = MODE_COMMAND;
}

/* The commands whose name begins with the n bytes at s: their count, the first in *first. */
static size_t matches(const char *s, size_t n, size_t *first)
{
	size_t k = 0;

	for (size_t i = 0; i < ui_command_count; i++)
		if (strncmp(ui_commands[i].name, s, n) == 0) {
			if (!k)
				*first = i;
			k++;
		}
	return k;
}

void cmdline_complete(struct reader *r)
{
	const char *t = r->ed.text.data;
	size_t n = strcspn(t, " "), first = 0, k;
	char list[160] = "";

	if (t[n] || r->ed.cursor != r->ed.text.len)
		return; /* only the name completes */
	k = matches(t, n, &first);
	if (k == 1) {
		char line[64];
		snprintf(line, sizeof(line), "%s ", ui_commands[first].name);
		editor_set(&r->ed, line, false);
		return;
	}
	if (!k) {
		reader_status_set(r, true, "No command begins with '%s'", t);
		return;
	}
	/* Several: as far as they agree, and their names shown above the line. */
	size_t common = strlen(ui_commands[first].name);
	for (size_t i = first + 1; i < ui_command_count; i++) {
		if (strncmp(ui_commands[i].name, t, n) != 0)
			continue;
		size_t c = 0;
		while (c < common && ui_commands[i].name[c] == ui_commands[first].name[c])
			c++;
		common = c;
	}
	if (common > n) {
		char line[64];
		snprintf(line, sizeof(line), "%.*s", (int)common, ui_commands[first].name);
		editor_set(&r->ed, line, false);
	}
	for (size_t i = 0, len = 0; i < ui_command_count && len < sizeof(list); i++)
		if (strncmp(ui_commands[i].name, t, n) == 0)
			len += (size_t)snprintf(list + len, sizeof(list) - len, "%s:%s",
						len ? "  " : "", ui_commands[i].name);
	reader_status_set(r, false, "%s", list);
}

void cmdline_run(struct reader *r, const char *line)
{
	char name[32];
	size_t n, first = 0, k;

	while (*line == ' ' || *line == ':')
		line++;
	n = strcspn(line, " ");
	if (!n)
		return;
	const char *arg = line + n;
	while (*arg == ' ')
		arg++;
	char *args = xstrdup(arg);
	for (size_t e = strlen(args); e > 0 && args[e - 1] == ' ';)
		args[--e] = '\0';
	snprintf(name, sizeof(name), "%.*s", (int)(n < 31 ? n : 31), line);
	/* A name or any prefix of one name (:q, :d 2025-11-08). */
	k = matches(line, n, &first);
	for (size_t i = 0; i < ui_command_count; i++)
		if (strlen(ui_commands[i].name) == n && strncmp(ui_commands[i].name, line, n) == 0)
			k = 1, first = i;
	if (k == 1)
		ui_commands[first].run(r, args);
	else if (k == 0)
		reader_status_set(r, true, "Not a command: :%s (Tab completes; :help lists them)",
				  name);
	else
		reader_status_set(r, true, "Which command? :%s could be several (Tab shows them)",
				  name);
	free(args);
}

void cmdline_draw(struct reader *r, struct grid *g)
{
	editor_draw_prompt(&r->ed, g, ":");
	if (r->status[0] && g->rows >= 2) {
		/* The names Tab found, or what went wrong, above the line. */
		int y = g->rows - 2;
		uint16_t st = (uint16_t)(ST_STATUS | (r->status_error ? ST_ERROR : 0));
		grid_fill(g, y, 0, g->cols, st);
		grid_put_clipped(g, y, 1, g->cols - 1, r->status, strlen(r->status), st);
	}
}
