package org.grassroots.api.error;

import graphql.ErrorClassification;

/**
 * Classifications beyond Spring for GraphQL's {@code ErrorType}: the request was fine,
 * but cannot be served now.
 */
public enum ServiceErrorType implements ErrorClassification {

	/**
	 * A store did not answer within its deadline, or the request ran out of its time
	 * budget: nothing was wrong with the request, and the same request may succeed later.
	 */
	UNAVAILABLE,

	/**
	 * Too many failed attempts (sign-in) for the account or from the address: the error's
	 * {@code extensions.retryAfterSeconds} says when to try again.
	 */
	TOO_MANY_ATTEMPTS,

	/**
	 * The change was made from a version that is no longer current: someone else changed
	 * the record first. Nothing changed; {@code extensions.currentVersion} says the
	 * version to read again.
	 */
	CONFLICT

}
