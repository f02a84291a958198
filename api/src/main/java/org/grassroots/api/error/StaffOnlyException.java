package org.grassroots.api.error;

/**
 * A staff-only field asked for by someone who is not staff: the field is null and the
 * error {@code FORBIDDEN}; the rest of the response stands.
 */
public class StaffOnlyException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public StaffOnlyException() {
		super("Staff only: sign in as staff to see this field");
	}

}
