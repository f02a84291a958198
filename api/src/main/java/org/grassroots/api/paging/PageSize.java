package org.grassroots.api.paging;

import org.grassroots.api.error.InvalidInputException;

/**
 * Page sizes a client may ask for.
 */
public final class PageSize {

	public static final int MAX = 100;

	private PageSize() {
	}

	/**
	 * @throws InvalidInputException unless {@code first} is between 1 and {@value #MAX}
	 */
	public static int checked(int first) {
		if (first < 1 || first > MAX) {
			throw new InvalidInputException("first must be between 1 and " + MAX + ", was " + first);
		}
		return first;
	}

}
