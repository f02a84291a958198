package org.grassroots.application.failure;

/**
 * An anonymous caller asked for what only staff may do.
 */
public class NotSignedIn extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public NotSignedIn() {
		super("Sign in as staff to do this");
	}

}
