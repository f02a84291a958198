package org.grassroots.api.error;

/**
 * An argument the schema accepts but the API does not, e.g. a page size out of range or a
 * malformed cursor. Reported as a {@code BAD_REQUEST} error on the field.
 */
public class InvalidInputException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public InvalidInputException(String message) {
		super(message);
	}

}
