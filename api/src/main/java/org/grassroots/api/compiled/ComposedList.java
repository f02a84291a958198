package org.grassroots.api.compiled;

import java.util.Map;
import java.util.Optional;

import org.grassroots.api.paging.Connection;
import org.grassroots.graph.read.ReadPlan;
import org.jspecify.annotations.Nullable;

/**
 * A public root list that a composed read may answer: its feature reads the field's
 * arguments as its own fetcher does (filter, order, page) and pages the list with each
 * item in a composed projection's shape, in one statement.
 */
public interface ComposedList {

	/** The {@code Query} field, e.g. {@code cases}. */
	String field();

	/** The GraphQL type of the items, e.g. {@code Case}. */
	String type();

	/**
	 * The page the arguments ask for, its items as the projection's maps; empty when an
	 * argument is not valid, so that the field's own fetcher answers with its error.
	 * @param arguments the field's arguments, variables applied
	 * @param counted whether the total is selected
	 */
	Optional<Connection<Map<String, Object>, ?>> page(Map<String, @Nullable Object> arguments, boolean counted,
			ReadPlan.Projection items);

}
