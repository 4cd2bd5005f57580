// Non-variadic wrappers around libedit's native API (histedit.h), for Swift.
// Swift cannot call C variadic functions and, under strict concurrency, cannot
// touch the C globals stdin/stdout/stderr: these wrappers do both in C.
#ifndef FOLLOWUP_CLIBEDIT_SHIM_H
#define FOLLOWUP_CLIBEDIT_SHIM_H

#include <histedit.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

static inline EditLine *followup_el_init(const char *prog) {
    return el_init(prog, stdin, stdout, stderr);
}

static inline void followup_el_set_prompt(EditLine *el, wchar_t *(*prompt)(EditLine *)) {
    el_wset(el, EL_PROMPT_ESC, prompt, L'\1');
}

static inline void followup_el_set_editor(EditLine *el, const wchar_t *mode) {
    el_wset(el, EL_EDITOR, mode);
}

static inline void followup_el_set_signal(EditLine *el, int on) {
    el_wset(el, EL_SIGNAL, on);
}

static inline void followup_el_set_history(EditLine *el, HistoryW *history) {
    el_wset(el, EL_HIST, history_w, history);
}

static inline void followup_el_set_clientdata(EditLine *el, void *data) {
    el_wset(el, EL_CLIENTDATA, data);
}

static inline void *followup_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    el_wget(el, EL_CLIENTDATA, &data);
    return data;
}

static inline void followup_el_add_function(EditLine *el, const wchar_t *name, const wchar_t *help,
                                            unsigned char (*fn)(EditLine *, int)) {
    el_wset(el, EL_ADDFN, name, help, fn);
}

static inline void followup_el_bind(EditLine *el, const wchar_t *key, const wchar_t *name) {
    el_wset(el, EL_BIND, key, name, NULL);
}

static inline void followup_history_set_size(HistoryW *h, int size) {
    HistEventW ev;
    history_w(h, &ev, H_SETSIZE, size);
}

static inline void followup_history_set_unique(HistoryW *h, int unique) {
    HistEventW ev;
    history_w(h, &ev, H_SETUNIQUE, unique);
}

static inline int followup_history_load(HistoryW *h, const char *path) {
    HistEventW ev;
    return history_w(h, &ev, H_LOAD, path);
}

static inline int followup_history_save(HistoryW *h, const char *path) {
    HistEventW ev;
    return history_w(h, &ev, H_SAVE, path);
}

static inline void followup_history_enter(HistoryW *h, const wchar_t *line) {
    HistEventW ev;
    history_w(h, &ev, H_ENTER, line);
}

static void followup_on_sigint(int signo) {
    (void)signo;
}

/// Installs a SIGINT handler without SA_RESTART, so el_wgets returns on Ctrl-C. SIGINT is
/// also unblocked, since a parent may have started the process with it blocked.
static inline void followup_install_sigint_handler(void) {
    sigset_t interrupt;
    sigemptyset(&interrupt);
    sigaddset(&interrupt, SIGINT);
    sigprocmask(SIG_UNBLOCK, &interrupt, NULL);
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = followup_on_sigint;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    sigaction(SIGINT, &action, NULL);
}

/// Makes the C library read multibyte input as UTF-8 even under the C locale.
static inline void followup_use_utf8_locale(void) {
    const char *name = setlocale(LC_CTYPE, "");
    if (name == NULL || strcmp(name, "C") == 0 || strcmp(name, "POSIX") == 0) {
        setlocale(LC_CTYPE, "C.UTF-8");
    }
}

static inline void followup_flush_stdout(void) {
    fflush(stdout);
}

#endif
