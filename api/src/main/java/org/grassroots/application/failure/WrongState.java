package org.grassroots.application.failure;

/**
 * The record is not in a state that allows the action (approving a draft nobody
 * submitted, publishing an archived article). Nothing was changed.
 */
public class WrongState extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String state;

	public WrongState(String message, String state) {
		super(message);
		this.state = state;
	}

	/** The record's current state. */
	public String state() {
		return this.state;
	}

}
