package org.grassroots.search.analysis;

import java.io.Reader;

import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.CharFilterFactory;

/**
 * Traditional characters read as simplified ones, for custom analyzers (the query
 * analyzer with synonyms).
 */
@NamedComponent(SimplifiedCharFilterFactory.NAME)
public class SimplifiedCharFilterFactory implements CharFilterFactory {

	public static final String NAME = "grassroots_simplified";

	@Override
	public Reader create(Reader reader) {
		return Simplified.reader(reader);
	}

	@Override
	public Reader normalize(Reader reader) {
		return Simplified.reader(reader);
	}

}
