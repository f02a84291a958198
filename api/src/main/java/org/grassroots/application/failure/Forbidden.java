package org.grassroots.application.failure;

/**
 * A signed-in caller asked for what their roles or regions do not allow. The message
 * never says whether the target exists.
 */
public class Forbidden extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public Forbidden(String message) {
		super(message);
	}

}
