package org.grassroots.api.error;

import graphql.ErrorClassification;

/**
 * Classifications beyond Spring for GraphQL's {@code ErrorType}.
 */
public enum DependencyErrorType implements ErrorClassification {

	/**
	 * A store did not answer within its deadline, or the request ran out of its time
	 * budget: nothing was wrong with the request, and the same request may succeed later.
	 */
	UNAVAILABLE

}
