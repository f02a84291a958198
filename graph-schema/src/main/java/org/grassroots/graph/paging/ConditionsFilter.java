package org.grassroots.graph.paging;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A filter whose condition and parameters are built by {@link Conditions} from the parts
 * it was given: each filter says only which parts it has.
 */
public interface ConditionsFilter extends CypherFilter {

	/** The given parts, as conditions on the listed node. */
	Conditions conditions();

	@Override
	default String where() {
		return conditions().where();
	}

	@Override
	default Map<String, @Nullable Object> parameters() {
		return conditions().parameters();
	}

}
