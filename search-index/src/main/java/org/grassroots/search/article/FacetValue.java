package org.grassroots.search.article;

/**
 * A value a facet counts, stored with its label ({@code jm-pengjiang|蓬江区}) so that the
 * counts come back named without asking the graph.
 *
 * @param key what a filter names
 * @param label what a visitor reads
 */
public record FacetValue(String key, String label) {

	static final char SEPARATOR = '|';

	/** The stored form. */
	public String encoded() {
		return this.key + SEPARATOR + this.label;
	}

	/** Reads the stored form; a value without a label is its own label. */
	public static FacetValue parse(String encoded) {
		int separator = encoded.indexOf(SEPARATOR);
		return (separator < 0) ? new FacetValue(encoded, encoded)
				: new FacetValue(encoded.substring(0, separator), encoded.substring(separator + 1));
	}

}
