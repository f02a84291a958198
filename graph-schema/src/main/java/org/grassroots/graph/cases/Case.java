package org.grassroots.graph.cases;

/**
 * A case as the graph stores it.
 *
 * @param id business key, stable and URL-safe
 * @param title short headline
 * @param summary one or two sentences
 * @param narrative the full story, plain text, paragraphs separated by blank lines
 * @param kind what sort of case it is
 * @param place where it happened, as people name it (e.g. 蓬江区荷塘镇南村村)
 * @param source where the facts come from (e.g. a seed document)
 */
public record Case(String id, String title, String summary, String narrative, CaseKind kind, String place,
		String source) {
}
