#ifndef TIPL10N_CLIBXML2_SHIM_H
#define TIPL10N_CLIBXML2_SHIM_H

// libxml2 on Debian is built with ICU; its ICU declarations clash with the ICU that
// Foundation ships. Read the version header first, then switch ICU off for the rest.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlmemory.h>
#include <libxml/xmlsave.h>
#include <libxml/SAX2.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlreader.h>

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

// libxml2 reports a few errors without a parser context (an encoding that iconv cannot
// convert: "encoding error : input conversion failed …") through its generic error function,
// which prints to standard error. tipl10n collects them instead (the handler is C-variadic,
// so it lives here); `text` holds what was reported, cut at 1 KiB.
typedef struct {
    char text[1024];
    size_t length;
} tipl10n_GenericErrors;

static inline void tipl10n_collectGenericError(void *context, const char *message, ...) {
    tipl10n_GenericErrors *errors = (tipl10n_GenericErrors *)context;
    if (errors == NULL || errors->length + 1 >= sizeof errors->text) return;
    va_list arguments;
    va_start(arguments, message);
    int written = vsnprintf(errors->text + errors->length, sizeof errors->text - errors->length, message, arguments);
    va_end(arguments);
    if (written > 0) {
        errors->length += (size_t)written;
        if (errors->length >= sizeof errors->text) errors->length = sizeof errors->text - 1;
    }
}

/// Sends this thread's generic libxml2 errors to `errors` until ``tipl10n_restoreGenericErrors``.
static inline void tipl10n_collectGenericErrors(tipl10n_GenericErrors *errors) {
    xmlSetGenericErrorFunc(errors, tipl10n_collectGenericError);
}

/// Gives this thread's generic libxml2 errors back to libxml2's default (standard error).
static inline void tipl10n_restoreGenericErrors(void) {
    xmlSetGenericErrorFunc(NULL, NULL);
}

// `xmlFree` is a global function pointer, which Swift 6 rejects as shared mutable state.
static inline void tipl10n_xmlFree(void *pointer) {
    xmlFree(pointer);
}

#endif
