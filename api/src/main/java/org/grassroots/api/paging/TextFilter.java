package org.grassroots.api.paging;

import org.grassroots.api.error.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Text filters ("contains") are bounded, so that a filter cannot become a document.
 */
public final class TextFilter {

	public static final int MAX = 100;

	private TextFilter() {
	}

	/**
	 * @throws InvalidInputException when the text is longer than {@value #MAX} characters
	 */
	public static @Nullable String checked(String argument, @Nullable String text) {
		if (text != null && text.length() > MAX) {
			throw new InvalidInputException(argument + " must have at most " + MAX + " characters");
		}
		return text;
	}

}
