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

// `xmlFree` is a global function pointer, which Swift 6 rejects as shared mutable state.
static inline void tipl10n_xmlFree(void *pointer) {
    xmlFree(pointer);
}

#endif
