package org.grassroots.search.analysis;

import org.elasticsearch.plugin.NamedComponent;

/** Query side of Chinese suggestions: the typed prefix as one token. */
@NamedComponent("grassroots_prefix_query")
public class PrefixQueryAnalyzerFactory extends ComposedAnalyzerFactory {

	public PrefixQueryAnalyzerFactory() {
		super(() -> Analyzers.prefixQuery(Analyzers.Reading.CHARACTERS));
	}

}
