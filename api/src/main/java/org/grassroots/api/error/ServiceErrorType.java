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
	CONFLICT,

	/**
	 * The record's state does not allow the action (e.g. approving an article nobody
	 * submitted); {@code extensions.state} says the state it is in. Nothing changed.
	 */
	WRONG_STATE,

	/**
	 * The pre-publish checks found private data, unconsented names or missing parts;
	 * {@code extensions.findings} lists them (field, position, kind, masked text).
	 * Nothing changed; fix them or override them with a reason.
	 */
	CHECKS_FAILED

}
