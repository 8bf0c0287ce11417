// An OmegaT 3.6 script (Groovy) for omegat-roundtrip.sh --script: writes, for every segment of
// the loaded project, its text and the comment OmegaT shows for it in the Comments pane (for an
// XLIFF file, the <note>s of its trans-unit), one line each: TEXT<TAB>COMMENT, line breaks in the
// comment written as \n. OmegaT runs it on each project event; the file is rewritten each time.
def out = new File(System.getProperty("user.home"), "comments.tsv")
def lines = project.allEntries.collect { entry ->
    entry.srcText.replace("\t", " ") + "\t" + (entry.comment ?: "").replace("\r", "").replace("\n", "\\n")
}
out.setText(lines.join("\n") + "\n", "UTF-8")
