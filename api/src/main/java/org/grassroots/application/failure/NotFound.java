package org.grassroots.application.failure;

/**
 * The target does not exist; only said to callers whose scope is everything, so that it
 * reveals nothing a narrower caller could not see.
 */
public class NotFound extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String key;

	public NotFound(String what, String key) {
		super("No " + what + " '" + key + "'");
		this.key = key;
	}

	public String key() {
		return this.key;
	}

}
